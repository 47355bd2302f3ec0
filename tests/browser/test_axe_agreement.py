"""Differential test: our checks flag exactly the pages axe-core in Chromium flags.

Every axe rule (WCAG 2.0/2.1/2.2 A and AA, best practice) is either matched by one of
our rules (``axe`` attribute) or explained in plugins/publish_checks/axe_map.py. Rules
linked through shared axe rules form a group (axe_map.groups). On every rule fixture and
mixed page, a group's rules fire exactly where its axe rules fail (or, for axe's
review-only rules, where axe asks for a review): no page flagged by one side only. The
agreement figures go to test-artifacts/browser/axe-agreement.txt.
"""

from __future__ import annotations

import pytest
from publish_checks import axe_map
from publish_checks.checks import all_rules

from tests.browser import agreement
from tests.browser.axe import BEST_PRACTICE_TAGS, WCAG_TAGS
from tests.browser.server import StaticServer
from tests.browser.tools import NPM_PINS

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def fixture_page(browser):
    with StaticServer(agreement.FIXTURES) as server:
        context = browser.new_context(locale="es-MX", bypass_csp=True)
        page = context.new_page()
        yield page, server.origin
        context.close()


@pytest.fixture(scope="module")
def found(fixture_page, node_tools, tmp_path_factory):
    page, origin = fixture_page
    axe_found = agreement.theirs(page, origin, node_tools.axe_js)
    return axe_found, agreement.ours(tmp_path_factory.mktemp("agreement"))


def test_the_mapping_is_written_for_the_pinned_axe_core():
    assert NPM_PINS["axe-core"] == axe_map.AXE_VERSION


def test_every_axe_rule_is_matched_or_explained(fixture_page, node_tools):
    page, origin = fixture_page
    page.goto(f"{origin}/{agreement.page_fixtures()[0]}")
    page.add_script_tag(path=str(node_tools.axe_js))
    rules = page.evaluate(
        "(tags) => axe.getRules(tags).map(r => r.ruleId)", WCAG_TAGS + BEST_PRACTICE_TAGS
    )
    assert len(rules) > 90
    for axe_id in rules:
        axe_map.counterparts(axe_id)  # raises UnknownAxeRule, naming the rule
    stale = set(axe_map.covered()) | set(axe_map.NO_COUNTERPART)
    assert not stale - set(rules), "reglas que axe ya no tiene"


def test_each_group_of_rules_flags_exactly_the_pages_axe_flags(found, artifacts):
    axe_found, our_found = found
    result = agreement.compare(axe_found, our_found)
    lines = agreement.figures(axe_found, our_found)
    report = artifacts / "browser" / "axe-agreement.txt"
    report.parent.mkdir(exist_ok=True)
    explained = [f"{k}: {len(v)} páginas (sin regla nuestra)" for k, v in result.explained.items()]
    report.write_text("\n".join(lines + explained + result.misses) + "\n", encoding="utf-8")
    assert len(result.axe_pages) >= 25, f"axe casi no encontró nada: {sorted(result.axe_pages)}"
    assert not result.misses, "\n".join(result.misses)


def test_a_clean_mixed_page_passes_axe_and_our_checks(found):
    axe_found, our_found = found
    errors = {r.id for r in all_rules() if str(r.severity) == "error"}
    clean = [rel for rel in axe_found if rel.startswith("mixed/") and "limpio" in rel]
    assert clean
    for rel in clean:
        assert axe_found[rel] == set(), rel
        assert our_found[rel] & errors == set(), rel
