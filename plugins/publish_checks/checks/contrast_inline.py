"""Text colours set inline bypass the theme's checked palette, so they are checked here."""

import re

from .. import contrast
from ..finding import Severity
from .base import Rule, hit

COLOR = re.compile(r"(?:^|;)\s*color\s*:\s*([^;]+)", re.IGNORECASE)
BACKGROUND = re.compile(r"(?:^|;)\s*background(?:-color)?\s*:\s*([^;]+)", re.IGNORECASE)
MINIMUM = 4.5


def background_of(el):
    """Nearest inline background colour on the element or an ancestor, if any is set."""
    node = el
    while node is not None:
        match = BACKGROUND.search(node.get("style") or "")
        if match:
            return contrast.parse(match.group(1))
        node = node.getparent()
    return None


class ContrastInline(Rule):
    id = "contrast-inline"
    wcag = "1.4.3"
    severity = Severity.ERROR
    title = "Contraste insuficiente en colores escritos en la página"
    message = "El texto {fg} sobre {bg} tiene contraste {ratio:.1f}:1 (mínimo {minimum}:1)."
    hint = "Usa los colores del tema en lugar de colores escritos a mano, u oscurece el texto."

    def check(self, page):
        for el in page.by_attr.get("style", ()):
            match = COLOR.search(el.get("style") or "")
            fg = contrast.parse(match.group(1)) if match else None
            bg = background_of(el) if fg else None
            if fg and bg and contrast.ratio(fg, bg) < MINIMUM:
                yield hit(
                    el,
                    page.text(el),
                    fg=contrast.hex_of(fg),
                    bg=contrast.hex_of(bg),
                    ratio=contrast.ratio(fg, bg),
                    minimum=MINIMUM,
                )
