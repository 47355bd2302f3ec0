"""The state-progress infographic, read from what state_snapshots publishes.

The figures come from the shared context (``ventana_data.context``): each state's
``calculado`` section and the national ``states_summary``. Nothing is recounted
here, so the infographic and the state pages always show the same numbers.
"""

from __future__ import annotations

from typing import Any

from ventana_data.context import STATES, STATES_SUMMARY

from . import messages


def state_records(context: dict) -> list[dict[str, Any]]:
    """The state records, or an empty list if the states plugin has not run."""
    return STATES.get(context)


def summary_items(context: dict) -> list[dict[str, Any]]:
    """Three national figures for a ``cifras`` block."""
    summary = STATES_SUMMARY.get(context)
    total = summary.get("total_estados", 0)
    if not total:
        return []
    return [
        {
            "valor": summary["con_politica_aprobada"],
            "unidad": f"de {total}",
            "texto": messages.PROGRESS_SUMMARY_POLICY,
        },
        {
            "valor": summary["con_todas_las_leyes"],
            "unidad": f"de {total}",
            "texto": messages.PROGRESS_SUMMARY_LAWS,
        },
        {
            "valor": round(summary["avance_promedio"]),
            "unidad": "%",
            "texto": messages.PROGRESS_SUMMARY_AVERAGE,
        },
    ]


def per_state_items(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One bar per state, most advanced first, ties by name."""
    rows = [
        {
            "nombre": c["nombre"],
            "valor": c["porcentaje"],
            "detalle": f"{c['componentes_cumplidos']} de {c['componentes_total']}",
        }
        for c in (r["calculado"] for r in records)
    ]
    return sorted(rows, key=lambda r: (-r["valor"], r["nombre"]))


def latest_cut(records: list[dict[str, Any]]) -> str:
    """The most recent cut-off date among the states, as AAAA-MM-DD."""
    return max((r["corte"]["fecha_corte"] for r in records), default="")


def any_sample(context: dict) -> bool:
    return bool(STATES_SUMMARY.get(context).get("datos_de_ejemplo"))
