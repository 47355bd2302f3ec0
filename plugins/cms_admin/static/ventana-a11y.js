// Names, in Spanish, for the icon buttons Decap draws without one: on each item of a
// list, the button that shows or hides the item, the handle that moves it and the one
// that removes it. A screen reader says «Quitar el elemento 2 de Fuentes, botón» instead
// of «botón». Decap redraws the form often, so an observer names new buttons as they come.
// The classes are those of the pinned Decap (plugins/cms_admin/vendor.py); the browser
// test runs axe on the form and fails if a button is left without a name.

const TOP_BAR = ".e11ki7in3"; // the bar at the top of a list item
const DND_HELP_EN =
  "To pick up a draggable item, press the space bar. While dragging, use the arrow keys " +
  "to move the item. Press space again to drop the item in its new position, or press " +
  "escape to cancel.";
const DND_HELP_ES =
  "Para mover este elemento, pulsa la barra espaciadora; muévelo con las flechas y pulsa " +
  "la barra espaciadora otra vez para dejarlo en su lugar, o Escape para cancelar.";

function setAttribute(element, name, value) {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

// "el elemento 2 de Fuentes": the item's place and the list's own label.
function describeItem(bar) {
  const item = bar.parentElement;
  const place = [...item.parentElement.children].indexOf(item) + 1;
  const list = item.parentElement.closest('[id*="-field-"]');
  const label = list && document.querySelector(`label[for="${list.id}"]`);
  const name = label ? label.textContent.trim() : "";
  return name ? `el elemento ${place} de ${name}` : `el elemento ${place}`;
}

function expanded(button) {
  const icon = button.querySelector("span");
  const turn = icon ? getComputedStyle(icon).transform : "none";
  return turn === "none" || turn === "matrix(1, 0, 0, 1, 0, 0)";
}

function nameBar(bar) {
  const item = describeItem(bar);
  const [first, middle, last] = bar.children;
  if (first && first.tagName === "BUTTON") {
    setAttribute(first, "aria-label", `Mostrar u ocultar ${item}`);
    setAttribute(first, "aria-expanded", String(expanded(first)));
  }
  if (middle && middle.getAttribute("role") === "button") {
    setAttribute(middle, "aria-label", `Mover ${item}`);
  }
  if (last && last.tagName === "BUTTON") setAttribute(last, "aria-label", `Quitar ${item}`);
}

function nameAll() {
  document.querySelectorAll(TOP_BAR).forEach(nameBar);
  document.querySelectorAll('[id^="DndDescribedBy-"]').forEach((help) => {
    if (help.textContent === DND_HELP_EN) help.textContent = DND_HELP_ES;
  });
}

let pending = false;
function schedule() {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    nameAll();
  });
}

export function nameIconButtons(root = document.body) {
  new MutationObserver(schedule).observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ["class"],
  });
  schedule();
}
