"""A cell whose headers="..." names no header cell of its table is read without its headers."""

from ..finding import Severity
from .base import Rule, hit
from .table_header_missing import data_tables


class TableHeadersReference(Rule):
    id = "table-headers-reference"
    wcag = "1.3.1"
    severity = Severity.ERROR
    title = "Celda que apunta a encabezados que no están en su tabla"
    message = 'Una celda dice headers="{headers}", pero «{missing}» no es otra celda de la tabla.'
    hint = "En headers pon los id de celdas <th> de la misma tabla, separados por espacios."
    axe = ("td-headers-attr",)

    def check(self, page):
        for table in data_tables(page):
            cells = [c for c in table.iter("td", "th")]
            ids = {c.get("id") for c in cells if c.get("id")}
            for cell in cells:
                headers = (cell.get("headers") or "").split()
                missing = [h for h in headers if h not in ids or h == cell.get("id")]
                if missing:
                    value = " ".join(headers)
                    yield hit(cell, f'headers="{value}"', headers=value, missing=missing[0])
