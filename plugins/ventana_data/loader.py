"""YAML loading that remembers where every value came from.

PyYAML silently keeps the last of two equal keys and forgets line numbers once a
document becomes Python objects. Editors need both, so we compose the node tree
ourselves and build plain values plus a map of field path -> (line, column).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import messages as M
from . import reading_messages as R
from .errors import DataError
from .reading_messages import describe_yaml_problem
from .textfile import read_text
from .yamlread import QUOTE_START, Events, Stop, dotted, fix_tabs, unclosed_quote

Path_ = tuple[str | int, ...]


@dataclass
class Document:
    """A loaded YAML file: its values and where each one was written."""

    file: str
    data: Any = None
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    errors: list[DataError] = field(default_factory=list)
    usable: bool = True  # False when the data is missing or not to be trusted

    def where(self, path: Path_, key: bool = False) -> tuple[int, int]:
        """Line and column of a field, falling back to its nearest written parent."""
        table = self.key_positions if key else self.positions
        path = tuple(path)
        while path:
            if path in table:
                return table[path]
            if path in self.positions:
                return self.positions[path]
            path = path[:-1]
        return self.positions.get((), (1, 1))

    def error(self, path: Path_, message: str, *, key: bool = False, **kw: str) -> DataError:
        line, col = self.where(path, key=key)
        return DataError(self.file, line, col, dotted(path), message, **kw)


def display_path(path: Path, root: Path) -> str:
    """The path an editor recognises in messages: relative to the project, forward slashes."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def load_yaml(path: str | Path, display_name: str | None = None) -> Document:
    """Read and parse one YAML file: size, UTF-8, control characters, then YAML."""
    path = Path(path)
    name = display_name or str(path)
    read = read_text(path, name)
    if read.text is None:
        return Document(name, errors=read.errors, usable=False)
    doc = load_yaml_text(read.text, name)
    doc.errors[:0] = read.errors
    return doc


def load_yaml_text(text: str, name: str, line_offset: int = 0, fast: bool = True) -> Document:
    """Parse YAML text; ``line_offset`` shifts lines for front matter inside Markdown.

    Tabs in indentation and unclosed quotes are reported and repaired, so the rest of
    the file is still read; other syntax errors stop it (``usable`` is then False).
    """
    doc = Document(name)
    text, tab_lines = fix_tabs(text)
    for i in tab_lines:
        doc.errors.append(DataError(name, i + 1 + line_offset, 1, "", **R.reading("tab")))
    repaired: set[int] = set()
    while True:
        events = Events(doc, line_offset, fast)
        try:
            doc.data = events.build(text)
        except Stop:
            doc.errors += events.refusals() + events.errors
            doc.usable = False
            return doc
        except yaml.MarkedYAMLError as exc:
            lines = text.split("\n")
            mark = exc.problem_mark or exc.context_mark
            quote = unclosed_quote(lines, mark.line) if mark else None
            if quote is None or quote in repaired:
                doc.errors.append(_syntax_error(exc, text, name, line_offset))
                doc.usable = False
                return doc
            repaired.add(quote)
            opened = QUOTE_START.match(lines[quote])
            text_of = R.reading("unclosed_quote", line=lines[quote].strip()[:80])
            where = (quote + 1 + line_offset, opened.start(1) + 1)
            doc.errors.append(DataError(name, *where, "", **text_of))
            lines[quote] += opened.group(1)
            text = "\n".join(lines)
            continue
        except yaml.YAMLError as exc:  # no position known: unlikely after read_text
            text_of = R.reading("internal", file=name, error=str(exc)[:200])
            doc.errors.append(DataError(name, 1 + line_offset, 1, "", **text_of))
            doc.usable = False
            return doc
        break
    doc.errors += events.refusals() + events.errors
    doc.usable = not events.refused
    doc.positions, doc.key_positions = events.positions, events.key_positions
    return doc


def _syntax_error(exc: yaml.MarkedYAMLError, text: str, name: str, offset: int) -> DataError:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    message, hint = describe_yaml_problem(exc, text)
    return DataError(name, line + offset, col, "", message + M.MORE_ERRORS, hint=hint)
