"""Pagefind's indexer run on the built site, offline, with the binary that ``pagefind[bin]`` ships.

Pagefind names its index files by their content; ``stable.stabilize`` fixes the one
part it writes in random order, so the same pages give the same bytes (tests check it).
Its ready-made interfaces are removed: the search page has its own small accessible
one (themes/ventana/static/js/search.js).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from pagefind_bin import get_executable

from . import cache as index_cache
from . import messages as M
from .stable import stabilize

# Pagefind's own interfaces and highlighter: the site uses its JavaScript API only.
UNUSED = ("pagefind-*ui.*", "pagefind-highlight.js")
# Pagefind 1.5's Linux binary allocates with jemalloc, which keeps freed pages resident
# for seconds; it holds every page's words twice at its peak, so that slack costs some
# 130 MB at 5,000 news. Handing freed pages back at once costs about a second of CPU.
ALLOCATOR = {"_RJEM_MALLOC_CONF": "dirty_decay_ms:0,muzzy_decay_ms:0"}


class IndexFailed(Exception):
    """Pagefind stopped with an error; its message is in the exception."""


@dataclass(frozen=True)
class IndexReport:
    pages: int
    files: int
    size: int  # bytes of every file of the index
    seconds: float


def index_site(output: Path, bundle: str, language: str, cache: Path) -> IndexReport:
    """Index the pages of ``output`` that mark their content with ``data-pagefind-body``.

    When no page changed since the index in ``output`` was made, it is kept as it is.
    """
    target = output / bundle
    key = index_cache.key(output, bundle, language)
    stored = index_cache.reuse(cache, key, target)
    if stored is not None:
        return IndexReport(stored["pages"], stored["files"], stored["size"], 0.0)
    built = cache / "bundle"
    shutil.rmtree(built, ignore_errors=True)
    command = [
        str(get_executable()),
        "--site",
        str(output),
        "--output-path",
        str(built),
        "--force-language",
        language,
        "--silent",
    ]
    started = time.perf_counter()
    env = {**os.environ, **ALLOCATOR}
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=600, check=False, env=env
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0 or not (built / "pagefind.js").exists():
        raise IndexFailed(M.INDEX_FAILED.format(code=done.returncode, out=done.stderr.strip()))
    stabilize(built)
    for pattern in UNUSED:
        for path in built.glob(pattern):
            path.unlink()
    files = [p for p in built.rglob("*") if p.is_file()]
    pages = sum(1 for _ in (built / "fragment").glob("*"))
    report = IndexReport(pages, len(files), sum(p.stat().st_size for p in files), seconds)
    summary = {"pages": report.pages, "files": report.files, "size": report.size}
    index_cache.publish(built, target, cache, key, summary)
    return report
