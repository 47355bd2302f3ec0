"""``aria-hidden="true"`` on <body> hides the whole page from screen readers."""

from ..finding import Severity
from .base import Rule, hit


class AriaHiddenBody(Rule):
    id = "aria-hidden-body"
    wcag = "4.1.2"
    severity = Severity.ERROR
    title = "Página entera oculta para lectores de pantalla"
    message = '<body> tiene aria-hidden="true": el lector de pantalla no lee nada de la página.'
    hint = "Quita aria-hidden de <body>; para ocultar una parte, ponlo solo en ese elemento."
    axe = ("aria-hidden-body",)

    def check(self, page):
        for el in page.by_attr.get("aria-hidden", ()):
            if el.tag == "body" and (el.get("aria-hidden") or "").strip().lower() == "true":
                yield hit(el, '<body aria-hidden="true">')
