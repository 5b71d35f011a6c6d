// Toggle highlight layers: every checkbox in #legend controls the spans of one layer.
// A URL fragment "#off=hedge,actor" starts with those layers hidden (shareable views).
// Tables with class "sortable" sort by a click on a header; a link to "#m-N" flashes match N.
// On a narrow screen the legend starts collapsed.
(function () {
  "use strict";
  function apply(box) {
    var layer = box.getAttribute("data-layer");
    var spans = document.querySelectorAll(".hl.c-" + layer);
    for (var i = 0; i < spans.length; i++) {
      spans[i].classList.toggle("off", !box.checked);
    }
  }
  function all(state) {
    var boxes = document.querySelectorAll("#legend input[data-layer]");
    for (var i = 0; i < boxes.length; i++) { boxes[i].checked = state; apply(boxes[i]); }
  }
  function cellValue(row, col) {
    var cell = row.cells[col];
    if (!cell) { return ""; }
    var s = cell.getAttribute("data-sort");
    if (s !== null) { var x = parseFloat(s); return isNaN(x) ? s : x; }
    return cell.textContent.trim().toLowerCase();
  }
  function sortBy(table, col, th) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var asc = th.getAttribute("aria-sort") !== "ascending";
    rows.sort(function (a, b) {
      var x = cellValue(a, col), y = cellValue(b, col);
      if (x === y) { return 0; }
      if (x === "") { return 1; }
      if (y === "") { return -1; }
      return (x < y ? -1 : 1) * (asc ? 1 : -1);
    });
    for (var i = 0; i < rows.length; i++) { body.appendChild(rows[i]); }
    var ths = table.tHead.rows[0].cells;
    for (var j = 0; j < ths.length; j++) { ths[j].removeAttribute("aria-sort"); }
    th.setAttribute("aria-sort", asc ? "ascending" : "descending");
  }
  function flash() {
    var m = /^#(m-\d+)$/.exec(window.location.hash || "");
    if (!m) { return; }
    var el = document.getElementById(m[1]);
    if (!el) { return; }
    var old = document.querySelectorAll(".hl.flash");
    for (var i = 0; i < old.length; i++) { old[i].classList.remove("flash"); }
    el.classList.add("flash");
  }
  document.addEventListener("DOMContentLoaded", function () {
    var boxes = document.querySelectorAll("#legend input[data-layer]");
    var m = /(?:^#|&)off=([^&]*)/.exec(window.location.hash || "");
    var off = m ? decodeURIComponent(m[1]).split(",") : [];
    for (var i = 0; i < boxes.length; i++) {
      if (off.indexOf(boxes[i].getAttribute("data-layer")) >= 0) { boxes[i].checked = false; }
      boxes[i].addEventListener("change", function (ev) { apply(ev.target); });
      apply(boxes[i]);
    }
    var allBtn = document.getElementById("show-all"), noneBtn = document.getElementById("show-none");
    if (allBtn) { allBtn.addEventListener("click", function () { all(true); }); }
    if (noneBtn) { noneBtn.addEventListener("click", function () { all(false); }); }
    var box = document.getElementById("legend-box");
    if (box && window.matchMedia && window.matchMedia("(max-width: 600px)").matches) {
      box.removeAttribute("open");
    }
    var tables = document.querySelectorAll("table.sortable");
    for (var t = 0; t < tables.length; t++) {
      var ths = tables[t].tHead.rows[0].cells;
      for (var c = 0; c < ths.length; c++) {
        ths[c].addEventListener("click", (function (table, col) {
          return function (ev) { sortBy(table, col, ev.currentTarget); };
        })(tables[t], c));
      }
    }
    window.addEventListener("hashchange", flash);
    flash();
    document.body.setAttribute("data-ready", "1");
  });
})();
