"""Open data out: CSV and JSON of the validated dataset, and Atom feeds of achievements.

The column tables below are the single source for the CSV header, for reading values
out of a record, and for the documentation table on /datos/.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from typing import Any, NamedTuple

from feedgenerator import Atom1Feed
from markupsafe import escape
from ventana_data import dates

from .catalogue import INSTITUTIONS, LAWS, SYSTEMS
from .validation import get

# The Mexican government's open-data licence: use, copy and share, citing the source.
LICENCE_NAME = "Términos de Libre Uso MX"
LICENCE_URL = "https://datos.gob.mx/libreusomx"


class Column(NamedTuple):
    name: str
    description: str
    get: Callable[[dict[str, Any]], Any]


# Fixed columns as (name, dotted path in the record, description), by section.
_Entry = tuple[str, str, str]

_IDENTITY: tuple[_Entry, ...] = (
    (
        "clave_inegi",
        "entidad.clave_inegi",
        "Clave del estado en el catálogo del Instituto Nacional de Estadística y "
        "Geografía (INEGI), de 01 a 32.",
    ),
    ("slug", "entidad.slug", "Nombre corto usado en las direcciones del sitio."),
    ("nombre", "entidad.nombre", "Nombre del estado."),
    ("abreviatura", "calculado.abreviatura", "Abreviatura usada en el mapa."),
    ("datos_de_ejemplo", "sample", "true si los datos son de ejemplo y no oficiales."),
    ("fecha_corte", "corte.fecha_corte", "Día hasta el que llegan los datos (AAAA-MM-DD)."),
    ("ultima_actualizacion", "corte.ultima_actualizacion", "Día de la última edición del archivo."),
    (
        "reforma_constitucional",
        "marco_normativo.reforma_constitucional.estado",
        "Estado de la reforma a la Constitución local.",
    ),
)

_CPC = "instituciones.comite_participacion_ciudadana."
_TJA = "instituciones.tribunal_justicia_administrativa."
_PROGRAMA = "politica_estatal.programa_implementacion."
_STAFFING_AND_POLICY: tuple[_Entry, ...] = (
    (
        "cpc_integrantes_designados",
        _CPC + "integrantes_designados",
        "Integrantes del Comité de Participación Ciudadana en funciones.",
    ),
    (
        "cpc_integrantes_requeridos",
        _CPC + "integrantes_requeridos",
        "Integrantes que pide la ley para ese comité.",
    ),
    (
        "tja_magistrados_designados",
        _TJA + "magistrados_designados",
        "Magistraturas ocupadas en el Tribunal de Justicia Administrativa.",
    ),
    (
        "tja_magistrados_previstos",
        _TJA + "magistrados_previstos",
        "Magistraturas que prevé la ley para ese tribunal.",
    ),
    (
        "politica_estatal",
        "politica_estatal.politica.estado",
        "Estado de la Política Estatal Anticorrupción.",
    ),
    (
        "programa_implementacion",
        _PROGRAMA + "estado",
        "Estado del programa de implementación de la política.",
    ),
    (
        "programa_acciones_totales",
        _PROGRAMA + "acciones_totales",
        "Acciones que prevé el programa.",
    ),
    ("programa_acciones_concluidas", _PROGRAMA + "acciones_concluidas", "Acciones terminadas."),
    (
        "plataforma_estatal",
        "plataforma_digital.plataforma_estatal.estado",
        "Estado de la plataforma digital del estado.",
    ),
)

_MUNICIPALITIES_AND_CALCULATED: tuple[_Entry, ...] = (
    (
        "municipios_registrados",
        "plataforma_digital.municipios_registrados",
        "Municipios que ya envían datos a la plataforma.",
    ),
    ("municipios_totales", "plataforma_digital.municipios_totales", "Municipios del estado."),
    (
        "componentes_cumplidos",
        "calculado.componentes_cumplidos",
        "Pasos cumplidos (calculado).",
    ),
    (
        "componentes_total",
        "calculado.componentes_total",
        "Pasos que seguimos en cada estado (calculado).",
    ),
    (
        "porcentaje_avance",
        "calculado.porcentaje",
        "Pasos cumplidos entre el total, en porcentaje entero (calculado).",
    ),
    (
        "semaforo",
        "calculado.semaforo",
        "alto, medio o bajo, según el porcentaje de avance (calculado).",
    ),
    (
        "desactualizado",
        "calculado.desactualizado",
        "true si la fecha de corte tiene más de seis meses (calculado).",
    ),
)


def _column(name: str, path: str, description: str) -> Column:
    keys = tuple(path.split("."))
    return Column(name, description, lambda record: get(record, keys))


def _status_entries(name: str, path: str, labels: dict[str, str]) -> list[_Entry]:
    """One status column per catalogue key, so a new law or institution needs no edit here."""
    return [(name.format(k), path.format(k), f"Estado de: {v}.") for k, v in labels.items()]


def _system_entries() -> list[_Entry]:
    """Three columns per system of the national platform, in catalogue order."""
    entries: list[_Entry] = []
    for k, v in SYSTEMS.items():
        code, path = k.split("_")[0], f"plataforma_digital.sistemas.{k}."
        entries += [
            (f"{code}_estado", path + "estado", f"Estado de la conexión del sistema {v}."),
            (
                f"{code}_entes_conectados",
                path + "entes_conectados",
                f"Instituciones que ya envían datos al sistema {code.upper()}.",
            ),
            (
                f"{code}_entes_totales",
                path + "entes_totales",
                f"Instituciones que deben enviar datos al sistema {code.upper()}.",
            ),
        ]
    return entries


def columns() -> list[Column]:
    """Every CSV column, in order, with its meaning in plain Spanish."""
    entries = [
        *_IDENTITY,
        *_status_entries("ley_{}", "marco_normativo.leyes.{}.estado", LAWS),
        *_status_entries("{}", "instituciones.{}.estado", INSTITUTIONS),
        *_STAFFING_AND_POLICY,
        *_system_entries(),
        *_MUNICIPALITIES_AND_CALCULATED,
    ]
    return [_column(*entry) for entry in entries]


COLUMNS: tuple[Column, ...] = tuple(columns())
PUBLIC_CALCULATED = (
    "slug",
    "clave_inegi",
    "nombre",
    "abreviatura",
    "url",
    "componentes_cumplidos",
    "componentes_total",
    "componentes_por_estado",
    "porcentaje",
    "semaforo",
    "semaforo_etiqueta",
    "meses_desde_corte",
    "desactualizado",
)


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def to_csv(records: list[dict[str, Any]]) -> str:
    """One row per state, one column per field of COLUMNS.

    Starts with a byte-order mark: without it, Excel on Windows reads UTF-8 as
    Windows-1252 and shows "MichoacÃ¡n".
    """
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.name for c in COLUMNS])
    for record in records:
        writer.writerow([_cell(c.get(record)) for c in COLUMNS])
    return out.getvalue()


def public_record(record: dict[str, Any]) -> dict[str, Any]:
    """The validated YAML plus the computed fields worth publishing (no page internals)."""
    data = {k: v for k, v in record.items() if k != "calculado"}
    data["calculado"] = {k: record["calculado"][k] for k in PUBLIC_CALCULATED}
    return data


def to_json(value: Any) -> str:
    """JSON safe to serve: '<', '>' and '&' escaped so no value can close a tag."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def dataset(records: list[dict[str, Any]], summary: dict[str, Any]) -> dict[str, Any]:
    return {
        "descripcion": "Avance de los sistemas locales anticorrupción de los 32 estados.",
        "aviso": "Los registros con sample: true son datos de ejemplo, no oficiales.",
        "licencia": f"{LICENCE_NAME} ({LICENCE_URL})",
        "fecha_calculo": summary["fecha_calculo"],
        "resumen": summary,
        "estados": [public_record(r) for r in records],
    }


