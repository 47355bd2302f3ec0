"""Without header cells a data table is a grid of numbers read with no idea what they mean."""

from ..finding import Severity
from .base import Rule, hit

LAYOUT_ROLES = ("presentation", "none")


def data_tables(page):
    return [t for t in page.by_tag.get("table", ()) if t.get("role") not in LAYOUT_ROLES]


class TableHeaderMissing(Rule):
    id = "table-header-missing"
    wcag = "1.3.1"
    severity = Severity.ERROR
    title = "Tabla de datos sin encabezados"
    message = "La tabla {name} no tiene celdas de encabezado (<th>)."
    hint = 'Marca la fila o columna de títulos con <th scope="col"> o <th scope="row">.'

    def check(self, page):
        for table in data_tables(page):
            if next(table.iter("th"), None) is None:
                caption = table.find("caption")
                name = f"«{page.text(caption)}»" if caption is not None else ""
                yield hit(table, page.text(table)[:60], name=name)
