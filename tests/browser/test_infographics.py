"""Infographics as a reader's Chromium draws them: labels big enough on a 320 px phone,
no label touching another or leaving its drawing, at 320 and 1280 px (issue 16 §3).

Screenshots of two infographics at both sizes go to test-artifacts/screenshots/.
"""

from __future__ import annotations

import pytest

from tests.browser.browse import DESKTOP
from tests.browser.layout import PHONES

pytestmark = pytest.mark.browser

SIZES = {"movil": PHONES[0], "escritorio": DESKTOP}
PHOTOGRAPHED = ("sistema-nacional-anticorrupcion", "avance-sistemas-locales")

# Every <text> of every drawing on show: its size on screen and its box. Waits for the
# web font, so the boxes are those of the letters the layout was measured with.
_LABELS = """async () => {
  const faces = await Promise.all(['16px', 'bold 16px'].map(
    (f) => document.fonts.load(f + ' "Ventana Source Sans"').catch(() => [])));
  await document.fonts.ready;
  const font = faces.every((loaded) => loaded.length > 0);
  const out = [];
  for (const svg of document.querySelectorAll('main svg[role=img]')) {
    if (!svg.getClientRects().length) continue;
    const frame = svg.getBoundingClientRect();
    const labels = [];
    for (const t of svg.querySelectorAll('text')) {
      const r = t.getBoundingClientRect();
      const ctm = t.getScreenCTM();
      labels.push({text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize)
        * Math.hypot(ctm.a, ctm.b), box: [r.left, r.top, r.right, r.bottom]});
    }
    out.push({id: svg.querySelector('title').id, box: [frame.left, frame.top, frame.right,
      frame.bottom], labels, font});
  }
  return out;
}"""


def _touch(a: list[float], b: list[float], slack: float = 0.5) -> bool:
    return (
        a[0] < b[2] - slack and b[0] < a[2] - slack and a[1] < b[3] - slack and b[1] < a[3] - slack
    )


def _inside(outer: list[float], inner: list[float], slack: float = 0.5) -> bool:
    return (
        inner[0] >= outer[0] - slack
        and inner[1] >= outer[1] - slack
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


@pytest.fixture(scope="module")
def infographic_pages(pages) -> list[str]:
    found = [p for p in pages if p.startswith("infografias/") and p != "infografias/index.html"]
    assert len(found) >= 2, "no hay infografías en el sitio construido"
    return found


@pytest.mark.parametrize("size_name", SIZES)
def test_labels_are_readable_and_never_touch(visitor, infographic_pages, size_name):
    size = SIZES[size_name]
    problems, drawings, smallest = [], 0, 1000.0
    for rel in infographic_pages:
        visitor.visit(rel, size)
        for svg in visitor.page.evaluate(_LABELS):
            drawings += 1
            assert svg["font"], f"{rel}: la letra de las etiquetas no cargó"
            where = f"{rel} {svg['id']} a {size['width']} px"
            for label in svg["labels"]:
                smallest = min(smallest, label["size"])
                if label["size"] < 12:
                    problems.append(f"{where}: «{label['text']}» mide {label['size']:.1f} px")
                if not _inside(svg["box"], label["box"]):
                    problems.append(f"{where}: «{label['text']}» se sale del dibujo")
            for i, a in enumerate(svg["labels"]):
                for b in svg["labels"][i + 1 :]:
                    if _touch(a["box"], b["box"]):
                        problems.append(f"{where}: «{a['text']}» toca «{b['text']}»")
    assert drawings, "ninguna infografía mostró un dibujo"
    print(f"{size_name}: {drawings} dibujos, etiqueta más chica {smallest:.1f} px")
    assert not problems, "\n".join(problems[:40])


def test_only_one_drawing_of_each_block_is_on_show(visitor, infographic_pages):
    for size in SIZES.values():
        visitor.visit(infographic_pages[0], size)
        shown = visitor.page.evaluate(
            "() => [...document.querySelectorAll('main figure')].map(f =>"
            " [...f.querySelectorAll('svg[role=img]')].filter(s => s.getClientRects().length)"
            ".length)"
        )
        assert shown and all(n == 1 for n in shown), (size, shown)


def test_screenshots_of_two_infographics_at_320_and_1280_px(visitor, built, artifacts):
    folder = artifacts / "screenshots"
    folder.mkdir(exist_ok=True)
    for slug in PHOTOGRAPHED:
        rel = f"infografias/{slug}/index.html"
        assert (built / rel).exists(), rel
        for size_name, size in SIZES.items():
            visitor.visit(rel, size)
            visitor.page.evaluate(_LABELS)  # waits for the web font
            path = folder / f"infografia-{slug}-{size_name}-{size['width']}px.png"
            visitor.page.screenshot(path=str(path), full_page=True)
            assert path.stat().st_size > 1000, path
