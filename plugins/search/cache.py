"""Pagefind runs only when the pages it reads changed; otherwise the index stays as it is.

The key is a hash of every HTML file of the output (path and bytes), Pagefind's
version, the options and this plugin's indexing code. Pagefind writes into the cache
folder; only the files whose bytes changed are copied into the output, and files the
new index no longer has are removed, so an unchanged index keeps its dates.
"""

from __future__ import annotations

import hashlib
import json
import os
from importlib.metadata import version
from pathlib import Path

from ventana_data import outputs

MANIFEST = "index.json"
_CODE = ("indexer.py", "stable.py", "cache.py")
CODE_VERSION = hashlib.sha256(
    b"".join((Path(__file__).parent / name).read_bytes() for name in _CODE)
).hexdigest()[:16]


def key(output: Path, bundle: str, language: str) -> str:
    """What the index depends on: every page Pagefind can read, and how it reads them."""
    digest = hashlib.sha256(
        f"{version('pagefind_bin')}|{bundle}|{language}|{CODE_VERSION}".encode()
    )
    skip = str(output / bundle.rstrip("/")) + os.sep
    for path in sorted(str(p) for p in output.rglob("*.html")):
        if path.startswith(skip):
            continue
        digest.update(os.path.relpath(path, output).encode() + b"\0")
        digest.update(hashlib.sha256(Path(path).read_bytes()).digest())
    return digest.hexdigest()


def files_of(folder: Path) -> dict[str, str]:
    """Relative path -> SHA-256 of every file under ``folder``."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def reuse(cache: Path, key_now: str, target: Path) -> dict | None:
    """The stored report when the index in ``target`` is the one made for ``key_now``."""
    try:
        stored = json.loads((cache / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if stored.get("key") != key_now or files_of(target) != stored.get("files"):
        return None
    return stored["report"]


def publish(built: Path, target: Path, cache: Path, key_now: str, report: dict) -> None:
    """Bring ``target`` in step with ``built`` (copy changed files, drop old ones); remember it."""
    fresh = files_of(built)
    for rel in fresh:
        outputs.copy_if_changed(built / rel, target / rel)
    for rel in files_of(target).keys() - fresh.keys():
        (target / rel).unlink()
    stored = {"key": key_now, "files": fresh, "report": report}
    (cache / MANIFEST).write_text(json.dumps(stored, sort_keys=True), encoding="utf-8")
