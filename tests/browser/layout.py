"""Does a page fit the screen? Measures sideways scrolling and names what sticks out."""

from __future__ import annotations

PHONES = [{"width": 320, "height": 640}, {"width": 375, "height": 667}]
ZOOM_VIEWPORT = {"width": 640, "height": 800}
# Text zoom as in a browser's font-size setting: rem and em sizes double, px sizes do not.
TEXT_ZOOM_200 = "html { font-size: 200% !important; }"

# The widest elements that stick out past the right edge, ignoring content inside boxes
# that scroll or clip on their own (a wide table in its scroll region is fine).
_OVERFLOW = """(scope) => {
  const root = document.documentElement;
  const box = scope ? document.querySelector(scope) : root;
  if (!box) return {fits: true, width: 0, limit: 0, culprits: []};
  const limit = scope ? box.clientWidth : innerWidth;
  const width = box.scrollWidth;
  const edge = scope ? box.getBoundingClientRect().left + box.clientWidth : root.clientWidth;
  const clipped = (el) => {
    for (let p = el.parentElement; p && p !== box; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o !== 'visible') return true;
    }
    return false;
  };
  const culprits = [];
  for (const el of box.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right <= edge + 1 || clipped(el)) continue;
    const kids = [...el.children].some(c => c.getBoundingClientRect().right > edge + 1);
    if (kids) continue;
    const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
      + (el.classList.length ? '.' + [...el.classList].join('.') : '');
    culprits.push(`${name} (${Math.round(r.right - edge)} px de más)`);
    if (culprits.length >= 5) break;
  }
  return {fits: width <= limit, width, limit, culprits};
}"""


def overflow(page, scope: str | None = None) -> dict:
    """{'fits': bool, 'width', 'limit', 'culprits'} for the page or one element of it."""
    return page.evaluate(_OVERFLOW, scope)


def describe(rel: str, where: str, result: dict) -> str:
    culprits = "; ".join(result["culprits"]) or "sin elemento identificado"
    return (
        f"{rel} a {where}: se desplaza de lado ({result['width']} px en {result['limit']} px)"
        f" — {culprits}"
    )
