"""State snapshots: 32 liaison-kept YAML files become pages, open data and feeds.

Data is loaded and checked once, at the first ``generator_init``, so a mistake in
any file stops the build before a single page is written. The validated records
then live in Pelican's context (``states``, ``states_summary``) for every plugin.

Pelican is imported inside the functions so that the command-line check
(``python -m state_snapshots validate``) starts fast.
"""

from __future__ import annotations

import logging
from typing import Any

import ventana_data
from ventana_data import DataError
from ventana_data.context import (
    FACTS,
    STATES,
    STATES_CONFIG,
    STATES_NARRATIVES,
    STATES_SUMMARY,
)
from ventana_data.context_shapes import Fact
from ventana_data.facts import SOURCE as FACTS_FILE
from ventana_data.html import sanitizer
from ventana_data.messages import fill

from . import messages
from .catalogue import COUNTED_FACTS
from .glance import add_opening_lines
from .loader import read_documents
from .narratives import load_narratives
from .records import build_record, build_summary
from .settings import Config, config_from_pelican

log = logging.getLogger(__name__)


def collect(
    config: Config, markdown: dict[str, Any] | None = None
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]], list[DataError]]:
    """Validated records sorted by INEGI code, the narratives, and every error found."""
    docs, errors = read_documents(config)
    narratives, narrative_errors = load_narratives(
        config.narratives_dir, config.root, markdown or {}, config.schema_path.parent
    )
    errors += narrative_errors
    if errors:
        return [], {}, errors
    records = sorted(
        (build_record(doc.data, config) for doc in docs.values()),
        key=lambda r: r["entidad"]["clave_inegi"],
    )
    return records, narratives, []


def load_states(
    config: Config, markdown: dict[str, Any] | None = None
) -> tuple[list[dict[str, Any]], dict[str, Any], dict[str, dict[str, Any]]]:
    """Records, national summary and narratives; nothing when the data has mistakes.

    Mistakes go to the build-wide collector (ventana_data), which stops the build
    before anything is written, together with the other plugins' mistakes.
    """
    records, narratives, errors = collect(config, markdown)
    if ventana_data.collect(errors, messages.WHAT):
        return [], build_summary([], config), {}
    summary = build_summary(records, config)
    add_opening_lines(records, summary)
    return records, summary, narratives


def add_states(generator) -> None:
    """Load once per build and share through the context (like the glossary)."""
    context = generator.context
    if STATES.present(context):
        return
    config = config_from_pelican(generator.settings)
    records, summary, narratives = load_states(config, generator.settings.get("MARKDOWN"))
    ventana_data.collect(facts_disagreeing(FACTS.get(context)), messages.WHAT)
    STATES.put(context, records)
    STATES_SUMMARY.put(context, summary)
    clean = sanitizer(generator.settings)
    STATES_NARRATIVES.put(
        context,
        {
            slug: {**item, "html": clean(item["html"], source=item["source_path"])}
            for slug, item in narratives.items()
        },
    )
    STATES_CONFIG.put(context, config)
    log.info(
        "state_snapshots: %d estados validados (%d narraciones)", len(records), len(narratives)
    )


def facts_disagreeing(facts: dict[str, Fact]) -> list[DataError]:
    """A shared fact that says another number than the catalogue counts: one truth each."""
    errors = []
    for ref, (what, counted) in COUNTED_FACTS.items():
        fact = facts.get(ref)
        if fact and fact["valor"] != counted:
            text = fill(
                messages.FACT_DISAGREES,
                ref=ref,
                value=fact["valor_texto"],
                counted=counted,
                what=what,
            )
            errors.append(DataError(FACTS_FILE, fact["linea"], 1, "valor", **text))
    return errors


def get_generators(pelican) -> type:
    from .generator import StatesGenerator

    return StatesGenerator


def register() -> None:
    from pelican import signals

    ventana_data.connect()
    signals.generator_init.connect(add_states)
    signals.get_generators.connect(get_generators)
