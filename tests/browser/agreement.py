"""axe-core in Chromium and the publish checks over the same fixture pages, side by side.

The pages are the rule fixtures (tests/fixtures/checks/*.html), the site-rule folders
(with their CSS) and the larger mixed pages in tests/fixtures/checks/mixed/.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from publish_checks import axe_map, runner, settings
from publish_checks.checker import Checker
from publish_checks.checks import all_rules

from tests.browser.axe import run_axe
from tests.sitebuild import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "checks"
NOT_PAGES = {"site"}  # a Pelican project (content/, data/), not built HTML


def config(tmp: Path) -> settings.Config:
    return settings.from_options(
        {
            "glossary": str(FIXTURES / "glossary.yaml"),
            "plain_language": str(ROOT / "data" / "plain_language.yaml"),
            "cache": False,
            "jobs": 1,
            "siteurl": "https://www.ventana.test",
        },
        tmp,
    )


def page_fixtures() -> list[str]:
    """Every fixture page, relative to FIXTURES, in a stable order."""
    top = [p.name for p in sorted(FIXTURES.glob("*.html"))]
    nested = [
        p.relative_to(FIXTURES).as_posix()
        for folder in sorted(FIXTURES.iterdir())
        if folder.is_dir() and folder.name not in NOT_PAGES
        for p in sorted(folder.rglob("*.html"))
    ]
    return top + nested


def ours(tmp: Path) -> dict[str, set[str]]:
    """Rule ids our checker reports on each fixture page (site rules on their folder)."""
    conf = config(tmp)
    fired: dict[str, set[str]] = {}
    for rel in page_fixtures():
        if "/" not in rel:
            result = Checker(conf).check("index.html", (FIXTURES / rel).read_bytes())
            fired[rel] = {f.rule for f in result.findings}
    for folder in sorted({rel.split("/")[0] for rel in page_fixtures() if "/" in rel}):
        copy = tmp / "sites" / folder
        shutil.copytree(FIXTURES / folder, copy)
        report = runner.run(copy, conf)
        site_wide = {f.rule for f in report.findings if not f.page.endswith(".html")}
        for rel in page_fixtures():
            if rel.startswith(folder + "/"):
                inner = rel.split("/", 1)[1]
                on_page = {f.rule for f in report.findings if f.page == inner}
                fired[rel] = on_page | site_wide
    return fired


def theirs(page, origin: str, axe_js: Path) -> dict[str, set[str]]:
    """axe rule ids violated on each fixture page (WCAG A/AA and best practice)."""
    flagged = {}
    for rel in page_fixtures():
        page.goto(f"{origin}/{rel}", wait_until="load")
        results = run_axe(page, axe_js)
        flagged[rel] = {v["id"] for v in results["wcag"] + results["best_practice"]}
    return flagged


@dataclass
class Agreement:
    """Per axe rule: the pages axe flags; where our matching rules missed; the unmatched."""

    axe_pages: dict[str, set[str]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)  # axe flags, our match stays silent
    explained: dict[str, set[str]] = field(default_factory=dict)  # axe rules with no match


def compare(axe_found: dict[str, set[str]], our_found: dict[str, set[str]]) -> Agreement:
    """Raises UnknownAxeRule for an axe rule that is neither matched nor explained."""
    result = Agreement()
    for rel, axe_ids in sorted(axe_found.items()):
        for axe_id in sorted(axe_ids):
            result.axe_pages.setdefault(axe_id, set()).add(rel)
            matches = axe_map.counterparts(axe_id)
            if not matches:
                result.explained.setdefault(axe_id, set()).add(rel)
            elif not set(matches) & our_found[rel]:
                result.misses.append(
                    f"{rel}: axe [{axe_id}] falla y ninguna de {', '.join(matches)} la marca"
                )
    return result


def figures(axe_found: dict[str, set[str]], our_found: dict[str, set[str]]) -> list[str]:
    """Per rule of ours with axe counterparts: pages it flags, pages axe flags, both."""
    lines = []
    for rule in all_rules():
        if not rule.axe:
            continue
        axe_pages = {rel for rel, ids in axe_found.items() if ids & set(rule.axe)}
        our_pages = {rel for rel, ids in our_found.items() if rule.id in ids}
        same = "iguales" if axe_pages == our_pages else "distintas"
        lines.append(
            f"{rule.id} ({', '.join(rule.axe)}): nuestra {len(our_pages)}, "
            f"axe {len(axe_pages)}, ambas {len(axe_pages & our_pages)}: {same}"
        )
    return lines
