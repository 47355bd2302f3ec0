"""The title is the first thing read when a page opens and the name of its tab."""

from ..finding import Severity
from .base import Rule, hit


class TitleMissing(Rule):
    id = "title-missing"
    wcag = "2.4.2"
    severity = Severity.ERROR
    title = "Título de página ausente, vacío o repetido en la página"
    message = "{problem}"
    hint = "Dale a la página un título único en sus metadatos (title: ...)."
    axe = ("document-title",)

    def check(self, page):
        titles = page.titles
        if not titles:
            yield hit(page.root, "<title>", problem="La página no tiene <title>.")
        elif len(titles) > 1:
            yield hit(titles[1], "<title>", problem="La página tiene más de un <title>.")
        elif not page.text(titles[0]):
            yield hit(titles[0], "<title>", problem="El <title> de la página está vacío.")
