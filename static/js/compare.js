// Side-by-side view: choose two annotations in different columns, link them, jump between counterparts.
(() => {
  "use strict";
  const form = document.getElementById("compare-link");
  const marks = () => Array.from(document.querySelectorAll(".cmp-mark[tabindex]"));
  let chosen = [];

  const columnOf = (el) => el.closest(".compare-column");
  const kindRelation = (a, b) => {
    if (a.dataset.kind === "quote" && b.dataset.kind === "quote") return "same_quote";
    if (a.dataset.kind === "claim" && b.dataset.kind === "claim") return "contradicts";
    return "related";
  };

  function show() {
    marks().forEach((m) => m.classList.remove("chosen"));
    chosen.forEach((m) => m.classList.add("chosen"));
    if (!form) return;
    const [source, target] = chosen;
    form.elements.from_id.value = source ? source.dataset.id : "";
    form.elements.to_id.value = target ? target.dataset.id : "";
    const slots = { source: source, target: target };
    for (const [name, mark] of Object.entries(slots)) {
      const slot = form.querySelector(`[data-slot="${name}"]`);
      if (mark) {
        slot.textContent = mark.getAttribute("aria-label");
        slot.classList.remove("muted");
      }
    }
    if (source && target) {
      form.elements.relation.value = kindRelation(source, target);
      form.querySelector("#compare-save").focus();
    }
  }

  function choose(mark) {
    if (!chosen.length || chosen.length === 2) {
      chosen = [mark];
    } else if (columnOf(chosen[0]) === columnOf(mark)) {
      chosen = [mark]; // two of one article: start again from this one
    } else {
      chosen = [chosen[0], mark];
    }
    show();
  }

  function clear() {
    chosen = [];
    show();
    if (form) {
      form.querySelectorAll("[data-slot]").forEach((slot) => slot.classList.add("muted"));
    }
  }

  function jump(mark) {
    const others = (mark.dataset.links || "").split(" ").filter(Boolean);
    const target = others.map((id) => document.getElementById(`cmp-a${id}`)).find(Boolean);
    if (!target) return;
    target.scrollIntoView({ block: "center" });
    target.focus();
    target.classList.add("flash");
    setTimeout(() => target.classList.remove("flash"), 1200);
  }

  function step(mark, delta) {
    const own = marks().filter((m) => columnOf(m) === columnOf(mark));
    const next = own[own.indexOf(mark) + delta];
    if (next) next.focus();
  }

  document.addEventListener("keydown", (ev) => {
    if (ev.target.closest("input, select, textarea") || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const mark = ev.target.closest && ev.target.closest(".cmp-mark");
    if (ev.key === "Escape") return clear();
    if (!mark) return;
    if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      choose(mark);
    } else if (ev.key === "g") {
      jump(mark);
    } else if (ev.key === "j") {
      step(mark, 1);
    } else if (ev.key === "k") {
      step(mark, -1);
    }
  });

  document.addEventListener("click", (ev) => {
    const mark = ev.target.closest(".cmp-mark[tabindex]");
    if (mark) choose(mark);
  });

  document.body.addEventListener("compare-linked", (ev) => {
    const source = ev.detail.from;
    const target = ev.detail.to;
    for (const [a, b] of [[source, target], [target, source]]) {
      const mark = document.getElementById(`cmp-a${a}`);
      if (!mark) continue;
      const links = new Set((mark.dataset.links || "").split(" ").filter(Boolean));
      links.add(String(b));
      mark.dataset.links = Array.from(links).join(" ");
      document.querySelectorAll(`.cmp-mark[data-id="${a}"]`).forEach((m) => m.classList.add("linked"));
    }
    clear();
  });
})();
