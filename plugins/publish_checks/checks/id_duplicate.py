"""Duplicate ids make labels, aria references and #anchors point at the wrong element."""

from ..finding import Severity
from .base import Rule, hit
from .id_duplicate_aria import aria_referenced


class IdDuplicate(Rule):
    id = "id-duplicate"
    wcag = "4.1.2"
    severity = Severity.ERROR
    title = "Identificador (id) repetido"
    message = "El id «{id}» aparece {count} veces en la página."
    hint = "Cada id debe ser único; cambia el de los elementos repetidos."
    beyond_axe = (
        "axe-core solo revisa los id que usa un atributo aria-* (id-duplicate-aria); "
        "aquí también los demás, que rompen etiquetas y enlaces a #secciones"
    )

    def check(self, page):
        referenced = aria_referenced(page)
        for value, elements in page.ids.items():
            if len(elements) > 1 and value not in referenced:
                yield hit(elements[1], f'id="{value}"', id=value, count=len(elements))
