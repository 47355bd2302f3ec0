"""Check the front matter of communications pages and news before Pelican reads them.

pelican-yaml-metadata only logs a broken header (with a traceback) and carries on
with no title, and Pelican's reader raises on invalid UTF-8; an editor would see a
page vanish or a traceback. We stop the build instead, naming file and line, and
tell Pelican to skip the files we refused so that its readers never see them.
"""

from __future__ import annotations

import glob
import logging
from pathlib import Path

import ventana_data
from pelican import signals
from ventana_data import cache_folder
from ventana_data.files import editor_files

from .frontmatter import Site, check_markdown_file
from .links import site_links
from .outputs import final_errors
from .reader import use_libyaml
from .settings import settings_for

log = logging.getLogger(__name__)


def check_content(pelican) -> None:
    settings = pelican.settings
    conf = settings_for(settings)
    site = Site.from_settings(settings, conf["schema"], cache_folder(settings, "editorial"))
    errors = []
    refused = []
    count = 0
    for folder in conf["folders"]:
        article = folder in settings["ARTICLE_PATHS"]
        for path in editor_files(site.content / folder, "*.md", recursive=True):
            count += 1
            found = check_markdown_file(path, site, article)
            errors += found
            if found:
                refused.append(glob.escape(path.name))
    ventana_data.collect(errors, "las páginas y noticias")
    if refused:  # a new list: the setting may be shared with other builds
        settings["IGNORE_FILES"] = [*settings.get("IGNORE_FILES", []), *refused]
    log.debug("editorial: %d archivos Markdown revisados", count)


def check_outputs(generators: list) -> list:
    """Every page and news item Pelican produced, before anything is written."""
    root = Path(generators[0].settings["DATA_PATH"]).parent if generators else Path()
    return final_errors(generators, root)


def add_filters(generator) -> None:
    generator.env.filters["site_links"] = site_links


def register() -> None:
    ventana_data.connect()
    ventana_data.final_check(check_outputs, "las páginas y noticias")
    signals.initialized.connect(check_content)
    signals.generator_init.connect(add_filters)
    signals.readers_init.connect(use_libyaml)
