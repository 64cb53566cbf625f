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

  // htmx swaps nothing when an answer is an error or no answer comes: without a
  // word the click would seem ignored. Say what happened in the messages region
  // (its data-msg-* hold the page's translations); the page, and whatever the
  // editor typed in it, stays as it was.
  function sayFailure(key, status) {
    const region = document.getElementById("messages");
    if (!region) return;
    const text = (region.dataset["msg" + key] || region.dataset.msgFailed || "")
      .replace("{status}", String(status));
    const line = document.createElement("div");
    line.className = "message message-error";
    line.setAttribute("role", "alert");
    line.dataset.requestFailure = key;
    line.textContent = text;
    if (key === "Session" && region.dataset.loginUrl) {
      const link = document.createElement("a");
      link.href = region.dataset.loginUrl;
      link.target = "_blank";
      link.rel = "noopener";
      link.textContent = region.dataset.msgLogin || link.href;
      line.append(" ", link);
    }
    region.replaceChildren(line);
  }
  document.addEventListener("htmx:responseError", function (event) {
    const status = event.detail.xhr ? event.detail.xhr.status : 0;
    const key = { 401: "Session", 403: "Forbidden", 404: "Gone", 410: "Gone",
      429: "Busy", 503: "Busy" }[status] || "Failed";
    sayFailure(key, status);
  });
  document.addEventListener("htmx:sendError", function () { sayFailure("Offline", 0); });
  document.addEventListener("htmx:timeout", function () { sayFailure("Offline", 0); });
  // A request that succeeds clears the last failure's message.
  document.addEventListener("htmx:afterRequest", function (event) {
    if (!event.detail.successful) return;
    const old = document.querySelector("#messages [data-request-failure]");
    if (old) old.remove();
  });

  // The CSRF token is read from its cookie for every HTMX request, not from
  // the page (the body's hx-headers, a form's hidden field): logging in again
  // in another tab renews it, and the pages still open go on saving.
  document.addEventListener("htmx:configRequest", function (event) {
    const found = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    if (!found) return;
    const token = decodeURIComponent(found[1]);
    if (event.detail.headers) event.detail.headers["x-csrftoken"] = token;
    const data = event.detail.formData;
    if (data && data.has && data.has("csrfmiddlewaretoken")) data.set("csrfmiddlewaretoken", token);
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
