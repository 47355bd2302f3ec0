"""Two page headers or two page footers: "banner" and "contentinfo" must be one each."""

from ..finding import Severity
from .base import Rule, hit

SECTIONING = frozenset({"article", "aside", "main", "nav", "section"})
LANDMARKS = (("header", "banner", "encabezado"), ("footer", "contentinfo", "pie de página"))


def page_level(el):
    """A header or footer belongs to the page unless it sits in a sectioning element."""
    return not any(
        node.tag in SECTIONING or node.get("role") in ("main", "region", "article")
        for node in el.iterancestors()
    )


class LandmarkDuplicate(Rule):
    id = "landmark-duplicate"
    wcag = "1.3.1"
    severity = Severity.WARNING
    title = "Más de un encabezado o pie de página de la página"
    message = "La página tiene {count} regiones de {name} ({role}); debe tener una."
    hint = "Deja un solo <{tag}> de la página; los demás van dentro de <article> o <section>."
    axe = ("landmark-no-duplicate-banner", "landmark-no-duplicate-contentinfo")

    def check(self, page):
        roles = page.by_attr.get("role", ())
        for tag, role, name in LANDMARKS:
            found = [el for el in page.by_tag.get(tag, ()) if el.get("role") is None]
            found = [el for el in found if page_level(el)]
            found += [el for el in roles if (el.get("role") or "").split()[:1] == [role]]
            if len(found) > 1:
                yield hit(
                    found[1], f"<{found[1].tag}>", count=len(found), name=name, role=role, tag=tag
                )
