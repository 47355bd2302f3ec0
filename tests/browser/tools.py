"""Find the browser and the Node tools the browser suite needs, or say clearly why not.

Chromium comes from Debian (`apt-get install chromium`); axe-core and html-validate come
from the npm registry at pinned versions, installed once into the git-ignored
`.cache/node/`. Nothing here downloads a browser of its own (no `playwright install`).
In CI (`VENTANA_REQUIRE_BROWSER=1`) a missing piece fails the run; locally it skips.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.sitebuild import ROOT

CHROMIUM = Path(os.environ.get("VENTANA_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Exact pins: a new axe-core release may add rules, so upgrades are deliberate.
# html-validate 9.x still runs on Debian 12's Node 18 (10.x and later need Node >= 20.19).
NPM_PINS = {"axe-core": "4.14.1", "html-validate": "9.7.1"}
NODE_PREFIX = ROOT / ".cache" / "node"
REQUIRE_ENV = "VENTANA_REQUIRE_BROWSER"


def unavailable(reason: str) -> None:
    """Skip locally, fail in CI: the browser suite must never pass by not running."""
    if os.environ.get(REQUIRE_ENV):
        pytest.fail(f"{reason} ({REQUIRE_ENV}=1: en CI las pruebas de navegador son obligatorias)")
    pytest.skip(
        f"{reason}. Instálalo para correr las pruebas de navegador "
        f"(apt-get install chromium nodejs npm; pip install -e '.[dev]')."
    )


def chromium_path() -> Path:
    if not CHROMIUM.exists():
        unavailable(f"No encuentro Chromium en {CHROMIUM}")
    return CHROMIUM


@dataclass(frozen=True)
class NodeTools:
    """Paths to the pinned npm packages, installed under .cache/node/."""

    node: str
    axe_js: Path
    html_validate: Path


def _installed_version(package: str) -> str | None:
    manifest = NODE_PREFIX / "node_modules" / package / "package.json"
    if not manifest.exists():
        return None
    return json.loads(manifest.read_text(encoding="utf-8")).get("version")


def _missing_pins() -> list[str]:
    return [
        f"{name}@{version}"
        for name, version in NPM_PINS.items()
        if _installed_version(name) != version
    ]


def node_tools() -> NodeTools:
    """Install the pinned npm packages once (a lock keeps xdist workers from racing)."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        unavailable("Faltan node o npm")
    NODE_PREFIX.mkdir(parents=True, exist_ok=True)
    with open(NODE_PREFIX / ".install.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        missing = _missing_pins()
        if missing:
            # Install every pin together: npm prunes packages it was not asked for.
            wanted = [f"{name}@{version}" for name, version in NPM_PINS.items()]
            result = subprocess.run(
                [
                    npm,
                    "install",
                    "--prefix",
                    str(NODE_PREFIX),
                    "--no-audit",
                    "--no-fund",
                    "--save-exact",
                    "--loglevel=error",
                    *wanted,
                ],
                capture_output=True,
                text=True,
                timeout=300,
            )
            if result.returncode != 0 or _missing_pins():
                unavailable(f"npm no pudo instalar {' '.join(missing)}: {result.stderr[-1500:]}")
    return NodeTools(
        node=node,
        axe_js=NODE_PREFIX / "node_modules" / "axe-core" / "axe.min.js",
        html_validate=NODE_PREFIX / "node_modules" / "html-validate" / "bin" / "html-validate.mjs",
    )
