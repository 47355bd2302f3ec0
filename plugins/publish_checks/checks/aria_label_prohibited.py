"""aria-label on a <div>, a <span> or a paragraph is not read: those roles cannot be named."""

from ..aria import ROLES, explicit_role, implicit_role
from ..finding import Severity
from .base import Rule, hit

NAMING = ("aria-label", "aria-labelledby")
# HTML elements whose role (none, generic, paragraph, code...) cannot take a name.
UNNAMED = frozenset(
    """abbr b bdi bdo body caption cite code data dd del div em figcaption i ins kbd label
    legend mark p pre q rp rt s samp small span strong sub sup time u var""".split()
)


def prohibited(el, page):
    """The naming attributes ``el``'s role prohibits."""
    role = explicit_role(el)
    if role:
        return ROLES[role][2]
    unnamed = el.tag in UNNAMED or (el.tag in ("a", "area") and el.get("href") is None)
    if "-" in el.tag or not unnamed or _inside_widget(el, page):
        return frozenset()
    return frozenset(NAMING)


def _inside_widget(el, page):
    node = el
    while node is not None:
        role = explicit_role(node) or implicit_role(node, page)
        if role and role not in ("none", "presentation"):
            return ROLES.get(role, ("",))[0] == "widget"
        node = node.getparent()
    return False


def _resolves(el, page):
    refs = (el.get("aria-labelledby") or "").split()
    return any(r in page.ids for r in refs)


class AriaLabelProhibited(Rule):
    id = "aria-label-prohibited"
    wcag = "4.1.2"
    severity = Severity.ERROR
    title = "aria-label en un elemento que no se puede nombrar"
    message = (
        "<{tag}> tiene {attr}, que el lector de pantalla no lee en ese elemento, y no tiene texto."
    )
    hint = (
        "Escribe el texto dentro del elemento, o usa un elemento que se pueda nombrar "
        '(<img alt="...">, <button>, o role="img" con aria-label).'
    )
    axe = ("aria-prohibited-attr",)

    def check(self, page):
        for el in page.aria:
            if not any(a in el.attrib for a in NAMING):
                continue
            banned = prohibited(el, page)
            found = [a for a in NAMING if a in banned and (el.get(a) or "").strip()]
            if found == ["aria-labelledby"] and not _resolves(el, page):
                continue  # axe only asks for review; aria-reference-missing reports it
            if found and not page.content_name(el).strip():
                yield hit(el, f"{found[0]}", tag=el.tag, attr=found[0])
