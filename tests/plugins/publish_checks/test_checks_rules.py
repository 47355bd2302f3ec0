"""Every rule fires on its failing fixture and stays silent on its passing one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from checks_support import FIXTURES
from publish_checks import runner
from publish_checks.checker import Checker
from publish_checks.checks import SiteRule, all_rules

RULES = all_rules()
PAGE_RULES = [r for r in RULES if not issubclass(r, SiteRule)]
SITE_RULES = [r for r in RULES if issubclass(r, SiteRule)]


def fixture_name(rule) -> str:
    return rule.id.replace("-", "_")


def rules_fired(config, path: Path) -> list[str]:
    result = Checker(config).check("index.html", path.read_bytes())
    return [f.rule for f in result.findings]


def test_there_are_at_least_25_accessibility_rules():
    accessibility = [
        r
        for r in RULES
        if r.wcag
        and not r.id.startswith(
            ("readability", "sentence", "paragraph", "plain", "passive", "acronym")
        )
    ]
    assert len(accessibility) >= 25, [r.id for r in accessibility]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_rule_has_metadata_in_spanish(rule):
    assert rule.id and rule.message and rule.hint and rule.title
    assert str(rule.severity) in ("error", "warning")
    assert rule.wcag == "" or rule.wcag.count(".") == 2


@pytest.mark.parametrize("rule", PAGE_RULES, ids=lambda r: r.id)
def test_page_rule_fires_on_failing_fixture(rule, config):
    assert rule.id in rules_fired(config, FIXTURES / f"{fixture_name(rule)}.html")


@pytest.mark.parametrize("rule", PAGE_RULES, ids=lambda r: r.id)
def test_page_rule_silent_on_passing_fixture(rule, config):
    assert rule.id not in rules_fired(config, FIXTURES / f"{fixture_name(rule)}.pass.html")


def site_findings(config, tmp_path: Path, folder: str) -> list:
    site = tmp_path / "site"
    shutil.copytree(FIXTURES / folder, site)
    return runner.run(site, config).findings


@pytest.mark.parametrize("rule", SITE_RULES, ids=lambda r: r.id)
def test_site_rule_fires_on_failing_fixture(rule, config, tmp_path):
    found = [f for f in site_findings(config, tmp_path, fixture_name(rule)) if f.rule == rule.id]
    assert found
    assert all(f.message and f.hint for f in found)


@pytest.mark.parametrize("rule", SITE_RULES, ids=lambda r: r.id)
def test_site_rule_silent_on_passing_fixture(rule, config, tmp_path):
    found = site_findings(config, tmp_path, f"{fixture_name(rule)}.pass")
    assert rule.id not in [f.rule for f in found]


def test_broken_links_name_each_problem(config, tmp_path):
    found = [f for f in site_findings(config, tmp_path, "link_broken") if f.rule == "link-broken"]
    messages = sorted(f.message for f in found)
    assert len(found) == 4
    assert any("#sna" in m for m in messages)
    assert any("#no-existe" in m for m in messages)
    assert any("img/logo.png" in m for m in messages)
    assert any("estados/" in m for m in messages)


def test_palette_names_the_css_file_and_line(config, tmp_path):
    found = [
        f
        for f in site_findings(config, tmp_path, "palette_contrast")
        if f.rule == "palette-contrast"
    ]
    assert [(f.page, f.page_line) for f in found] == [("theme/css/main.css", 6)]
    assert "#a57f2c" in found[0].message and "3.7" in found[0].message


def test_plain_terms_are_found_however_written_and_when_they_overlap(config):
    text = "Hablamos En Relación con el fin de coadyuvar, y en razón de lo dicho, nada más."
    page = f'<html lang="es"><body><main><p>{text}</p></main></body></html>'
    result = Checker(config).check("index.html", page.encode("utf-8"))
    found = [f.context for f in result.findings if f.rule == "plain-term"]
    assert found == ["En Relación con", "con el fin de", "coadyuvar", "en razón de"]
