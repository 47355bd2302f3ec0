"""A label or description pointing at a missing id is silently dropped."""

from ..finding import Severity
from .base import Rule, hit

REFERENCES = (
    "aria-labelledby",
    "aria-describedby",
    "aria-controls",
    "aria-owns",
    "aria-details",
    "aria-errormessage",
    "aria-flowto",
    "aria-activedescendant",
)


class AriaReferenceMissing(Rule):
    id = "aria-reference-missing"
    wcag = "1.3.1"
    severity = Severity.ERROR
    title = "Referencia a un id que no existe"
    message = "{attr} apunta al id «{ref}», que no existe en la página."
    hint = "Corrige el id en {attr} o agrega el elemento con ese id."
    beyond_axe = (
        "axe-core deja por revisar un aria-describedby que apunta a un id que no existe "
        "y no mira label for; aquí toda referencia rota es un error"
    )

    def check(self, page):
        for el in page.aria:
            for attr in REFERENCES:
                for ref in (el.get(attr) or "").split():
                    if ref not in page.ids:
                        yield hit(el, f'{attr}="{ref}"', attr=attr, ref=ref)
        for label in page.by_tag.get("label", ()):
            ref = label.get("for")
            if ref and ref not in page.ids:
                yield hit(label, f'for="{ref}"', attr="for", ref=ref)
