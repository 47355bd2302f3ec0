"""Facts: the figures several pages state, from data/facts.yaml, written once.

Every template and plugin reads them through the ``facts`` context key. A Markdown
page or news item writes ``{dato:id}`` where the number goes ("Hoy lo forman
{dato:comite_coordinador_integrantes} integrantes"); the build puts the number there,
with a note that leads to the fact's source at the end of the page (notes.py).
An id that does not exist stops the build with the file and line of the page.
"""

from __future__ import annotations

import logging
from pathlib import Path

import ventana_data
from pelican import signals
from pelican.generators import Generator
from ventana_data import DataError, display_path
from ventana_data.context import FACTS
from ventana_data.facts import PLACEHOLDER, fact_lines, unknown_fact

from .loader import load_facts
from .notes import with_notes
from .settings import settings_for

log = logging.getLogger(__name__)
WHAT = "los datos compartidos"


def add_facts(generator: Generator) -> None:
    """Load once per build; a mistake joins the build-wide report."""
    if FACTS.present(generator.context):
        return
    conf = settings_for(generator.settings)
    data_path = Path(generator.settings["DATA_PATH"])
    facts, errors = load_facts(
        data_path / conf["source"], data_path / conf["schema"], data_path.parent
    )
    ventana_data.collect(errors, WHAT)
    FACTS.put(generator.context, facts)
    log.debug("facts: %d datos", len(facts))


def insert_facts(instance) -> None:
    """Put each fact's number and note where the page wrote {dato:id}; unknown ids are errors."""
    content = getattr(instance, "_content", None)
    if not content or "{dato:" not in content:
        return
    facts = FACTS.get(instance._context)
    errors = _unknown(instance, facts)
    if errors:
        ventana_data.collect(errors, "las páginas")
        return
    instance._content = with_notes(content, PLACEHOLDER, facts)


def _unknown(instance, facts: dict) -> list[DataError]:
    """Unknown ids, located in the source file; none when the facts file itself failed."""
    if not facts:
        return []
    source = Path(instance.source_path)
    root = Path(instance.settings["DATA_PATH"]).parent
    shown = display_path(source, root)
    try:
        text = source.read_text(encoding="utf-8")
    except OSError:
        text = ""
    return [
        unknown_fact(shown, line, column, "", ref, facts)
        for line, column, ref in fact_lines(text)
        if ref not in facts
    ]


def register() -> None:
    ventana_data.connect()
    signals.generator_init.connect(add_facts)
    signals.content_object_init.connect(insert_facts)
