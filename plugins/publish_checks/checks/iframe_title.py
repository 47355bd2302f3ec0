"""An iframe without a title is announced as "frame" with no hint of what is inside."""

from ..finding import Severity
from .base import Rule, hit


class IframeTitle(Rule):
    id = "iframe-title"
    wcag = "4.1.2"
    severity = Severity.ERROR
    title = "Marco (iframe) sin título"
    message = "El marco que muestra {src} no tiene título."
    hint = 'Agrega title="..." al iframe diciendo lo que contiene, por ejemplo «Video: ...».'
    axe = ("frame-title",)

    def check(self, page):
        for el in page.by_tag.get("iframe", ()):
            if el.get("aria-hidden") == "true":
                continue
            if not (
                (el.get("title") or "").strip() or el.get("aria-label") or el.get("aria-labelledby")
            ):
                src = el.get("src") or ""
                yield hit(el, src, src=src)
