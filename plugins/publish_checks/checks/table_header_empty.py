"""An empty header cell leaves its column or row unnamed for screen readers."""

from ..finding import Severity
from .base import Rule, hit
from .table_header_missing import data_tables


class TableHeaderEmpty(Rule):
    id = "table-header-empty"
    wcag = "1.3.1"
    severity = Severity.WARNING
    title = "Celda de encabezado vacía"
    message = "Una celda de encabezado <th> de la tabla no tiene texto."
    hint = "Escribe el título de la columna o fila; si la celda no es encabezado, usa <td>."
    axe = ("empty-table-header",)

    def check(self, page):
        for table in data_tables(page):
            for th in table.iter("th"):
                if not page.accessible_name(th):
                    yield hit(th, "<th></th>")
