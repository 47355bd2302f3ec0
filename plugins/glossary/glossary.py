"""Glossary: validated terms from data/glossary.yaml, shared through Pelican's context.

The glossary page itself is ``content/pages/glosario.md`` with ``template: glossary``,
so editors can link a term as ``{filename}/pages/glosario.md#sesna``.
"""

from __future__ import annotations

import logging
from pathlib import Path

import ventana_data
from pelican import signals
from pelican.generators import Generator
from ventana_data.context import GLOSSARY, GLOSSARY_TERMS

from .loader import load_terms
from .settings import settings_for

log = logging.getLogger(__name__)


def add_terms(generator: Generator) -> None:
    """Load once per build and expose to every template as GLOSSARY_TERMS."""
    if GLOSSARY_TERMS.present(generator.context):
        return
    conf = settings_for(generator.settings)
    data_path = Path(generator.settings["DATA_PATH"])
    root = data_path.parent
    terms, errors = load_terms(data_path / conf["source"], data_path / conf["schema"], root)
    ventana_data.collect(errors, "el glosario")
    GLOSSARY_TERMS.put(generator.context, terms)
    GLOSSARY.put(generator.context, {t["sigla"]: t for t in terms})
    log.debug("glossary: %d términos", len(terms))


def register() -> None:
    ventana_data.connect()
    signals.generator_init.connect(add_terms)
