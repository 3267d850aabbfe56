// CoachLens: the little script the pages use. Everything works without it; it only adds comfort.
(function () {
  "use strict";

  // Analysis progress: poll the status and reload when the analysis has finished.
  var progress = document.getElementById("analysis-progress");
  if (progress) {
    var url = progress.getAttribute("data-status-url");
    var bar = progress.querySelector("progress");
    var poll = function () {
      fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (s) {
          if (!s) { return; }
          if (bar) { bar.value = s.progress; }
          if (s.status === "done" || s.status === "failed") { window.location.reload(); }
          else { setTimeout(poll, 700); }
        })
        .catch(function () { setTimeout(poll, 2000); });
    };
    setTimeout(poll, 400);
  }

  // Drag and drop onto the upload area.
  var zone = document.getElementById("dropzone");
  var input = document.getElementById("file");
  var chosen = document.getElementById("chosen");
  if (zone && input) {
    var show = function () { if (chosen) { chosen.textContent = input.files.length ? input.files[0].name : ""; } };
    input.addEventListener("change", show);
    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      zone.addEventListener(name, function () { zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (e) {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length) { input.files = e.dataTransfer.files; show(); }
    });
  }

  // A select that changes the page (the report version) submits its form.
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
})();
