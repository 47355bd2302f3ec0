"""Turn a validated infographic into what the templates and drawers need.

One normalised shape per block kind, built once, so the SVG, the HTML text
equivalent and the PNG all show the same values from the same place.
"""

from __future__ import annotations

from typing import Any

from ventana_data import number
from ventana_data.context import FACTS
from ventana_data.urls import document_format

from . import messages, progress


def build(info: dict[str, Any], context: dict, conf: dict) -> dict[str, Any]:
    """The infographic with resolved sources, formatted values and computed blocks."""
    sources = {s["id"]: _source(s) for s in info.get("fuentes", [])}
    blocks = []
    sample = bool(info.get("sample"))
    for index, raw in enumerate(info["bloques"], start=1):
        block = _block(raw, index, sources, context, conf)
        sample = sample or block.get("sample", False)
        blocks.append(block)
    slug = info["slug"]
    return {
        "slug": slug,
        "titulo": info["titulo"],
        "resumen": info["resumen"],
        "orden": info.get("orden", 999),
        "sample": sample,
        "sample_all": bool(info.get("sample")),
        "actualizado": info.get("actualizado", ""),
        "actualizado_texto": messages.spanish_date(info.get("actualizado")),
        "destacado": blocks[(info.get("destacado") or 1) - 1],
        "bloques": blocks,
        "fuentes": list(sources.values()),
        "source_path": info["source_path"],
        "url": f"{conf['url']}{slug}/",
        "save_as": f"{conf['url']}{slug}/index.html",
    }


def _source(source: dict) -> dict[str, Any]:
    """A source with its date in words and, for documents, the format for the link text."""
    fmt = document_format(source["url"])
    return dict(source, fecha_texto=messages.spanish_date(source["fecha_consulta"]), formato=fmt)


def _block(raw: dict, index: int, sources: dict, context: dict, conf: dict) -> dict[str, Any]:
    block: dict[str, Any] = {
        "id": f"bloque-{index}",
        "tipo": raw["tipo"],
        "titulo": raw["titulo"],
        "texto": raw.get("texto", ""),
        "fuente": sources.get(raw.get("fuente", "")),
        "fecha": raw.get("fecha", ""),
        "sample": bool(raw.get("sample")),
    }
    kind = raw["tipo"]
    if kind == "avance_estatal":
        return _progress_block(block, raw, context, conf)
    if kind == "cifras":
        facts = FACTS.get(context)
        block["elementos"] = [_figure(_with_value(e, facts)) for e in raw["elementos"]]
    elif kind == "pasos":
        block["elementos"] = [
            {"n": n, "titulo": e["titulo"], "texto": e.get("texto", "")}
            for n, e in enumerate(raw["elementos"], start=1)
        ]
    elif kind == "comparacion":
        block["columnas"] = list(raw["columnas"])
        block["filas"] = [dict(f) for f in raw["filas"]]
    elif kind == "barras":
        block["unidad"] = raw["unidad"]
        block["elementos"] = _bars(raw["elementos"], raw["unidad"])
    elif kind == "linea_de_tiempo":
        block["elementos"] = [
            {
                "fecha": str(e["fecha"]),
                "fecha_texto": messages.spanish_date(e["fecha"]),
                "titulo": e["titulo"],
                "texto": e.get("texto", ""),
            }
            for e in raw["elementos"]
        ]
    block["fecha_texto"] = messages.spanish_date(block["fecha"])
    return _labelled(block)


def _labelled(block: dict[str, Any]) -> dict[str, Any]:
    """The heading of the text under the picture: the same data, or more of it."""
    detail = block["tipo"] == "linea_de_tiempo"
    block["texto_etiqueta"] = messages.TEXT_DETAIL if detail else messages.TEXT_SAME
    return block


def _progress_block(block: dict, raw: dict, context: dict, conf: dict) -> dict[str, Any]:
    """A cifras or barras block whose values come from the state records."""
    records = progress.state_records(context)
    block["computed"] = True
    block["sample"] = block["sample"] or progress.any_sample(context)
    block["vacio"] = not records
    block["fecha"] = progress.latest_cut(records)
    block["fecha_texto"] = messages.spanish_date(block["fecha"])
    if block["fuente"] is None:
        block["fuente"] = {
            "titulo": messages.STATES_SOURCE_TITLE,
            "url": "",
            "local_url": conf["states_url"],
        }
    if raw["indicador"] == "resumen":
        block["tipo"] = "cifras"
        block["elementos"] = [_figure(e) for e in progress.summary_items(context)]
    else:
        block["tipo"] = "barras"
        block["unidad"] = messages.PROGRESS_UNIT
        block["elementos"] = _bars(
            progress.per_state_items(records), messages.PROGRESS_UNIT, maximum=100, suffix="%"
        )
    return _labelled(block)


# Counts up to this many are drawn as dots, one per unit.
MAX_DOTS = 60


def _with_value(item: dict, facts: dict) -> dict:
    """A figure that names a shared fact takes its value from data/facts.yaml."""
    if "dato" not in item:
        return item
    fact = facts.get(item["dato"], {})  # unknown: already reported, nothing is written
    return {**item, "valor": fact.get("valor", 0)}


def _figure(item: dict) -> dict[str, Any]:
    unit = item.get("unidad", "")
    value = number(item["valor"])
    glue = "" if unit in ("%",) else " "
    return {
        "valor": item["valor"],
        "unidad": unit,
        "texto": item["texto"],
        "valor_texto": f"{value}{glue}{unit}".strip(),
        **_picture(item["valor"], unit),
    }


def _picture(valor: float, unit: str) -> dict[str, Any]:
    """How a figure is drawn: ``puntos`` (filled, total) dots, or a ``barra`` width in %."""
    whole = float(valor).is_integer()
    of = unit.split()[1] if unit.startswith("de ") and len(unit.split()) == 2 else ""
    if whole and of.isdigit() and 0 <= valor <= int(of) <= MAX_DOTS:
        return {"puntos": (int(valor), int(of)), "barra": None}
    if unit == "%":
        return {"puntos": None, "barra": f"{min(max(float(valor), 0), 100):.1f}"}
    if whole and 1 <= valor <= MAX_DOTS:
        return {"puntos": (int(valor), int(valor)), "barra": None}
    return {"puntos": None, "barra": None}


def _bars(
    items: list[dict], unit: str, maximum: float | None = None, suffix: str = ""
) -> list[dict[str, Any]]:
    top = maximum or max((float(i["valor"]) for i in items), default=0) or 1
    out = []
    for item in items:
        shown = f"{number(item['valor'])}{suffix}" if suffix else number(item["valor"])
        out.append(
            {
                "nombre": item["nombre"],
                "valor": item["valor"],
                "valor_texto": shown,
                "detalle": item.get("detalle", ""),
                "fraccion": float(item["valor"]) / top,
            }
        )
    return out
