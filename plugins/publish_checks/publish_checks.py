"""Pelican hook: check every page after the build; block the publish when errors remain."""

from __future__ import annotations

import logging
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from pelican import signals
from ventana_data import outputs, preview
from ventana_data.context import GLOSSARY_TERMS

from . import messages, reporters, runner, settings, source_map, status
from .errors import ContentFailed

logger = logging.getLogger(__name__)

# The glossary plugin's terms of the current build, taken from the shared context.
_terms: dict[str, tuple[tuple[str, str, str], ...] | None] = {"build": None}


def validate_settings(pelican: Any) -> None:
    """Fail at start-up, not after a full build, when PUBLISH_CHECKS is wrong."""
    _terms["build"] = None
    settings.from_pelican(pelican.settings)


def remember_terms(generators: list[Any]) -> None:
    """Keep the anchors the glossary page was built with, for the acronym rules."""
    contexts = [g.context for g in generators if GLOSSARY_TERMS.present(g.context)]
    terms = GLOSSARY_TERMS.get(contexts[0]) if contexts else None
    _terms["build"] = (
        None if terms is None else tuple((t["sigla"], t["nombre"], t["id"]) for t in terms)
    )


def check_output(pelican: Any) -> runner.Report | None:
    """Check ``OUTPUT_PATH``, write the reports and raise ``ContentFailed`` if configured.

    Not in the live preview's partial pass: its full pass checks the finished output.
    """
    if preview.partial():
        return None
    config = replace(settings.from_pelican(pelican.settings), glossary_terms=_terms["build"])
    output = Path(pelican.settings["OUTPUT_PATH"])
    outputs.finish()  # pages an earlier build left and this one does not produce are gone
    if config.source_map:
        source_map.save(config.source_map, output, config.root)
    report = runner.run(output, config)
    written = reporters.write_files(report, config.json_report, config.html_report)
    where = status.shown(config.html_report or config.json_report, config.root)
    # Findings are content, not log records: straight to stderr, unwrapped, first 20 only.
    reporters.terminal.write_brief(report, sys.stderr, where)
    if written:
        logger.info(
            "%s %s",
            messages.LOG_PREFIX,
            messages.REPORTS_WRITTEN.format(paths=", ".join(str(p) for p in written)),
        )
    if report.errors and config.fail_on_error:
        failed = ContentFailed(messages.FAILED.format(summary=report.summary(), report=where))
        logger.error("%s %s", messages.LOG_PREFIX, failed)
        raise failed
    return report


def register() -> None:
    signals.initialized.connect(validate_settings)
    signals.initialized.connect(source_map.reset)
    signals.content_written.connect(source_map.record)
    signals.all_generators_finalized.connect(remember_terms)
    signals.finalized.connect(check_output)
