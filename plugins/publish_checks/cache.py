"""Findings cached by page content hash, so a rebuild re-checks only pages that changed.

One pickle file per configuration fingerprint (settings, data files and the checker's own
code), loaded once and written once per run; entries of pages gone from the site are
dropped on save. The files of the last few fingerprints are kept, so alternating
``invoke build`` and ``invoke publish`` (different settings) never start each other cold.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from functools import cache
from pathlib import Path

from . import messages
from .finding import PageResult

logger = logging.getLogger(__name__)
_FORMAT = 1
KEEP_FINGERPRINTS = 4  # build, preview, publish and one spare


@cache
def code_fingerprint() -> str:
    """Hash of this package's source: editing a rule invalidates every cached finding."""
    digest = hashlib.blake2b(digest_size=16)
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
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
