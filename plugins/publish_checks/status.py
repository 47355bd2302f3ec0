"""The one line a local build ends with, read back from the JSON report the build wrote.

Pelican runs in a child process, so ``invoke build`` learns the outcome from the report
file rather than from memory; a report older than the build means the checks did not run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from . import messages, settings
from .errors import PublishChecksError


def shown(path: Path | None, root: Path) -> str:
    """A report's path as the editor types it: relative to the project root when inside it."""
    if path is None:
        return "—"
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def summary_since(pelican_settings: dict[str, Any], started: float) -> tuple[dict, str] | None:
    """(summary of the JSON report, report to open) if this build wrote one, else None."""
    try:
        config = settings.from_pelican(pelican_settings)
    except PublishChecksError:
        return None
    path = config.json_report
    if path is None or not path.is_file() or path.stat().st_mtime < started:
        return None
    try:
        summary = json.loads(path.read_text(encoding="utf-8"))["summary"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return summary, shown(config.html_report or path, config.root)


def build_line(pelican_settings: dict[str, Any], started: float, serve: str) -> str:
    """«Listo, con 4 errores que bloquearían la publicación: mira reports/checks.html»."""
    found = summary_since(pelican_settings, started)
    if found is None:
        return messages.BUILD_DONE.format(serve=serve)
    summary, report = found
    errors, warnings = int(summary.get("errors", 0)), int(summary.get("warnings", 0))
    if errors:
        line = messages.BUILD_BLOCKING.format(
            errors=messages.counted(errors, "errors"), report=report
        )
        return line if errors > 1 else line.replace("bloquearían", "bloquearía")
    if warnings:
        return messages.BUILD_WARNINGS.format(
            warnings=messages.counted(warnings, "warnings"), report=report
        )
    return messages.BUILD_DONE.format(serve=serve)
