"""A repeated id that ARIA points at: the label or description lands on the wrong element."""

from ..finding import Severity
from ..page_facts import per_page
from .aria_reference_missing import REFERENCES
from .base import Rule, hit

ARIA_REFERENCES = (*REFERENCES, "aria-actions")


@per_page
def aria_referenced(page) -> set[str]:
    """Every id some aria-* reference attribute on the page names (asked by two rules)."""
    return {
        ref for el in page.aria for attr in ARIA_REFERENCES for ref in (el.get(attr) or "").split()
    }


class IdDuplicateAria(Rule):
    id = "id-duplicate-aria"
    wcag = "4.1.2"
    severity = Severity.ERROR
    title = "Identificador (id) repetido que usa ARIA"
    message = "El id «{id}» aparece {count} veces y un atributo aria-* lo usa."
    hint = (
        "Cada id debe ser único; cambia el de los elementos repetidos y deja la referencia en uno."
    )
    axe = ("duplicate-id-aria",)

    def check(self, page):
        referenced = aria_referenced(page)
        for value, elements in page.ids.items():
            if len(elements) > 1 and value in referenced:
                yield hit(elements[1], f'id="{value}"', id=value, count=len(elements))
