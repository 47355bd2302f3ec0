"""Deprecated ARIA roles are dropped by newer screen readers: the structure disappears."""

from ..finding import Severity
from .base import Rule, hit

DEPRECATED = {"directory": "list", "doc-biblioentry": "listitem", "doc-endnote": "listitem"}


class AriaRoleDeprecated(Rule):
    id = "aria-role-deprecated"
    wcag = "4.1.2"
    severity = Severity.WARNING
    title = "Rol ARIA en desuso"
    message = 'role="{role}" ya no forma parte de ARIA y los lectores de pantalla lo ignoran.'
    hint = 'Usa role="{instead}" (o la etiqueta HTML equivalente) en lugar de role="{role}".'
    axe = ("aria-deprecated-role",)

    def check(self, page):
        for el in page.by_attr.get("role", ()):
            role = (el.get("role") or "").split()[:1]
            if role and role[0] in DEPRECATED:
                yield hit(el, f'role="{role[0]}"', role=role[0], instead=DEPRECATED[role[0]])
