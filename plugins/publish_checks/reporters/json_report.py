"""JSON in a stable format (documented in docs/publish_checks.md); bump VERSION on changes."""

from __future__ import annotations

import json

from ..checks import all_rules
from ..runner import Report

FORMAT = "ventana-publish-checks"
VERSION = 1
FINDING_KEYS = (
    "page",
    "source",
    "line",
    "page_line",
    "rule",
    "wcag",
    "severity",
    "message",
    "hint",
    "context",
)


def as_data(report: Report) -> dict:
    return {
        "format": FORMAT,
        "version": VERSION,
        "summary": {
            "pages": len(report.pages),
            "errors": report.errors,
            "warnings": report.warnings,
            "waivers": len(report.waivers),
            "text": report.summary(),
        },
        "findings": [{key: getattr(f, key) for key in FINDING_KEYS} for f in report.findings],
        "waivers": [w.to_dict() for w in report.waivers],
        "readability": [r.to_dict() for r in report.readability],
        "rules": [
            {"id": r.id, "wcag": r.wcag, "severity": str(r.severity), "title": r.title}
            for r in all_rules()
        ],
    }


def render(report: Report) -> str:
    return json.dumps(as_data(report), ensure_ascii=False, indent=2) + "\n"
