"""Duplicate ids make labels, aria references and #anchors point at the wrong element."""

from ..finding import Severity
from .base import Rule, hit


class IdDuplicate(Rule):
    id = "id-duplicate"
    wcag = "4.1.2"
    severity = Severity.ERROR
    title = "Identificador (id) repetido"
    message = "El id «{id}» aparece {count} veces en la página."
    hint = "Cada id debe ser único; cambia el de los elementos repetidos."
    axe = ("duplicate-id-aria",)

    def check(self, page):
        for value, elements in page.ids.items():
            if len(elements) > 1:
                yield hit(elements[1], f'id="{value}"', id=value, count=len(elements))
