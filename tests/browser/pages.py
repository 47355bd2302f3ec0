"""Which pages of the build the browser visits: all of them, in shards, or one per type."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

import pytest

# Every per-page check is split into this many tests so `pytest -n 2` runs halves in parallel.
SHARDS = max(1, int(os.environ.get("VENTANA_BROWSER_SHARDS", "2")))
# Parametrize per-page tests with these: with `--dist loadgroup` every test of one shard
# runs on the same worker, which then visits those pages once for all of them.
SHARD_PARAMS = [
    pytest.param(i, id=f"parte{i + 1}de{SHARDS}", marks=pytest.mark.xdist_group(f"browser-{i}"))
    for i in range(SHARDS)
]

# Pages to photograph (issue 7 §3): name -> how to find one in the build.
SCREENSHOT_PAGES = {
    "inicio": "index.html",
    "estados": "estados/index.html",
    "estado": "estados/*/index.html",
    "leccion": "escuela-de-heroes/*/index.html",
    "infografia": "infografias/*/index.html",
}


def url_path(rel: str) -> str:
    """'estados/jalisco/index.html' -> '/estados/jalisco/', as readers type it."""
    if rel == "index.html":
        return "/"
    if rel.endswith("/index.html"):
        return "/" + rel[: -len("index.html")]
    return "/" + rel


def all_pages(output: Path) -> list[str]:
    """Every HTML file of the build, relative to output/, sorted."""
    return sorted(p.relative_to(output).as_posix() for p in output.rglob("*.html"))


def shard(pages: list[str], index: int) -> list[str]:
    return pages[index::SHARDS]


def page_type(rel: str) -> str:
    """Group pages made by the same template: 'estados/*' for every state, etc."""
    parts = PurePosixPath(rel).parts[:-1]
    if not parts:
        return "inicio"
    if len(parts) == 1:
        return parts[0]
    return f"{parts[0]}/{'/'.join('*' for _ in parts[1:])}"


def one_per_type(pages: list[str]) -> list[str]:
    """The first page of each type: enough for slow checks such as a full Tab walk."""
    seen: dict[str, str] = {}
    for rel in pages:
        seen.setdefault(page_type(rel), rel)
    return list(seen.values())


def first_matching(pages: list[str], pattern: str) -> str | None:
    for rel in pages:
        if PurePosixPath(rel).match(pattern) and len(PurePosixPath(rel).parts) == len(
                PurePosixPath(pattern).parts):
            return rel
    return None
