"""Bytes of an editor file to text, the same rules for every kind of file.

A size cap, UTF-8 with or without a BOM, and no invisible control characters: each
refusal is a Spanish ``DataError`` with the line and column where it happened. The
control characters are replaced by spaces so the rest of the file is still checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import reading_messages as R
from .errors import DataError

MAX_BYTES = 1_000_000
MAX_REPORTED = 5  # control characters reported per file; the rest are counted
BOM = b"\xef\xbb\xbf"
# C0 except tab, line feed and carriage return; DEL; C1; the Unicode line and
# paragraph separators and non-characters, which YAML counts as line breaks or refuses.
CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")


@dataclass
class Text:
    """The decoded text (None when unreadable) and what was wrong with the bytes."""

    text: str | None
    errors: list[DataError] = field(default_factory=list)


def read_text(path: Path, display: str) -> Text:
    """Read one editor file; never raises for what an editor can get wrong."""
    with path.open("rb") as handle:
        raw = handle.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        return Text(None, [DataError(display, 1, 1, "", **R.reading("too_big", limit=MAX_BYTES))])
    return decode(raw, display)


def decode(raw: bytes, display: str) -> Text:
    if raw.startswith(BOM):
        raw = raw[len(BOM) :]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _place(raw, exc.start)
        found = raw[exc.start : exc.start + 4].hex(" ")
        return Text(None, [DataError(display, line, col, "", **R.reading("not_utf8", found=found))])
    return _controls(text, display)


def _place(raw: bytes, offset: int) -> tuple[int, int]:
    """Line and column (in characters) of a byte offset whose prefix is valid UTF-8."""
    before = raw[:offset]
    line_start = before.rfind(b"\n") + 1
    column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
    return before.count(b"\n") + 1, column


def _controls(text: str, display: str) -> Text:
    found = list(CONTROL_RE.finditer(text))
    if not found:
        return Text(text)
    errors = []
    for n, match in enumerate(found[:MAX_REPORTED], start=1):
        line = text.count("\n", 0, match.start()) + 1
        column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
        more = f" (y {len(found) - n} más en el archivo)" if n == MAX_REPORTED < len(found) else ""
        text_of = R.reading("control", code=ord(match.group()), more=more)
        errors.append(DataError(display, line, column, "", **text_of))
    return Text(CONTROL_RE.sub(" ", text), errors)
