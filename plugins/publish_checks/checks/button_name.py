"""An icon-only button with no text is announced as "button" and nothing else."""

from ..finding import Severity
from .base import Rule, hit


class ButtonName(Rule):
    id = "button-name"
    wcag = "4.1.2"
    severity = Severity.ERROR
    title = "Botón sin nombre"
    message = "Hay un botón sin texto ni nombre accesible."
    hint = "Escribe el texto del botón, o agrega texto oculto visualmente o aria-label."
    axe = ("button-name", "input-button-name", "input-image-alt")

    def check(self, page):
        for el in page.by_tag.get("button", ()):
            if not page.accessible_name(el):
                yield hit(el, el.get("class") or "<button>")
        for el in page.by_tag.get("input", ()):
            kind = (el.get("type") or "").lower()
            if kind in ("submit", "reset"):
                continue  # browsers give these a default name
            if kind == "button" and not (el.get("value") or page.accessible_name(el)):
                yield hit(el, "<input type=button>")
            if kind == "image" and not (el.get("alt") or page.accessible_name(el)):
                yield hit(el, el.get("src") or "<input type=image>")
