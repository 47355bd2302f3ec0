"""An alt that is a file name ("IMG_2031.jpg") tells a blind reader nothing."""

import re

from ..finding import Severity
from .base import Rule, hit

FILE_NAME = re.compile(
    r"^\S+\.(?:jpe?g|png|gif|svg|webp|avif|bmp|tiff?)$|^(?:img|dsc|image)[_-]?\d+", re.IGNORECASE
)


class ImgAltFilename(Rule):
    id = "img-alt-filename"
    wcag = "1.1.1"
    severity = Severity.ERROR
    title = "Texto alternativo que es un nombre de archivo"
    message = "El texto alternativo «{alt}» es un nombre de archivo."
    hint = "Describe lo que muestra la imagen con palabras, no con su nombre de archivo."

    def check(self, page):
        for img in page.by_tag.get("img", ()):
            alt = (img.get("alt") or "").strip()
            if alt and FILE_NAME.search(alt):
                yield hit(img, img.get("src") or alt, alt=alt)
