"""A table whose summary repeats its caption is announced twice over."""

from ..finding import Severity
from ..page import squash
from .base import Rule, hit


class TableDuplicateName(Rule):
    id = "table-duplicate-name"
    wcag = "1.3.1"
    severity = Severity.WARNING
    title = "Tabla con resumen igual a su título"
    message = "La tabla tiene el mismo texto en <caption> y en summary: «{text}»."
    hint = "Deja el título en <caption>; quita summary o úsalo para explicar algo distinto."
    axe = ("table-duplicate-name",)

    def check(self, page):
        for table in page.by_tag.get("table", ()):
            caption = table.find("caption")
            summary = squash(table.get("summary")).lower()
            if caption is not None and summary and page.text(caption).lower() == summary:
                yield hit(table, table.get("summary"), text=squash(table.get("summary"))[:60])
