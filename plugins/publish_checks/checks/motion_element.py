"""<blink> and <marquee> move or flash with no way to stop them."""

from ..finding import Severity
from .base import Rule, hit


class MotionElement(Rule):
    id = "motion-element"
    wcag = "2.2.2"
    severity = Severity.ERROR
    title = "Texto que parpadea o se desplaza"
    message = "La página usa <{tag}>: «{text}» se mueve o parpadea y no se puede detener."
    hint = "Quita <{tag}> y deja el texto quieto; resáltalo con un encabezado o negritas."
    axe = ("blink", "marquee")

    def check(self, page):
        for tag in ("blink", "marquee"):
            for el in page.by_tag.get(tag, ()):
                text = page.text(el)
                yield hit(el, text, tag=tag, text=text[:60])
