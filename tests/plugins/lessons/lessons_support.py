"""Helpers for the lessons tests: a tiny project on disk, and expectations read from YAML.

Expectations come straight from the lesson files (plain ``yaml.safe_load``), not from
the plugin, so a bug in the plugin's grouping cannot hide in the tests.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from tests.sitebuild import ROOT, BuiltSite, build

FIXTURES = ROOT / "tests" / "fixtures" / "lessons"
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc")


def make_project(dest: Path) -> Path:
    """The fixture project plus the real theme, plugins and schemas of the repository."""
    shutil.copytree(FIXTURES / "project", dest, ignore=IGNORED)
    shutil.copytree(ROOT / "themes", dest / "themes", ignore=IGNORED)
    shutil.copytree(ROOT / "plugins", dest / "plugins", ignore=IGNORED)
    shutil.copytree(ROOT / "data" / "schema", dest / "data" / "schema")
    return dest


def add_broken(project: Path, *names: str) -> None:
    for name in names:
        shutil.copy2(FIXTURES / "broken" / name, project / "content" / "lessons" / name)


def build_project(project: Path) -> BuiltSite:
    return build(project, project / "output")


def line_of(path: Path, text: str) -> int:
    """1-based line of the first line containing ``text``: where an editor would look."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if text in line:
            return number
    raise AssertionError(f"{text!r} not in {path}")


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("\n---", 1)[0].removeprefix("---\n"))


def lesson_files(content: Path) -> list[Path]:
    return sorted(p for p in (content / "lessons").glob("*.md") if not p.name.startswith("_"))


def slug_of(path: Path) -> str:
    data = front_matter(path)
    return data.get("slug") or path.stem.split("-", 1)[1]


def linked_slugs(tree, base: str = "escuela-de-heroes") -> list[str]:
    """Slugs of the lesson cards on an index page, in page order."""
    hrefs = tree.xpath(
        '//main//li[contains(@class, "vt-lesson-card")]//h2/a/@href'
        ' | //main//li[contains(@class, "vt-lesson-card")]//h3/a/@href'
    )
    return [href.rstrip("/").rsplit("/", 1)[-1] for href in hrefs]
