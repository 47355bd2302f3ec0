"""role="none" is ignored when the element can take focus or has global ARIA attributes."""

from ..aria import GLOBAL
from ..finding import Severity
from .aria_hidden_focusable import focusable
from .base import Rule, hit


class PresentationRoleConflict(Rule):
    id = "presentation-role-conflict"
    wcag = ""
    severity = Severity.WARNING
    title = "Elemento decorativo que no puede serlo"
    message = 'El <{tag}> tiene role="{role}" pero {why}, así que el rol se ignora.'
    hint = 'Quita role="{role}", o quita el foco (tabindex) y los atributos aria-*.'
    axe = ("presentation-role-conflict",)

    def check(self, page):
        for el in decorative(page):
            role = (el.get("role") or "").split()[:1] or ["presentation"]
            attrs = conflicting_attrs(el)
            if attrs or focusable(el):
                why = f"tiene {attrs[0]}" if attrs else "recibe el foco"
                yield hit(el, f'role="{role[0]}"', tag=el.tag, role=role[0], why=why)


def conflicting_attrs(el) -> list[str]:
    return [a for a in el.attrib if a in GLOBAL and a != "aria-hidden"]


def role_ignored(el) -> bool:
    """Browsers drop role="none"/"presentation" from an element in conflict."""
    return bool(conflicting_attrs(el)) or focusable(el)


def decorative(page):
    """Elements marked role="none"/"presentation", and images with alt="" (the same)."""
    for el in page.by_attr.get("role", ()):
        if (el.get("role") or "").split()[:1] in (["none"], ["presentation"]):
            yield el
    for el in page.by_tag.get("img", ()):
        if el.get("alt") == "" and el.get("role") is None:
            yield el
