"""The browser's Imprimir, as a reader's Chromium prints on letter paper: a state page,
the states overview, a lesson and an infographic. Only content on paper (no search form),
no relative addresses written out, an infographic's wide drawing within one page.

The printed PDFs, their page counts (paginas.json) and print-view screenshots go to
test-artifacts/print/ for a person to look at.
"""

from __future__ import annotations

import io
import json

import pypdf
import pytest

pytestmark = pytest.mark.browser

PRINTED = {
    "estado": "estados/jalisco/index.html",
    "estados": "estados/index.html",
    "leccion": "escuela-de-heroes/la-cartera-perdida/index.html",
    "infografia": "infografias/avance-sistemas-locales/index.html",
}
# A letter sheet in CSS px: the print-view screenshots are that wide.
LETTER = {"width": 816, "height": 1056}

# Under print media: each shown drawing's height, and the page height left by the margins.
_DRAWINGS = """() => [...document.querySelectorAll('main svg[role=img]')]
  .filter((svg) => svg.getClientRects().length)
  .map((svg) => ({cls: svg.getAttribute('class'), height: svg.getBoundingClientRect().height}))"""


@pytest.fixture(scope="module")
def printed(visitor, artifacts):
    """{name: (page texts, drawings shown in print)}, with the files saved as artifacts."""
    folder = artifacts / "print"
    folder.mkdir(exist_ok=True)
    tab = visitor.context.new_page()
    results, counts = {}, {}
    for name, rel in PRINTED.items():
        tab.set_viewport_size(LETTER)
        tab.goto(visitor.url(rel), wait_until="load")
        tab.evaluate("document.fonts.ready")
        data = tab.pdf(format="Letter", prefer_css_page_size=True)
        (folder / f"{name}.pdf").write_bytes(data)
        texts = [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]
        tab.emulate_media(media="print")
        tab.screenshot(path=str(folder / f"{name}-imprimir-816.png"), full_page=True)
        drawings = tab.evaluate(_DRAWINGS)
        tab.emulate_media(media="null")
        results[name] = (texts, drawings)
        counts[rel] = len(texts)
    tab.close()
    (folder / "paginas.json").write_text(json.dumps(counts, indent=1), encoding="utf-8")
    return results


@pytest.mark.parametrize("name", PRINTED)
def test_paper_shows_the_content_without_the_search_form(printed, name):
    texts, _ = printed[name]
    assert texts and len(" ".join(texts)) > 500, name
    first = texts[0]
    for word in ("Buscar", "Denuncia", "Menú principal"):
        assert word not in first, (name, word)


@pytest.mark.parametrize("name", PRINTED)
def test_relative_addresses_are_not_written_on_paper(printed, name):
    texts, _ = printed[name]
    for number, text in enumerate(texts, start=1):
        flat = "".join(text.split())
        assert "(../" not in flat and "(./" not in flat, (name, number)


def test_an_infographic_prints_its_wide_drawings_each_within_a_page(printed):
    _, drawings = printed["infografia"]
    assert drawings, "no se imprime ningún dibujo"
    assert all("--ancho" in d["cls"] for d in drawings), drawings
    page_height = LETTER["height"] - 2 * 2 / 2.54 * 96  # print.css: 2 cm top and bottom
    for drawing in drawings:
        assert drawing["height"] <= page_height, drawing
