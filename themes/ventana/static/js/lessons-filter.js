/* Escuela de Héroes: instant filtering of the lesson list on the guide home.
   Progressive enhancement only: without it, the grade, topic and duration pages
   list the same lessons. All texts a reader sees come from the HTML.
   The choice lives in the address (?grado=primaria-4&tema=honestidad&duracion=31-60),
   so a copied link opens the same list. */
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

  function readAddress() {
    var params = new URLSearchParams(window.location.search);
    Object.keys(fields).forEach(function (name) {
      var select = form.elements[name];
      var value = params.get(name) || "";
      var known = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
      select.value = known ? value : "";
    });
  }

  function writeAddress() {
    var params = new URLSearchParams(window.location.search);
    Object.keys(fields).forEach(function (name) {
      var value = form.elements[name].value;
      if (value) { params.set(name, value); } else { params.delete(name); }
    });
    var query = params.toString();
    var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
    window.history.replaceState(null, "", url);
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
    writeAddress();
  }

  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  form.addEventListener("reset", function () { window.setTimeout(update, 0); });
  window.addEventListener("popstate", function () { readAddress(); update(); });
  form.hidden = false;
  readAddress();
  update();
})();
