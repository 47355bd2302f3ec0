"""The checks a JSON Schema cannot express, run after the schema passed.

One function per rule, each returning ``DataError``s that point at the exact line.
Per-file rules take one ``Document``; collection rules look across all 32 files.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ventana_data import DataError, Document
from ventana_data.messages import DID_YOU_MEAN, fill

from . import messages
from .catalogue import BY_SLUG, COMPONENTS, COUNT_PAIRS, STATES

DATE_KEYS = ("ultima_actualizacion",)


def get(data: Any, path: tuple) -> Any:
    """The value at ``path``, or None when any step is missing."""
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def check_document(doc: Document, stem: str, today: dt.date) -> list[DataError]:
    """Every per-file rule for a document that already passed the schema."""
    return [e for rule in document_rules(today) for e in rule(doc, Path(f"{stem}.yaml"))]


def document_rules(today: dt.date) -> tuple:
    """The per-file rules, each given (document, path): run one by one on broken data."""
    return (
        lambda doc, path: check_identity(doc, path.stem),
        lambda doc, _path: check_sources(doc),
        lambda doc, _path: check_figure_sources(doc),
        lambda doc, _path: check_hand_counts(doc),
        lambda doc, _path: check_dates(doc, today),
        lambda doc, _path: check_counts(doc),
    )


def check_identity(doc: Document, stem: str) -> list[DataError]:
    """The slug is the file name, and code and name are those of that state."""
    entidad = doc.data["entidad"]
    state = BY_SLUG.get(stem)
    if state is None:
        return [doc.error((), **fill(messages.UNKNOWN_STATE_FILE, stem=stem))]
    errors = []
    if entidad["slug"] != stem:
        errors.append(
            doc.error(
                ("entidad", "slug"), **fill(messages.SLUG_MISMATCH, slug=entidad["slug"], stem=stem)
            )
        )
    names = (
        [state.nombre]
        if state.nombre == state.nombre_oficial
        else [state.nombre, state.nombre_oficial]
    )
    if entidad["nombre"] not in names:
        errors.append(doc.error(("entidad", "nombre"), **_name_mismatch(entidad["nombre"], names)))
    return errors


def _name_mismatch(nombre: str, names: list[str]) -> dict[str, str]:
    expected = " o ".join(f"'{name}'" for name in names)
    return fill(messages.NAME_MISMATCH, nombre=nombre, expected=expected, first=names[0])


def _unknown_source(ref: str, ids: list[str]) -> dict[str, str]:
    """The source is not listed: name the ids there are, and the close one if any."""
    text = fill(messages.UNKNOWN_SOURCE, ref=ref, ids=", ".join(f"'{i}'" for i in ids))
    if not ids:
        text["expected"] = messages.UNKNOWN_SOURCE_NO_IDS
    guess = difflib.get_close_matches(ref, ids, n=1, cutoff=0.6)
    if guess:
        text["hint"] = DID_YOU_MEAN.format(guess[0])
    return text


def check_sources(doc: Document) -> list[DataError]:
    """Sources have unique ids, every cited id exists, and only 'no_iniciado' may omit one."""
    errors = []
    first: dict[str, int] = {}
    for i, source in enumerate(get(doc.data, ("fuentes",)) or []):
        if not isinstance(source, dict) or not isinstance(source.get("id"), str):
            continue  # the schema reports it
        line = doc.where(("fuentes", i, "id"))[0]
        if source["id"] in first:
            errors.append(
                doc.error(
                    ("fuentes", i, "id"),
                    **fill(
                        messages.DUPLICATE_SOURCE, ref=source["id"], first_line=first[source["id"]]
                    ),
                )
            )
        else:
            first[source["id"]] = line
    ids = list(first)
    for path, ref in _walk(doc.data, ()):
        if path and path[-1] == "fuente" and isinstance(ref, str) and ref not in first:
            errors.append(doc.error(path, **_unknown_source(ref, ids)))
    for component in COMPONENTS:  # one by one: a broken component does not hide the others
        value = get(doc.data, component.path)
        if not isinstance(value, dict) or value.get("estado") in (None, "no_iniciado"):
            continue
        if "fuente" not in value:
            errors.append(
                doc.error(
                    (*component.path, "estado"),
                    **fill(messages.MISSING_SOURCE, estado=value["estado"]),
                )
            )
    return errors


# Where a figure's source is written when the figure is not inside a component.
LOOSE_SOURCES = {("plataforma_digital",): "fuente_municipios"}


def check_figure_sources(doc: Document) -> list[DataError]:
    """Every achieved figure above 0 cites a source, even in a step not yet started.

    The page would otherwise show the number next to «Sin fuente». Totals (how many
    there should be) are the frame of a figure, not a claim, and need none.
    """
    errors = []
    for base, done_key, _total in COUNT_PAIRS:
        section = get(doc.data, base)
        source_key = LOOSE_SOURCES.get(base, "fuente")
        if not _is_figure(section[done_key]) or source_key in section:
            continue
        if source_key == "fuente" and section.get("estado") != "no_iniciado":
            continue  # a started step without source is check_sources' error
        figure = section[done_key]
        errors.append(
            doc.error(
                (*base, done_key),
                **fill(messages.FIGURE_WITHOUT_SOURCE, key=done_key, value=figure),
            )
        )
    return errors


def _is_figure(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


# "7 de las 7", "cuatro de sus siete": a count the site computes from the data.
_NUMBER = r"(?:\d+|un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)"
HAND_COUNT = re.compile(rf"\b{_NUMBER}\s+de\s+(?:(?:las|los|sus)\s+)?{_NUMBER}\b", re.I)
PROSE_KEYS = ("resumen", "titulo", "descripcion", "nota")


def check_hand_counts(doc: Document) -> list[DataError]:
    """Liaisons' prose never repeats a count the page computes: it would go stale."""
    errors = []
    for path, value in _walk(doc.data, ()):
        if not path or path[0] == "fuentes" or path[-1] not in PROSE_KEYS:
            continue
        found = HAND_COUNT.search(value) if isinstance(value, str) else None
        if found:
            errors.append(doc.error(path, **fill(messages.HAND_TYPED_COUNT, found=found.group(0))))
    return errors


