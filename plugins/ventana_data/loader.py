"""YAML loading that remembers where every value came from.

PyYAML silently keeps the last of two equal keys and forgets line numbers once a
document becomes Python objects. Editors need both, so we compose the node tree
ourselves and build plain values plus a map of field path -> (line, column).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import DataError
from .messages import describe_yaml_problem, impossible_value

Path_ = tuple[str | int, ...]


@dataclass
class Document:
    """A loaded YAML file: its values and where each one was written."""

    file: str
    data: Any = None
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    errors: list[DataError] = field(default_factory=list)

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


def dotted(path: Path_) -> str:
    """``('a', 0, 'b')`` -> ``a[1].b``: lists counted from 1, as editors count."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def display_path(path: Path, root: Path) -> str:
    """The path an editor recognises in messages: relative to the project, forward slashes."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def load_yaml(path: str | Path, display_name: str | None = None) -> Document:
    path = Path(path)
    name = display_name or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        doc = Document(name)
        doc.errors.append(
            DataError(
                name,
                1,
                1,
                "",
                "el archivo no está guardado como UTF-8.",
                found=str(exc.reason),
                hint="Guárdalo de nuevo con codificación UTF-8.",
            )
        )
        return doc
    return load_yaml_text(text, name)


def load_yaml_text(text: str, name: str, line_offset: int = 0) -> Document:
    """Parse YAML text; ``line_offset`` shifts lines for front matter inside Markdown."""
    doc = Document(name)
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark is not None and "quoted scalar" in (exc.context or ""):
            mark = exc.context_mark  # point at the quote that was opened, not the end of file
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message, hint = describe_yaml_problem(exc, text)
        doc.errors.append(DataError(name, line + line_offset, col, "", message, hint=hint))
        return doc
    except yaml.YAMLError as exc:  # reader errors: control characters and the like
        message = f"el archivo no se pudo leer: {exc}"
        doc.errors.append(DataError(name, 1 + line_offset, 1, "", message))
        return doc
    if node is None:
        doc.data = None
        return doc
    doc.data = _Builder(doc, line_offset).build(node, ())
    return doc


class _Builder:
    def __init__(self, doc: Document, line_offset: int) -> None:
        self.doc = doc
        self.offset = line_offset
        self.constructor = yaml.SafeLoader("")

    def pos(self, node: yaml.Node) -> tuple[int, int]:
        return node.start_mark.line + 1 + self.offset, node.start_mark.column + 1

    def build(self, node: yaml.Node, path: Path_) -> Any:
        self.doc.positions[path] = self.pos(node)
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        try:
            value = self.constructor.construct_object(node, deep=True)
        except (ValueError, yaml.constructor.ConstructorError):
            # e.g. 2024-13-01 or 2024-02-30: PyYAML raises instead of reporting a place
            line, col = self.pos(node)
            message, expected, hint = impossible_value(node.tag)
            self.doc.errors.append(
                DataError(
                    self.doc.file,
                    line,
                    col,
                    dotted(path),
                    message,
                    expected=expected,
                    found=str(node.value),
                    hint=hint,
                )
            )
            return node.value
        if isinstance(value, dt.datetime):
            return value.isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        return value

    def mapping(self, node: yaml.MappingNode, path: Path_) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.constructor.construct_object(key_node, deep=True)
            key = str(key)
            child = (*path, key)
            if key in out:
                first_line = self.doc.key_positions[child][0]
                line, col = self.pos(key_node)
                self.doc.errors.append(
                    DataError(
                        self.doc.file,
                        line,
                        col,
                        dotted(child),
                        f"la clave '{key}' está repetida (ya aparece en la línea {first_line}).",
                        expected="cada clave una sola vez dentro de la misma sección",
                        found=f"'{key}' dos veces",
                        hint="Borra una de las dos o junta su contenido en una sola.",
                    )
                )
                continue
            self.doc.key_positions[child] = self.pos(key_node)
            out[key] = self.build(value_node, child)
        return out
