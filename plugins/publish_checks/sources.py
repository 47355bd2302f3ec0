"""Map findings on built pages back to the Markdown or YAML file an editor can fix.

Each page's source comes from the build's source map (``source_map.py``); the line is
found by searching the finding's context (a sentence, a link's URL, an image's file
name) in that file.
"""

from __future__ import annotations

import os
import posixpath
from pathlib import Path

from .finding import Finding
from .text import WORD

_MIN_NEEDLE = 4


class SourceIndex:
    """Resolves source paths and caches source files' text for the whole run."""

    def __init__(self, root: Path, content_path: Path | None) -> None:
        self.root = root
        self.bases = [root] + ([content_path] if content_path else [])
        self._resolved: dict[str, tuple[str, Path | None]] = {}
        self._texts: dict[Path, str] = {}

    def resolve(self, source: str | None) -> tuple[str | None, Path | None]:
        """(path relative to the project root for reports, absolute path or None)."""
        if not source:
            return None, None
        if source not in self._resolved:
            self._resolved[source] = self._find(source)
        return self._resolved[source]

    def _find(self, source: str) -> tuple[str, Path | None]:
        for base in self.bases:
            path = Path(os.path.normpath(base / source))
            if os.path.isfile(path):
                try:
                    return path.relative_to(self.root).as_posix(), path
                except ValueError:
                    return path.as_posix(), path
        return source, None

    def line_of(self, path: Path, context: str) -> int | None:
        text = self._text(path)
        for needle in needles(context):
            index = text.find(needle)
            if index >= 0:
                return text.count("\n", 0, index) + 1
        return None

    def _text(self, path: Path) -> str:
        if path not in self._texts:
            try:
                self._texts[path] = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                self._texts[path] = ""
        return self._texts[path]

    def locate(self, finding: Finding, source: str | None) -> None:
        """Fill ``finding.source`` and ``finding.line`` in place."""
        display, path = self.resolve(source)
        finding.source = display
        if path is not None and finding.context:
            finding.line = self.line_of(path, finding.context)


def needles(context: str) -> list[str]:
    """What to search for, most specific first: the whole context, its URL, its first words."""
    context = context.rstrip("…")
    found = [context]
    if " → " in context:
        text, url = context.split(" → ", 1)
        found += [url.split("#")[0], text]
        context = text
    base = posixpath.basename(context.split("#")[0].rstrip("/"))
    if base and base != context:
        found.append(base)
    words = WORD.findall(context)
    for size in (8, 5, 3):
        if len(words) > size:
            found.append(_prefix(context, words[size - 1]))
    return [n for n in found if len(n) >= _MIN_NEEDLE]


def _prefix(context: str, last_word: str) -> str:
    """Context up to and including the first occurrence of ``last_word`` after the start."""
    end = context.find(last_word)
    return context[: end + len(last_word)] if end >= 0 else context
