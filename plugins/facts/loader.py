"""Read and check data/facts.yaml: the figures several pages and infographics state.

The schema checks each field; the rule here is the one a schema cannot say: each id
appears once, so a page's {dato:id} names exactly one figure.
"""

from __future__ import annotations

from pathlib import Path

from ventana_data import DataError, Document, number
from ventana_data.context_shapes import Fact
from ventana_data.messages import fill
from ventana_data.pipeline import FileKind, load_editor_file

from .messages import REPEATED_ID


def load_facts(path: Path, schema: Path, root: Path) -> tuple[dict[str, Fact], list[DataError]]:
    """The facts by id, or nothing and every error."""
    loaded = load_editor_file(path, root, FileKind(schema=schema, checks=check_facts))
    if loaded.errors:
        return {}, loaded.errors
    doc = loaded.doc
    return {
        entry["id"]: _fact(entry, doc.where(("datos", i, "valor"))[0])
        for i, entry in enumerate(doc.data["datos"])
    }, []


def check_facts(doc: Document, _path: Path) -> list[DataError]:
    errors: list[DataError] = []
    seen: set[str] = set()
    for i, entry in enumerate(doc.data["datos"]):
        ref = entry["id"]
        if ref in seen:
            errors.append(doc.error(("datos", i, "id"), **fill(REPEATED_ID, ref=ref)))
        seen.add(ref)
    return errors


def _fact(entry: dict, line: int) -> Fact:
    source = {k: str(v) for k, v in entry["fuente"].items()}
    return Fact(
        id=entry["id"],
        valor=entry["valor"],
        valor_texto=number(entry["valor"]),
        etiqueta=entry["etiqueta"],
        fuente=source,
        linea=line,
    )
