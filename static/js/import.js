// Upload files one request at a time, so a large import shows its progress and
// every file's report row as soon as it is known. Without this script the form
// posts all the files at once and the page comes back with the whole report.
(function () {
  "use strict";

  const form = document.getElementById("upload-form");
  if (!form || !window.fetch || !window.FormData) return;

  const zone = document.getElementById("drop-zone");
  const count = document.getElementById("drop-count");
  const fileInput = document.getElementById("id_files");
  const folderInput = document.getElementById("id_folder");
  const button = document.getElementById("upload-button");
  const report = document.getElementById("import-report");
  const rows = document.getElementById("import-report-rows");
  const bar = document.getElementById("import-progress-bar");
  const progressText = document.getElementById("import-progress-text");
  const summary = document.getElementById("import-summary");
  const labels = form.dataset;
  let dropped = [];

  if (folderInput && "webkitdirectory" in folderInput) {
    folderInput.closest(".folder-choice").hidden = false;
  }

  function isHidden(file) {
    const path = file.webkitRelativePath || file.relativePath || file.name;
    return path.split("/").some((part) => part.startsWith("."));
  }

  function selected() {
    const picked = [...fileInput.files, ...(folderInput ? folderInput.files : [])];
    return [...picked, ...dropped].filter((file) => !isHidden(file));
  }

  function showCount() {
    const n = selected().length;
    count.textContent = n ? `${n} ${labels.selectedLabel}` : "";
  }

  // A dropped folder arrives as a directory entry: walk it (readEntries returns batches).
  function readEntry(entry, path) {
    if (entry.isFile) {
      return new Promise((resolve) =>
        entry.file(
          (file) => {
            file.relativePath = path + file.name;
            resolve([file]);
          },
          () => resolve([]),
        ),
      );
    }
    if (!entry.isDirectory) return Promise.resolve([]);
    const reader = entry.createReader();
    return new Promise((resolve) => {
      const all = [];
      const batch = () =>
        reader.readEntries(async (entries) => {
          if (!entries.length) {
            const nested = await Promise.all(
              all.map((child) => readEntry(child, `${path}${entry.name}/`)),
            );
            resolve(nested.flat());
            return;
          }
          all.push(...entries);
          batch();
        }, () => resolve([]));
      batch();
    });
  }

  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("dragging");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
  zone.addEventListener("drop", async (event) => {
    event.preventDefault();
    zone.classList.remove("dragging");
    const items = [...(event.dataTransfer.items || [])];
    const entries = items
      .map((item) => (item.webkitGetAsEntry ? item.webkitGetAsEntry() : null))
      .filter(Boolean);
    if (entries.length) {
      const files = await Promise.all(entries.map((entry) => readEntry(entry, "")));
      dropped.push(...files.flat());
    } else {
      dropped.push(...event.dataTransfer.files);
    }
    showCount();
  });
  fileInput.addEventListener("change", showCount);
  if (folderInput) folderInput.addEventListener("change", showCount);

  function csrfToken() {
    const field = form.querySelector("[name=csrfmiddlewaretoken]");
    if (field) return field.value;
    try {
      return JSON.parse(document.body.getAttribute("hx-headers"))["x-csrftoken"];
    } catch (error) {
      return "";
    }
  }

  function failedRow(file) {
    const row = document.createElement("tr");
    row.className = "import-row import-failed";
    row.dataset.status = "failed";
    for (const text of [file.name, labels.failedStatus, labels.failedLabel]) {
      const cell = document.createElement("td");
      cell.textContent = text;
      row.append(cell);
    }
    return row;
  }

  function progress(done, total, label) {
    bar.max = total;
    bar.value = done;
    progressText.textContent = `${label} ${done} / ${total}`;
  }

  function summarise() {
    const statuses = [...rows.querySelectorAll("tr[data-status]")].map((r) => r.dataset.status);
    const n = (status) => statuses.filter((s) => s === status).length;
    summary.textContent = labels.summaryLabel
      .replace("%(imported)s", n("imported"))
      .replace("%(duplicate)s", n("duplicate"))
      .replace("%(failed)s", n("failed"));
  }

  form.addEventListener("submit", async (event) => {
    const files = selected();
    if (!files.length) return; // let the server say that no file was chosen
    event.preventDefault();
    button.disabled = true;
    report.hidden = false;
    rows.replaceChildren();
    summary.textContent = "";
    const token = csrfToken();
    const fields = ["upload-outlet", "upload-story", "upload-language"];
    progress(0, files.length, labels.progressLabel);
    for (const [index, file] of files.entries()) {
      const data = new FormData();
      for (const name of fields) data.append(name, form.elements[name].value);
      data.append("file", file, file.name);
      try {
        const response = await fetch(labels.fileUrl, {
          method: "POST",
          body: data,
          headers: { "X-CSRFToken": token, "HX-Request": "true" },
          credentials: "same-origin",
        });
        if (!response.ok) throw new Error(String(response.status));
        rows.insertAdjacentHTML("beforeend", await response.text());
        // The row's outlet form posts with htmx: let htmx see the new row.
        if (window.htmx) htmx.process(rows.lastElementChild);
      } catch (error) {
        rows.append(failedRow(file));
      }
      progress(index + 1, files.length, labels.progressLabel);
    }
    progress(files.length, files.length, labels.doneLabel);
    summarise();
    dropped = [];
    fileInput.value = "";
    if (folderInput) folderInput.value = "";
    showCount();
    button.disabled = false;
    report.scrollIntoView({ behavior: "smooth", block: "start" });
  });
})();
