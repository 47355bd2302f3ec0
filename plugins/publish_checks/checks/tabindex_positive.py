"""A positive tabindex moves the element ahead of everything else in keyboard order."""

from ..finding import Severity
from .base import Rule, hit


class TabindexPositive(Rule):
    id = "tabindex-positive"
    wcag = "2.4.3"
    severity = Severity.ERROR
    title = "tabindex positivo"
    message = 'tabindex="{value}" cambia el orden natural del teclado.'
    hint = 'Usa tabindex="0" (o quítalo) y ordena los elementos en el HTML.'
    axe = ("tabindex",)

    def check(self, page):
        for el in page.by_attr.get("tabindex", ()):
            value = (el.get("tabindex") or "").strip()
            if value.lstrip("+").isdigit() and int(value) > 0:
                yield hit(el, page.text(el) or f'tabindex="{value}"', value=value)
