"""Very long alts can't be skimmed or skipped; long descriptions belong in the page text."""

from ..finding import Severity
from .base import Rule, hit


class ImgAltLong(Rule):
    id = "img-alt-long"
    wcag = "1.1.1"
    severity = Severity.WARNING
    title = "Texto alternativo demasiado largo"
    message = "El texto alternativo tiene {length} caracteres (máximo {limit})."
    hint = "Resume el alt en una frase; pon la explicación larga en el texto o una tabla."

    def check(self, page):
        limit = int(page.env.limits["alt_max_length"])
        for img in page.by_tag.get("img", ()):
            alt = img.get("alt") or ""
            if len(alt) > limit:
                yield hit(img, img.get("src") or alt, length=len(alt), limit=limit)
