"""The ``og_card`` Jinja global: an Open Graph image for every page of the site.

Installed in each generator's Jinja environment at generator_init, so it reaches
pages written by any plugin without importing it. social_meta.html calls it for
pages that bring no image of their own; the card is drawn once per title. Pages
under a folder of the ``og_shared`` setting (news, by default) share one card with
the section's name instead of one each: a thousand news items cost one drawing.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from markupsafe import Markup

from . import png
from .cache import ImageCache

CARD_SIZE = (1200, 630)


class Card(NamedTuple):
    """A card's path relative to SITEURL and the text it shows, for its alt text."""

    url: str
    alt: str


class PageCards:
    """Draws (or reuses) a title card and copies it into the output once per build."""

    def __init__(
        self,
        cache: ImageCache,
        output: Path,
        folder: str,
        site_name: str,
        subtitle: str,
        shared: dict[str, str] | None = None,
    ) -> None:
        self.cache = cache
        self.output = output
        self.folder = folder
        self.site_name = site_name
        self.subtitle = subtitle
        self.shared = shared or {}
        self.published: set[str] = set()

    def __call__(self, title: object, output_file: str | None = None) -> Card:
        """The card of the page written to ``output_file`` with this ``title``.

        The card depends only on what it shows, so pages with the same title share one
        file, and pages of a shared section share the section's card.
        """
        text = self.shared_label(output_file) or clean_title(title, self.site_name)
        text = text or self.site_name
        payload = {
            "kind": "page-card",
            "title": text,
            "site": self.site_name,
            "subtitle": self.subtitle,
            "size": CARD_SIZE,
        }
        rel = f"{self.folder}{self.cache.key(payload)[:20]}.png"
        if rel not in self.published:
            cached = self.cache.get(
                payload, lambda: png.page_card(text, CARD_SIZE, self.site_name, self.subtitle)
            )
            self.cache.publish(cached, self.output / rel)
            self.published.add(rel)
        return Card(rel, text)

    def shared_label(self, output_file: str | None) -> str:
        """The section name when ``output_file`` lies in a folder that shares one card."""
        path = (output_file or "").replace("\\", "/")
        for folder, label in self.shared.items():
            if path.startswith(folder):
                return label
        return ""


def clean_title(title: object, site_name: str) -> str:
    """Plain text of a page title without the ' | Ventana Anticorrupción' suffix."""
    text = Markup(str(title or "")).striptags()
    suffix = f" | {site_name}"
    if text.endswith(suffix):
        text = text[: -len(suffix)]
    return " ".join(text.split())
