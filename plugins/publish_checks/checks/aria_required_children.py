"""A role="list" with no list items, or a tablist holding a link, is announced wrongly."""

from ..aria import GLOBAL, PRESENTATIONAL, explicit_role, implicit_role
from ..finding import Severity
from .aria_hidden_focusable import focusable
from .base import Rule, hit

# role -> the roles it must own (ARIA "required owned elements").
OWNED = {
    "feed": ("article",),
    "grid": ("rowgroup", "row"),
    "list": ("listitem",),
    "listbox": ("group", "option"),
    "menu": ("group", "menuitemradio", "menuitem", "menuitemcheckbox", "menu", "separator"),
    "menubar": ("group", "menuitemradio", "menuitem", "menuitemcheckbox", "menu", "separator"),
    "row": ("cell", "columnheader", "gridcell", "rowheader"),
    "rowgroup": ("row",),
    "suggestion": ("insertion", "deletion"),
    "table": ("rowgroup", "row"),
    "tablist": ("tab",),
    "tree": ("group", "treeitem"),
    "treegrid": ("rowgroup", "row"),
}
# An owned role that is not required is still fine inside these parents (its own context).
CONTEXT = {
    "caption": ("figure", "table", "grid", "treegrid"),
    "menuitem": ("menu", "menubar", "group"),
    "menuitemcheckbox": ("menu", "menubar", "group"),
    "menuitemradio": ("menu", "menubar", "group"),
    "option": ("group", "listbox"),
    "row": ("grid", "rowgroup", "table", "treegrid"),
    "rowgroup": ("grid", "table", "treegrid"),
    "treeitem": ("group", "tree"),
}
# Empty containers of these roles may be filled by a script: axe only asks for review.
MAY_BE_EMPTY = frozenset(
    "grid list listbox menu menubar table tablist tree treegrid rowgroup".split()
)


def owned(el, page, required):
    """(role, element) for what ``el`` owns, looking through elements without a role."""
    queue = list(reversed(el))
    while queue:
        node = queue.pop()
        if not isinstance(node.tag, str) or _hidden(node):
            continue
        role = explicit_role(node) or implicit_role(node, page)
        if role in PRESENTATIONAL:
            role = None
        if role is not None and not (role in ("group", "rowgroup") and role in required):
            yield role, node
        elif role is None and (focusable(node) or any(a in GLOBAL for a in node.attrib)):
            yield None, node  # a focusable or labelled element without a role
        else:
            queue.extend(reversed(node))


def _hidden(node):
    return node.get("hidden") is not None or node.get("aria-hidden") == "true"


class AriaRequiredChildren(Rule):
    id = "aria-required-children"
    wcag = "1.3.1"
    severity = Severity.ERROR
    title = "Rol ARIA sin los elementos que debe contener"
    message = 'El elemento con role="{role}" {problem}.'
    hint = (
        'Dentro de role="{role}" pon solo elementos con role="{child}" (o usa la lista o la '
        "tabla de HTML, que ya los tienen), o quita el role."
    )
    axe = ("aria-required-children",)

    def check(self, page):
        for el in page.by_attr.get("role", ()):
            role = explicit_role(el)
            if role not in OWNED:
                continue
            required = OWNED[role]
            found = list(owned(el, page, required))
            wrong = [n for r, n in found if r not in required and role not in CONTEXT.get(r, ())]
            if wrong:
                problem = f"contiene <{wrong[0].tag}>, que no va ahí"
            elif any(r in required for r, _ in found) or el.get("aria-busy") == "true":
                continue
            elif role in MAY_BE_EMPTY and not page.text(el):
                continue
            else:
                problem = f'no contiene ningún elemento con role="{required[0]}"'
            yield hit(el, f'role="{role}"', role=role, problem=problem, child=required[0])
