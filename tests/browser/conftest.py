"""Fixtures for the real-browser suite: the built site served on 127.0.0.1, one Chromium.

Each pytest worker builds the site once (the shared `site` fixture), serves it from a
thread at a free port, and drives one headless Debian Chromium with two contexts:
JavaScript on (axe, keyboard, phones) and JavaScript off.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser import tools
from tests.browser.browse import DESKTOP, Visitor
from tests.browser.pages import SHARDS, all_pages, shard
from tests.browser.server import StaticServer
from tests.browser.shared import SharedResults
from tests.browser.sweep import sweep_page
from tests.sitebuild import ROOT

ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="session")
def node_tools() -> tools.NodeTools:
    return tools.node_tools()


@pytest.fixture(scope="session")
def built(request) -> Path:
    """The folder of built HTML to check: the real site, built once per worker.

    VENTANA_BROWSER_OUTPUT=/path/to/output checks a folder already built instead
    (handy while another part of the site does not build yet).
    """
    given = os.environ.get("VENTANA_BROWSER_OUTPUT")
    if given:
        return Path(given).resolve()
    return request.getfixturevalue("site").output


@pytest.fixture(scope="session")
def pages(built) -> list[str]:
    return all_pages(built)


@pytest.fixture(scope="session")
def origin(built) -> Iterator[str]:
    with StaticServer(built) as server:
        yield server.origin


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium through Playwright; Playwright makes a fresh profile per launch."""
    executable = tools.chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        tools.unavailable("Falta el paquete de Python playwright")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(executable), headless=True, args=tools.CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


def _context(browser, **options):
    """An audit context: the checks add axe-core and helpers to each page, which the
    site's Content-Security-Policy would block, so these contexts bypass it. The policy
    itself is tested without bypass in test_csp.py."""
    return browser.new_context(
        viewport=DESKTOP, locale="es-MX", service_workers="block", bypass_csp=True, **options
    )


@pytest.fixture(scope="session")
def visitor(browser, origin) -> Iterator[Visitor]:
    """One tab with JavaScript on, reused by every check in this worker."""
    context = _context(browser)
    yield Visitor(context, origin)
    context.close()


@pytest.fixture(scope="session")
def nojs_visitor(browser, origin) -> Iterator[Visitor]:
    """One tab with JavaScript off: what a reader with scripts blocked gets."""
    context = _context(browser, java_script_enabled=False)
    yield Visitor(context, origin)
    context.close()


@pytest.fixture(scope="session")
def shared_results(tmp_path_factory) -> SharedResults:
    """Shared by xdist workers: their base temp folders have a common parent per run."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return SharedResults(None)
    return SharedResults(tmp_path_factory.getbasetemp().parent / "browser-results")


@pytest.fixture(scope="session")
def sweep(shared_results, visitor, node_tools, pages, artifacts) -> Callable[[int], dict]:
    """sweep(i): every per-page check for shard i, one visit per page, computed once per run.

    Also written to test-artifacts/browser/sweep-<i>.json for a person to read.
    """

    def compute(index: int) -> Callable[[], dict]:
        def run() -> dict[str, dict]:
            results = {
                rel: sweep_page(visitor, rel, node_tools.axe_js) for rel in shard(pages, index)
            }
            report = artifacts / "browser" / f"sweep-{index + 1}.json"
            report.parent.mkdir(exist_ok=True)
            report.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
            return results

        return run

    def for_shard(index: int) -> dict[str, dict]:
        spare = [(f"sweep-{j}", compute(j)) for j in range(SHARDS) if j != index]
        return shared_results.get(f"sweep-{index}", compute(index), spare)

    return for_shard


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """test-artifacts/ (git-ignored): reports and screenshots a person can open."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
