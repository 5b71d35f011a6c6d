// Toggle highlight layers: every checkbox in #legend controls the spans of one layer.
// A URL fragment "#off=hedge,actor" starts with those layers hidden (shareable views).
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
    document.body.setAttribute("data-ready", "1");
  });
})();
