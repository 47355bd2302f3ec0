"""Sound that starts by itself drowns out the screen reader and can't always be stopped."""

from ..finding import Severity
from .base import Rule, hit


class MediaAutoplay(Rule):
    id = "media-autoplay"
    wcag = "1.4.2"
    severity = Severity.ERROR
    title = "Audio o video que se reproduce solo"
    message = "El {tag} {src} se reproduce solo al abrir la página."
    hint = "Quita autoplay; si es un video decorativo sin sonido, agrega muted y controls."
    axe = ("no-autoplay-audio",)

    def check(self, page):
        for el in page.by_attr.get("autoplay", ()):
            if el.tag not in ("audio", "video"):
                continue
            if el.tag == "video" and el.get("muted") is not None and el.get("controls") is not None:
                continue
            src = el.get("src") or next((s.get("src") for s in el.iter("source")), "") or ""
            yield hit(el, src, tag=el.tag, src=src)
