// Toggle highlight layers: every checkbox in #legend controls the spans of one layer.
// A URL fragment "#off=hedge,actor" starts with those layers hidden (shareable views).
// Tables with class "sortable" sort by a click on a header; a link to "#m-N" flashes match N.
// On a narrow screen the legend starts collapsed.
// Highlights: one tab stop in the text (a roving tabindex the arrow keys move, skipping layers
// switched off); each match's tip is stored once in #tips (data-t="N": #tN, made the highlight's
// aria-describedby on loading), shown
// in #tipbox while it has focus (Escape hides it) and as its title on hover.
(function () {
  "use strict";
  var current = null;
  function anchors() {
    return Array.prototype.filter.call(document.querySelectorAll(".article .hl[id]"),
      function (el) { return !el.classList.contains("off"); });
  }
  function tipText(el) {
    var t = el && document.getElementById(el.getAttribute("aria-describedby") || "");
    return t ? t.textContent : "";
  }
  function tipOf(el) {
    var lines = [];
    for (var n = el; n && n.classList && n.classList.contains("hl"); n = n.parentElement) {
      var a = n.id ? n : document.getElementById("m-" + n.getAttribute("data-m"));
      var line = tipText(a);
      if (line && lines.indexOf(line) < 0) { lines.unshift(line); }
    }
    return lines.join("\n");
  }
  function hideTip() {
    var box = document.getElementById("tipbox");
    if (box) { box.hidden = true; }
  }
  function showTip(el) {
    var box = document.getElementById("tipbox"), text = tipText(el);
    if (!box || !text) { return; }
    box.textContent = text;
    box.hidden = false;
    var r = el.getBoundingClientRect(), x = window.pageXOffset;
    var right = x + document.documentElement.clientWidth - box.offsetWidth - 4;
    box.style.top = (window.pageYOffset + r.bottom + 6) + "px";
    box.style.left = Math.max(x + 4, Math.min(x + r.left, right)) + "px";
  }
  function focusOn(el) {
    // rove and show the tip here, not only on "focusin": a window without focus (a background
    // tab, a headless browser) moves the focus without firing focus events
    if (!el.hasAttribute("tabindex")) { el.setAttribute("tabindex", "-1"); }
    if (el.id) { rove(el); showTip(el); }
    el.focus();
  }
  function rove(el) {
    if (current && current !== el) { current.setAttribute("tabindex", "-1"); }
    if (el) { el.setAttribute("tabindex", "0"); }
    current = el;
  }
  function keepRove() {
    if (!current || current.classList.contains("off")) { rove(anchors()[0] || current); }
  }
  function onKey(ev) {
    var el = ev.target;
    if (!el.classList || !el.classList.contains("hl") || !el.id) { return; }
    if (ev.key === "Escape") { hideTip(); return; }
    var list = anchors(), i = list.indexOf(el), j = null;
    if (ev.key === "ArrowRight" || ev.key === "ArrowDown") { j = Math.min(i + 1, list.length - 1); }
    if (ev.key === "ArrowLeft" || ev.key === "ArrowUp") { j = Math.max(i - 1, 0); }
    if (ev.key === "Home") { j = 0; }
    if (ev.key === "End") { j = list.length - 1; }
    if (j === null || !list[j]) { return; }
    ev.preventDefault();
    focusOn(list[j]);
  }
  function apply(box) {
    var layer = box.getAttribute("data-layer");
    var spans = document.querySelectorAll(".hl.c-" + layer);
    for (var i = 0; i < spans.length; i++) {
      spans[i].classList.toggle("off", !box.checked);
    }
    keepRove();
  }
  function all(state) {
    var boxes = document.querySelectorAll("#legend input[data-layer]");
    for (var i = 0; i < boxes.length; i++) { boxes[i].checked = state; apply(boxes[i]); }
  }
  function cellValue(row, col, num) {
    var cell = row.cells[col];
    if (!cell) { return ""; }
    var s = cell.getAttribute("data-sort");
    if (s === null && num) { s = cell.textContent; }
    if (s !== null) { var x = parseFloat(s); return isNaN(x) ? s : x; }
    return cell.textContent.trim().toLowerCase();
  }
  function sortBy(table, col, th) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var asc = th.getAttribute("aria-sort") !== "ascending", num = th.classList.contains("num");
    rows.sort(function (a, b) {
      var x = cellValue(a, col, num), y = cellValue(b, col, num);
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
    if (el.hasAttribute("data-t")) { focusOn(el); }
  }
  document.addEventListener("DOMContentLoaded", function () {
    current = document.querySelector('.article .hl[tabindex="0"]');
    var described = document.querySelectorAll(".article .hl[data-t]");
    for (var d = 0; d < described.length; d++) {
      described[d].setAttribute("aria-describedby", "t" + described[d].getAttribute("data-t"));
    }
    var article = document.querySelector(".article");
    if (article) {
      article.addEventListener("keydown", onKey);
      article.addEventListener("focusin", function (ev) {
        if (ev.target.id && ev.target.classList.contains("hl")) { rove(ev.target); showTip(ev.target); }
      });
      article.addEventListener("focusout", hideTip);
      article.addEventListener("mouseover", function (ev) {
        var el = ev.target.closest ? ev.target.closest(".hl") : null;
        if (el && !el.hasAttribute("title")) { el.setAttribute("title", tipOf(el)); }
      });
    }
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
