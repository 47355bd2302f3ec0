"""More than one h1 blurs which heading is the page's title (a house rule: axe allows it)."""

from ..finding import Severity
from .base import Rule, hit
from .h1_missing import visible_h1s


class H1Multiple(Rule):
    id = "h1-multiple"
    wcag = "2.4.6"
    severity = Severity.ERROR
    title = "Más de un h1"
    message = "La página tiene {count} encabezados h1; debe tener uno solo."
    hint = "Deja un solo h1 (el título de la página); los demás encabezados van como h2."
    beyond_axe = (
        "axe-core (page-has-heading-one) solo pide al menos un h1; aquí cada página tiene uno solo"
    )

    def check(self, page):
        h1s = visible_h1s(page)
        if len(h1s) > 1:
            yield hit(h1s[1], page.text(h1s[1]), count=len(h1s))
