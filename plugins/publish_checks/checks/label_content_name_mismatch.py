"""A link or button whose aria-label leaves out its visible words breaks voice control.

Someone who says "clic en AGS Alto" must hit the element that shows "AGS Alto".
Found by axe on the states map; visible in static HTML, so checked here too.
"""

from ..finding import Severity
from ..page import squash
from .base import Rule, hit

INTERACTIVE = ("a", "button")


class LabelContentNameMismatch(Rule):
    id = "label-content-name-mismatch"
    wcag = "2.5.3"
    severity = Severity.ERROR
    title = "Nombre accesible distinto del texto visible"
    message = "El aria-label «{label}» no contiene el texto visible «{visible}»."
    hint = (
        "Haz que el aria-label empiece con las mismas palabras que se ven "
        "y agrega después lo que falte."
    )
    axe = ("label-content-name-mismatch",)

    def check(self, page):
        for tag in INTERACTIVE:
            for el in page.by_tag.get(tag, ()):
                label = squash(el.get("aria-label"))
                if not label:
                    continue
                visible = squash(page.content_name(el))
                if visible and visible.lower() not in label.lower():
                    yield hit(el, label, label=label, visible=visible)
