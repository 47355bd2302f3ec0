"""The sitemap's dates from the site's content and data, never from the clock.

pelican-sitemap dates an entry by its page or article (``modified``, else ``date``)
and every other page (the states, the lessons, the infographics, the indexes) by
the moment the build started, so two builds of one commit wrote two sitemaps. This
plugin gives those pages the site's date instead (``ventana_data.dates.site_date``):
``SOURCE_DATE_EPOCH`` when set, else the newest date among the news, the pages, the
state files and their texts, and the infographics.
"""

from __future__ import annotations

import logging
from typing import Any

from pelican import signals
from pelican.plugins.sitemap import sitemap
from ventana_data import context as shared
from ventana_data import dates

log = logging.getLogger(__name__)


def content_dates(context: dict[str, Any]) -> list:
    """Every date the site's files carry: published and modified, data cut-offs, reviews."""
    found: list = []
    for item in [*context.get("articles", []), *context.get("pages", [])]:
        found += [getattr(item, "date", None), getattr(item, "modified", None)]
    for state in shared.STATES.get(context):
        found.append(state["corte"]["ultima_actualizacion"])
    found += [n.get("date") for n in shared.STATES_NARRATIVES.get(context).values()]
    found += [i.get("actualizado") for i in shared.INFOGRAPHICS.get(context)]
    return found


def date_the_sitemap(generators: list) -> None:
    """Before any page is written: the date of the sitemap's undated entries."""
    if not generators:
        return
    sitemap.generator.now = dates.site_date(content_dates(generators[0].context))
    log.debug("build_dates: fecha del sitio %s", sitemap.generator.now.isoformat())


def register() -> None:
    signals.all_generators_finalized.connect(date_the_sitemap)
