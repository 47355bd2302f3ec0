"""A list item outside a list isn't announced as "list, 3 items"; the structure is lost."""

from ..finding import Severity
from .base import Rule, hit
from .presentation_role_conflict import role_ignored

LIST_PARENTS = frozenset({"ul", "ol", "menu"})


class ListItemParent(Rule):
    id = "list-item-parent"
    wcag = "1.3.1"
    severity = Severity.ERROR
    title = "Elemento de lista fuera de una lista"
    message = "Un <li> está fuera de <ul> u <ol>: «{text}»."
    hint = "Pon los <li> dentro de <ul> (viñetas) u <ol> (números)."
    axe = ("listitem",)

    def check(self, page):
        for li in page.by_tag.get("li", ()):
            parent = li.getparent()
            role = None if parent is None else parent.get("role")
            if role in ("none", "presentation") and role_ignored(parent):
                role = None  # the conflict keeps the list's own role
            if parent is None or not (
                role == "list" or (parent.tag in LIST_PARENTS and role is None)
            ):
                text = page.text(li)
                yield hit(li, text, text=text[:60])
