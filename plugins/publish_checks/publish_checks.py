"""Pelican hook: check every page after the build; block the publish when errors remain."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from pelican import signals

from . import messages, reporters, runner, settings, status
from .errors import ContentFailed

logger = logging.getLogger(__name__)


def validate_settings(pelican: Any) -> None:
    """Fail at start-up, not after a full build, when PUBLISH_CHECKS is wrong."""
    settings.from_pelican(pelican.settings)


def check_output(pelican: Any) -> runner.Report:
    """Check ``OUTPUT_PATH``, write the reports and raise ``ContentFailed`` if configured."""
    config = settings.from_pelican(pelican.settings)
    report = runner.run(Path(pelican.settings["OUTPUT_PATH"]), config)
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
    signals.finalized.connect(check_output)
