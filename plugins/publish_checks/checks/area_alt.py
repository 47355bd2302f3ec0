"""A clickable area of an image map without alt is a link with no name."""

from ..finding import Severity
from .base import Rule, hit


class AreaAlt(Rule):
    id = "area-alt"
    wcag = "2.4.4"
    severity = Severity.ERROR
    title = "Área de mapa de imagen sin texto alternativo"
    message = "Un área del mapa de imagen lleva a {href} y no tiene alt."
    hint = 'Agrega alt="..." a cada <area> diciendo a dónde lleva.'
    axe = ("area-alt",)

    def check(self, page):
        for el in page.by_tag.get("area", ()):
            if el.get("href") is None:
                continue
            if not (
                (el.get("alt") or "").strip()
                or (el.get("aria-label") or "").strip()
                or el.get("aria-labelledby")
            ):
                href = el.get("href")
                yield hit(el, href, href=href)
