"""Read and check the glossary so a broken entry stops the build with a clear message."""

from __future__ import annotations

from pathlib import Path

from ventana_data import DataError, display_path, load_schema, load_yaml, validate
from ventana_data.context import term_anchor


def load_terms(path: Path, schema_path: Path, root: Path) -> tuple[list[dict], list[DataError]]:
    """Terms sorted by acronym, each with its anchor id; no terms when any error."""
    display = display_path(path, root)
    doc = load_yaml(path, display)
    errors = list(doc.errors)
    if not errors:
        errors += validate(doc, load_schema(str(schema_path)))
    if not errors:
        errors += _duplicates(doc)
    if errors:
        return [], errors
    terms = []
    for entry in doc.data["terminos"]:
        term = dict(entry)
        term["id"] = term.get("id") or term_anchor(term["sigla"])
        terms.append(term)
    return sorted(terms, key=lambda t: t["sigla"].lower()), []


def _duplicates(doc) -> list[DataError]:
    errors = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(doc.data["terminos"]):
        key = entry["sigla"].strip().upper()
        if key in seen:
            errors.append(
                doc.error(
                    ("terminos", i, "sigla"),
                    f"la sigla '{entry['sigla']}' ya está definida.",
                    expected="cada sigla una sola vez",
                    found=f"otra definición en terminos[{seen[key] + 1}]",
                    hint="Junta las dos definiciones en una sola entrada.",
                )
            )
        else:
            seen[key] = i
    return errors
