"""Exactly one h1 tells people (and screen readers' heading lists) what the page is."""

from ..aria import hidden
from ..finding import Severity
from .base import Rule, hit


class H1Count(Rule):
    id = "h1-count"
    wcag = "2.4.6"
    severity = Severity.ERROR
    title = "Número de h1 distinto de uno"
    message = "La página tiene {count} encabezados h1; debe tener exactamente uno."
    hint = "Deja un solo h1 (el título de la página); los demás encabezados van como h2."
    axe = ("page-has-heading-one",)

    def check(self, page):
        h1s = [h for h in page.by_tag.get("h1", ()) if not hidden(h)]
        if len(h1s) != 1:
            where = h1s[1] if h1s else page.main if page.main is not None else page.root
            yield hit(where, page.text(h1s[1]) if h1s else "", count=len(h1s))
