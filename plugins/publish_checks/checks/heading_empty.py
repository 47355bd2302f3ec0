"""An empty heading appears in the headings list as a blank stop."""

from ..finding import Severity
from .base import Rule, hit
from .heading_skip import HEADINGS


class HeadingEmpty(Rule):
    id = "heading-empty"
    wcag = "2.4.6"
    severity = Severity.ERROR
    title = "Encabezado vacío"
    message = "Hay un encabezado {tag} sin texto."
    hint = "Escribe el texto del encabezado o quítalo."
    axe = ("empty-heading",)

    def check(self, page):
        for tag in HEADINGS:
            for el in page.by_tag.get(tag, ()):
                if not page.accessible_name(el):
                    yield hit(el, f"<{tag}>", tag=tag)
