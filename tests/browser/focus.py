"""Walk a page with the Tab key the way a keyboard user does, and judge the focus ring."""

from __future__ import annotations

from dataclasses import dataclass, field

# How an element draws its edge: its outline and shadow, plus the border, and the strokes
# and outlines of what it contains (an SVG map tile shows focus with its rect's stroke).
_LOOK = """(el) => {
  const s = getComputedStyle(el);
  const edge = (n) => {
    const c = getComputedStyle(n);
    return `${c.outlineStyle} ${c.outlineWidth} ${c.outlineColor}|${c.boxShadow}|`
      + `${c.stroke} ${c.strokeWidth}|${c.borderTopColor} ${c.borderTopWidth}`;
  };
  return {outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
          shadow: s.boxShadow,
          edges: [el, ...[...el.querySelectorAll('*')].slice(0, 20)].map(edge).join('/')};
}"""

# Marks every element that should be a Tab stop, in document order, and remembers how
# it looks unfocused. Radio groups count once (Tab enters the group, arrows move inside).
_MARK_TABBABLE = """() => {
  const sel = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, '
    + 'summary, iframe, audio[controls], video[controls], [tabindex], [contenteditable]';
  const radios = new Set();
  const stops = [];
  const look = %LOOK%;
  for (const el of document.querySelectorAll(sel)) {
    if (el.disabled || el.tabIndex < 0 || el.closest('[inert]')) continue;
    const closed = el.closest('details:not([open])');
    if (closed && !(el.tagName === 'SUMMARY' && el.parentElement === closed)) continue;
    if (getComputedStyle(el).visibility === 'hidden' || el.getClientRects().length === 0) continue;
    if (el.type === 'radio' && el.name) {
      const group = (el.form ? 'f' : 'd') + el.name;
      if (radios.has(group)) continue;
      const members = [...document.getElementsByName(el.name)].filter(r => r.type === 'radio');
      const checked = members.find(r => r.checked);
      if (checked && checked !== el) continue;
      radios.add(group);
    }
    el.setAttribute('data-vt-tab', String(stops.length));
    const label = (el.getAttribute('aria-label') || el.innerText || el.value || el.name || '')
      .trim().replace(/\\s+/g, ' ').slice(0, 40);
    stops.push({tag: el.tagName.toLowerCase(), label, href: el.getAttribute('href'),
                rest: look(el)});
  }
  return stops;
}""".replace("%LOOK%", _LOOK)

# What has focus now, and how it looks while focused.
# With settle=true it first waits two frames, so CSS transitions on :focus have finished.
_FOCUSED = """async (settle) => {
  if (settle) await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const s = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  const look = %LOOK%;
  return {index: el.getAttribute('data-vt-tab'), tag: el.tagName.toLowerCase(), id: el.id,
          ...look(el),
          outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0,
          outlineColor: s.outlineColor,
          onScreen: r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth};
}""".replace("%LOOK%", _LOOK)


def _transparent(color: str) -> bool:
    return color in ("transparent", "rgba(0, 0, 0, 0)")


def has_focus_indicator(rest: dict, focused: dict) -> bool:
    """A visible ring: an outline, a shadow, a border or an inner stroke that only focus adds.

    A change of background or text colour alone does not count: it is easy to miss.
    """
    outline = (
        focused["outlineStyle"] != "none"
        and focused["outlineWidth"] >= 1
        and not _transparent(focused["outlineColor"])
        and focused["outline"] != rest["outline"]
    )
    shadow = focused["shadow"] not in ("none", rest["shadow"])
    return outline or shadow or focused["edges"] != rest["edges"]


def _looks_focused(walk: TabWalk, focused: dict) -> bool:
    if focused["index"] is None:
        return False
    stop = walk.stops[int(focused["index"])]
    return focused["onScreen"] and has_focus_indicator(stop["rest"], focused)


@dataclass
class TabWalk:
    """The result of pressing Tab through a whole page."""

    stops: list[dict]
    order: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def missed(self) -> list[dict]:
        seen = set(self.order)
        return [stop for i, stop in enumerate(self.stops) if i not in seen]


def tab_through(page) -> TabWalk:
    """Press Tab from the top until focus leaves the page or comes back to a stop.

    A trap shows up as a stop reached twice before every stop was reached once.
    """
    page.evaluate(
        "() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }"
    )
    walk = TabWalk(stops=page.evaluate(_MARK_TABBABLE))
    for _ in range(len(walk.stops) + 2):
        page.keyboard.press("Tab")
        focused = page.evaluate(_FOCUSED, False)
        if focused and not _looks_focused(walk, focused):
            focused = page.evaluate(_FOCUSED, True)  # look again once transitions are done
        if focused is None:
            break  # focus left the document after the last stop: no trap
        if focused["index"] is None:
            walk.problems.append(f"el foco llega a un elemento no previsto: <{focused['tag']}>")
            continue
        index = int(focused["index"])
        if index in walk.order:
            break
        walk.order.append(index)
        stop = walk.stops[index]
        name = f"<{stop['tag']}> «{stop['label']}»"
        if not has_focus_indicator(stop["rest"], focused):
            walk.problems.append(f"{name}: sin indicador de foco visible")
        if not focused["onScreen"]:
            walk.problems.append(f"{name}: con foco pero fuera de la pantalla")
    return walk


_AFTER_SKIP = """() => {
  const main = document.querySelector('main');
  const el = document.activeElement;
  return {active: el ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') : null,
          inOrAfterMain: !!(el && main && (main.contains(el)
            || (main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)))};
}"""


def skip_link_problems(page, rel: str) -> list[str]:
    """The skip link must be the first Tab stop and must land focus on main (WCAG 2.4.1).

    Call it on a freshly loaded page, before anything has had focus.
    """
    page.keyboard.press("Tab")
    first = page.evaluate(
        "() => { const a = document.activeElement; return a && a.matches("
        "'a.vt-skip-link[href=\"#contenido\"]') ? a.innerText.trim() : "
        "(a ? a.outerHTML.slice(0, 80) : null); }"
    )
    if first != "Saltar al contenido principal":
        return [f"{rel}: la primera parada de Tab no es el enlace para saltar: {first}"]
    page.keyboard.press("Enter")
    landed = page.evaluate(_AFTER_SKIP)
    problems = []
    if landed["active"] != "main#contenido":
        problems.append(f"{rel}: tras el enlace para saltar, el foco está en {landed['active']}")
    page.keyboard.press("Tab")
    if not page.evaluate(_AFTER_SKIP)["inOrAfterMain"]:
        problems.append(f"{rel}: el Tab siguiente vuelve antes del contenido principal")
    return problems
