"""Markdown files with a YAML header between ``---`` lines, read with line numbers.

Both the communications pages and the lessons are written this way; one reader
keeps their messages and line numbers the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import messages as M
from .errors import DataError
from .loader import Document, load_yaml_text


@dataclass
class FrontMatter:
    doc: Document
    body: str = ""
    body_line: int = 1  # line of the file where the Markdown body starts
    errors: list[DataError] = field(default_factory=list)


def read_front_matter(text: str, display: str, words: dict[str, str] | None = None) -> FrontMatter:
    """Header and body of one file; ``words`` overrides messages (e.g. "de la lección")."""
    w = {**M.FRONT_MATTER, **(words or {})}
    lines = text.splitlines()
    empty = Document(display)
    if not lines or lines[0].strip() != "---":
        found = f"«{lines[0][:60]}»" if lines else w["empty_file"]
        error = DataError(
            display,
            1,
            1,
            "",
            w["missing"],
            expected=w["missing_expected"],
            found=found,
            hint=w["missing_hint"],
        )
        return FrontMatter(empty, errors=[error])
    end = next(
        (i for i, line in enumerate(lines[1:], start=1) if line.rstrip() in ("---", "...")), None
    )
    if end is None:
        error = DataError(
            display,
            1,
            1,
            "",
            w["not_closed"],
            expected=w["not_closed_expected"],
            found=w["not_closed_found"],
            hint=w["not_closed_hint"],
        )
        return FrontMatter(empty, errors=[error])
    doc = _header("\n".join(lines[1:end]), display)
    rest = lines[end + 1 :]
    skip = next((i for i, line in enumerate(rest) if line.strip()), len(rest))
    body = "\n".join(rest[skip:]).rstrip("\n")
    result = FrontMatter(doc, body, end + 2 + skip, list(doc.errors))
    if not result.errors and not isinstance(doc.data, dict):
        result.errors.append(
            DataError(
                display,
                2,
                1,
                "",
                w["not_mapping"],
                found=M.python_type_name(doc.data),
                hint=w["not_mapping_hint"],
            )
        )
    return result


def _header(text: str, display: str) -> Document:
    """The header parsed by libyaml, as Pelican's reader parses it (editorial/reader.py).

    A header with a mistake is read again by the pure-Python parser, whose messages the
    Spanish explanations were written for; its result is kept when it finds a mistake too.
    """
    doc = load_yaml_text(text, display, line_offset=1)
    if doc.errors:
        again = load_yaml_text(text, display, line_offset=1, fast=False)
        if again.errors:
            return again
    return doc
