"""Hardened YAML: plain values built from parser events, with the place of each one.

Why not ``yaml.safe_load``: it expands aliases (a 6 KB "billion laughs" file takes
gigabytes), recurses (5,000 nested brackets or ``x: &a [*a]`` raise RecursionError),
turns a key like ``2024-13-01`` into a ValueError, keeps the last of two equal keys
and forgets line numbers. Editors never need anchors, aliases, merge keys, tags or a
second document, so we refuse them at the event level, before anything is built, and
build dicts and lists ourselves with an explicit stack (no recursion, depth bounded).
PyYAML's C parser (libyaml) makes the events when it is installed; it is much faster.
The two parsers disagree on a few edge cases (``[¿Qué pasó?]`` is valid for libyaml only),
so Pelican reads Markdown headers with libyaml too (editorial/reader.py): "valid here"
must mean "Pelican reads it". The pure-Python parser (``fast=False``) words the syntax
errors that our Spanish messages explain, so a header with a mistake is read again by it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

from . import messages as M
from . import reading_messages as R
from .errors import DataError

MAX_DEPTH = R.MAX_DEPTH
Parser = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_resolver = yaml.resolver.Resolver()
_constructor = yaml.constructor.SafeConstructor()
_MERGE = "tag:yaml.org,2002:merge"
_STR = "tag:yaml.org,2002:str"
QUOTE_START = re.compile(r"""^\s*(?:-\s+)*(?:[^\s"'#][^#]*?:\s+)?(["'])(.*)$""")


class Stop(Exception):
    """The file cannot be read further (too deep, a second document, a complex key)."""


class Events:
    """Turn the events of one YAML text into values, positions and refusals."""

    def __init__(self, doc, line_offset: int, fast: bool = True) -> None:
        self.doc = doc
        self.parser = Parser if fast else yaml.SafeLoader
        self.offset = line_offset
        self.refused: dict[str, list] = {}  # kind -> [first DataError args, count]
        self.errors: list[DataError] = []
        self.positions: dict[tuple, tuple[int, int]] = {}
        self.key_positions: dict[tuple, tuple[int, int]] = {}

    def place(self, mark) -> tuple[int, int]:
        return mark.line + 1 + self.offset, mark.column + 1

    def refuse(self, kind: str, mark, name: str = "") -> None:
        entry = self.refused.setdefault(kind, [self.place(mark), name, 0])
        entry[2] += 1

    def fail(self, kind: str, mark, **values: object) -> Stop:
        line, col = self.place(mark)
        text = R.reading(kind, **values)
        text["message"] += M.MORE_ERRORS
        self.errors.append(DataError(self.doc.file, line, col, "", **text))
        return Stop()

    def build(self, text: str) -> Any:
        """The value of the one document in ``text`` (None when empty)."""
        loader = self.parser(text)
        try:
            return self._run(loader)
        finally:
            loader.dispose()

    def _run(self, loader) -> Any:
        # Each frame: [container, path, pending key or None, key mark]
        stack: list[list] = []
        root: Any = None
        documents = 0
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise self.fail("second_document", event.start_mark)
                continue
            if isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                stack.pop()
                continue
            if not isinstance(event, yaml.NodeEvent):
                continue
            self._check_node(event)
            if stack and isinstance(stack[-1][0], dict) and stack[-1][2] is None:
                self._key(event, stack[-1])
                continue
            path = self._child_path(stack)
            value = self._value(event, path)
            if not stack:
                root = value
            elif not self._attach(stack[-1], value, path):
                path = (*path[:-1], f"{path[-1]}\x00{event.start_mark.line}")  # a repeated key
            self.positions.setdefault(path, self.place(event.start_mark))
            if isinstance(event, yaml.CollectionStartEvent):
                if len(stack) >= MAX_DEPTH:
                    raise self.fail("depth", event.start_mark, limit=MAX_DEPTH)
                stack.append([value, path, None, None])
        return root

    def _check_node(self, event) -> None:
        if event.anchor is not None:
            if isinstance(event, yaml.AliasEvent):
                self.refuse("alias", event.start_mark, event.anchor)
            else:
                self.refuse("anchor", event.start_mark, event.anchor)
        tag = getattr(event, "tag", None)
        if tag is not None:
            self.refuse("tag", event.start_mark, tag.replace("tag:yaml.org,2002:", "!!"))

    def _key(self, event, frame: list) -> None:
        if isinstance(event, yaml.AliasEvent):
            frame[2], frame[3] = f"*{event.anchor}", event.start_mark  # refused already
            return
        if not isinstance(event, yaml.ScalarEvent):
            raise self.fail("complex_key", event.start_mark)
        key = event.value
        if event.implicit[0]:
            tag = _resolver.resolve(yaml.ScalarNode, key, (True, False))
            if tag == _MERGE:
                self.refuse("merge", event.start_mark)
            elif tag != _STR:
                line, col = self.place(event.start_mark)
                kind = R.KEY_KINDS.get(tag.rsplit(":", 1)[-1], "otra cosa")
                text = R.reading("key_not_text", key=key, kind=kind)
                self.errors.append(DataError(self.doc.file, line, col, "", **text))
        frame[2], frame[3] = key, event.start_mark

    def _child_path(self, stack: list[list]) -> tuple:
        if not stack:
            return ()
        container, path, key, _ = stack[-1]
        if isinstance(container, dict):
            return (*path, key)
        return (*path, len(container))

    def _attach(self, frame: list, value: Any, path: tuple) -> bool:
        """Put ``value`` in its container; False for a repeated key (reported, dropped)."""
        container, _, key, key_mark = frame
        if isinstance(container, list):
            container.append(value)
            return True
        frame[2] = None
        if key in container:
            first = self.key_positions[path][0]
            line, col = self.place(key_mark)
            text = R.reading("duplicate_key", key=key, first=first)
            self.errors.append(DataError(self.doc.file, line, col, dotted(path), **text))
            return False
        self.key_positions[path] = self.place(key_mark)
        container[key] = value
        return True

    def _value(self, event, path: tuple) -> Any:
        if isinstance(event, yaml.MappingStartEvent):
            return {}
        if isinstance(event, yaml.SequenceStartEvent):
            return []
        if isinstance(event, yaml.AliasEvent):
            return None
        if not event.implicit[0]:
            return event.value  # quoted (or tagged, already refused): always a text
        tag = _resolver.resolve(yaml.ScalarNode, event.value, (True, False))
        if tag == _STR or tag not in _constructor.yaml_constructors:
            return event.value
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark)
        try:
            value = _constructor.yaml_constructors[tag](_constructor, node)
        except (ValueError, OverflowError, yaml.constructor.ConstructorError):
            line, col = self.place(event.start_mark)
            message, expected, hint = R.impossible_value(tag)
            self.errors.append(
                DataError(
                    self.doc.file,
                    line,
                    col,
                    dotted(path),
                    message,
                    expected=expected,
                    found=event.value,
                    hint=hint,
                )
            )
            return event.value
        if isinstance(value, dt.date):
            return value.isoformat()
        return value

    def refusals(self) -> list[DataError]:
        """One error per refused construct, at its first use, with how many more."""
        out = []
        for kind, ((line, col), name, count) in self.refused.items():
            more = f" (y {count - 1} más en el archivo)" if count > 1 else ""
            text = R.reading(kind, name=name, more=more)
            out.append(DataError(self.doc.file, line, col, "", **text))
        return out


def dotted(path: tuple) -> str:
    """``('a', 0, 'b')`` -> ``a[1].b``: lists counted from 1, as editors count."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def fix_tabs(text: str) -> tuple[str, list[int]]:
    """Tabs in indentation replaced by the indentation of a neighbouring line.

    Returns the text and the (0-based) lines that had a tab. The neighbour (the next
    line written with spaces, else the previous one) is the best guess of what the
    editor meant, so the rest of the file can still be read and checked.
    """
    lines = text.split("\n")
    tabbed = [i for i, line in enumerate(lines) if "\t" in _indent(line)]
    for i in tabbed:
        lines[i] = _neighbour_indent(lines, i) + lines[i].lstrip(" \t")
    return "\n".join(lines), tabbed


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" \t"))]


def _neighbour_indent(lines: list[str], i: int) -> str:
    for j in [*range(i + 1, len(lines)), *range(i - 1, -1, -1)]:
        indent = _indent(lines[j])
        if lines[j].strip() and "\t" not in indent:
            return indent
    return ""


def unclosed_quote(lines: list[str], upto: int) -> int | None:
    """The nearest line at or before ``upto`` whose value opens a quote it never closes."""
    for i in range(min(upto, len(lines) - 1), -1, -1):
        match = QUOTE_START.match(lines[i])
        if match is None:
            continue
        quote, rest = match.groups()
        if quote == '"' and re.fullmatch(r'(?:[^"\\]|\\.)*\\?', rest):
            return i
        if quote == "'" and re.fullmatch(r"(?:[^']|'')*", rest):
            return i
    return None
