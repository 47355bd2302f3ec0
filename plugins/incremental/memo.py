"""An article's page is drawn again only when something it shows may have changed.

What an article's page shows comes from three places: its own source file; the
address of every page and file of the site (the ``{filename}`` and ``{static}``
links in its text); and everything else the build reads, each file of the content
(other than the articles), the data, the theme, the plugins and the settings, plus
"today" for the notices of old data. The key of a page is the hash of all three;
the memo keeps, per page, its key, the hash of the bytes written and the other
files its drawing produced (image copies). A page whose key and bytes on disk match
is not drawn again; anything else, or any doubt, draws it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from ventana_data import cache_folder
from ventana_data.dates import today

MEMO = "pages.json"
PACKAGES = ("pelican", "jinja2", "markdown", "nh3", "pillow")
SKIP_DIRS = {"__pycache__", ".git"}


def _file_digest(path: str) -> bytes:
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).digest()


def tree_digest(digest: Any, folder: Path, skip: tuple[str, ...] = ()) -> None:
    """Feed every file under ``folder`` (path and bytes) into ``digest``, in a fixed order."""
    if not folder.exists():
        return
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
        for name in sorted(names):
            path = os.path.join(root, name)
            if any(path.startswith(s) for s in skip) and name.endswith(".md"):
                continue
            digest.update(os.path.relpath(path, folder).encode() + b"\0")
            try:
                digest.update(_file_digest(path))
            except OSError:  # an editor's lock file (Emacs: a link to nowhere): its name counts
                digest.update(os.readlink(path).encode() if os.path.islink(path) else b"?")


def settings_text(settings: dict[str, Any]) -> str:
    """The settings as text; objects (a bytecode cache) count by their type only."""
    return json.dumps(settings, sort_keys=True, default=lambda o: type(o).__name__)


def site_key(settings: dict[str, Any]) -> str:
    """The hash of everything an article's page may show besides its own file."""
    digest = hashlib.sha256(settings_text(settings).encode())
    versions = []
    for name in PACKAGES:
        try:
            versions.append(version(name))
        except PackageNotFoundError:  # a package this site does not use
            versions.append("-")
    digest.update(f"{sys.version}|{versions}|{today(settings.get('TIMEZONE'))}".encode())
    content = Path(settings["PATH"])
    articles = tuple(str(content / p) + os.sep for p in settings.get("ARTICLE_PATHS", []))
    tree_digest(digest, content, skip=articles)
    for folder in (settings.get("DATA_PATH"), settings.get("THEME")):
        if folder:
            tree_digest(digest, Path(folder))
    for folder in settings.get("PLUGIN_PATHS", []):
        tree_digest(digest, Path(folder))
    return digest.hexdigest()


def addresses_key(filenames: dict[str, Any]) -> str:
    """The hash of where each source file of the site is published."""
    rows = sorted(
        (name, getattr(obj, "url", ""), getattr(obj, "save_as", ""))
        for name, obj in filenames.items()
    )
    return hashlib.sha256(json.dumps(rows).encode()).hexdigest()


def page_key(site: str, addresses: str, article: Any, template: str, extra: str) -> str:
    digest = hashlib.sha256(f"{site}|{addresses}|{template}|{extra}".encode())
    digest.update(_file_digest(article.source_path))
    return digest.hexdigest()


class Memo:
    """Per output page: [key, hash of its bytes, other files its drawing produced]."""

    def __init__(self, settings: dict[str, Any]) -> None:
        self.path = cache_folder(settings, "incremental") / MEMO
        try:
            self.entries: dict[str, list] = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.entries = {}
        self.fresh: dict[str, list] = {}
        self.drawn = self.reused = 0

    def reusable(self, path: str, key: str) -> list[str] | None:
        """The page's other files when ``path`` holds what ``key`` draws; else None."""
        entry = self.entries.get(path)
        if not entry or entry[0] != key:
            return None
        try:
            if _file_digest(path).hex() != entry[1]:
                return None
        except OSError:
            return None
        if not all(os.path.exists(p) for p in entry[2]):
            return None
        self.fresh[path] = entry
        self.reused += 1
        return entry[2]

    def remember(self, path: str, key: str, others: list[str]) -> None:
        self.fresh[path] = [key, _file_digest(path).hex(), sorted(others)]
        self.drawn += 1

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.fresh, sort_keys=True), encoding="utf-8")
        tmp.replace(self.path)
