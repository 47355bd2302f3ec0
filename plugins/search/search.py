"""Site search with Pagefind: an index written after every build, a form on every page.

Pages opt in with ``data-pagefind-body`` on their ``<main>`` (the theme's base
template does it for every content page); the header, footer and breadcrumbs lie
outside it. Each page is filtered by its section (``SEARCH["sections"]``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from pelican import signals
from ventana_data import outputs, preview
from ventana_data.context import SEARCH
from ventana_data.settings import cache_folder, stop

from . import messages as M
from .generator import NotFoundPageGenerator, SearchPageGenerator
from .indexer import IndexFailed, index_site
from .settings import settings_for

log = logging.getLogger(__name__)


def check_settings(pelican) -> None:
    settings_for(pelican.settings)


def add_config(generator) -> None:
    """Publish the resolved setting once for the templates (header form, search page)."""
    if SEARCH.present(generator.context):
        return
    conf = settings_for(generator.settings)
    if not conf["enabled"]:
        return
    # The index is kept in step by this plugin (search/cache.py), not by the build's clean-up.
    outputs.own_tree(Path(generator.output_path) / conf["bundle"])
    sections = [{"label": label, "url": url} for label, url in conf["sections"]]
    SEARCH.put(
        generator.context,
        {
            "url": conf["url"],
            "bundle": conf["bundle"],
            "sections": sections,
            "other_section": conf["other_section"],
        },
    )


def get_generators(pelican):
    return (SearchPageGenerator, NotFoundPageGenerator)


def write_index(pelican) -> None:
    conf = settings_for(pelican.settings)
    if not conf["enabled"] or preview.partial():  # the live preview's full pass indexes
        return
    output = Path(pelican.output_path)
    outputs.finish()  # the pages of an earlier build that are gone must not be indexed
    cache = cache_folder(pelican.settings, "search")
    cache.mkdir(parents=True, exist_ok=True)
    try:
        report = index_site(output, conf["bundle"], conf["language"], cache)
    except IndexFailed as failure:
        stop(str(failure))
    log.info(M.INDEXED, report.pages, report.seconds, report.files, report.size / 1024)


def register() -> None:
    signals.initialized.connect(check_settings)
    signals.generator_init.connect(add_config)
    signals.get_generators.connect(get_generators)
    signals.finalized.connect(write_index)
