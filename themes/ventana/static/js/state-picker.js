/* "Elige tu estado": progressive enhancement of the plain list of state links.
   With JavaScript the list gives way to a select and a "Ver estado" button; choosing
   a state does not move the page by itself (WCAG 3.2.2), the button does. */

for (const form of document.querySelectorAll("[data-state-picker]")) {
  const select = form.querySelector("select");
  const list = form.parentElement.querySelector("[data-state-picker-list]");
  form.hidden = false;
  if (list) {
    list.hidden = true;
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!select.value) {
      select.focus();
      return;
    }
    window.location.assign(new URL(select.value, document.baseURI).href);
  });
}
