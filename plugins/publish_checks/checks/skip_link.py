"""Keyboard users need a first link that jumps past the header to the content."""

from ..finding import Severity
from .base import Rule, hit


class SkipLink(Rule):
    id = "skip-link"
    wcag = "2.4.1"
    severity = Severity.WARNING
    title = "Falta el enlace para saltar al contenido"
    message = "El primer enlace de la página no salta al contenido principal."
    hint = 'Pon al inicio de <body> <a class="vt-skip-link" href="#contenido">.'

    def check(self, page):
        links = page.by_tag.get("a", [])
        if not links or page.main is None:
            return
        first = links[0]
        href = first.get("href") or ""
        target = href[1:] if href.startswith("#") else None
        if not target:  # a target that does not exist is skip-link-target's
            yield hit(first, page.text(first) or href)
