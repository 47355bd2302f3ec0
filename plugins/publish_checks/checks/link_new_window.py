"""A new window that opens without warning breaks the Back button and disorients."""

import re

from ..finding import Severity
from ..text import fold
from .base import Rule, hit

WARNED = re.compile(r"nueva (?:ventana|pestana)|new (?:window|tab)|ventana nueva|otra pestana")


class LinkNewWindow(Rule):
    id = "link-new-window"
    wcag = "3.2.5"
    severity = Severity.ERROR
    title = "Enlace que abre otra ventana sin avisar"
    message = "El enlace «{text}» abre una ventana nueva sin avisarlo."
    hint = 'Quita target="_blank", o agrega «(se abre en una ventana nueva)» al texto.'

    def check(self, page):
        for a in page.by_attr.get("target", ()):
            target = (a.get("target") or "").lower()
            if a.tag != "a" or target in ("", "_self", "_top", "_parent"):
                continue
            name = page.accessible_name(a)
            if not WARNED.search(fold(f"{name} {a.get('title') or ''}")):
                yield hit(a, f"{name} → {a.get('href')}", text=name)
