"""Build the real site (or a copy of it) the way an editor does, for tests to read.

Builds run Pelican in a subprocess, as `invoke build` does, so that exit codes,
messages on stderr and plugin loading are exactly what a user gets.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from lxml import html as lxml_html

ROOT = Path(__file__).resolve().parents[1]
PROJECT_PARTS = [
    "content",
    "data",
    "plugins",
    "themes",
    "pelicanconf.py",
    "publishconf.py",
    "tasks.py",
]
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", ".cache", "output")
# The editing form (plugins/cms_admin) is not a page for readers: site-wide page checks skip it.
ADMIN_DIR = "admin/"


def copy_project(dest: Path) -> Path:
    """A private copy of the project that a test may break on purpose."""
    dest.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=IGNORED)
        elif src.exists():
            shutil.copy2(src, dest / part)
    return dest


def run_pelican(
    project: Path,
    output: Path,
    settings: str = "pelicanconf.py",
    extra_env: dict[str, str] | None = None,
    extra_settings: dict[str, object] | None = None,
    verbose: bool = False,
) -> subprocess.CompletedProcess[str]:
    """``pelican`` on ``project``; ``extra_settings`` override its settings (``-e``);
    ``verbose`` shows the plugins' INFO lines (``-v``)."""
    env = {**os.environ, "PYTHONPATH": str(project / "plugins"), "COLUMNS": "200"}
    env.update(extra_env or {})
    extra = [f"{key}={json.dumps(value)}" for key, value in (extra_settings or {}).items()]
    return subprocess.run(
        [sys.executable, "-m", "pelican", "-s", str(project / settings), "-o", str(output)]
        + (["-e", *extra] if extra else [])
        + (["-v"] if verbose else []),
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def run_task(
    project: Path, task: str, extra_env: dict[str, str] | None = None, timeout: int = 900
) -> subprocess.CompletedProcess[str]:
    """``invoke <task>`` in the project, as an editor types it."""
    env = {**os.environ, "PYTHONPATH": str(project / "plugins"), **(extra_env or {})}
    return subprocess.run(
        [sys.executable, "-m", "invoke", task],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@dataclass
class BuiltSite:
    """A finished build: where it is, and easy access to its pages."""

    output: Path
    project: Path
    result: subprocess.CompletedProcess[str]

    @cached_property
    def pages(self) -> list[Path]:
        return sorted(
            p
            for p in self.output.rglob("*.html")
            if not p.relative_to(self.output).as_posix().startswith(ADMIN_DIR)
        )

    def rel(self, page: Path) -> str:
        return page.relative_to(self.output).as_posix()

    def text(self, rel: str) -> str:
        return (self.output / rel).read_text(encoding="utf-8")

    def tree(self, rel: str):
        return lxml_html.fromstring((self.output / rel).read_bytes())

    @cached_property
    def sources(self) -> dict[str, str]:
        """Page -> source file, as the build saved it for the checks (not published)."""
        path = self.project / "reports" / "sources.json"
        return json.loads(path.read_text(encoding="utf-8"))["pages"] if path.is_file() else {}


def build(project: Path, output: Path, settings: str = "pelicanconf.py") -> BuiltSite:
    result = run_pelican(project, output, settings)
    return BuiltSite(output=output, project=project, result=result)
