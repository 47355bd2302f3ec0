"""Per-build state: one image cache and one card maker shared by all generators.

Pelican hands every generator the same context dict; we key our state on it so
that an autoreload run starts fresh counters while sharing one cache folder.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from . import messages
from .cache import ImageCache
from .cards import Card, PageCards
from .settings import cache_dir, settings_for

log = logging.getLogger(__name__)

STATS_FILE = "last-build.json"


@dataclass
class BuildState:
    context_id: int
    cache: ImageCache
    cards: RememberedCards


_current: BuildState | None = None


class RememberedCards:
    """The ``og_card`` global: each build's cards, looked up once per text they show.

    A thousand news items share their section's card; hashing its payload once per
    page was most of the time of their social tags. Kept apart from cards.py, whose
    bytes name every card (cache.DRAW_VERSION).
    """

    def __init__(self, cards: PageCards) -> None:
        self.cards = cards
        self.known: dict[tuple[str, str], Card] = {}

    def __call__(self, title: object, output_file: str | None = None) -> Card:
        label = self.cards.shared_label(output_file)
        key = (label, "" if label else str(title or ""))
        if key not in self.known:
            self.known[key] = self.cards(title, output_file)
        return self.known[key]


def start(generator) -> BuildState:
    """The state of this build, created at its first generator_init."""
    global _current
    if _current is None or _current.context_id != id(generator.context):
        settings = generator.settings
        conf = settings_for(settings)
        cache = ImageCache(cache_dir(settings))
        cards = PageCards(
            cache,
            Path(generator.output_path),
            conf["og_folder"],
            settings["SITENAME"],
            settings.get("SITESUBTITLE", ""),
            conf["og_shared"],
        )
        _current = BuildState(id(generator.context), cache, RememberedCards(cards))
    return _current


def current(context: dict) -> BuildState:
    if _current is None or _current.context_id != id(context):
        raise RuntimeError("infographics: el estado de la compilación no se inició")
    return _current


def report(_pelican=None) -> None:
    """Log how much drawing this build did and leave the figures for the benchmark."""
    if _current is None:
        return
    stats = _current.cache.stats
    log.info(messages.LOG_IMAGES, stats.drawn, stats.reused, stats.seconds)
    figures = {"drawn": stats.drawn, "reused": stats.reused, "seconds": round(stats.seconds, 4)}
    (_current.cache.folder / STATS_FILE).write_text(json.dumps(figures), encoding="utf-8")
