"""An HTML report that is itself accessible (our own checks pass on it; see the tests).

Written outside the published site (``reports/checks.html`` by default) because it names
internal file paths and would otherwise be deployed.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from itertools import groupby

from ventana_data.csp import source_hash

from .. import messages
from ..checks import all_rules
from ..readability import describe
from ..runner import Report

STYLE = """
body{font-family:system-ui,sans-serif;line-height:1.5;color:#1f1f1f;background:#fff;margin:0}
header,main,footer,nav{max-width:72rem;margin:0 auto;padding:0 1rem}
.skip{position:absolute;left:.5rem;top:-4rem;background:#fff;color:#611232;padding:.5rem}
.skip:focus{top:.5rem}
a{color:#611232}:focus-visible{outline:3px solid #0b4f8a;outline-offset:2px}
table{border-collapse:collapse;width:100%;margin:0 0 2rem}
caption{text-align:left;font-weight:700;padding:.5rem 0}
th,td{border:1px solid #767676;padding:.4rem;text-align:left;vertical-align:top}
thead th{background:#f6f2ee}.error{color:#8a1c1c;font-weight:700}.warning{color:#4d4d4d}
""".strip()


def _table(caption: str, columns: tuple[str, ...], rows: list[list[str]]) -> str:
    head = "".join(f'<th scope="col">{escape(c)}</th>' for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return (
        f"<table><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def _findings(report: Report) -> tuple[list[str], list[str]]:
    nav, sections = [], []
    groups = groupby(report.findings, key=lambda f: f.source or f.page)
    for number, (source, items) in enumerate(groups, start=1):
        anchor = f"fuente-{number}"
        nav.append(f'<li><a href="#{anchor}">{escape(source)}</a></li>')
        rows = []
        for f in items:
            severity = messages.SEVERITY_NAMES.get(f.severity, f.severity)
            page = escape(messages.HTML_PAGE.format(page=f"{f.page}:{f.page_line or '-'}"))
            rows.append(
                [
                    str(f.line or "—"),
                    f'<span class="{f.severity}">{severity}</span>',
                    f"<code>{escape(f.rule)}</code>",
                    escape(f.wcag or "—"),
                    f"{escape(f.message)}<br>{page}",
                    escape(f.hint),
                ]
            )
        sections.append(
            f'<section aria-labelledby="{anchor}"><h2 id="{anchor}">'
            f"{escape(source)}</h2>"
            + _table(
                messages.HTML_FINDINGS_CAPTION.format(source=source), messages.HTML_COLUMNS, rows
            )
            + "</section>"
        )
    return nav, sections


def _waivers(report: Report) -> str:
    rows = [
        [
            escape(w.source or w.page),
            f"<code>{escape(w.rule)}</code>",
            escape(w.reason or "—"),
            escape(messages.WAIVER_KINDS.get(w.kind, w.kind)),
        ]
        for w in report.waivers
    ]
    return _table(messages.HTML_WAIVERS, messages.HTML_WAIVER_COLUMNS, rows) if rows else ""


def _rule_summary(report: Report) -> str:
    """How many findings each rule has, errors first: what a person reads first."""
    counts = Counter((f.severity, f.rule) for f in report.findings)
    titles = {rule.id: rule.title for rule in all_rules()}
    rows = [
        [
            f"<code>{escape(rule)}</code>",
            f'<span class="{severity}">'
            f"{escape(messages.SEVERITY_NAMES.get(severity, severity))}</span>",
            escape(titles.get(rule, "")),
            str(count),
        ]
        for (severity, rule), count in sorted(counts.items(), key=lambda i: (i[0][0], -i[1]))
    ]
    return _table(messages.HTML_RULES, messages.HTML_RULE_COLUMNS, rows) if rows else ""


def _readability(report: Report) -> str:
    """Only the sections a readability rule flagged; the rest are counted in one line."""
    flagged = {f.page for f in report.findings if f.rule.startswith("readability")}
    shown = [r for r in report.readability if r.page in flagged]
    ok = len(report.readability) - len(shown)
    note = f"<p>{escape(messages.HTML_READABILITY_OK.format(count=ok))}</p>" if ok else ""
    rows = []
    for r in shown:
        score, scale, band = describe(r)
        threshold = f"{r.threshold:g}" if r.threshold is not None else "—"
        if r.threshold_reason:
            threshold += f" ({escape(r.threshold_reason)})"
        hardest = "<br>".join(f"«{escape(s)}»" for s in r.hardest) or "—"
        rows.append(
            [
                escape(r.source or r.page),
                escape(messages.SECTION_NAMES[r.section]),
                f"{scale} {score:.1f}",
                escape(band),
                threshold,
                hardest,
            ]
        )
    table = _table(messages.HTML_READABILITY, messages.HTML_READ_COLUMNS, rows) if rows else ""
    return table + note


def policy() -> str:
    """The report's own Content-Security-Policy: no script at all, its one inline style."""
    return (
        f"default-src 'self'; script-src 'none'; style-src {source_hash(STYLE)}; "
        "object-src 'none'; base-uri 'none'"
    )


def render(report: Report) -> str:
    nav, sections = _findings(report)
    summary = escape(report.summary())
    nav_html = (
        f'<nav aria-label="Archivos con problemas"><ul>{"".join(nav)}</ul></nav>' if nav else ""
    )
    body = "".join(sections) or f"<p>{escape(messages.HTML_NO_FINDINGS)}</p>"
    return (
        '<!DOCTYPE html>\n<html lang="es-MX"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{escape(policy())}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(messages.HTML_TITLE)}: {summary}</title><style>{STYLE}</style></head>"
        f'<body><a class="skip" href="#contenido">Saltar al reporte</a>'
        f"<header><p>{escape(messages.HTML_TITLE)}</p></header>{nav_html}"
        f'<main id="contenido" data-check-ignore="acronym-first-use" '
        f'data-check-reason="{escape(messages.HTML_QUOTES_REASON)}">'
        f"<h1>{escape(messages.HTML_TITLE)}</h1>"
        f"<p><strong>{summary}</strong></p><p>{escape(messages.HTML_INTRO)}</p>"
        f"{_rule_summary(report)}{body}"
        f"{_waivers(report)}{_readability(report)}</main>"
        f"<footer><p>publish_checks</p></footer></body></html>\n"
    )
