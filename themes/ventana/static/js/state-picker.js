/* "Elige tu estado": progressive enhancement of a plain list of state links.
   The select is filled from those links, so each state is written once in the page.
   A list marked data-state-picker-hide gives way to the select; a map stays.
   Choosing a state does not move the page by itself (WCAG 3.2.2), the button does. */

for (const form of document.querySelectorAll("[data-state-picker]")) {
  const select = form.querySelector("select");
  const list = document.getElementById(form.dataset.statePicker);
  if (!select || !list) {
    continue;
  }
  for (const link of list.querySelectorAll("a[href]")) {
    const name = link.querySelector("span") || link;
    select.add(new Option(name.textContent.trim(), link.href));
  }
  form.hidden = false;
  if (list.hasAttribute("data-state-picker-hide")) {
    list.hidden = true;
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!select.value) {
      select.focus();
      return;
    }
    window.location.assign(select.value);
  });
}
