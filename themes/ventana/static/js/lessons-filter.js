/* Escuela de Héroes: instant filtering of the lesson list on the guide home.
   Progressive enhancement only: without it, the grade, topic and duration pages
   list the same lessons. All texts a reader sees come from the HTML. */
(function () {
  "use strict";
  var form = document.querySelector("[data-lessons-filter]");
  var list = document.querySelector("[data-lessons-list]");
  if (!form || !list) { return; }
  var items = Array.prototype.slice.call(list.querySelectorAll("[data-grados]"));
  var status = form.querySelector("[data-lessons-status]");
  var fields = { grado: "data-grados", tema: "data-temas", duracion: "data-banda" };

  function matches(item, attribute, value) {
    if (!value) { return true; }
    return (" " + item.getAttribute(attribute) + " ").indexOf(" " + value + " ") !== -1;
  }

  function update() {
    var shown = 0;
    items.forEach(function (item) {
      var ok = Object.keys(fields).every(function (name) {
        return matches(item, fields[name], form.elements[name].value);
      });
      item.hidden = !ok;
      if (ok) { shown += 1; }
    });
    var template = status.getAttribute(shown === 1 ? "data-one" : "data-many");
    status.textContent = template.replace("{n}", shown).replace("{total}", items.length);
  }

  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  form.addEventListener("reset", function () { window.setTimeout(update, 0); });
  form.hidden = false;
  update();
})();
