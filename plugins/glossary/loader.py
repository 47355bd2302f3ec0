"""Read and check the glossary so a broken entry stops the build with a clear message."""

from __future__ import annotations

from pathlib import Path

from ventana_data import DataError
from ventana_data.context_shapes import term_anchor
from ventana_data.messages import fill
from ventana_data.pipeline import FileKind, load_editor_file

from . import messages


def load_terms(path: Path, schema_path: Path, root: Path) -> tuple[list[dict], list[DataError]]:
    """Terms sorted by acronym, each with its anchor id; no terms when any error."""
    loaded = load_editor_file(path, root, FileKind(schema=schema_path, checks=_duplicates))
    if loaded.errors:
        return [], loaded.errors
    terms = []
    for entry in loaded.doc.data["terminos"]:
        term = dict(entry)
        term["id"] = term.get("id") or term_anchor(term["sigla"])
        terms.append(term)
    return sorted(terms, key=lambda t: t["sigla"].lower()), []


def _duplicates(doc, _path: Path) -> list[DataError]:
    errors = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(doc.data["terminos"]):
        key = entry["sigla"].strip().upper()
        if key in seen:
            errors.append(
                doc.error(
                    ("terminos", i, "sigla"),
                    **fill(messages.DUPLICATE_ACRONYM, sigla=entry["sigla"], first=seen[key] + 1),
                )
            )
        else:
            seen[key] = i
    return errors
