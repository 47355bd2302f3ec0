"""Findings cached by page content hash, so a rebuild re-checks only pages that changed.

One pickle file per configuration fingerprint (settings, data files and the code that
decides findings, shared ``ventana_data`` modules included), loaded once and written once
per run; entries of pages gone from the site are dropped on save. The files of the last
few fingerprints are kept, so alternating ``invoke build`` and ``invoke publish``
(different settings) never start each other cold.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
from functools import cache
from pathlib import Path

import ventana_data

from . import messages
from .finding import PageResult

logger = logging.getLogger(__name__)
_FORMAT = 1
KEEP_FINGERPRINTS = 4  # build, preview, publish and one spare


# ``from ventana_data.csp import x``, ``from ventana_data import csp``, ``from .urls import y``,
# ``from . import messages as M``
_IMPORT = re.compile(
    r"^[ \t]*from[ \t]+(ventana_data(?:\.\w+)?|\.\w*)[ \t]+import[ \t]+(\([^)]*\)|[\w ,]+)",
    re.MULTILINE,
)


def code_files() -> list[Path]:
    """This package's modules and every ``ventana_data`` module they import, transitively.

    Rules read shared code too (the CSP policy in ``ventana_data/csp.py``, the removed-HTML
    marker in ``ventana_data/html.py``): an edit there changes findings just like an edit
    to a rule, so it must change the cache's fingerprint as well.
    """
    package = Path(__file__).parent
    shared = Path(ventana_data.__file__).parent
    files = sorted(package.rglob("*.py"))
    todo, seen = list(files), set(files)
    while todo:
        path = todo.pop()
        for module in _shared_imports(path.read_text(encoding="utf-8"), path, shared):
            if module not in seen:
                seen.add(module)
                files.append(module)
                todo.append(module)
    return sorted(files)


def _shared_imports(source: str, path: Path, shared: Path) -> list[Path]:
    """Files of the ``ventana_data`` modules that ``source`` (the file ``path``) imports."""
    found = []
    for match in _IMPORT.finditer(source):
        module, names = match.groups()
        if module.startswith("."):
            if path.parent != shared:
                continue  # a relative import inside publish_checks: already hashed
            module = "ventana_data" + module
        if module in ("ventana_data", "ventana_data."):
            names = names.strip("()").replace("\n", " ")
            candidates = [shared / f"{n.split()[0]}.py" for n in names.split(",") if n.strip()]
        else:
            candidates = [shared / f"{module.split('.', 1)[1]}.py"]
        found.extend(c for c in candidates if c.is_file())
    return found


@cache
def code_fingerprint() -> str:
    """Hash of the code that decides findings: editing it invalidates every cached finding."""
    digest = hashlib.blake2b(digest_size=16)
    root = Path(__file__).parents[1]
    for path in code_files():
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def page_key(rel: str, data: bytes) -> str:
    return hashlib.blake2b(rel.encode() + b"\0" + data, digest_size=20).hexdigest()


class FindingsCache:
    def __init__(self, folder: Path | None, fingerprint: str) -> None:
        combined = (fingerprint + code_fingerprint()).encode()
        name = f"findings-{hashlib.blake2b(combined, digest_size=8).hexdigest()}.pickle"
        self.path = folder / name if folder else None
        self.entries: dict[str, PageResult] = {}
        self.used: dict[str, PageResult] = {}
        self.hits = 0  # pages found in the cache during this run

    def load(self) -> FindingsCache:
        if self.path and self.path.is_file():
            try:
                with self.path.open("rb") as handle:
                    stored = pickle.load(handle)
                if stored.get("format") == _FORMAT:
                    self.entries = stored["entries"]
            except (
                OSError,
                pickle.UnpicklingError,
                EOFError,
                AttributeError,
                KeyError,
                TypeError,
                ImportError,
            ) as exc:
                logger.warning(messages.CACHE_IGNORED, messages.LOG_PREFIX, self.path, exc)
        return self

    def get(self, key: str) -> PageResult | None:
        result = self.entries.get(key)
        if result is not None:
            self.used[key] = result
            self.hits += 1
        return result

    def put(self, key: str, result: PageResult) -> None:
        self.used[key] = result

    def save(self) -> None:
        if not self.path:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._drop_oldest()
            temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
            with temporary.open("wb") as handle:
                pickle.dump(
                    {"format": _FORMAT, "entries": self.used},
                    handle,
                    protocol=pickle.HIGHEST_PROTOCOL,
                )
            temporary.replace(self.path)
        except OSError as exc:
            logger.warning(messages.CACHE_NOT_SAVED, messages.LOG_PREFIX, self.path, exc)

    def _drop_oldest(self) -> None:
        """Keep this fingerprint's file and the most recently used others."""
        assert self.path is not None
        others = [p for p in self.path.parent.glob("findings-*.pickle") if p != self.path]
        others.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[KEEP_FINGERPRINTS - 1 :]:
            old.unlink(missing_ok=True)
