"""Walk a page with the Tab key the way a keyboard user does, and judge the focus ring."""

from __future__ import annotations

from dataclasses import dataclass, field

# Marks every element that should be a Tab stop, in document order, and remembers how
# it looks unfocused. Radio groups count once (Tab enters the group, arrows move inside).
_MARK_TABBABLE = """() => {
  const sel = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, '
    + 'summary, iframe, audio[controls], video[controls], [tabindex], [contenteditable]';
  const radios = new Set();
  const stops = [];
  const look = (el) => {
    const s = getComputedStyle(el);
    return {outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
            shadow: s.boxShadow, background: s.backgroundColor};
  };
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
}"""

# What has focus now, and how it looks while focused.
# Waits two frames first, so CSS transitions on :focus have finished, as a person sees it.
_FOCUSED = """async () => {
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const s = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  return {index: el.getAttribute('data-vt-tab'), tag: el.tagName.toLowerCase(), id: el.id,
          outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
          outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0,
          outlineColor: s.outlineColor, shadow: s.boxShadow, background: s.backgroundColor,
          onScreen: r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth};
}"""


def _transparent(color: str) -> bool:
    return color in ("transparent", "rgba(0, 0, 0, 0)")


def has_focus_indicator(rest: dict, focused: dict) -> bool:
    """A visible ring: an outline or a box-shadow that the element lacks when not focused."""
    outline = (focused["outlineStyle"] != "none" and focused["outlineWidth"] >= 1
               and not _transparent(focused["outlineColor"]) and focused["outline"] != rest["outline"])
    shadow = focused["shadow"] not in ("none", rest["shadow"])
    return outline or shadow


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
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); "
                  "window.scrollTo(0, 0); }")
    walk = TabWalk(stops=page.evaluate(_MARK_TABBABLE))
    for _ in range(len(walk.stops) + 2):
        page.keyboard.press("Tab")
        focused = page.evaluate(_FOCUSED)
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
