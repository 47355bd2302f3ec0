"""aria-checked that contradicts a native checkbox, or row states outside a tree grid."""

from ..aria import explicit_role
from ..finding import Severity
from .base import Rule, hit

ROW_ONLY_IN_TREEGRID = ("aria-posinset", "aria-setsize", "aria-expanded", "aria-level")


def _checkbox_problem(el):
    kind = (el.get("type") or "").lower()
    value = (el.get("aria-checked") or "").strip().lower()
    if el.tag != "input" or kind not in ("checkbox", "radio") or not value:
        return None
    allowed = ("true", "mixed") if kind == "checkbox" else ("true",)
    said = value if value in allowed else "false"
    state = "true" if el.get("checked") is not None else "false"
    if said != state:
        return f'aria-checked="{value}" en una casilla que {_state(state)}'
    return None


def _state(state):
    return "está marcada" if state == "true" else "no está marcada"


def _row_problem(el):
    if el.tag != "tr" and explicit_role(el) != "row":
        return None
    if el.get("role") and explicit_role(el) != "row":
        return None
    found = [a for a in ROW_ONLY_IN_TREEGRID if el.get(a) is not None]
    if not found:
        return None
    for node in el.iterancestors():
        role = explicit_role(node)
        if role in ("treegrid", "table", "grid") or (node.tag == "table" and not node.get("role")):
            return None if role == "treegrid" else f"{found[0]} en una fila de una tabla"
    return None


class AriaStateConflict(Rule):
    id = "aria-state-conflict"
    wcag = "4.1.2"
    severity = Severity.ERROR
    title = "Estado ARIA que contradice al elemento"
    message = "{problem}: el lector de pantalla anuncia un estado que no es el real."
    hint = (
        "Quita el atributo: una casilla nativa ya anuncia si está marcada, y aria-level, "
        'aria-expanded, aria-posinset y aria-setsize en filas solo valen en role="treegrid".'
    )
    axe = ("aria-conditional-attr",)

    def check(self, page):
        for el in page.aria:
            problem = _checkbox_problem(el) or _row_problem(el)
            if problem:
                yield hit(el, problem, problem=problem)
