"""Contrast of text drawn inside SVG (maps, infographics), which axe leaves "to review".

axe cannot tell what lies under an SVG <text>. SVG paints in document order, so the
background of a text is the last filled shape before it whose box holds the text's
centre; with none, the page's white. Same thresholds as WCAG 1.4.3: 4.5:1, or 3:1 for
large text (24 px, or 18.66 px bold, as drawn on screen).
"""

from __future__ import annotations

_SVG_TEXT_CONTRAST = r"""() => {
  const parse = (c) => {
    const m = (c || '').match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number);
    return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
  };
  const lum = ({r, g, b}) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (a, b) => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const found = [];
  for (const svg of document.querySelectorAll('main svg')) {
    const shapes = [...svg.querySelectorAll('rect, path, circle, ellipse, polygon')];
    for (const text of svg.querySelectorAll('text')) {
      const box = text.getBoundingClientRect();
      const style = getComputedStyle(text);
      const fg = parse(style.fill);
      if (!box.width || !fg || fg.a === 0 || style.visibility === 'hidden') continue;
      const x = box.left + box.width / 2, y = box.top + box.height / 2;
      let bg = {r: 255, g: 255, b: 255, a: 1};
      for (const shape of shapes) {
        if (!(shape.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
        const b = shape.getBoundingClientRect();
        const fill = parse(getComputedStyle(shape).fill);
        if (fill && fill.a > 0 && x >= b.left && x <= b.right && y >= b.top && y <= b.bottom) {
          bg = fill;
        }
      }
      const ctm = text.getScreenCTM();
      const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
      const size = parseFloat(style.fontSize) * scale;
      const large = size >= 24 || (parseInt(style.fontWeight, 10) >= 700 && size >= 18.66);
      const got = ratio(fg, bg);
      if (got < (large ? 3 : 4.5)) {
        found.push(`«${text.textContent.trim().slice(0, 30)}» ${style.fill} sobre `
          + `rgb(${bg.r}, ${bg.g}, ${bg.b}): ${got.toFixed(2)}:1, pide ${large ? 3 : 4.5}:1`);
      }
    }
  }
  return found;
}"""


def svg_contrast_problems(page, rel: str) -> list[str]:
    """One line per SVG text below the WCAG 1.4.3 contrast ratio on the loaded page."""
    return [f"{rel}: {line}" for line in page.evaluate(_SVG_TEXT_CONTRAST)]
