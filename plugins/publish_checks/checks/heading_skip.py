"""Headings are the page's outline; jumping from h2 to h4 suggests a missing section."""

from ..finding import Severity
from .base import Rule, hit

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def headings_in_order(page):
    """Headings in document order (lxml walks the tree for their tags in C)."""
    if sum(len(page.by_tag.get(tag, ())) for tag in HEADINGS) < 2:
        return [el for tag in HEADINGS for el in page.by_tag.get(tag, ())]
    return list(page.root.iter(*HEADINGS))


class HeadingSkip(Rule):
    id = "heading-skip"
    wcag = "1.3.1"
    severity = Severity.ERROR
    title = "Salto de nivel de encabezado"
    message = "El encabezado «{text}» es h{level} pero el anterior es h{previous}."
    hint = "Usa el nivel siguiente (h{expected}); en Markdown, agrega o quita un «#»."
    axe = ("heading-order",)

    def check(self, page):
        previous = 0
        for el in headings_in_order(page):
            level = int(el.tag[1])
            if previous and level > previous + 1:
                text = page.text(el)
                yield hit(
                    el, text, text=text, level=level, previous=previous, expected=previous + 1
                )
            previous = level
