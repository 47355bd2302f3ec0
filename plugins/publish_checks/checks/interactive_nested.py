"""A link or field inside a button is not announced, and the keyboard reaches it twice."""

from ..finding import Severity
from .aria_hidden_focusable import focusable
from .base import Rule, hit

# Roles whose content a screen reader reads as plain text (ARIA "children presentational").
FLAT_ROLES = frozenset(
    """button checkbox img menuitemcheckbox menuitemradio meter option progressbar radio
    scrollbar separator slider switch tab""".split()
)


def flat_controls(page):
    yield from page.by_tag.get("button", ())
    for el in page.by_attr.get("role", ()):
        if el.tag != "button" and (el.get("role") or "").strip() in FLAT_ROLES:
            yield el


class InteractiveNested(Rule):
    id = "interactive-nested"
    wcag = "4.1.2"
    severity = Severity.ERROR
    title = "Control dentro de otro control"
    message = "El control «{name}» contiene {tag}, que también recibe el foco."
    hint = "Saca el enlace o el campo del botón: pon uno junto al otro, no uno dentro del otro."
    axe = ("nested-interactive",)

    def check(self, page):
        for el in flat_controls(page):
            for node in el.iterdescendants():
                if isinstance(node.tag, str) and focusable(node):
                    name = page.accessible_name(el)
                    yield hit(el, name or f"<{el.tag}>", name=name[:60], tag=f"<{node.tag}>")
                    break
