"""Computed fields for each state and the national summary.

Liaisons never type percentages, totals or colours: they are derived here, once,
and shared through Pelican's context with the pages and with other plugins.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from ventana_data import percent

from .catalogue import BY_SLUG, COMPONENTS, DONE, GROUPS, LAWS, STATUSES, SYSTEMS
from .details import component_detail, milestones_in_order
from .settings import Config
from .validation import get

LIGHTS = {"alto": "Avance alto", "medio": "Avance medio", "bajo": "Avance bajo"}
STALE_LABEL = "Datos con más de {n} meses"


def build_record(data: dict[str, Any], config: Config) -> dict[str, Any]:
    """The validated YAML, untouched, plus a ``calculado`` section the build derives."""
    slug = data["entidad"]["slug"]
    state = BY_SLUG[slug]
    items = [_component(data, c) for c in COMPONENTS]
    record = dict(data)
    record["calculado"] = {
        "slug": slug,
        "clave_inegi": state.clave,
        "nombre": data["entidad"]["nombre"],
        "abreviatura": state.abreviatura,
        **_addresses(slug),
        **_progress(items, config),
        **_freshness(data, config),
        **_milestones(data, items),
        "logros_ordenados": milestones_in_order(data),
    }
    return record


def _addresses(slug: str) -> dict[str, str]:
    """Where the state's page, data, feed and source live, so templates never build paths."""
    return {
        "url": f"estados/{slug}/",
        "datos_url": f"datos/estados/{slug}.json",
        "feed_url": f"feeds/estados/{slug}.atom.xml",
        "source_path": f"data/states/{slug}.yaml",
    }


def _progress(items: list[dict[str, Any]], config: Config) -> dict[str, Any]:
    """Components done, their share and the traffic light it earns under the thresholds."""
    done = sum(1 for i in items if i["estado"] == DONE)
    pct = round(100 * done / len(items))
    light = (
        "alto"
        if pct >= config.thresholds[0]
        else "medio"
        if pct >= config.thresholds[1]
        else "bajo"
    )
    return {
        "componentes": items,
        "componentes_cumplidos": done,
        "componentes_total": len(items),
        "componentes_por_estado": {k: sum(1 for i in items if i["estado"] == k) for k in STATUSES},
        "componentes_por_grupo": _by_group(items),
        "porcentaje": pct,
        "semaforo": light,
        "semaforo_etiqueta": LIGHTS[light],
        "semaforo_nivel": light.capitalize(),
    }


def _freshness(data: dict[str, Any], config: Config) -> dict[str, Any]:
    """How old the cut-off date is; readers are warned when it is past ``stale_months``."""
    corte = dt.date.fromisoformat(data["corte"]["fecha_corte"])
    months = _months_between(corte, config.today)
    return {
        "meses_desde_corte": months,
        "desactualizado": months >= config.stale_months and corte < config.today,
    }


def _milestones(data: dict[str, Any], items: list[dict[str, Any]]) -> dict[str, Any]:
    """The counts the national summary and the state page quote in sentences."""
    programa = data["politica_estatal"]["programa_implementacion"]
    return {
        "leyes_en_vigor": sum(
            1 for k in LAWS if data["marco_normativo"]["leyes"][k]["estado"] == DONE
        ),
        "leyes_invalidadas": sum(
            1 for i in items if i["grupo"] == "leyes" and i["estado"] == "invalidado"
        ),
        "politica_aprobada": data["politica_estatal"]["politica"]["estado"] == DONE,
        "programa_porcentaje": (
            round(100 * programa["acciones_concluidas"] / programa["acciones_totales"])
            if programa["acciones_totales"]
            else None
        ),
        "sistemas_conectados": sum(
            1
            for i in items
            if i["clave"].startswith("plataforma_digital.sistemas.") and i["estado"] == DONE
        ),
    }


def _component(data: dict[str, Any], component) -> dict[str, Any]:
    value = get(data, component.path)
    date = next((value[k] for k in value if k.startswith("fecha")), None)
    return {
        "clave": ".".join(component.path),
        "grupo": component.grupo,
        "etiqueta": component.etiqueta,
        "estado": value["estado"],
        "estado_etiqueta": STATUSES[value["estado"]],
        "fecha": date,
        "fuente": value.get("fuente"),
        "nota": value.get("nota"),
        "detalle": component_detail(data, component.path[-1]),
    }


