"""A page without an h1 tells people (and screen readers' heading lists) nothing of what it is."""

from ..aria import hidden
from ..finding import Severity
from .base import Rule, hit


def visible_h1s(page) -> list:
    return [h for h in page.by_tag.get("h1", ()) if not hidden(h)]


class H1Missing(Rule):
    id = "h1-missing"
    wcag = "2.4.6"
    severity = Severity.ERROR
    title = "Página sin h1"
    message = "La página no tiene un encabezado h1."
    hint = "Pon el título de la página como h1, antes de los demás encabezados."
    axe = ("page-has-heading-one",)

    def check(self, page):
        if not visible_h1s(page):
            yield hit(page.main if page.main is not None else page.root)
