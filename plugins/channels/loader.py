"""Read and check data/channels.yaml: where to report, federal and per state.

The schema checks each field; the rules here say what a schema cannot: a channel
presented as real cites its official source, and sample data never carries a web
address, phone, postal address or hours (nothing invented may look real).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ventana_data import DataError, Document
from ventana_data.messages import DID_YOU_MEAN, fill
from ventana_data.pipeline import FileKind, load_editor_file

from . import messages

# State channel types: (label, what it handles). Their order is the page's order.
STATE_TYPES: dict[str, tuple[str, str]] = {
    "contraloria": (
        "Contraloría del estado",
        "Faltas de personas que trabajan en el gobierno del estado, por ejemplo pedir "
        "dinero por un trámite.",
    ),
    "fiscalia_anticorrupcion": (
        "Fiscalía anticorrupción del estado",
        "Delitos de corrupción en el estado. Un delito se denuncia ante una fiscalía.",
    ),
    "comite_participacion_ciudadana": (
        "Comité de Participación Ciudadana",
        "Personas de la sociedad que vigilan el sistema anticorrupción del estado. "
        "Te orientan sobre a quién acudir.",
    ),
}
# The consultation date may be missing: the page then says it is still to be confirmed,
# rather than anyone typing a date on which nobody opened the source.
OFFICIAL_KEYS = ("nombre", "url", "fuente")
CONTACT_KEYS = ("url", "telefono", "direccion", "horario")
FEDERAL_KEYS = ("id", "atiende")


def load_channels(
    path: Path, schema: Path, root: Path, states: dict[str, str]
) -> tuple[dict[str, Any], list[DataError]]:
    """The channels ready for pages, or nothing and every error.

    ``states`` maps each state's slug to its name (from the states' context); when it
    is empty (the states had errors) the per-state names are not checked.
    """
    kind = FileKind(schema=schema, checks=lambda doc, _p: check_channels(doc, states))
    loaded = load_editor_file(path, root, kind)
    if loaded.errors:
        return {}, loaded.errors
    return build(loaded.doc.data, states), []


def check_channels(doc: Document, states: dict[str, str]) -> list[DataError]:
    errors: list[DataError] = []
    for i, entry in enumerate(doc.data["federal"]):
        errors += _check_entry(doc, ("federal", i), entry, federal=True)
    for slug, entries in doc.data["estados"].items():
        if states and slug not in states:
            errors.append(_unknown_state(doc, slug, states))
            continue
        for key, entry in entries.items():
            errors += _check_entry(doc, ("estados", slug, key), entry, federal=False)
    errors += [
        doc.error(("estados",), **fill(messages.MISSING_STATE, slug=slug, name=name))
        for slug, name in states.items()
        if slug not in doc.data["estados"]
    ]
    return errors


def _check_entry(doc: Document, path: tuple, entry: dict, federal: bool) -> Iterable[DataError]:
    if federal:
        for key in FEDERAL_KEYS:
            if key not in entry:
                yield doc.error(path, **fill(messages.NEEDS, key=key, why=messages.FEDERAL_NEEDS))
    elif any(key in entry for key in FEDERAL_KEYS):
        key = next(k for k in FEDERAL_KEYS if k in entry)
        yield doc.error((*path, key), **fill(messages.STATE_HAS_FEDERAL_KEY, key=key))
    if entry["sample"]:
        for key in CONTACT_KEYS:
            if key in entry:
                yield doc.error((*path, key), **fill(messages.SAMPLE_CONTACT, key=key))
    else:
        for key in OFFICIAL_KEYS:
            if key not in entry:
                yield doc.error(
                    (*path, "sample"), **fill(messages.NEEDS, key=key, why=messages.OFFICIAL_NEEDS)
                )


def _unknown_state(doc: Document, slug: str, states: dict[str, str]) -> DataError:
    text = fill(messages.UNKNOWN_STATE, slug=slug)
    near = difflib.get_close_matches(slug, list(states), n=1)
    if near:
        text["hint"] = DID_YOU_MEAN.format(near[0])
    return doc.error(("estados", slug), key=True, **text)


def build(data: dict[str, Any], states: dict[str, str]) -> dict[str, Any]:
    """Each channel with its title and what it handles; counts of sample entries."""
    federal = [dict(entry, titulo=entry["nombre"]) for entry in data["federal"]]
    by_state = {}
    for slug, entries in data["estados"].items():
        by_state[slug] = [
            {
                **entries[key],
                "tipo": key,
                "tipo_etiqueta": label,
                "atiende": handles,
                "titulo": entries[key].get("nombre") or f"{label} de {states.get(slug, slug)}",
            }
            for key, (label, handles) in STATE_TYPES.items()
        ]
    everything = federal + [c for entries in by_state.values() for c in entries]
    return {
        "federal": federal,
        "estados": by_state,
        "total": len(everything),
        "de_ejemplo": sum(1 for c in everything if c["sample"]),
    }
