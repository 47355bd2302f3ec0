"""A video with speech needs captions: people who do not hear it read them."""

from ..finding import Severity
from .base import Rule, hit


class VideoCaption(Rule):
    id = "video-caption"
    wcag = "1.2.2"
    severity = Severity.ERROR
    title = "Video sin subtítulos"
    message = 'El video {src} no tiene subtítulos (<track kind="captions">).'
    hint = (
        'Agrega <track kind="captions" src="....vtt" srclang="es"> dentro de <video>. '
        'Si el video no tiene sonido, márcalo: data-check-ignore="video-caption" '
        'data-check-reason="sin audio".'
    )

    def check(self, page):
        for el in page.by_tag.get("video", ()):
            kinds = [(t.get("kind") or "").strip().lower() for t in el.iter("track")]
            if "captions" not in kinds:
                src = el.get("src") or next((s.get("src") for s in el.iter("source")), "")
                yield hit(el, src or "<video>", src=src or "")
