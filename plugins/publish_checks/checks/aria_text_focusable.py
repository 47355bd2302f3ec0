"""role="text" makes a screen reader read its content as one flat string, controls included."""

from ..aria import ROLES, role_of
from ..finding import Severity
from .aria_hidden_focusable import focusable
from .base import Rule, hit


def focusable_widget(el, page):
    """The first focusable descendant whose role is a widget (what role="text" flattens)."""
    for node in el.iterdescendants():
        if not isinstance(node.tag, str) or not _focusable(node):
            continue
        role = role_of(node, page)
        if role in ROLES and ROLES[role][0] == "widget":
            return node
    return None


def _focusable(node):
    return focusable(node) or (node.get("tabindex") or "").strip().startswith("-")


class AriaTextFocusable(Rule):
    id = "aria-text-focusable"
    wcag = "4.1.2"
    severity = Severity.ERROR
    title = 'Control dentro de role="text"'
    message = 'Un elemento con role="text" contiene {tag}, que recibe el foco y deja de anunciarse.'
    hint = 'Quita role="text", o saca el enlace o el botón de ese elemento.'
    axe = ("aria-text",)

    def check(self, page):
        for el in page.by_attr.get("role", ()):
            if (el.get("role") or "").strip().lower() != "text":
                continue
            node = focusable_widget(el, page)
            if node is not None:
                yield hit(el, page.text(node) or f"<{node.tag}>", tag=f"<{node.tag}>")
