"""A scope attribute with an unknown value, or on a data cell, gives wrong table headers."""

from ..finding import Severity
from .base import Rule, hit

VALUES = frozenset({"row", "col", "rowgroup", "colgroup"})


class TableScopeInvalid(Rule):
    id = "table-scope-invalid"
    wcag = "1.3.1"
    severity = Severity.WARNING
    title = "Atributo scope mal usado"
    message = 'La celda <{tag}> tiene scope="{value}", que no vale ahí.'
    hint = 'Usa scope solo en <th>, con el valor "col" (columna) o "row" (fila).'
    axe = ("scope-attr-valid",)

    def check(self, page):
        for tag in ("th", "td"):
            for el in page.by_tag.get(tag, ()):
                value = el.get("scope")
                if value is None:
                    continue
                if tag == "td" or value.strip().lower() not in VALUES:
                    yield hit(el, f'scope="{value}"', tag=tag, value=value)
