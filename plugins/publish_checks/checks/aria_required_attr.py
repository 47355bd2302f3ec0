"""A custom checkbox or slider without its state attribute cannot say if it is on or where."""

from ..finding import Severity
from .base import Rule, hit

REQUIRED = {
    "checkbox": ("aria-checked",),
    "radio": ("aria-checked",),
    "switch": ("aria-checked",),
    "menuitemcheckbox": ("aria-checked",),
    "menuitemradio": ("aria-checked",),
    "slider": ("aria-valuenow",),
    "scrollbar": ("aria-controls", "aria-valuenow"),
    "combobox": ("aria-expanded",),
}
NATIVE = frozenset({"input", "select"})  # the browser supplies the state itself


class AriaRequiredAttr(Rule):
    id = "aria-required-attr"
    wcag = "4.1.2"
    severity = Severity.ERROR
    title = "Rol ARIA sin el atributo que exige"
    message = 'El elemento con role="{role}" no tiene {attr}, que ese rol exige.'
    hint = "Agrega {attr} con el estado actual, o usa el control nativo de HTML (<input>)."
    axe = ("aria-required-attr",)

    def check(self, page):
        for el in page.by_attr.get("role", ()):
            role = (el.get("role") or "").split()
            if not role or role[0] not in REQUIRED or el.tag in NATIVE:
                continue
            for attr in REQUIRED[role[0]]:
                if el.get(attr) is None:
                    yield hit(el, f'role="{role[0]}"', role=role[0], attr=attr)
                    break
