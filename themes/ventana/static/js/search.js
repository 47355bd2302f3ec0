/* Site search on the search page: Pagefind's JavaScript API with a small interface
   of our own (a labelled form, results in a list, the count in a live region).
   Progressive enhancement only: without it the page lists every section, state and
   lesson. All texts a reader sees come from the HTML (data-msg-* on the status).
   The question lives in the address (?q=jalisco&seccion=Estados), so a copied link,
   or the search form in every page's header, opens the same results. */

const MAX_SHOWN = 30;
const form = document.querySelector("[data-search-bundle]");

if (form) {
  start(form);
}

function start(form) {
  const input = form.elements.q;
  const boxes = Array.from(form.querySelectorAll('input[name="seccion"]'));
  const status = document.getElementById("vt-search-status");
  const list = document.getElementById("vt-search-results");
  let engine = null;
  let latest = 0;
  let timer = 0;

  for (const note of document.querySelectorAll("[data-search-nojs]")) {
    note.hidden = true;
  }

  function message(kind, values) {
    let text = status.getAttribute("data-msg-" + kind) || "";
    for (const [key, value] of Object.entries(values)) {
      text = text.split("{" + key + "}").join(String(value));
    }
    return text;
  }

  async function load() {
    if (!engine) {
      const bundle = new URL(form.dataset.searchBundle, document.baseURI);
      const root = new URL(form.dataset.searchRoot, document.baseURI);
      engine = import(new URL("pagefind.js", bundle).href).then(async (pagefind) => {
        await pagefind.options({ baseUrl: root.pathname, excerptLength: 24 });
        await pagefind.init();
        return pagefind;
      });
    }
    return engine;
  }

  function chosen() {
    return boxes.filter((box) => box.checked).map((box) => box.value);
  }

  function writeAddress(query, sections) {
    const params = new URLSearchParams();
    if (query) {
      params.set("q", query);
    }
    for (const section of sections) {
      params.append("seccion", section);
    }
    const search = params.toString();
    history.replaceState(null, "", search ? "?" + search : window.location.pathname);
  }

  async function run() {
    const query = input.value.trim();
    const sections = chosen();
    const ticket = ++latest;
    writeAddress(query, sections);
    if (!query) {
      list.replaceChildren();
      list.hidden = true;
      status.textContent = "";
      return;
    }
    try {
      const pagefind = await load();
      const filters = sections.length ? { seccion: { any: sections } } : {};
      const found = await pagefind.search(query, { filters });
      const shown = await Promise.all(found.results.slice(0, MAX_SHOWN).map((r) => r.data()));
      if (ticket !== latest) {
        return;
      }
      list.replaceChildren(...shown.map(resultItem));
      list.hidden = shown.length === 0;
      const n = found.results.length;
      const kind = n === 0 ? "none" : n === 1 ? "one" : n > shown.length ? "more" : "many";
      status.textContent = message(kind, { n, q: query, shown: shown.length });
    } catch (error) {
      if (ticket === latest) {
        list.hidden = true;
        status.textContent = message("error", {});
      }
    }
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 350);
  }

  const params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  const wanted = params.getAll("seccion");
  for (const box of boxes) {
    box.checked = wanted.includes(box.value);
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    run();
  });
  input.addEventListener("input", later);
  for (const box of boxes) {
    box.addEventListener("change", run);
  }
  if (input.value.trim()) {
    run();
  }
}

function resultItem(data) {
  const item = document.createElement("li");
  item.className = "vt-search__result";
  const heading = document.createElement("h2");
  heading.className = "vt-search__result-title";
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = (data.meta && data.meta.title) || data.url;
  heading.append(link);
  item.append(heading);
  const section = data.meta && data.meta.seccion;
  if (section) {
    const where = document.createElement("p");
    where.className = "vt-search__result-section";
    where.textContent = section;
    item.append(where);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "vt-search__result-excerpt";
  excerpt.append(...excerptNodes(data.excerpt || ""));
  item.append(excerpt);
  return item;
}

/* Pagefind's excerpt is text with <mark> around the words found. Keep only that:
   text nodes and <mark> elements, never any other markup. */
function excerptNodes(html) {
  const parsed = new DOMParser().parseFromString(html, "text/html");
  return Array.from(parsed.body.childNodes).map((node) => {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent);
  });
}
