"""Reporters turn a ``Report`` into text, JSON or HTML; they never decide pass or fail."""

from __future__ import annotations

from pathlib import Path

from ..runner import Report
from . import html_report, json_report, terminal

__all__ = ["html_report", "json_report", "terminal", "write_files"]


def write_files(report: Report, json_path: Path | None, html_path: Path | None) -> list[Path]:
    """Write the file reports that are configured; returns the paths written."""
    written = []
    for path, render in ((json_path, json_report.render), (html_path, html_report.render)):
        if path is None:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(report), encoding="utf-8")
        written.append(path)
    return written
