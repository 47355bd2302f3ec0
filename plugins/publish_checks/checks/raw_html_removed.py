"""HTML the sanitizer removed from an editor's text: the page is not what they wrote."""

from ventana_data.html import REMOVED_ATTR, SOURCE_ATTR, removed_from

from ..finding import Severity
from .base import Rule, hit


class RawHtmlRemoved(Rule):
    id = "raw-html-removed"
    wcag = ""
    severity = Severity.ERROR
    title = "HTML no permitido quitado del contenido (seguridad)"
    message = "Se quitó del contenido HTML que no se permite: {parts}."
    hint = (
        "Quita ese HTML del archivo fuente. Se permiten etiquetas de texto (p, a, strong, "
        "tablas, imágenes) con direcciones https:, http:, mailto:, tel: o rutas del sitio; "
        "nunca <script>, <style>, formularios, atributos on... ni javascript:."
    )

    def check(self, page):
        for el in page.by_attr.get(REMOVED_ATTR, ()):
            parts = ", ".join(removed_from(el.get(REMOVED_ATTR)))
            found = hit(el, parts, parts=parts)
            found.source = el.get(SOURCE_ATTR) or None
            yield found
