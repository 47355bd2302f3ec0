"""axe-core on every page of the built site: zero WCAG 2.2 A/AA violations (issue 7 §2)."""

from __future__ import annotations

import json

import pytest

from tests.browser.axe import describe, rule_counts, run_axe
from tests.browser.pages import SHARDS, shard

pytestmark = pytest.mark.browser
SHARD_IDS = [f"parte{i + 1}de{SHARDS}" for i in range(SHARDS)]


@pytest.fixture
def axe_sweep(shared_result, visitor, node_tools, pages, artifacts):
    """axe's findings for every page of one shard, computed once per run."""

    def sweep_for(index: int) -> dict[str, dict]:
        def compute() -> dict[str, dict]:
            results = {}
            for rel in shard(pages, index):
                visitor.visit(rel)
                results[rel] = run_axe(visitor.page, node_tools.axe_js)
            report = artifacts / "axe" / f"axe-{SHARD_IDS[index]}.json"
            report.parent.mkdir(exist_ok=True)
            report.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
            return results

        return shared_result(f"axe-{index}", compute)

    return sweep_for


@pytest.mark.parametrize("index", range(SHARDS), ids=SHARD_IDS)
def test_axe_finds_no_wcag_violation_on_any_page(axe_sweep, pages, index):
    results = axe_sweep(index)
    assert set(results) == set(shard(pages, index))
    failing = {rel: r["wcag"] for rel, r in results.items() if r["wcag"]}
    assert not failing, (
        f"axe (WCAG 2.0/2.1/2.2 A y AA): {len(failing)} de {len(results)} páginas con fallas; "
        f"reglas: {rule_counts(failing)}\n{describe(failing)}")


@pytest.mark.parametrize("index", range(SHARDS), ids=SHARD_IDS)
def test_axe_best_practice_rules_pass_on_every_page(axe_sweep, index):
    results = axe_sweep(index)
    failing = {rel: r["best_practice"] for rel, r in results.items() if r["best_practice"]}
    assert not failing, (
        f"axe (buenas prácticas): {len(failing)} de {len(results)} páginas; "
        f"reglas: {rule_counts(failing)}\n{describe(failing)}")


@pytest.mark.parametrize("index", range(SHARDS), ids=SHARD_IDS)
def test_pages_load_only_from_this_site_and_nothing_is_missing(visitor, pages, index):
    problems = []
    for rel in shard(pages, index):
        visit = visitor.visit(rel)
        if visit.status != 200:
            problems.append(f"{rel}: respuesta {visit.status}")
        problems += [f"{rel}: pide otro sitio: {url}" for url in visit.external]
        problems += [f"{rel}: recurso roto: {item}" for item in visit.broken]
    assert not problems, "\n".join(problems)
