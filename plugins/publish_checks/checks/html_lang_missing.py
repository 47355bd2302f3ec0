"""Without ``<html lang>`` screen readers read Spanish with an English voice."""

from ..finding import Severity
from .base import Rule, hit


class HtmlLangMissing(Rule):
    id = "html-lang-missing"
    wcag = "3.1.1"
    severity = Severity.ERROR
    title = "Idioma de la página no declarado"
    message = "La página no declara su idioma en <html lang>."
    hint = 'Agrega lang="es-MX" a la etiqueta <html> (en la plantilla base del tema).'
    axe = ("html-has-lang",)

    def check(self, page):
        if not page.lang:
            yield hit(page.root, "<html>")
