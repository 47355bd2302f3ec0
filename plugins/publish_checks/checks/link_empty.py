"""A link without text is read as its URL, or as "link" and nothing more."""

from ..finding import Severity
from .base import Rule, hit


class LinkEmpty(Rule):
    id = "link-empty"
    wcag = "2.4.4"
    severity = Severity.ERROR
    title = "Enlace sin texto"
    message = "El enlace a {href} no tiene texto que diga adónde lleva."
    hint = "Escribe el texto del enlace, o dale alt a la imagen que hace de enlace."
    axe = ("link-name",)

    def check(self, page):
        for a in page.by_tag.get("a", ()):
            href = a.get("href")
            if href is not None and not page.accessible_name(a):
                yield hit(a, href, href=href)
