// Behaviour shared by every page, kept out of the HTML so the Content-Security-Policy
// can forbid inline scripts and event handlers (see newsroom/security.py).
(function () {
  "use strict";

  // Export links carry the page's current filters (the address bar follows HTMX's
  // hx-push-url) on top of the page's own parameter; pagination is not a filter.
  document.addEventListener("click", function (event) {
    const link = event.target.closest && event.target.closest("a.export-link[data-base]");
    if (!link) return;
    const url = new URL(link.dataset.base, location.href);
    new URLSearchParams(location.search).forEach(function (value, key) {
      if (value && key !== "page" && !url.searchParams.has(key)) url.searchParams.append(key, value);
    });
    link.href = url.toString();
  });

  // A field marked data-change-stays keeps its change event to itself, so a form
  // triggered on change (the library's filters) does not also fire when it blurs.
  document.addEventListener("change", function (event) {
    if (event.target.matches && event.target.matches("[data-change-stays]")) event.stopPropagation();
  }, true);

  // Forms marked data-drop-empty send only the fields in use over HTMX, so the
  // pushed address carries just the filters that are set.
  document.addEventListener("htmx:configRequest", function (event) {
    const source = event.detail.elt;
    if (!source || !source.closest || !source.closest("form[data-drop-empty]")) return;
    const data = event.detail.formData;
    if (data && data.keys) {
      for (const key of [...data.keys()]) {
        if (!data.get(key)) data.delete(key);
      }
    }
  });

  // Forms marked data-no-submit are only for typing in (the reader's word finder).
  document.addEventListener("submit", function (event) {
    if (event.target.matches && event.target.matches("form[data-no-submit]")) event.preventDefault();
  });

  // Editing a fact in the coverage table: Escape cancels the form (its data-cancel
  // link), and typing the name of a new fact chooses "a new fact" in its select.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !event.target.closest) return;
    const form = event.target.closest("form.fact-edit-form");
    const cancel = form && form.querySelector("a[data-cancel]");
    if (cancel) {
      event.preventDefault();
      cancel.click();
    }
  });
  document.addEventListener("input", function (event) {
    if (!event.target.matches || !event.target.matches("input[data-new-fact]")) return;
    const select = event.target.form && event.target.form.elements.fact;
    if (select && event.target.value.trim()) select.value = "new";
  });
})();
