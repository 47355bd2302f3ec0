"""The whole guide as one PDF, made of the pages its lessons' own PDFs already laid out.

Laying out a lesson is most of what a PDF costs, and the guide holds every lesson, so
it does not lay them out a second time. It is WeasyPrint's recipe for combining
documents (``Document.copy`` with the pages of several documents), plus one step for
the page numbers:

- The front document (``lessons_guide_pdf.html``: cover and contents) is laid out with
  one empty page standing in for each page of each lesson, in order. On those pages
  WeasyPrint itself counts what the printed guide needs: the contents' page numbers
  (``target-counter`` to each lesson's first stand-in page) and the footer of every
  page, «página X de Y» over the whole guide.
- Each lesson page then takes the footer of its stand-in page and keeps its own header
  (the lesson's title). The stand-in pages themselves are dropped.

The guide's title, language and description are the front document's; its outline and
tags are those of the pages it holds; the contents link to each lesson's first page
(the ``id`` of the lesson's ``article``).
"""

from __future__ import annotations

from typing import Any

FOOTER = "@bottom"  # the margin boxes a lesson page takes from its stand-in page


def assemble(front: Any, lessons: list[Any]) -> Any:
    """The guide: the front pages, then each lesson's pages with the guide's footers."""
    stand_ins = sum(len(document.pages) for document in lessons)
    count = len(front.pages) - stand_ins
    if count < 1:
        raise RuntimeError(f"the guide's front has {len(front.pages)} pages for {stand_ins}")
    pages = list(front.pages[:count])
    numbered = iter(front.pages[count:])
    for document in lessons:
        pages.extend(with_footer(page, next(numbered)) for page in document.pages)
    return front.copy(pages)


def with_footer(page: Any, stand_in: Any) -> Any:
    """A copy of ``page`` whose bottom margin boxes are those of ``stand_in``."""
    from weasyprint.document import Page
    from weasyprint.formatting_structure.boxes import MarginBox

    if (page.width, page.height) != (stand_in.width, stand_in.height):
        raise RuntimeError("a lesson page and its stand-in differ in size")

    def footer(box: Any) -> bool:
        return isinstance(box, MarginBox) and box.at_keyword.startswith(FOOTER)

    box = page._page_box.copy()  # the page's content boxes are shared, not copied
    kept = [child for child in box.children if not footer(child)]
    box.children = (*kept, *filter(footer, stand_in._page_box.children))
    return Page(box)
