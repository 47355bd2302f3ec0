"""A custom control (role="button", "dialog", "slider"...) without a name is announced blank."""

from ..finding import Severity
from .base import Rule, hit

# role -> whether its text content names it (ARIA "name from content").
ROLES = {
    **dict.fromkeys("button link menuitem tab treeitem tooltip".split(), True),
    **dict.fromkeys("checkbox menuitemcheckbox menuitemradio radio switch option".split(), True),
    **dict.fromkeys("dialog alertdialog meter progressbar".split(), False),
    **dict.fromkeys("combobox listbox searchbox slider spinbutton textbox".split(), False),
}
# Native elements are named the HTML way; button-name, link-empty and form-label-missing
# check those.
NATIVE = frozenset(
    "a area button input select textarea img svg summary meter progress dialog".split()
)


def name_without_content(page, el):
    labelledby = el.get("aria-labelledby")
    if labelledby:
        parts = [page.text(page.ids[i][0]) for i in labelledby.split() if i in page.ids]
        if any(parts):
            return " ".join(parts)
    return (el.get("aria-label") or "").strip() or (el.get("title") or "").strip()


class AriaRoleName(Rule):
    id = "aria-role-name"
    wcag = "4.1.2"
    severity = Severity.ERROR
    title = "Control con rol ARIA sin nombre"
    message = 'El elemento <{tag}> con role="{role}" no tiene nombre: se anuncia sin texto.'
    hint = 'Agrega aria-label="..." o aria-labelledby con el id del texto que lo nombra.'
    axe = (
        "aria-command-name",
        "aria-dialog-name",
        "aria-input-field-name",
        "aria-meter-name",
        "aria-progressbar-name",
        "aria-tab-name",
        "aria-toggle-field-name",
        "aria-tooltip-name",
        "aria-treeitem-name",
    )

    def check(self, page):
        for el in page.by_attr.get("role", ()):
            role = (el.get("role") or "").split()
            if not role or role[0] not in ROLES or el.tag in NATIVE:
                continue
            if el.get("aria-hidden") == "true":
                continue
            name = page.accessible_name(el) if ROLES[role[0]] else name_without_content(page, el)
            if not name:
                yield hit(el, f'<{el.tag} role="{role[0]}">', tag=el.tag, role=role[0])
