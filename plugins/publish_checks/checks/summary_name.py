"""A <details> whose <summary> is empty is a button with no name."""

from ..finding import Severity
from .base import Rule, hit


class SummaryName(Rule):
    id = "summary-name"
    wcag = "4.1.2"
    severity = Severity.ERROR
    title = "Resumen desplegable sin texto"
    message = "Un <summary> de un bloque desplegable no tiene texto."
    hint = "Escribe en <summary> lo que se despliega, por ejemplo «Ver requisitos»."
    axe = ("summary-name",)

    def check(self, page):
        for el in page.by_tag.get("summary", ()):
            parent = el.getparent()
            if parent is None or parent.tag != "details" or el.get("role") is not None:
                continue
            if next(parent.iterchildren("summary")) is el and not page.accessible_name(el):
                yield hit(el, "<summary></summary>")
