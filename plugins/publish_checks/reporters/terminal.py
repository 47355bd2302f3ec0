"""Plain-text report for a terminal or a log file: counts first, then the first findings.

Lines are never wrapped here and carry no colour, so the output reads the same in a
terminal, a CI log or a file. The full list is in the HTML and JSON reports.
"""

from __future__ import annotations

from itertools import groupby
from typing import TextIO

from .. import messages
from ..finding import Finding
from ..readability import describe
from ..runner import Report

SHOWN = 20  # findings shown in the terminal; the rest are in reports/


def _where(source: str | None, page: str) -> str:
    return source or page


def _finding_lines(f: Finding) -> list[str]:
    line = f"{f.line}" if f.line else "-"
    wcag = f" · WCAG {f.wcag}" if f.wcag else ""
    severity = messages.SEVERITY_NAMES.get(f.severity, f.severity)
    page_line = f":{f.page_line}" if f.page_line else ""
    return [
        f"  línea {line} · {severity} · {f.rule}{wcag}",
        f"    {f.message}",
        f"    Cómo corregirlo: {f.hint}",
        f"    Página: {f.page}{page_line}",
    ]


def render(report: Report, limit: int | None = SHOWN, where: str = "") -> str:
    """Findings grouped by source file (the first ``limit``), waivers, then the counts."""
    lines: list[str] = []
    shown = report.findings if limit is None else report.findings[:limit]
    for group, items in groupby(shown, key=lambda f: _where(f.source, f.page)):
        lines.append(group)
        for f in items:
            lines.extend(_finding_lines(f))
        lines.append("")
    hidden = len(report.findings) - len(shown)
    if hidden:
        lines.append(messages.MORE_FINDINGS.format(count=hidden, report=where or "reports/"))
        lines.append("")
    lines.extend(_lowered(report))
    if report.waivers:
        lines.append(messages.WAIVERS_TITLE.format(count=len(report.waivers)))
        for w in report.waivers:
            lines.append(
                messages.WAIVER_LINE.format(
                    page=_where(w.source, w.page),
                    rule=w.rule,
                    reason=w.reason or "—",
                    kind=messages.WAIVER_KINDS.get(w.kind, w.kind),
                )
            )
        lines.append("")
    lines.append(report.summary())
    return "\n".join(lines)


def _lowered(report: Report) -> list[str]:
    """Pages that lowered their readability threshold, with the reason they gave."""
    lines = []
    for r in report.readability:
        if r.threshold_reason:
            score, scale, band = describe(r)
            lines.append(_where(r.source, r.page))
            lines.append(f"  {scale} {score:.1f} «{band}»")
            lines.append(
                messages.THRESHOLD_LOWERED.format(threshold=r.threshold, reason=r.threshold_reason)
            )
    return lines + ([""] if lines else [])


def brief(report: Report, where: str, limit: int = SHOWN) -> list[str]:
    """The build's lines: the counts, one line per finding up to ``limit``, where the rest is."""
    lines = [f"{messages.LOG_PREFIX} {report.summary()}"]
    for f in report.findings[:limit]:
        place = f"{f.source or f.page}:{f.line}" if f.line else (f.source or f.page)
        severity = messages.SEVERITY_NAMES.get(f.severity, f.severity)
        lines.append(f"  {place}: {severity} {f.rule}: {f.message}")
    hidden = len(report.findings) - limit
    if hidden > 0:
        lines.append("  " + messages.MORE_FINDINGS.format(count=hidden, report=where))
    elif report.findings and where:
        lines.append("  " + messages.DETAILS_IN.format(report=where))
    return lines


def write_brief(report: Report, stream: TextIO, where: str, limit: int = SHOWN) -> None:
    """Write ``brief`` straight to ``stream``: no logging handler can wrap or recolour it."""
    stream.write("\n".join(brief(report, where, limit)) + "\n")
    stream.flush()
