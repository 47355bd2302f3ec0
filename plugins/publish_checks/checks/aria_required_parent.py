"""A tab outside a tablist, or an option outside a listbox, is announced out of its set."""

from ..finding import Severity
from .base import Rule, hit

PARENTS = {
    "tab": ("tablist",),
    "option": ("listbox", "group"),
    "menuitem": ("menu", "menubar", "group"),
    "menuitemcheckbox": ("menu", "menubar", "group"),
    "menuitemradio": ("menu", "menubar", "group"),
    "treeitem": ("tree", "group"),
    "listitem": ("list", "directory"),
    "row": ("table", "grid", "treegrid", "rowgroup"),
    "cell": ("row",),
    "gridcell": ("row",),
    "columnheader": ("row",),
    "rowheader": ("row",),
}
IMPLICIT = {
    "ul": "list",
    "ol": "list",
    "menu": "list",
    "table": "table",
    "thead": "rowgroup",
    "tbody": "rowgroup",
    "tfoot": "rowgroup",
    "tr": "row",
    "select": "listbox",
    "datalist": "listbox",
}
PASS_THROUGH = frozenset({"none", "presentation", "generic"})


def owner_role(el):
    """The role of the nearest ancestor that has one (explicit, or implicit from its tag)."""
    for node in el.iterancestors():
        role = (node.get("role") or "").split()
        if role and role[0] not in PASS_THROUGH:
            return role[0]
        if not role and node.tag in IMPLICIT:
            return IMPLICIT[node.tag]
    return None


class AriaRequiredParent(Rule):
    id = "aria-required-parent"
    wcag = "1.3.1"
    severity = Severity.ERROR
    title = "Rol ARIA fuera del contenedor que exige"
    message = 'El elemento con role="{role}" no está dentro de un elemento con role="{parent}".'
    hint = 'Pon el elemento dentro de su contenedor (role="{parent}"), o usa HTML nativo.'
    axe = ("aria-required-parent",)

    def check(self, page):
        for el in page.by_attr.get("role", ()):
            role = (el.get("role") or "").split()
            if not role or role[0] not in PARENTS:
                continue
            if owner_role(el) not in PARENTS[role[0]]:
                parent = PARENTS[role[0]][0]
                yield hit(el, f'role="{role[0]}"', role=role[0], parent=parent)
