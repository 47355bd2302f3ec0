"""People with low vision zoom; a viewport that forbids it locks them out."""

import re

from ..finding import Severity
from .base import Rule, hit

MAX_SCALE = re.compile(r"maximum-scale\s*=\s*([\d.]+)")
NO_ZOOM = re.compile(r"user-scalable\s*=\s*(?:no|0)\b")


class ViewportZoom(Rule):
    id = "viewport-zoom"
    wcag = "1.4.4"
    severity = Severity.ERROR
    title = "La página impide ampliar"
    message = "La etiqueta viewport impide ampliar la página: «{content}»."
    hint = 'Usa <meta name="viewport" content="width=device-width, initial-scale=1">.'
    axe = ("meta-viewport", "meta-viewport-large")

    def check(self, page):
        for el in page.by_tag.get("meta", ()):
            if (el.get("name") or "").lower() != "viewport":
                continue
            content = (el.get("content") or "").lower()
            scale = MAX_SCALE.search(content)
            if NO_ZOOM.search(content) or (scale and float(scale.group(1) or 0) < 2):
                yield hit(el, content, content=content)