def _by_group(items: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    out = {}
    for group in GROUPS:
        members = [i for i in items if i["grupo"] == group]
        out[group] = {
            "cumplidos": sum(1 for i in members if i["estado"] == DONE),
            "total": len(members),
        }
    return out


def _months_between(start: dt.date, end: dt.date) -> int:
    """Whole calendar months from start to end (0 when end is earlier)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    return max(months, 0)


def build_summary(records: list[dict[str, Any]], config: Config) -> dict[str, Any]:
    """National aggregates for the overview page and for other plugins."""
    calc = [r["calculado"] for r in records]
    n = len(records)
    lights = Counter(c["semaforo"] for c in calc)
    laws = {
        k: sum(1 for r in records if r["marco_normativo"]["leyes"][k]["estado"] == DONE)
        for k in LAWS
    }
    summary = {
        "total_estados": n,
        "fecha_calculo": config.today.isoformat(),
        "componentes_por_estado_total": calc[0]["componentes_total"] if calc else 0,
        "avance_promedio": round(sum(c["porcentaje"] for c in calc) / n, 1) if n else 0.0,
        "por_semaforo": {k: lights.get(k, 0) for k in LIGHTS},
        "con_politica_aprobada": sum(1 for c in calc if c["politica_aprobada"]),
        "con_politica_alineada": sum(
            1
            for r in records
            if r["politica_estatal"]["politica"].get("alineada_politica_nacional")
        ),
        "con_reforma_constitucional": sum(
            1 for r in records if r["marco_normativo"]["reforma_constitucional"]["estado"] == DONE
        ),
        "leyes_total": len(LAWS),
        "sistemas_total": len(SYSTEMS),
        "leyes_en_vigor": laws,
        "con_todas_las_leyes": sum(1 for c in calc if c["leyes_en_vigor"] == len(LAWS)),
        "con_leyes_invalidadas": sum(1 for c in calc if c["leyes_invalidadas"]),
        "con_cpc_completo": sum(1 for r in records if _cpc_complete(r)),
        "con_fiscal_anticorrupcion": sum(
            1
            for r in records
            if r["instituciones"]["fiscalia_anticorrupcion"].get("fiscal_designado")
        ),
        "con_plataforma_estatal": sum(
            1 for r in records if r["plataforma_digital"]["plataforma_estatal"]["estado"] == DONE
        ),
        "con_todos_los_sistemas": sum(1 for c in calc if c["sistemas_conectados"] == len(SYSTEMS)),
        "desactualizados": sum(1 for c in calc if c["desactualizado"]),
        "datos_de_ejemplo": sum(1 for r in records if r["sample"]),
    }
    summary["frases"] = sentences(summary)
    return summary


def _cpc_complete(record: dict[str, Any]) -> bool:
    cpc = record["instituciones"]["comite_participacion_ciudadana"]
    return cpc["integrantes_designados"] >= cpc["integrantes_requeridos"]


def sentences(s: dict[str, Any]) -> list[str]:
    """Plain sentences a reader can quote, computed from the summary."""
    n = s["total_estados"]
    out = [
        f"{s['con_politica_aprobada']} de {n} estados tienen su política anticorrupción aprobada.",
        f"{s['con_todas_las_leyes']} de {n} estados tienen en vigor las {s['leyes_total']} "
        "leyes del sistema local.",
        f"{s['con_cpc_completo']} de {n} estados tienen completo su Comité de "
        "Participación Ciudadana.",
        f"{s['con_todos_los_sistemas']} de {n} estados ya conectaron los "
        f"{s['sistemas_total']} sistemas a la Plataforma Digital Nacional.",
        f"En promedio, cada estado cumple el {percent(s['avance_promedio'])} de los "
        f"{s['componentes_por_estado_total']} pasos que seguimos.",
    ]
    if s["con_leyes_invalidadas"]:
        word = "estado tiene" if s["con_leyes_invalidadas"] == 1 else "estados tienen"
        out.append(f"{s['con_leyes_invalidadas']} {word} alguna ley invalidada por un tribunal.")
    if s["desactualizados"]:
        word = "estado tiene" if s["desactualizados"] == 1 else "estados tienen"
        out.append(f"{s['desactualizados']} {word} datos con más de seis meses sin actualizar.")
    return out
