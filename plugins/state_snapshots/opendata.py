"""Open data out: CSV and JSON of the validated dataset, and Atom feeds of achievements.

The column list below is the single source for the CSV header, for reading values
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

from .catalogue import INSTITUTIONS, LAWS, SYSTEMS
from .checks import get


class Column(NamedTuple):
    name: str
    description: str
    get: Callable[[dict[str, Any]], Any]


def _at(*path: str) -> Callable[[dict[str, Any]], Any]:
    return lambda record: get(record, path)


def columns() -> list[Column]:
    """Every CSV column, in order, with its meaning in plain Spanish."""
    cols = [
        Column(
            "clave_inegi",
            "Clave del estado en el catálogo del Instituto Nacional de Estadística y "
            "Geografía (INEGI), de 01 a 32.",
            _at("entidad", "clave_inegi"),
        ),
        Column("slug", "Nombre corto usado en las direcciones del sitio.", _at("entidad", "slug")),
        Column("nombre", "Nombre del estado.", _at("entidad", "nombre")),
        Column("abreviatura", "Abreviatura usada en el mapa.", _at("calculado", "abreviatura")),
        Column(
            "datos_de_ejemplo", "true si los datos son de ejemplo y no oficiales.", _at("sample")
        ),
        Column(
            "fecha_corte",
            "Día hasta el que llegan los datos (AAAA-MM-DD).",
            _at("corte", "fecha_corte"),
        ),
        Column(
            "ultima_actualizacion",
            "Día de la última edición del archivo.",
            _at("corte", "ultima_actualizacion"),
        ),
        Column(
            "reforma_constitucional",
            "Estado de la reforma a la Constitución local.",
            _at("marco_normativo", "reforma_constitucional", "estado"),
        ),
    ]
    cols += [
        Column(f"ley_{k}", f"Estado de: {v}.", _at("marco_normativo", "leyes", k, "estado"))
        for k, v in LAWS.items()
    ]
    cols += [
        Column(k, f"Estado de: {v}.", _at("instituciones", k, "estado"))
        for k, v in INSTITUTIONS.items()
    ]
    cols += [
        Column(
            "cpc_integrantes_designados",
            "Integrantes del Comité de Participación Ciudadana en funciones.",
            _at("instituciones", "comite_participacion_ciudadana", "integrantes_designados"),
        ),
        Column(
            "cpc_integrantes_requeridos",
            "Integrantes que pide la ley para ese comité.",
            _at("instituciones", "comite_participacion_ciudadana", "integrantes_requeridos"),
        ),
        Column(
            "tja_magistrados_designados",
            "Magistraturas ocupadas en el Tribunal de Justicia Administrativa.",
            _at("instituciones", "tribunal_justicia_administrativa", "magistrados_designados"),
        ),
        Column(
            "tja_magistrados_previstos",
            "Magistraturas que prevé la ley para ese tribunal.",
            _at("instituciones", "tribunal_justicia_administrativa", "magistrados_previstos"),
        ),
        Column(
            "politica_estatal",
            "Estado de la Política Estatal Anticorrupción.",
            _at("politica_estatal", "politica", "estado"),
        ),
        Column(
            "programa_implementacion",
            "Estado del programa de implementación de la política.",
            _at("politica_estatal", "programa_implementacion", "estado"),
        ),
        Column(
            "programa_acciones_totales",
            "Acciones que prevé el programa.",
            _at("politica_estatal", "programa_implementacion", "acciones_totales"),
        ),
        Column(
            "programa_acciones_concluidas",
            "Acciones terminadas.",
            _at("politica_estatal", "programa_implementacion", "acciones_concluidas"),
        ),
        Column(
            "plataforma_estatal",
            "Estado de la plataforma digital del estado.",
            _at("plataforma_digital", "plataforma_estatal", "estado"),
        ),
    ]
    for k, v in SYSTEMS.items():
        code = k.split("_")[0]
        cols += [
            Column(
                f"{code}_estado",
                f"Estado de la conexión del sistema {v}.",
                _at("plataforma_digital", "sistemas", k, "estado"),
            ),
            Column(
                f"{code}_entes_conectados",
                f"Instituciones que ya envían datos al sistema {code.upper()}.",
                _at("plataforma_digital", "sistemas", k, "entes_conectados"),
            ),
            Column(
                f"{code}_entes_totales",
                f"Instituciones que deben enviar datos al sistema {code.upper()}.",
                _at("plataforma_digital", "sistemas", k, "entes_totales"),
            ),
        ]
    cols += [
        Column(
            "municipios_registrados",
            "Municipios que ya envían datos a la plataforma.",
            _at("plataforma_digital", "municipios_registrados"),
        ),
        Column(
            "municipios_totales",
            "Municipios del estado.",
            _at("plataforma_digital", "municipios_totales"),
        ),
        Column(
            "componentes_cumplidos",
            "Pasos cumplidos (calculado).",
            _at("calculado", "componentes_cumplidos"),
        ),
        Column(
            "componentes_total",
            "Pasos que seguimos en cada estado (calculado).",
            _at("calculado", "componentes_total"),
        ),
        Column(
            "porcentaje_avance",
            "Pasos cumplidos entre el total, en porcentaje entero (calculado).",
            _at("calculado", "porcentaje"),
        ),
        Column(
            "semaforo",
            "alto, medio o bajo, según el porcentaje de avance (calculado).",
            _at("calculado", "semaforo"),
        ),
        Column(
            "desactualizado",
            "true si la fecha de corte tiene más de seis meses (calculado).",
            _at("calculado", "desactualizado"),
        ),
    ]
    return cols


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
    """One row per state, one column per field of COLUMNS."""
    out = io.StringIO()
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
    atom = Atom1Feed(
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
            description=logro["descripcion"],
            pubdate=_datetime(date),
            updateddate=_datetime(date),
        )
    return atom.writeString("utf-8")


def _datetime(date: str) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(date), dt.time(12, 0), tzinfo=dt.UTC)