def check_dates(doc: Document, today: dt.date) -> list[DataError]:
    """No date after "today", and the cut-off not after the last update."""
    errors = []
    for path, value in _walk(doc.data, ()):
        key = path[-1] if path else None
        if isinstance(key, str) and (key.startswith("fecha") or key in DATE_KEYS):
            if isinstance(value, str) and _date(value) and _date(value) > today:
                errors.append(
                    doc.error(
                        path, **fill(messages.FUTURE_DATE, value=value, today=today.isoformat())
                    )
                )
    cut = get(doc.data, ("corte", "fecha_corte"))
    update = get(doc.data, ("corte", "ultima_actualizacion"))
    if _date(cut) and _date(update) and cut > update:
        errors.append(
            doc.error(
                ("corte", "fecha_corte"),
                **fill(messages.CUT_OFF_AFTER_UPDATE, corte=cut, update=update),
            )
        )
    return errors


def _date(value: Any) -> dt.date | None:
    """An ISO date written by an editor, or None when it is not one (the schema says so)."""
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def check_counts(doc: Document) -> list[DataError]:
    """Appointed <= required, connected <= total, and so on for every pair."""
    errors = []
    for base, done_key, total_key in COUNT_PAIRS:
        section = get(doc.data, base)
        done, total = section[done_key], section[total_key]
        if done > total:
            errors.append(
                doc.error(
                    (*base, done_key),
                    **fill(
                        messages.COUNT_ABOVE_TOTAL,
                        done_key=done_key,
                        total_key=total_key,
                        done=done,
                        total=total,
                        kind=done_key.split("_")[0],
                    ),
                )
            )
    return errors


def check_collection(docs: dict[str, Document], present: set[str], folder: str) -> list[DataError]:
    """All 32 states present, and no INEGI code used twice or for the wrong state."""
    errors = []
    for state in STATES:
        if state.slug not in present:
            file = f"{folder}/{state.slug}.yaml"
            errors.append(
                DataError(
                    file,
                    1,
                    1,
                    "",
                    **fill(messages.MISSING_STATE, nombre=state.nombre, slug=state.slug),
                )
            )
    seen: dict[str, str] = {}

    # Files whose code is right come first, so a duplicate is reported on the wrong one.
    def order(item: tuple[str, Document]) -> tuple[bool, str]:
        state = BY_SLUG.get(item[0])
        return (state is None or item[1].data["entidad"]["clave_inegi"] != state.clave, item[0])

    for stem, doc in sorted(docs.items(), key=order):
        clave = doc.data["entidad"]["clave_inegi"]
        state = BY_SLUG.get(stem)
        if clave in seen:
            errors.append(
                doc.error(
                    ("entidad", "clave_inegi"),
                    **fill(messages.DUPLICATE_CLAVE, clave=clave, other_file=seen[clave]),
                )
            )
        elif state is not None and clave != state.clave:
            errors.append(
                doc.error(
                    ("entidad", "clave_inegi"),
                    **fill(
                        messages.CLAVE_MISMATCH,
                        clave=clave,
                        expected=state.clave,
                        nombre=state.nombre,
                    ),
                )
            )
        seen.setdefault(clave, Path(doc.file).name)
    return errors


def _walk(data: Any, path: tuple) -> Iterator[tuple[tuple, Any]]:
    yield path, data
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _walk(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _walk(value, (*path, i))
