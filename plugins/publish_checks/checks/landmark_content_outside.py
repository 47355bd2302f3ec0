"""Text outside landmarks is skipped by people who move from region to region."""

from ..finding import Severity
from .base import Rule, hit

LANDMARK_TAGS = frozenset({"header", "nav", "main", "footer", "aside"})
LANDMARK_ROLES = frozenset(
    {"banner", "navigation", "main", "contentinfo", "complementary", "region", "search", "form"}
)
SILENT = frozenset({"script", "style", "noscript", "template", "link", "meta"})


class LandmarkContentOutside(Rule):
    id = "landmark-content-outside"
    wcag = "1.3.1"
    severity = Severity.WARNING
    title = "Contenido fuera de las regiones"
    message = "Hay contenido fuera de las regiones de la página: «{text}»."
    hint = "Mueve ese contenido dentro de <header>, <nav>, <main> o <footer>."
    axe = ("region",)

    def check(self, page):
        bodies = page.by_tag.get("body", [])
        if bodies:
            yield from self._walk(page, bodies[0])

    def _walk(self, page, el):
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in SILENT or tag in LANDMARK_TAGS:
                continue
            if child.get("role") in LANDMARK_ROLES or child.get("hidden") is not None:
                continue
            if tag == "a" and (child.get("href") or "").startswith("#"):
                continue  # the skip link lives before the landmarks on purpose
            if (child.text or "").strip() or tag in ("p", "img", "h1", "h2", "h3", "a"):
                text = page.text(child)
                if text or tag == "img":
                    yield hit(child, text or child.get("src") or "", text=text[:60])
                    continue
            yield from self._walk(page, child)
