"""Two pages with the same title look identical in tabs, history and search results."""

from collections import defaultdict

from ..finding import Severity
from .base import Hit, SiteRule


class TitleDuplicate(SiteRule):
    id = "title-duplicate"
    wcag = "2.4.2"
    severity = Severity.WARNING
    title = "Título repetido en otra página"
    message = "El título «{title}» también lo usa {other}."
    hint = "Haz único el título, por ejemplo agregando el tema o el estado."

    def check_site(self, site):
        pages = defaultdict(list)
        for rel, result in site.pages.items():
            if result.title:
                pages[result.title].append(rel)
        for title, rels in pages.items():
            for rel in rels[1:]:
                yield Hit(context=title, fmt={"title": title, "other": rels[0]}, page=rel)
