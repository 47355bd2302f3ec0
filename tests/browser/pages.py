"""Which pages of the build the browser visits: all of them, in shards, or one per type."""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePosixPath

import pytest

from tests.sitebuild import ADMIN_DIR

# Every per-page check is split into this many tests so `pytest -n 2` runs halves in parallel.
SHARDS = max(1, int(os.environ.get("VENTANA_BROWSER_SHARDS", "2")))
# Parametrize per-page tests with these: with `--dist loadgroup` every test of one shard
# runs on the same worker, which then visits those pages once for all of them.
SHARD_PARAMS = [
    pytest.param(i, id=f"parte{i + 1}de{SHARDS}", marks=pytest.mark.xdist_group(f"browser-{i}"))
    for i in range(SHARDS)
]

# Pages to photograph (issue 7 §3): name -> (path pattern, text the HTML must contain).
SCREENSHOT_PAGES = {
    "inicio": ("index.html", ""),
    "estados": ("estados/index.html", ""),
    "estado": ("estados/*/index.html", ""),
    "leccion": ("escuela-de-heroes/*/index.html", "vt-lessons--lesson"),
    "infografia": ("infografias/*/index.html", ""),
}


_BODY_CLASS = re.compile(r'<body[^>]*\bclass="([^"]*)"')


def url_path(rel: str) -> str:
    """'estados/jalisco/index.html' -> '/estados/jalisco/', as readers type it."""
    if rel == "index.html":
        return "/"
    if rel.endswith("/index.html"):
        return "/" + rel[: -len("index.html")]
    return "/" + rel


def all_pages(output: Path) -> list[str]:
    """Every HTML page of the build for readers (not the editing form), relative to output/."""
    rels = (p.relative_to(output).as_posix() for p in output.rglob("*.html"))
    return sorted(rel for rel in rels if not rel.startswith(ADMIN_DIR))


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


def one_per_type(output: Path, pages: list[str]) -> list[str]:
    """The first page of each type (path shape and body class): enough for a full Tab walk."""
    seen: dict[tuple[str, str], str] = {}
    for rel in pages:
        found = _BODY_CLASS.search((output / rel).read_text(encoding="utf-8"))
        seen.setdefault((page_type(rel), found.group(1) if found else ""), rel)
    return list(seen.values())


def first_matching(output: Path, pages: list[str], pattern: str, marker: str = "") -> str | None:
    """The first page whose path matches `pattern` (same depth) and whose HTML has `marker`."""
    depth = len(PurePosixPath(pattern).parts)
    for rel in pages:
        path = PurePosixPath(rel)
        if (
            len(path.parts) == depth
            and path.match(pattern)
            and (not marker or marker in (output / rel).read_text(encoding="utf-8"))
        ):
            return rel
    return None
