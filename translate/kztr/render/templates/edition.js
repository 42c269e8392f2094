(function () {
  "use strict";
  // Pointing at a unit lights it and its counterpart in the other column.
  var lit = [];
  function light(target) {
    lit.forEach(function (element) { element.classList.remove("hl"); });
    lit = [];
    var unit = target && target.closest ? target.closest("[data-u]") : null;
    if (!unit) { return; }
    var key = unit.getAttribute("data-u");
    lit = Array.prototype.slice.call(document.querySelectorAll('[data-u="' + key + '"]'));
    lit.forEach(function (element) { element.classList.add("hl"); });
  }
  document.addEventListener("mouseover", function (event) { light(event.target); });
  document.documentElement.addEventListener("mouseleave", function () { light(null); });
  window.addEventListener("beforeprint", function () { light(null); });
})();
