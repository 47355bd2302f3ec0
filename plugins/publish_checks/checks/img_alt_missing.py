"""Without ``alt`` a screen reader reads the image's file name, or nothing useful."""

from ..finding import Severity
from .base import Rule, hit


class ImgAltMissing(Rule):
    id = "img-alt-missing"
    wcag = "1.1.1"
    severity = Severity.ERROR
    title = "Imagen sin texto alternativo"
    message = "La imagen {src} no tiene texto alternativo (alt)."
    hint = 'Agrega alt="..." que diga lo que muestra la imagen, o alt="" si es decorativa.'
    axe = ("image-alt",)

    def check(self, page):
        for img in page.by_tag.get("img", ()):
            if img.get("alt") is None and img.get("role") not in ("presentation", "none"):
                src = img.get("src") or ""
                yield hit(img, src, src=src)