def feed(
    records: list[dict[str, Any]], title: str, link: str, feed_url: str, base: str, max_items: int
) -> str:
    """An Atom feed of the achievements of the given states, newest first."""
    entries = []
    for record in records:
        calc = record["calculado"]
        for i, logro in enumerate(record["logros"]):
            entries.append((logro["fecha"], calc, i, logro))
    entries.sort(key=lambda e: (e[0], e[1]["slug"], e[2]), reverse=True)
    atom = DatedFeed(
        data_date=max(str(r["corte"]["ultima_actualizacion"]) for r in records),
        title=title,
        link=link,
        description="",
        feed_url=feed_url,
        language="es-MX",
        feed_guid=feed_url,
    )
    for date, calc, i, logro in entries[:max_items]:
        url = f"{base}/{calc['url']}#logro-{i + 1}"
        atom.add_item(
            title=f"{calc['nombre']}: {logro['titulo']}",
            link=url,
            unique_id=url,
            # Atom writes it as <summary type="html">: a reader takes it as HTML, so
            # the liaison's text is escaped here, and the XML escapes it once more.
            description=str(escape(logro["descripcion"])),
            pubdate=_datetime(date),
            updateddate=_datetime(date),
        )
    return atom.writeString("utf-8")


def _datetime(date: str) -> dt.datetime:
    return dates.at_noon(date)


class DatedFeed(Atom1Feed):
    """An Atom feed dated by its data: with no entries, feedgenerator writes the clock.

    ``<updated>`` is the newest entry, or, for a state without achievements, the day
    its liaison last updated the file (``corte.ultima_actualizacion``).
    """

    def __init__(self, *args: Any, data_date: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.data_date = data_date

    def latest_post_date(self) -> dt.datetime:
        return super().latest_post_date() if self.items else _datetime(self.data_date)
