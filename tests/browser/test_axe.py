"""axe-core on every page of the built site: zero WCAG 2.2 A/AA violations (issue 7 §2).

Findings of every page, with what axe could not decide ("incomplete"), are kept in
test-artifacts/browser/sweep-*.json.
"""

from __future__ import annotations

import pytest

from tests.browser.axe import describe, rule_counts
from tests.browser.pages import SHARD_PARAMS, shard

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("index", SHARD_PARAMS)
def test_axe_finds_no_wcag_violation_on_any_page(sweep, pages, index):
    results = sweep(index)
    assert set(results) == set(shard(pages, index))
    failing = {rel: r["axe"]["wcag"] for rel, r in results.items() if r["axe"]["wcag"]}
    assert not failing, (
        f"axe (WCAG 2.0/2.1/2.2 A y AA): {len(failing)} de {len(results)} páginas con fallas; "
        f"reglas: {rule_counts(failing)}\n{describe(failing)}"
    )


@pytest.mark.parametrize("index", SHARD_PARAMS)
def test_axe_best_practice_rules_pass_on_every_page(sweep, index):
    results = sweep(index)
    failing = {
        rel: r["axe"]["best_practice"] for rel, r in results.items() if r["axe"]["best_practice"]
    }
    assert not failing, (
        f"axe (buenas prácticas): {len(failing)} de {len(results)} páginas; "
        f"reglas: {rule_counts(failing)}\n{describe(failing)}"
    )


@pytest.mark.parametrize("index", SHARD_PARAMS)
def test_text_inside_svg_maps_and_charts_has_enough_contrast(sweep, index):
    problems = [p for r in sweep(index).values() for p in r["svg_contrast"]]
    assert not problems, (
        f"contraste de texto en SVG (axe no lo revisa): {len(problems)}\n"
        + "\n".join(problems[:60])
    )


@pytest.mark.parametrize("index", SHARD_PARAMS)
def test_pages_load_only_from_this_site_and_nothing_is_missing(sweep, index):
    problems = []
    for rel, r in sweep(index).items():
        if r["status"] != 200:
            problems.append(f"{rel}: respuesta {r['status']}")
        problems += [f"{rel}: pide otro sitio: {url}" for url in r["external"]]
        problems += [f"{rel}: recurso roto: {item}" for item in r["broken"]]
    assert not problems, "\n".join(problems)
