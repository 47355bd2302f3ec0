"""Read and check every data/infographics/*.yaml before any page is written.

Reading and schema errors come from ventana_data (Spanish, file:line:col). The checks
a schema cannot express live here: the slug matches the file name, each block cites a
source that exists, dates are not in the future, rows have one value per column.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from ventana_data import DataError, Document, collect, dates
from ventana_data.facts import unknown_fact
from ventana_data.messages import fill
from ventana_data.pipeline import FileKind, load_editor_files
from ventana_data.yamlread import dotted

from . import messages

log = logging.getLogger(__name__)

# Blocks computed from other data cite that data, not an editor's source.
COMPUTED_KINDS = {"avance_estatal"}


def load_infographics(
    folder: Path,
    schema_path: Path,
    root: Path,
    today: dt.date | None = None,
    facts: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """Validated infographics, each with ``source_path`` for the publish checker.

    Each file goes through the shared pipeline (ventana_data) and every mistake of
    every file goes to the build-wide collector, so an editor fixes them in one pass
    and Pelican stops before writing; then none load. ``facts`` (data/facts.yaml, by
    id) are what a figure's ``dato:`` may name; ``None`` when that file had errors.
    """
    today = today or dates.today()
    kind = FileKind(
        schema=schema_path,
        checks=(
            lambda doc, path: check_document(doc, path.stem, today),
            lambda doc, _path: check_figures(doc, facts),
        ),
        not_mapping=messages.NOT_A_MAPPING,
    )
    errors: list[DataError] = []
    loaded: list[dict[str, Any]] = []
    for item in load_editor_files(folder, "*.yaml", root, kind):
        errors += item.errors
        if item.valid:
            loaded.append({**item.doc.data, "source_path": item.display})
    if collect(errors, messages.WHAT):
        return []
    log.debug(messages.LOG_LOADED, len(loaded), folder)
    return sorted(loaded, key=lambda i: (i.get("orden", 999), i["titulo"].lower()))


def check_document(doc: Document, stem: str, today: dt.date) -> list[DataError]:
    """Cross-field rules for one schema-valid infographic."""
    data = doc.data
    errors: list[DataError] = []
    if data["slug"] != stem:
        errors.append(
            doc.error(
                ("slug",),
                **fill(messages.SLUG_MISMATCH, stem=stem, slug=data["slug"]),
            )
        )
    ids = _source_ids(doc, errors)
    for i, source in enumerate(data.get("fuentes", [])):
        errors += _not_future(
            doc, ("fuentes", i, "fecha_consulta"), source["fecha_consulta"], today
        )
    if data.get("actualizado"):
        errors += _not_future(doc, ("actualizado",), data["actualizado"], today)
    for b, block in enumerate(data["bloques"]):
        errors += _check_block(doc, b, block, ids, today)
    featured = data.get("destacado")
    if featured and featured > len(data["bloques"]):
        errors.append(
            doc.error(
                ("destacado",),
                **fill(messages.FEATURED_OUT_OF_RANGE, found=featured, total=len(data["bloques"])),
            )
        )
    return errors


def _check_block(
    doc: Document, b: int, block: dict, ids: list[str], today: dt.date
) -> list[DataError]:
    errors: list[DataError] = []
    path = ("bloques", b)
    if block["tipo"] not in COMPUTED_KINDS:
        ref = block["fuente"]
        if ref not in ids:
            errors.append(
                doc.error(
                    (*path, "fuente"),
                    **fill(messages.SOURCE_MISSING, ref=ref, ids=", ".join(ids) or "ninguno"),
                )
            )
        errors += _not_future(doc, (*path, "fecha"), block["fecha"], today)
    elif "fuente" in block and block["fuente"] not in ids:
        errors.append(
            doc.error(
                (*path, "fuente"),
                **{
                    **fill(
                        messages.SOURCE_MISSING,
                        ref=block["fuente"],
                        ids=", ".join(ids) or "ninguno",
                    ),
                    "expected": "",  # a computed block may cite a source, but needs none
                },
            )
        )
    if block["tipo"] == "comparacion":
        expected = len(block["columnas"])
        for r, row in enumerate(block["filas"]):
            if len(row["valores"]) != expected:
                errors.append(
                    doc.error(
                        (*path, "filas", r, "valores"),
                        **fill(
                            messages.COLUMNS_MISMATCH, found=len(row["valores"]), expected=expected
                        ),
                    )
                )
    if block["tipo"] == "linea_de_tiempo":
        for e, event in enumerate(block["elementos"]):
            if isinstance(event["fecha"], str) and len(event["fecha"]) == 10:
                errors += _not_future(doc, (*path, "elementos", e, "fecha"), event["fecha"], today)
    return errors


def check_figures(doc: Document, facts: dict[str, Any] | None) -> list[DataError]:
    """Each figure has a value or names a shared fact that exists."""
    errors: list[DataError] = []
    for b, block in enumerate(doc.data["bloques"]):
        if block["tipo"] != "cifras":
            continue
        for e, item in enumerate(block["elementos"]):
            path = ("bloques", b, "elementos", e)
            if ("valor" in item) == ("dato" in item):
                errors.append(doc.error(path, **messages.FIGURE_VALUE))
            elif "dato" in item and facts is not None and item["dato"] not in facts:
                line, column = doc.where((*path, "dato"))
                field = dotted((*path, "dato"))
                errors.append(unknown_fact(doc.file, line, column, field, item["dato"], facts))
    return errors


def _source_ids(doc: Document, errors: list[DataError]) -> list[str]:
    ids: list[str] = []
    for i, source in enumerate(doc.data.get("fuentes", [])):
        if source["id"] in ids:
            errors.append(
                doc.error(
                    ("fuentes", i, "id"),
                    **fill(messages.SOURCE_DUPLICATE, ref=source["id"]),
                )
            )
        ids.append(source["id"])
    return ids


def _not_future(doc: Document, path: tuple, value: str, today: dt.date) -> list[DataError]:
    try:
        day = dt.date.fromisoformat(str(value))
    except ValueError:
        return []  # the schema already reported the format
    if day <= today:
        return []
    return [
        doc.error(
            path,
            **fill(messages.DATE_FUTURE, today=today.isoformat(), value=value),
        )
    ]
