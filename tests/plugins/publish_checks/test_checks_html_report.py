"""The HTML report a person opens: the summary first, one section per file, short."""

from __future__ import annotations

import re
import shutil

from checks_support import FIXTURES, make_config
from publish_checks import reporters, runner

# 40 copies of one page share a title, and sit between the readability minimum and goal.
QUIET = ["title-duplicate", "readability-target"]


def site_with_few_errors(tmp_path):
    site = tmp_path / "html"
    site.mkdir()
    for number in range(40):
        shutil.copy(FIXTURES / "readability_min.pass.html", site / f"ok{number:02}.html")
    shutil.copy(FIXTURES / "img_alt_missing.html", site / "mala.html")
    shutil.copy(FIXTURES / "readability_min.html", site / "dificil.html")
    return site


def test_report_starts_with_the_summary_and_groups_by_file(tmp_path):
    report = runner.run(site_with_few_errors(tmp_path), make_config(tmp_path, disable=QUIET))
    html = reporters.html_report.render(report)
    summary = html.index(report.summary(), html.index("<main"))
    assert summary < html.index("<section")
    assert html.index("Resumen por regla") < html.index("<section")
    sources = {f.source or f.page for f in report.findings}
    assert html.count("<section") == len(sources)


def test_report_stays_short_when_there_are_few_findings(tmp_path):
    report = runner.run(site_with_few_errors(tmp_path), make_config(tmp_path, disable=QUIET))
    assert len(report.readability) >= 40 and len(report.findings) <= 6
    html = reporters.html_report.render(report)
    rows = len(re.findall(r"<tr>", html))
    assert rows <= 3 * len(report.findings) + 6, rows  # not one row per readable page
    assert "dificil.html" in html and "ok07.html" not in html
    assert "40 secciones más no tienen problemas" in html
