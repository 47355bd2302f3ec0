"""Build the small infographics fixture site (tests/fixtures/infographics/miniproject)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.sitebuild import ROOT, BuiltSite, run_pelican

FIXTURES = ROOT / "tests" / "fixtures" / "infographics"
MINI = FIXTURES / "miniproject"
ENV = {"VENTANA_ROOT": str(ROOT), "PYTHONPATH": str(ROOT / "plugins")}


def copy_mini(dest: Path) -> Path:
    shutil.copytree(MINI, dest, ignore=shutil.ignore_patterns(".cache", "output", "__pycache__"))
    return dest


def build_mini(project: Path, output: Path | None = None) -> BuiltSite:
    output = output or project / "output"
    result = run_pelican(project, output, extra_env=ENV)
    return BuiltSite(output=output, project=project, result=result)


def svg_text(svg) -> str:
    """The words drawn in an SVG (its <text> elements), as one spaced string."""
    texts = svg.xpath(".//*[local-name()='text']")
    return " ".join(" ".join(t.itertext()) for t in texts)


def words(element) -> str:
    return " ".join(" ".join(element.itertext()).split())
