// The reader: turn a selection into an annotation form, walk annotations with the keyboard.
//
// Offsets sent to the server are Unicode code points into Article.body. The DOM
// counts UTF-16 units, so a point is converted inside its run: the run's
// data-start (code points, written by the server) plus the code points of the
// run's text before the point.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  const reader = document.getElementById("reader");
  if (!reader || !window.htmx) return;

  const canEdit = reader.dataset.canEdit === "1";
  const createUrl = reader.dataset.createUrl;
  const text = reader.dataset; // translated messages: data-msg-*
  const body = () => document.getElementById("article-body");
  const editor = () => document.getElementById("annotation-editor");
  const toolbar = document.getElementById("selection-toolbar");
  const problem = document.getElementById("selection-problem");
  const shortcuts = document.getElementById("shortcuts");
  const findInput = document.getElementById("find-words");

  let current = null; // id (string) of the current annotation
  let lastSelection = null; // {start, end, exact} or {error}
  let pendingFocus = null; // field to focus once the form arrives

  function codePoints(s) {
    let n = 0;
    for (const _ of s) n++;
    return n;
  }

  function say(message, level) {
    const region = document.getElementById("messages");
    if (!region) return;
    const div = document.createElement("div");
    div.className = "message message-" + (level || "info");
    div.setAttribute("role", "status");
    div.textContent = message;
    region.replaceChildren(div);
  }

  // ---- Selection -> code-point offsets -------------------------------------

  function runs() {
    return body().querySelectorAll("[data-start]:not(p)");
  }

  function textOffset(run, node, offset) {
    let before = "";
    for (const child of run.childNodes) {
      if (child === node || child.contains(node)) break;
      before += child.textContent;
    }
    return Number(run.dataset.start) + codePoints(before + node.data.slice(0, offset));
  }

  // Return the body offset of a DOM boundary point inside #article-body.
  function pointOffset(node, offset, isEnd) {
    if (node.nodeType === Node.TEXT_NODE) {
      const run = node.parentElement.closest("[data-start]");
      if (run && run.tagName !== "P") return textOffset(run, node, offset);
      return null;
    }
    const kids = node.childNodes;
    if (isEnd && offset > 0) {
      const prev = kids[offset - 1];
      const el = prev.nodeType === 1 ? prev : prev.parentElement;
      const withEnd = el.matches("[data-end]") ? el : el.querySelector("[data-end]:last-child");
      if (withEnd) return Number(withEnd.dataset.end);
    }
    if (offset < kids.length) {
      const next = kids[offset];
      if (next.nodeType === Node.TEXT_NODE) return pointOffset(next, 0, isEnd);
      const withStart = next.matches("[data-start]") ? next : next.querySelector("[data-start]");
      if (withStart) return Number(withStart.dataset.start);
    }
    const holder = node.closest("[data-end]");
    if (holder) return Number(holder.dataset[isEnd ? "end" : "start"]);
    const last = body().lastElementChild;
    return last ? Number(last.dataset.end) : 0;
  }

  // Return {start, end, exact} for the browser's selection in the body, {error}, or null.
  function readSelection() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0).cloneRange();
    const whole = document.createRange();
    whole.selectNodeContents(body());
    if (
      range.compareBoundaryPoints(Range.END_TO_START, whole) >= 0 ||
      range.compareBoundaryPoints(Range.START_TO_END, whole) <= 0
    ) {
      return null; // entirely outside the article
    }
    if (range.compareBoundaryPoints(Range.START_TO_START, whole) < 0) {
      range.setStart(whole.startContainer, whole.startOffset);
    }
    if (range.compareBoundaryPoints(Range.END_TO_END, whole) > 0) {
      range.setEnd(whole.endContainer, whole.endOffset);
    }
    let start = pointOffset(range.startContainer, range.startOffset, false);
    let end = pointOffset(range.endContainer, range.endOffset, true);
    if (start == null || end == null || start >= end) return null;
    // The exact words, from the runs; runs that do not touch mean a paragraph break.
    let exact = "";
    let firstStart = null;
    let previousEnd = null;
    for (const run of runs()) {
      const rs = Number(run.dataset.start);
      const re = Number(run.dataset.end);
      if (re <= start || rs >= end) continue;
      if (previousEnd !== null && rs !== previousEnd) {
        return { error: text.msgParagraph, range: sel.getRangeAt(0).cloneRange() };
      }
      const chars = Array.from(run.textContent);
      exact += chars.slice(Math.max(start, rs) - rs, Math.min(end, re) - rs).join("");
      if (firstStart === null) firstStart = rs;
      previousEnd = re;
    }
    if (previousEnd === null) return null;
    // A whole paragraph (a triple click) ends at the start of the next one: the
    // break between them is in no run, so the span stops where the words do.
    start = Math.max(start, firstStart);
    end = Math.min(end, previousEnd);
    const chars = Array.from(exact);
    while (chars.length && /\s/u.test(chars[0])) {
      chars.shift();
      start++;
    }
    while (chars.length && /\s/u.test(chars[chars.length - 1])) {
      chars.pop();
      end--;
    }
    if (!chars.length) return null;
    const words = wholeWords(start, end);
    if (!words) return { start, end, exact: chars.join(""), range: sel.getRangeAt(0).cloneRange() };
    const snapped = words.start !== start || words.end !== end;
    const shown = (snapped && rangeFor(words.start, words.end)) || sel.getRangeAt(0).cloneRange();
    return { start: words.start, end: words.end, exact: words.exact, range: shown };
  }

  // Widen start..end (code points, within one paragraph) so that neither end cuts a
  // word: "ntuk … konf" becomes "untuk … konfrontasi" (the rule is words.js's).
  function wholeWords(start, end) {
    if (!window.newsroomWords) return null;
    const para = Array.from(body().querySelectorAll("p[data-start]")).find(
      (p) => Number(p.dataset.start) <= start && end <= Number(p.dataset.end),
    );
    if (!para) return null;
    const from = Number(para.dataset.start);
    const chars = Array.from(para.textContent);
    if (chars.length !== Number(para.dataset.end) - from) return null;
    const [s, e] = window.newsroomWords.snapToWords(para.textContent, start - from, end - from);
    return { start: from + s, end: from + e, exact: chars.slice(s, e).join("") };
  }

  // Return a DOM range over body[start:end] (code points), or null.
  function rangeFor(start, end) {
    const range = document.createRange();
    let found = 0;
    for (const run of runs()) {
      const rs = Number(run.dataset.start);
      const re = Number(run.dataset.end);
      const node = run.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) continue;
      const units = (offset) => Array.from(node.data).slice(0, offset - rs).join("").length;
      if (!found && rs <= start && start < re) {
        range.setStart(node, units(start));
        found = 1;
      }
      if (found && rs < end && end <= re) {
        range.setEnd(node, units(end));
        return range;
      }
    }
    return null;
  }

  function showPending(range) {
    if (!window.CSS || !CSS.highlights || !window.Highlight) return;
    if (range) CSS.highlights.set("pending-annotation", new Highlight(range));
    else CSS.highlights.delete("pending-annotation");
  }

  // ---- The editor ------------------------------------------------------------

  const FOCUS = { quote: "#id_speaker_name", mention: "#id_speaker_name", claim: "#id_value", note: "#id_note" };

  function openForm(kind) {
    if (!canEdit) return;
    const selection = readSelection() || lastSelection;
    if (!selection) return say(text.msgSelect, "warning");
    if (selection.error) return showProblem(selection);
    const params = new URLSearchParams({
      kind: kind,
      start: selection.start,
      end: selection.end,
      exact: selection.exact,
      version: body().dataset.version || "",
    });
    pendingFocus = FOCUS[kind];
    showPending(selection.range);
    hideToolbar();
    htmx.ajax("GET", createUrl + "?" + params.toString(), {
      source: reader,
      target: "#annotation-editor",
      swap: "outerHTML",
    });
  }

  function closeEditor() {
    const ed = editor();
    if (!ed || !ed.classList.contains("is-open")) return false;
    ed.replaceChildren();
    ed.classList.remove("is-open");
    showPending(null);
    focusCurrent();
    return true;
  }

  function editCurrent() {
    const item = current && document.getElementById("item-" + current);
    if (!item || !item.dataset.editUrl) return;
    pendingFocus =
      "#annotation-form input[type=radio]:checked, #annotation-form input:not([type=hidden]):not([type=radio]), #annotation-form textarea";
    htmx.ajax("GET", item.dataset.editUrl, { source: reader, target: "#annotation-editor", swap: "outerHTML" });
  }

  function linkCurrent() {
    const item = current && document.getElementById("item-" + current);
    const action = item && item.querySelector("a.link-action");
    if (!action) return;
    htmx.ajax("GET", action.getAttribute("href"), { source: reader, target: "#annotation-editor", swap: "outerHTML" });
  }

  function deleteCurrent() {
    const item = current && document.getElementById("item-" + current);
    const form = item && item.querySelector(".delete-form");
    if (!form) return;
    const list = items();
    const index = list.indexOf(item);
    const neighbour = list[index + 1] || list[index - 1];
    afterDelete = neighbour ? neighbour.dataset.id : null;
    form.requestSubmit();
  }
  let afterDelete = null;

  // ---- Suggestions: a accepts, r rejects, then the next suggestion is current ----

  function isSuggestion(li) {
    return li.classList.contains("st-suggested");
  }

  function reviewCurrent(verb) {
    const list = items();
    let item = current && document.getElementById("item-" + current);
    if (!item || !isSuggestion(item)) {
      // Not on a suggestion: go to the next one first, so a second press reviews it.
      const i = item ? list.indexOf(item) : -1;
      const next = list.slice(i + 1).find(isSuggestion) || list.find(isSuggestion);
      if (next) setCurrent(next.dataset.id);
      else say(text.msgNoSuggestion, "info");
      return;
    }
    const form = item.querySelector("." + verb + "-form");
    if (!form) return;
    const index = list.indexOf(item);
    const after = list.slice(index + 1).find(isSuggestion) || list.slice(0, index).reverse().find(isSuggestion);
    afterReview = after ? after.dataset.id : null;
    form.requestSubmit();
  }
  let afterReview = null;

  // "Show only suggestions": the panel's status filter, so j/k walk suggestions only.
  document.body.addEventListener("click", (ev) => {
    const button = ev.target.closest("[data-review-only]");
    const select = document.querySelector('#panel-filters select[name="f-status"]');
    if (!button || !select) return;
    select.value = "suggested";
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });

  function undo() {
    const forms = document.querySelectorAll("#messages .undo-form, .undo-banner .undo-form");
    if (forms.length) forms[forms.length - 1].requestSubmit();
    else say(text.msgNothingToUndo, "info");
  }

  // ---- Current annotation ----------------------------------------------------

  function items() {
    return Array.from(document.querySelectorAll("#annotation-panel .annotation-item"));
  }

  function setCurrent(id, options) {
    const opts = Object.assign({ scrollBody: true, focus: true }, options);
    document.querySelectorAll(".is-current").forEach((el) => {
      el.classList.remove("is-current");
      el.removeAttribute("aria-current");
    });
    current = id == null ? null : String(id);
    if (current == null) return;
    const marks = body().querySelectorAll('mark[data-ids~="' + current + '"]');
    marks.forEach((m) => m.classList.add("is-current"));
    const item = document.getElementById("item-" + current);
    if (item) {
      item.classList.add("is-current");
      item.setAttribute("aria-current", "true");
      item.scrollIntoView({ block: "nearest" });
      if (opts.focus) item.querySelector("a.jump").focus({ preventScroll: true });
    }
    if (opts.scrollBody && marks[0]) marks[0].scrollIntoView({ block: "center" });
  }

  function focusCurrent() {
    const item = current && document.getElementById("item-" + current);
    if (item) item.querySelector("a.jump").focus({ preventScroll: true });
    else body().focus({ preventScroll: true });
  }

  function move(step) {
    const list = items();
    if (!list.length) return;
    let i = list.findIndex((li) => li.dataset.id === current);
    if (i < 0) i = step > 0 ? 0 : list.length - 1;
    else i = Math.min(list.length - 1, Math.max(0, i + step));
    setCurrent(list[i].dataset.id);
  }

  // ---- Find words (a keyboard way to select) ---------------------------------

  let findFrom = 0;
  function findWords(query) {
    const norm = (s) => s.replace(/\s/gu, " ");
    const wanted = norm(query.trim()).toLowerCase();
    if (!wanted) return;
    const paragraphs = Array.from(body().querySelectorAll("p"));
    const order = paragraphs.slice(findFrom).concat(paragraphs.slice(0, findFrom));
    for (const p of order) {
      const hay = norm(p.textContent);
      const lower = hay.toLowerCase();
      const at = (lower.length === hay.length ? lower : hay).indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      setBoundary(range, p, at, "setStart");
      setBoundary(range, p, at + wanted.length, "setEnd");
      body().focus({ preventScroll: true });
      const sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      lastSelection = readSelection();
      findFrom = paragraphs.indexOf(p) + 1;
      range.startContainer.parentElement.scrollIntoView({ block: "center" });
      say(text.msgFound, "info");
      return;
    }
    say(text.msgNotFound, "warning");
  }

  function setBoundary(range, root, offset, method) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let node;
    let seen = 0;
    while ((node = walker.nextNode())) {
      if (offset <= seen + node.data.length) {
        range[method](node, offset - seen);
        return;
      }
      seen += node.data.length;
    }
  }

  // ---- Searched words (?q= from the library) -------------------------------------
  // Marked with the CSS Custom Highlight API: the DOM, and so every annotation
  // offset and highlight, stays as the server wrote it. Matching is the library's:
  // a word starting with a searched word, ignoring case and accents.

  function fold(s) {
    let out = "";
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      const base = c.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
      out += base.length === 1 ? base : c.toLowerCase().length === 1 ? c.toLowerCase() : c;
    }
    return out;
  }

  const searched = (new URLSearchParams(window.location.search).get("q") || "")
    .match(/[\p{L}\p{N}]+/gu);

  function markSearched() {
    if (!searched || !window.CSS || !CSS.highlights || !window.Highlight || !body()) return;
    const words = searched.map(fold).sort((a, b) => b.length - a.length);
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const pattern = new RegExp("(?<![\\p{L}\\p{N}])(?:" + escaped.join("|") + ")[\\p{L}\\p{N}]*", "gu");
    const ranges = [];
    for (const p of body().querySelectorAll("p")) {
      for (const m of fold(p.textContent).matchAll(pattern)) {
        const range = document.createRange();
        setBoundary(range, p, m.index, "setStart");
        setBoundary(range, p, m.index + m[0].length, "setEnd");
        ranges.push(range);
      }
    }
    CSS.highlights.set("search-words", new Highlight(...ranges));
    body().dataset.searchMarks = String(ranges.length);
    searchRanges = ranges;
    if (searchAt >= ranges.length) searchAt = -1;
    showSearchAt();
  }

  // The bar over the article walks the searched words: ] next, [ previous.
  let searchRanges = [];
  let searchAt = -1;
  const searchBar = document.getElementById("search-hits");

  function showSearchAt() {
    if (!searchBar) return;
    const total = searchRanges.length;
    searchBar.hidden = false;
    searchBar.querySelector(".search-hits-none").hidden = total > 0;
    searchBar.querySelector(".search-hits-at").hidden = total === 0;
    for (const button of searchBar.querySelectorAll(".search-hits-step")) button.disabled = total === 0;
    searchBar.querySelector(".search-hits-at").textContent =
      (searchAt >= 0 ? searchAt + 1 : "–") + " / " + total;
    if (searchAt >= 0 && total) CSS.highlights.set("search-current", new Highlight(searchRanges[searchAt]));
    else if (window.CSS && CSS.highlights) CSS.highlights.delete("search-current");
  }

  function stepSearch(step) {
    const total = searchRanges.length;
    if (!total) return;
    searchAt = searchAt < 0 ? (step > 0 ? 0 : total - 1) : (searchAt + step + total) % total;
    showSearchAt();
    const at = searchRanges[searchAt].startContainer.parentElement;
    if (at) at.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  if (searchBar) {
    searchBar.addEventListener("click", (ev) => {
      const button = ev.target.closest(".search-hits-step");
      if (button) stepSearch(Number(button.dataset.step));
    });
  }
  markSearched();
  document.body.addEventListener("htmx:afterSettle", markSearched);

  // ---- Selection toolbar -----------------------------------------------------

  function hideToolbar() {
    if (toolbar) toolbar.hidden = true;
    if (problem) problem.hidden = true;
    showWords(null);
  }

  // The words an annotation would cover: where whole words reach beyond the
  // selection, the editor sees the difference before choosing a kind.
  function showWords(range) {
    if (!window.CSS || !CSS.highlights || !window.Highlight) return;
    if (range) CSS.highlights.set("selection-words", new Highlight(range));
    else CSS.highlights.delete("selection-words");
  }

  function placeBelow(el, range) {
    const rects = range.getClientRects();
    const rect = rects.length ? rects[rects.length - 1] : range.getBoundingClientRect();
    el.hidden = false;
    el.style.top = window.scrollY + rect.bottom + 6 + "px";
    el.style.left = window.scrollX + Math.max(8, Math.min(rect.left, window.innerWidth - el.offsetWidth - 8)) + "px";
  }

  // Say what is wrong with a selection where the toolbar would be (role=alert).
  function showProblem(selection) {
    if (!problem) return say(selection.error, "error");
    if (toolbar) toolbar.hidden = true;
    showWords(null);
    // Shown, then written (again, after Esc): screen readers read out the new alert.
    const appears = problem.hidden;
    problem.hidden = false;
    if (appears || problem.textContent !== selection.error) problem.textContent = selection.error;
    placeBelow(problem, selection.range);
  }

  function onSelectionChange() {
    const selection = readSelection();
    if (selection) lastSelection = selection;
    const reselect = document.querySelector("#annotation-form .reselect");
    if (reselect) reselect.hidden = !(selection && !selection.error);
    if (!canEdit || !toolbar) return;
    if (!selection) return hideToolbar();
    if (selection.error) return showProblem(selection);
    if (problem) problem.hidden = true;
    showWords(selection.range);
    placeBelow(toolbar, selection.range);
  }

  let selectionTimer = null;
  document.addEventListener("selectionchange", () => {
    clearTimeout(selectionTimer);
    selectionTimer = setTimeout(onSelectionChange, 80);
  });

  if (toolbar) {
    // Keep the selection when a toolbar button is pressed.
    toolbar.addEventListener("mousedown", (ev) => ev.preventDefault());
    toolbar.addEventListener("click", (ev) => {
      const button = ev.target.closest("button[data-kind]");
      if (button) openForm(button.dataset.kind);
    });
  }

  // ---- Speaker combobox ------------------------------------------------------

  function options() {
    return Array.from(document.querySelectorAll("#speaker-options [role=option]"));
  }

  function activeOption() {
    return document.querySelector('#speaker-options [role=option][aria-selected="true"]');
  }

  function moveOption(step) {
    const list = options();
    if (!list.length) return;
    let i = list.indexOf(activeOption());
    i = i < 0 ? (step > 0 ? 0 : list.length - 1) : (i + step + list.length) % list.length;
    list.forEach((li, k) => li.setAttribute("aria-selected", k === i ? "true" : "false"));
    const input = document.getElementById("id_speaker_name");
    if (!list[i].id) list[i].id = "speaker-option-" + i;
    input.setAttribute("aria-activedescendant", list[i].id);
  }

  function closeOptions() {
    const box = document.getElementById("speaker-options");
    if (box) box.replaceChildren();
    const input = document.getElementById("id_speaker_name");
    if (input) {
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }
  }

  function pickOption(li) {
    const input = document.getElementById("id_speaker_name");
    input.value = li.dataset.speakerName;
    document.getElementById("id_speaker").value = li.dataset.speakerId || "";
    closeOptions();
    input.focus();
  }

  document.body.addEventListener("htmx:configRequest", (ev) => {
    if (ev.detail.elt && ev.detail.elt.id === "id_speaker_name") {
      ev.detail.parameters.q = ev.detail.elt.value;
    }
  });

  // The link form: picking a target preselects the likely relation, until the
  // editor chooses one.
  document.addEventListener("change", (ev) => {
    const form = ev.target.closest && ev.target.closest("#link-form");
    if (!form) return;
    const relation = form.elements.relation;
    if (ev.target === relation) relation.dataset.chosen = "1";
    else if (ev.target.name === "target" && ev.target.dataset.relation && !relation.dataset.chosen) {
      relation.value = ev.target.dataset.relation;
    }
  });

  document.addEventListener("input", (ev) => {
    if (ev.target.id === "id_speaker_name") {
      const hidden = document.getElementById("id_speaker");
      if (hidden) hidden.value = "";
    }
  });

  document.addEventListener("mousedown", (ev) => {
    // Pressing "Use the words selected now" must not clear the selection it uses
    // (which would hide the button before the click lands).
    if (ev.target.closest && ev.target.closest("#annotation-form .reselect")) {
      ev.preventDefault();
      return;
    }
    const li = ev.target.closest && ev.target.closest("#speaker-options [role=option]");
    if (li) {
      ev.preventDefault();
      pickOption(li);
    }
  });

  // ---- Keyboard --------------------------------------------------------------

  function inField(el) {
    return el && el.closest && el.closest("input, textarea, select, [contenteditable]");
  }

  document.addEventListener("keydown", (ev) => {
    const target = ev.target;
    if (target.id === "id_speaker_name") {
      const open = options().length > 0;
      if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
        ev.preventDefault();
        moveOption(ev.key === "ArrowDown" ? 1 : -1);
        return;
      }
      if (ev.key === "Enter" && activeOption()) {
        ev.preventDefault();
        pickOption(activeOption());
        return;
      }
      if (ev.key === "Escape" && open) {
        ev.preventDefault();
        closeOptions();
        return;
      }
    }
    if (target.id === "find-words") {
      if (ev.key === "Enter") {
        ev.preventDefault();
        findWords(target.value);
      } else if (ev.key === "Escape") {
        target.blur();
        body().focus({ preventScroll: true });
      }
      return;
    }
    if (ev.key === "Escape") {
      if (shortcuts && shortcuts.open) return; // the dialog closes itself
      if (closeEditor()) ev.preventDefault();
      hideToolbar();
      return;
    }
    if (inField(target)) {
      if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey) && target.form) {
        ev.preventDefault();
        target.form.requestSubmit();
      }
      return; // shortcuts never fire while typing
    }
    if (ev.altKey || ev.metaKey) return;
    if (ev.ctrlKey) {
      if (ev.key === "z" && canEdit) {
        ev.preventDefault();
        undo();
      }
      return;
    }
    if (shortcuts && shortcuts.open && ev.key !== "?") return;
    const kinds = { q: "quote", c: "claim", m: "mention", n: "note" };
    let handled = true;
    if (kinds[ev.key] && canEdit) openForm(kinds[ev.key]);
    else if (ev.key === "j") move(1);
    else if (ev.key === "k") move(-1);
    else if (ev.key === "e" && canEdit) editCurrent();
    else if (ev.key === "l" && canEdit) linkCurrent();
    else if ((ev.key === "Delete" || ev.key === "Backspace") && canEdit) deleteCurrent();
    else if (ev.key === "a" && canEdit) reviewCurrent("accept");
    else if (ev.key === "r" && canEdit) reviewCurrent("reject");
    else if (ev.key === "u" && canEdit) undo();
    else if (ev.key === "/" && findInput) findInput.focus();
    else if ((ev.key === "]" || ev.key === "[") && searchBar) stepSearch(ev.key === "]" ? 1 : -1);
    else if (ev.key === "?" && shortcuts) {
      if (shortcuts.open) shortcuts.close();
      else shortcuts.showModal();
    } else handled = false;
    if (handled) ev.preventDefault();
  });

  // ---- Mouse -----------------------------------------------------------------

  document.addEventListener("click", (ev) => {
    const mark = ev.target.closest("#article-body mark[data-ids]");
    if (mark) {
      if (!window.getSelection().isCollapsed) return;
      // Overlapping annotations: each click on the same words goes one layer out.
      const ids = mark.dataset.ids.split(" ");
      const at = ids.indexOf(current);
      const next = at < 0 ? ids[ids.length - 1] : ids[(at - 1 + ids.length) % ids.length];
      setCurrent(next, { scrollBody: false, focus: false });
      return;
    }
    const jump = ev.target.closest("#annotation-panel a.jump");
    if (jump) {
      ev.preventDefault();
      setCurrent(jump.closest(".annotation-item").dataset.id);
      return;
    }
    if (ev.target.closest("#annotation-form a.cancel, #link-form a.cancel")) {
      ev.preventDefault();
      closeEditor();
      return;
    }
    const reselect = ev.target.closest("#annotation-form .reselect");
    if (reselect && lastSelection && !lastSelection.error) {
      const form = reselect.form;
      form.elements.start.value = lastSelection.start;
      form.elements.end.value = lastSelection.end;
      form.elements.exact.value = lastSelection.exact;
      // The selection was made on the body the page shows: send that body's version.
      form.elements.body_version.value = body().dataset.version || "";
      form.querySelector(".selected-words").textContent = lastSelection.exact;
      reselect.hidden = true;
      return;
    }
    const item = ev.target.closest("#annotation-panel .annotation-item");
    if (item && !ev.target.closest("a, button, form")) setCurrent(item.dataset.id, { focus: false });
  });

  // ---- After HTMX swaps --------------------------------------------------------

  document.body.addEventListener("htmx:afterSettle", (ev) => {
    const target = ev.detail.target;
    if (target && target.id === "speaker-options") {
      const input = document.getElementById("id_speaker_name");
      if (input) input.setAttribute("aria-expanded", options().length ? "true" : "false");
      // The server selects the speaker a save would pick: Enter picks that one.
      const picked = activeOption();
      if (input && picked) {
        if (!picked.id) picked.id = "speaker-option-" + options().indexOf(picked);
        input.setAttribute("aria-activedescendant", picked.id);
      }
      return;
    }
    const ed = editor();
    let field = null;
    // Only the editor's own swap moves the focus: another region settling first (the
    // review bar's poll) must neither use up the field to focus nor steal the focus.
    const forEditor = target && target.id === "annotation-editor";
    if (forEditor && ed && ed.classList.contains("is-open") && !ed.contains(document.activeElement)) {
      const visible = (el) => el && el.offsetParent !== null;
      const wanted = pendingFocus && ed.querySelector(pendingFocus);
      const fields = Array.from(ed.querySelectorAll("input:not([type=hidden]), textarea, select"));
      // In a radio group, the checked choice: focusing another would invite changing it.
      field = visible(wanted) ? wanted : fields.find((f) => visible(f) && (f.type !== "radio" || f.checked));
    }
    if (forEditor) pendingFocus = null;
    if (current) setCurrent(current, { scrollBody: false, focus: false });
    if (field) {
      // Keeping the current item in view may have scrolled the form away (`e` on
      // an item far down the list): bring the form back, then focus its field.
      ed.scrollIntoView({ block: "nearest" });
      field.focus({ preventScroll: true });
      const top = ed.getBoundingClientRect().top;
      const header = document.querySelector(".site-header");
      const covered = header ? header.getBoundingClientRect().bottom : 0;
      if (top < covered) window.scrollBy(0, top - covered - 8);
    }
  });

  document.body.addEventListener("annotations-changed", (ev) => {
    const detail = ev.detail || {};
    showPending(null);
    lastSelection = null;
    window.getSelection().removeAllRanges();
    if (detail.action === "accepted" || detail.action === "rejected") {
      setCurrent(afterReview, { scrollBody: true });
      afterReview = null;
      if (!current) body().focus({ preventScroll: true });
    } else if (detail.action === "deleted") {
      setCurrent(afterDelete, { scrollBody: false });
      afterDelete = null;
      if (!current) body().focus({ preventScroll: true });
    } else if (detail.id != null) {
      setCurrent(detail.id, { scrollBody: detail.action !== "created" });
    }
  });

  // Writes update the panel item by item; if the page's list was out of step (an
  // item to insert before is missing), fetch the whole panel again.
  let refreshing = null;
  document.body.addEventListener("htmx:oobErrorNoTarget", () => {
    clearTimeout(refreshing);
    refreshing = setTimeout(() => {
      const form = document.getElementById("panel-filters");
      const query = new URLSearchParams(new FormData(form)).toString();
      htmx.ajax("GET", form.getAttribute("action") + "?" + query, {
        source: form,
        target: "#annotation-panel",
        swap: "outerHTML",
      });
    }, 50);
  });

  // A link to #a<id> (from elsewhere) makes that annotation current.
  const hash = window.location.hash.match(/^#a(\d+)$/);
  if (hash) setCurrent(hash[1], { focus: false });
})();
