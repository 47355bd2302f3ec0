"""One way to read every kind of editor file: the pipeline each data plugin calls.

drafts -> size and decoding (``textfile``) -> hardened YAML with positions
(``yamlread``) or a Markdown file's YAML header (``frontmatter``) -> "is a mapping" ->
JSON Schema -> the plugin's cross-field checks (and the URL rule for the links of a
Markdown body), with a cache keyed by the file's name and bytes. Schema and checks run
together whenever the data could be read, so an editor sees everything in one run. A
guard around each file turns an unexpected exception into "error interno al leer FILE"
and goes on with the other files: no traceback ever reaches an editor.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import messages as M
from . import reading_messages as R
from .errors import DataError
from .files import editor_files
from .frontmatter import read_front_matter
from .loader import Document, display_path, load_yaml_text
from .schema import load_schema, schema_validator, validate
from .textfile import read_text
from .urls import markdown_link_errors

log = logging.getLogger(__name__)
Checks = Callable[[Document, Path], list[DataError]]
# The hash of the pipeline's own code: a cached file counts only for the code that read it.
_CODE = hashlib.sha256(
    b"".join(
        (Path(__file__).parent / name).read_bytes()
        for name in (
            "pipeline.py",
            "loader.py",
            "yamlread.py",
            "textfile.py",
            "schema.py",
            "frontmatter.py",
            "urls.py",
        )
    )
).digest()


@dataclass(frozen=True)
class FileKind:
    """How one kind of editor file is read: its schema, its checks, its words."""

    schema: Path | dict | None = None  # a file of data/schema/, or a schema written in code
    # Cross-field rules, given the document and its path: one function or a tuple of them.
    checks: Checks | tuple[Checks, ...] | None = None
    front_matter: bool = False  # Markdown with a YAML header, or a YAML file
    not_mapping: dict[str, str] | None = None  # message when the YAML is not "clave: valor"
    words: dict[str, str] | None = None  # front matter messages overridden by the plugin
    cache_dir: Path | None = None
    salt: bytes = b""  # what else the checks depend on: code, "today"


@dataclass
class EditorFile:
    """One file after the pipeline: its document, its body (Markdown) and its errors."""

    path: Path
    display: str
    doc: Document
    body: str = ""
    body_line: int = 1
    errors: list[DataError] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.errors


def load_editor_files(
    folder: Path | None, pattern: str, root: Path, kind: FileKind, recursive: bool = False
) -> list[EditorFile]:
    """Every non-draft file of ``folder`` matching ``pattern``, each through the pipeline."""
    return [load_editor_file(p, root, kind) for p in editor_files(folder, pattern, recursive)]


def load_editor_file(path: Path, root: Path, kind: FileKind) -> EditorFile:
    """One file through the pipeline; never raises, whatever the file holds."""
    display = display_path(path, root)
    try:
        return _load(path, display, kind)
    except Exception as exc:
        log.debug("ventana_data: error interno con %s", display, exc_info=True)
        text = R.reading("internal", file=display, error=type(exc).__name__)
        return EditorFile(
            path, display, Document(display), errors=[DataError(display, 1, 1, "", **text)]
        )


def _load(path: Path, display: str, kind: FileKind) -> EditorFile:
    raw = path.read_bytes() if kind.cache_dir else b""
    key = _cache_key(raw, display, kind) if kind.cache_dir else ""
    cached = _from_cache(kind.cache_dir, key, path, display) if key else None
    if cached is not None:
        return cached
    read = read_text(path, display)
    if read.text is None:
        return EditorFile(path, display, Document(display, usable=False), errors=read.errors)
    result = _parse(path, display, read.text, kind)
    result.errors[:0] = read.errors
    if result.doc.usable and isinstance(result.doc.data, dict):
        result.errors += _validate(result, kind)
    if key and result.valid:
        _to_cache(kind.cache_dir, key, result)
    return result


def _parse(path: Path, display: str, text: str, kind: FileKind) -> EditorFile:
    if kind.front_matter:
        header = read_front_matter(text, display, kind.words)
        errors = list(header.errors)
        errors += markdown_link_errors(header.body, display, header.body_line)
        return EditorFile(path, display, header.doc, header.body, header.body_line, errors)
    doc = load_yaml_text(text, display)
    errors = list(doc.errors)
    if doc.usable and not isinstance(doc.data, dict):
        words = kind.not_mapping or M.NOT_A_MAPPING
        errors.append(doc.error((), **{**words, "found": M.python_type_name(doc.data)}))
    return EditorFile(path, display, doc, errors=errors)


def _validate(result: EditorFile, kind: FileKind) -> list[DataError]:
    """Schema, then every cross-field rule even when the schema failed, without repeats.

    On broken data each rule runs on its own: one that trips over a missing key does
    not hide what the others found.
    """
    doc = result.doc
    found = validate(doc, _validator(kind.schema)) if kind.schema else []
    broken = bool(found or result.errors)
    rules = kind.checks if isinstance(kind.checks, tuple) else (kind.checks,)
    for rule in rules:
        if rule is None:
            continue
        try:
            found += rule(doc, result.path)
        except (LookupError, TypeError, ValueError, AttributeError):
            if not broken:
                raise  # on valid data this is a bug: the guard reports it
    # What reading already said about a field (an impossible date) is not repeated by
    # the schema; two different rules on one field (a bad status, a missing source) are.
    read = {(e.line, e.field) for e in result.errors}
    lines = {e.line for e in result.errors if not e.field}
    taken: set[tuple[int, str, str]] = set()
    out = []
    for error in found:
        key = (error.line, error.field, error.message)
        if (error.line, error.field) not in read and error.line not in lines and key not in taken:
            taken.add(key)
            out.append(error)
    return out


def _validator(schema: Path | dict):
    if isinstance(schema, dict):
        return schema_validator(json.dumps(schema, sort_keys=True))
    return load_schema(str(schema))


def _cache_key(raw: bytes, display: str, kind: FileKind) -> str:
    """The file's name counts too: checks compare it with the data (slug, state)."""
    h = hashlib.sha256(_CODE + kind.salt)
    if isinstance(kind.schema, dict):
        h.update(json.dumps(kind.schema, sort_keys=True).encode())
    elif kind.schema is not None:
        h.update(kind.schema.read_bytes())
    h.update(b"md" if kind.front_matter else b"yaml")
    h.update(display.encode() + b"\0")
    h.update(raw)
    return h.hexdigest()


def _from_cache(folder: Path | None, key: str, path: Path, display: str) -> EditorFile | None:
    try:
        stored = json.loads((folder / "valid" / f"{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    doc = Document(
        display,
        data=stored["data"],
        positions={tuple(p): (line, col) for p, line, col in stored["positions"]},
        key_positions={tuple(p): (line, col) for p, line, col in stored["keys"]},
    )
    return EditorFile(path, display, doc, stored["body"], stored["body_line"])


def _to_cache(folder: Path, key: str, result: EditorFile) -> None:
    doc = result.doc
    stored: dict[str, Any] = {
        "data": doc.data,
        "positions": [[list(p), line, col] for p, (line, col) in doc.positions.items()],
        "keys": [[list(p), line, col] for p, (line, col) in doc.key_positions.items()],
        "body": result.body,
        "body_line": result.body_line,
    }
    target = folder / "valid"
    try:
        target.mkdir(parents=True, exist_ok=True)
        tmp = target / f"{key}.tmp"
        tmp.write_text(json.dumps(stored), encoding="utf-8")
        tmp.replace(target / f"{key}.json")
    except OSError as exc:  # a read-only cache must not break a build
        log.warning("ventana_data: no se pudo escribir la caché en %s: %s", target, exc)
