"""A state page on paper, as WeasyPrint lays out its print stylesheets on letter sheets:
no table row split across two pages, a table's caption on the page of its first row,
only the content (no search form or menus), and no page left half empty before the last.
"""

from __future__ import annotations

import pytest
from weasyprint import CSS, HTML
from weasyprint.formatting_structure import boxes as wboxes

LETTER = CSS(string="@page { size: letter; }")
PAGES = ("estados/jalisco/index.html", "estados/index.html")
# Every page but the last is filled this far (a share of the page's text area).
MIN_FILL = 0.7


@pytest.fixture(scope="module", params=PAGES)
def printed(request, site):
    path = site.output / request.param
    return request.param, HTML(filename=str(path), media_type="print").render(stylesheets=[LETTER])


def body_rows_of(box):
    """The element of each table row inside a box, leaving out repeated header rows."""
    for group in box.descendants():
        if isinstance(group, wboxes.TableRowGroupBox) and not group.is_header:
            yield from (row.element for row in group.children)


def test_no_table_row_is_split_across_pages(printed):
    rel, document = printed
    pages_of: dict[int, set[int]] = {}
    for number, page in enumerate(document.pages, start=1):
        for row in body_rows_of(page._page_box):
            pages_of.setdefault(id(row), set()).add(number)
    assert len(pages_of) > 20, rel
    split = [pages for pages in pages_of.values() if len(pages) > 1]
    assert not split, f"{rel}: {len(split)} filas partidas entre páginas"


def test_a_caption_prints_on_the_page_of_its_first_row(printed):
    rel, document = printed
    caption_page: dict[int, int] = {}
    first_row_page: dict[int, int] = {}
    for number, page in enumerate(document.pages, start=1):
        for wrapper in page._page_box.descendants():
            if not getattr(wrapper, "is_table_wrapper", False):
                continue
            table = id(wrapper.element)
            if any(isinstance(c, wboxes.TableCaptionBox) for c in wrapper.children):
                caption_page.setdefault(table, number)
            if any(True for _ in body_rows_of(wrapper)):
                first_row_page.setdefault(table, number)
    assert caption_page, rel
    assert caption_page == {t: p for t, p in first_row_page.items() if t in caption_page}, rel


def test_paper_shows_the_content_not_the_search_form_or_menus(printed):
    rel, document = printed
    boxes = document.pages[0]._page_box.descendants()
    text = " ".join(box.text for box in boxes if isinstance(box, wboxes.TextBox))
    assert "Ventana Anticorrupción" in text, rel
    for word in ("Buscar", "Denuncia", "Inicio"):
        assert word not in text, (rel, word)


def test_no_page_before_the_last_is_left_half_empty(printed):
    rel, document = printed
    assert len(document.pages) > 1, rel
    for number, page in enumerate(document.pages[:-1], start=1):
        box = page._page_box
        top = box.content_box_y()
        lines = [b for b in box.descendants() if isinstance(b, wboxes.LineBox)]
        bottom = max(line.position_y + line.height for line in lines)
        fill = (bottom - top) / box.height
        assert fill >= MIN_FILL, f"{rel}: la página {number} queda llena solo al {fill:.0%}"
