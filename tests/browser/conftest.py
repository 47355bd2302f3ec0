"""Fixtures for the real-browser suite: the built site served on 127.0.0.1, one Chromium.

Each pytest worker builds the site once (the shared `site` fixture), serves it from a
thread at a free port, and drives one headless Debian Chromium with two contexts:
JavaScript on (axe, keyboard, phones) and JavaScript off.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser import tools
from tests.browser.browse import DESKTOP, Visitor
from tests.browser.pages import all_pages, shard
from tests.browser.server import StaticServer
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
            executable_path=str(executable), headless=True, args=tools.CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def _context(browser, **options):
    return browser.new_context(viewport=DESKTOP, locale="es-MX",
                               service_workers="block", **options)


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
def shared_result(tmp_path_factory) -> Callable[[str, Callable[[], Any]], Any]:
    """Compute a JSON-able result once per test run, even across xdist workers.

    Two tests that read the same axe sweep may land on different workers; the first
    one to ask computes it, the other waits on a lock and reads the file.
    """
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        memo: dict[str, Any] = {}
        return lambda key, compute: memo[key] if key in memo else memo.setdefault(key, compute())
    root: Path = tmp_path_factory.getbasetemp().parent / "browser-results"
    root.mkdir(exist_ok=True)

    def get(key: str, compute: Callable[[], Any]) -> Any:
        path = root / f"{key}.json"
        with open(root / f"{key}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if path.exists():
                return json.loads(path.read_text(encoding="utf-8"))
            value = compute()
            path.write_text(json.dumps(value), encoding="utf-8")
            return value

    return get


@pytest.fixture(scope="session")
def sweep(shared_result, visitor, node_tools, pages, artifacts) -> Callable[[int], dict]:
    """sweep(i): every per-page check for shard i, one visit per page, computed once per run.

    Also written to test-artifacts/browser/sweep-<i>.json for a person to read.
    """

    def for_shard(index: int) -> dict[str, dict]:
        def compute() -> dict[str, dict]:
            results = {rel: sweep_page(visitor, rel, node_tools.axe_js)
                       for rel in shard(pages, index)}
            report = artifacts / "browser" / f"sweep-{index + 1}.json"
            report.parent.mkdir(exist_ok=True)
            report.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
            return results

        return shared_result(f"sweep-{index}", compute)

    return for_shard


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """test-artifacts/ (git-ignored): reports and screenshots a person can open."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS

