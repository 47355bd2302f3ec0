"""A "skip to content" link whose target does not exist leaves keyboard users where they were."""

from ..finding import Severity
from .base import Rule, hit


def _fragment(href):
    """The id an in-page link points to ("#contenido", "/#contenido"), or None."""
    for prefix in ("#", "/#"):
        if href.startswith(prefix):
            return href[len(prefix) :]
    return None


def skip_links(links):
    """(link, target id) for the in-page links before the first link that leaves the page."""
    for link in links:
        href = link.get("href")
        if href is None:
            continue
        target = _fragment(href.strip())
        if target is None and not href.strip().lower().startswith("javascript:"):
            return
        if target is not None:
            yield link, target


class SkipLinkTarget(Rule):
    id = "skip-link-target"
    wcag = "2.4.1"
    severity = Severity.ERROR
    title = "Enlace para saltar al contenido que no lleva a ninguna parte"
    message = "El enlace «{text}» apunta a «#{target}», pero la página no tiene ese id."
    hint = (
        'Haz que apunte al id del contenido principal: href="#contenido" y <main id="contenido">.'
    )
    axe = ("skip-link",)

    def check(self, page):
        links = page.by_tag.get("a", ())
        names = {el.get("name") for el in links if el.get("name")}
        for link, target in skip_links(links):
            if target not in page.ids and target not in names:
                text = page.text(link)
                yield hit(link, text or f"#{target}", text=text, target=target)
