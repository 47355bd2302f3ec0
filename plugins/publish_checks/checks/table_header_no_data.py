"""A header cell with no data cell in its row or column labels nothing: the table is off."""

from ..finding import Severity
from .base import Rule, hit
from .table_header_missing import data_tables


def grid(table):
    """Rows of cells, each cell repeated over the columns and rows it spans."""
    rows: list[list] = []
    for r, tr in enumerate(table.iter("tr")):
        while len(rows) <= r:
            rows.append([])
        col = 0
        for cell in tr.iterchildren("td", "th"):
            while col < len(rows[r]) and rows[r][col] is not None:
                col += 1
            span = _span(cell, "colspan")
            for dr in range(_span(cell, "rowspan")):
                while len(rows) <= r + dr:
                    rows.append([])
                row = rows[r + dr]
                row.extend([None] * (col + span - len(row)))
                row[col : col + span] = [cell] * span
            col += span
    return rows


def has_data(row):
    return any(cell is not None and cell.tag == "td" for cell in row)


def _span(cell, attr):
    value = (cell.get(attr) or "1").strip()
    return min(int(value), 1000) if value.isdigit() and int(value) > 0 else 1


class TableHeaderNoData(Rule):
    id = "table-header-no-data"
    wcag = "1.3.1"
    severity = Severity.ERROR
    title = "Encabezado de tabla sin datos"
    message = "El encabezado «{text}» no tiene celdas de datos en su fila ni en su columna."
    hint = "Quita la columna o fila vacía, o cambia la celda <th> por <td> si es un dato."
    axe = ("th-has-data-cells",)

    def check(self, page):
        for table in data_tables(page):
            if all(tr.find("td") is not None for tr in table.iter("tr")):
                continue  # every header sits in a row with data
            rows = grid(table)
            # Below a column header, a data cell or a row header (a th with data beside it).
            columns = {
                c for row in rows if has_data(row) for c, cell in enumerate(row) if cell is not None
            }
            seen = set()
            for row in rows:
                row_has_data = has_data(row)
                for c, cell in enumerate(row):
                    if cell is None or cell.tag != "th" or cell in seen or row_has_data:
                        continue
                    seen.add(cell)
                    if c not in columns:
                        text = page.text(cell)
                        yield hit(cell, text, text=text[:60])
