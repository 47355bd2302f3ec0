"""Read every state file, check it, and return the validated data or every error at once.

Parsing YAML with line numbers is the slow part of a build's data step, so a file
whose bytes, schema, code and "today" are unchanged is taken from a small cache.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any

from ventana_data import DataError, Document, display_path, load_schema, load_yaml_text, validate
from ventana_data.files import editor_files

from . import messages
from .settings import Config
from .validation import check_collection, check_document

log = logging.getLogger(__name__)
_CODE_FILES = ("catalogue.py", "validation.py", "loader.py", "messages.py")


def read_documents(config: Config) -> tuple[dict[str, Document], list[DataError]]:
    """Every state file in the folder, keyed by file name without .yaml, plus all errors."""
    schema_bytes = config.schema_path.read_bytes()
    validator = load_schema(str(config.schema_path))
    salt = _salt(schema_bytes, config)
    docs: dict[str, Document] = {}
    errors: list[DataError] = []
    present: set[str] = set()
    for path in editor_files(config.states_dir, "*.yaml"):
        present.add(path.stem)
        display = display_path(path, config.root)
        raw = path.read_bytes()
        key = hashlib.sha256(salt + raw).hexdigest()
        doc = _from_cache(config, key, display)
        if doc is None:
            doc, file_errors = _check_file(raw, display, path.stem, validator, config)
            if file_errors:
                errors += file_errors
                continue
            _to_cache(config, key, doc)
        docs[path.stem] = doc
    folder = display_path(config.states_dir, config.root)
    errors += check_collection(docs, present, folder)
    return docs, errors


def _check_file(
    raw: bytes, display: str, stem: str, validator: Any, config: Config
) -> tuple[Document, list[DataError]]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        doc = Document(display)
        return doc, [
            DataError(
                display,
                1,
                1,
                "",
                "el archivo no está guardado como UTF-8.",
                found=str(exc.reason),
                hint="Guárdalo de nuevo con codificación UTF-8.",
            )
        ]
    doc = load_yaml_text(text, display)
    errors = list(doc.errors)
    if errors:
        return doc, errors
    if not isinstance(doc.data, dict):
        return doc, [doc.error((), **messages.not_a_mapping())]
    errors += validate(doc, validator)
    if errors:
        return doc, errors
    return doc, check_document(doc, stem, config.today)


def _salt(schema_bytes: bytes, config: Config) -> bytes:
    here = Path(__file__).parent
    h = hashlib.sha256(schema_bytes)
    for name in _CODE_FILES:
        h.update((here / name).read_bytes())
    h.update(config.today.isoformat().encode())
    return h.digest()


def _from_cache(config: Config, key: str, display: str) -> Document | None:
    if config.cache_dir is None:
        return None
    path = config.cache_dir / "valid" / f"{key}.json"
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    positions = {tuple(p): (line, col) for p, line, col in stored["positions"]}
    return Document(display, data=stored["data"], positions=positions)


def _to_cache(config: Config, key: str, doc: Document) -> None:
    if config.cache_dir is None:
        return
    folder = config.cache_dir / "valid"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        positions = [[list(p), line, col] for p, (line, col) in doc.positions.items()]
        tmp = folder / f"{key}.tmp"
        tmp.write_text(json.dumps({"data": doc.data, "positions": positions}), encoding="utf-8")
        tmp.replace(folder / f"{key}.json")
    except OSError as exc:  # a read-only cache must not break a build
        log.warning("state_snapshots: no se pudo escribir la caché en %s: %s", folder, exc)
