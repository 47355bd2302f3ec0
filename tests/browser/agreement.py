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
    """axe rule ids violated on each fixture page (WCAG A/AA and best practice), and the
    review-only rules (axe_map.REVIEW_ONLY) axe asks a person to review there."""
    flagged = {}
    for rel in page_fixtures():
        page.goto(f"{origin}/{rel}", wait_until="load")
        results = run_axe(page, axe_js)
        review = {v["id"] for v in results["incomplete"]} & axe_map.REVIEW_ONLY
        flagged[rel] = {v["id"] for v in results["wcag"] + results["best_practice"]} | review
    return flagged


@dataclass
class Agreement:
    """Per axe rule: the pages axe flags; the groups that disagree; the unmatched."""

    axe_pages: dict[str, set[str]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)  # a group flags other pages than axe
    explained: dict[str, set[str]] = field(default_factory=dict)  # axe rules with no match


def flagged_by(found: dict[str, set[str]], ids: tuple[str, ...]) -> set[str]:
    return {rel for rel, fired in found.items() if fired & set(ids)}


def compare(axe_found: dict[str, set[str]], our_found: dict[str, set[str]]) -> Agreement:
    """Raises UnknownAxeRule for an axe rule that is neither matched nor explained."""
    result = Agreement()
    for rel, axe_ids in sorted(axe_found.items()):
        for axe_id in sorted(axe_ids):
            result.axe_pages.setdefault(axe_id, set()).add(rel)
            if not axe_map.counterparts(axe_id):
                result.explained.setdefault(axe_id, set()).add(rel)
    for ours, theirs in axe_map.groups():
        axe_pages, our_pages = flagged_by(axe_found, theirs), flagged_by(our_found, ours)
        for rel, who in [(r, "solo axe") for r in sorted(axe_pages - our_pages)] + [
            (r, "solo nuestra") for r in sorted(our_pages - axe_pages)
        ]:
            result.misses.append(f"{rel}: {', '.join(ours)} ≠ axe [{', '.join(theirs)}]: {who}")
    return result


def figures(axe_found: dict[str, set[str]], our_found: dict[str, set[str]]) -> list[str]:
    """Per group of our rules and its axe rules: pages ours flag, axe flags, both."""
    lines = []
    agree = 0
    for ours, theirs in axe_map.groups():
        axe_pages, our_pages = flagged_by(axe_found, theirs), flagged_by(our_found, ours)
        agree += axe_pages == our_pages
        lines.append(
            f"{' + '.join(ours)} ({', '.join(theirs)}): nuestra {len(our_pages)}, "
            f"axe {len(axe_pages)}, ambas {len(axe_pages & our_pages)}: "
            + ("iguales" if axe_pages == our_pages else "distintas")
        )
    mapped = sum(len(ours) for ours, _ in axe_map.groups())
    summary = f"{agree} de {len(lines)} grupos ({mapped} reglas nuestras) coinciden con axe"
    return [summary, *lines]
