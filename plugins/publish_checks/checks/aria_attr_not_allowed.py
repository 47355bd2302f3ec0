"""A state like aria-checked on an element whose role has no such state is never announced.

The role is the explicit one or the element's implicit role (html-aam: <nav> is
navigation, <p> has none); the attributes each role supports come from aria.ROLES.
"""

from ..aria import GLOBAL, PRESENTATIONAL, ROLES, explicit_role, implicit_role
from ..finding import Severity
from .aria_attr_invalid import ATTRIBUTES
from .aria_hidden_focusable import focusable
from .base import Rule, hit


def effective_role(el, page):
    """The role a browser uses: ``role="none"`` yields to the implicit role when the
    element is focusable or carries a global ARIA attribute (ARIA's conflict rule)."""
    role = explicit_role(el)
    if role in PRESENTATIONAL and (focusable(el) or any(a in GLOBAL for a in el.attrib)):
        role = None
    return role or implicit_role(el, page)


def _in_svg(el):
    return el.tag == "svg" or any(node.tag == "svg" for node in el.iterancestors())


def allowed_for(el, page):
    """The ARIA attributes ``el`` may carry, or None when that cannot be decided."""
    if "-" in el.tag or _in_svg(el):
        return None  # custom elements and SVG: their roles are not html-aam's
    role = effective_role(el, page)
    if role is None:
        return GLOBAL  # an element with no role takes only the global attributes
    spec = ROLES.get(role)
    return spec[1] if spec else None  # an unknown role is aria-role-invalid's


def _ignored(el, attr):
    value = (el.get(attr) or "").strip().lower()
    if attr == "aria-required":
        return value == "false"
    return attr == "aria-multiline" and value == "false" and el.get("contenteditable") is not None


class AriaAttrNotAllowed(Rule):
    id = "aria-attr-not-allowed"
    wcag = "4.1.2"
    severity = Severity.ERROR
    title = "Atributo ARIA que el rol del elemento no admite"
    message = "{attr} no vale en <{tag}>{role}: el lector de pantalla no lo anuncia."
    hint = (
        'Quita {attr}, o pon el rol que lo admite (por ejemplo role="checkbox" para aria-checked).'
    )
    axe = ("aria-allowed-attr",)

    def check(self, page):
        for el in page.aria:
            if all(a in GLOBAL or a not in ATTRIBUTES for a in el.attrib):
                continue  # every role takes the global attributes: nothing to decide
            allowed = allowed_for(el, page)
            if allowed is None:
                continue
            for attr in el.attrib:
                # typos are aria-attr-invalid's
                if attr in ATTRIBUTES and attr not in allowed and not _ignored(el, attr):
                    role = el.get("role")
                    shown = f' role="{role}"' if role else ""
                    yield hit(el, f"{attr}", attr=attr, tag=el.tag, role=shown)
                    break
