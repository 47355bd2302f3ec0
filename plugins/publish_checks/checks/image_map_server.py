"""A server-side image map only works with a mouse: the keyboard cannot pick a point."""

from ..finding import Severity
from .base import Rule, hit


class ImageMapServer(Rule):
    id = "image-map-server"
    wcag = "2.1.1"
    severity = Severity.ERROR
    title = "Mapa de imagen del lado del servidor"
    message = "La imagen {src} es un mapa del lado del servidor (ismap)."
    hint = "Quita ismap y ofrece enlaces de texto, o un mapa <map> con áreas que tengan alt."
    axe = ("server-side-image-map",)

    def check(self, page):
        for el in page.by_tag.get("img", ()):
            if el.get("ismap") is not None:
                src = el.get("src") or ""
                yield hit(el, src, src=src)
