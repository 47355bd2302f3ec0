"""Plain-text report grouped by the source file an editor opens, ending with the counts."""

from __future__ import annotations

from itertools import groupby

from .. import messages
from ..readability import describe
from ..runner import Report


def _where(source: str | None, page: str) -> str:
    return source or page


def render(report: Report) -> str:
    lines: list[str] = []
    findings = report.findings
    for group, items in groupby(findings, key=lambda f: _where(f.source, f.page)):
        lines.append(group)
        for f in items:
            line = f"{f.line}" if f.line else "-"
            wcag = f" · WCAG {f.wcag}" if f.wcag else ""
            severity = messages.SEVERITY_NAMES.get(f.severity, f.severity)
            lines.append(f"  línea {line} · {severity} · {f.rule}{wcag}")
            lines.append(f"    {f.message}")
            lines.append(f"    Cómo corregirlo: {f.hint}")
            page_line = f":{f.page_line}" if f.page_line else ""
            lines.append(f"    Página: {f.page}{page_line}")
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


def compact(report: Report) -> list[str]:
    """One line per finding, for Pelican's log where long multi-line records get wrapped."""
    lines = []
    for f in report.findings:
        where = f"{f.source or f.page}:{f.line}" if f.line else (f.source or f.page)
        severity = messages.SEVERITY_NAMES.get(f.severity, f.severity)
        lines.append(f"{where}: {severity} {f.rule}: {f.message} ({f.page})")
    return lines
