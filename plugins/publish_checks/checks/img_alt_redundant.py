"""An image whose alt repeats the text beside it is read twice in a row."""

from ..finding import Severity
from ..page import squash
from .base import Rule, hit

PARENTS = frozenset({"button", "a", "p", "li", "td", "th"})


def text_parent(el):
    for node in el.iterancestors():
        if node.tag in PARENTS or node.get("role") == "button":
            return node
    return None


class ImgAltRedundant(Rule):
    id = "img-alt-redundant"
    wcag = "1.1.1"
    severity = Severity.WARNING
    title = "Texto alternativo que repite el texto de al lado"
    message = "El alt «{alt}» repite el texto junto a la imagen."
    hint = 'Si el texto ya lo dice, deja alt="" (imagen decorativa) o describe otra cosa.'
    axe = ("image-redundant-alt",)

    def check(self, page):
        for el in page.by_tag.get("img", ()):
            alt = squash(el.get("alt")).lower()
            parent = text_parent(el) if alt else None
            if parent is not None and page.text(parent).lower() == alt:
                yield hit(el, el.get("alt"), alt=squash(el.get("alt"))[:60])
