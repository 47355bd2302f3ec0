"""A caption names the table so people can decide to read it or skip it."""

from ..finding import Severity
from .base import Rule, hit
from .table_header_missing import data_tables


class TableCaptionMissing(Rule):
    id = "table-caption-missing"
    wcag = "1.3.1"
    severity = Severity.ERROR
    title = "Tabla de datos sin título (caption)"
    message = "Una tabla de datos no tiene <caption> ni nombre accesible."
    hint = "Agrega <caption> con lo que muestra la tabla como primer hijo de <table>."

    def check(self, page):
        for table in data_tables(page):
            caption = table.find("caption")
            if (caption is None or not page.text(caption)) and not (
                table.get("aria-label") or table.get("aria-labelledby")
            ):
                yield hit(table, page.text(table)[:60])
