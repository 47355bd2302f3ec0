"""The state-progress infographic, computed from the state records in the context.

The state_snapshots plugin puts its validated records in ``context["states"]``
(dicts sorted by INEGI code, with the YAML keys of data/states/*.yaml plus a
``calculado`` section it derives). We read them defensively: the plugin's own
figures are used when present, and otherwise progress is counted from the shared
status vocabulary, so a liaison's edit to a YAML file changes this infographic on
the next build either way.
"""

from __future__ import annotations

from typing import Any

from . import messages

DONE = "cumplido"
STATUSES = {"no_iniciado", "iniciativa", "en_proceso", "cumplido", "invalidado"}
LAW_KEYS = ("marco_normativo", "leyes")
POLICY_KEYS = ("politica_estatal", "politica", "estado")


def state_records(context: dict) -> list[dict[str, Any]]:
    """The records, or an empty list if the states plugin has not run."""
    states = context.get("states")
    if isinstance(states, dict):
        states = list(states.values())
    if not isinstance(states, list | tuple):
        return []
    return [s for s in states if isinstance(s, dict)]


def progress_of(record: dict[str, Any]) -> tuple[int, int]:
    """(components done, components counted) for one state."""
    computed = _computed(record)
    done, total = computed.get("componentes_cumplidos"), computed.get("componentes_total")
    if isinstance(done, int) and isinstance(total, int) and total > 0:
        return done, total
    statuses = list(_statuses(record))
    return sum(1 for s in statuses if s == DONE), len(statuses)


def percent(done: int, total: int) -> int:
    return round(100 * done / total) if total else 0


def summary_items(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Three national figures for a ``cifras`` block."""
    if not records:
        return []
    total = len(records)
    policy = sum(1 for r in records if _policy_done(r))
    laws = sum(1 for r in records if _all_laws_done(r))
    average = round(sum(percent(*progress_of(r)) for r in records) / total)
    return [
        {"valor": policy, "unidad": f"de {total}", "texto": messages.PROGRESS_SUMMARY_POLICY},
        {"valor": laws, "unidad": f"de {total}", "texto": messages.PROGRESS_SUMMARY_LAWS},
        {"valor": average, "unidad": "%", "texto": messages.PROGRESS_SUMMARY_AVERAGE},
    ]


def per_state_items(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One bar per state, most advanced first, ties by name."""
    rows = []
    for record in records:
        done, total = progress_of(record)
        rows.append(
            {
                "nombre": _name(record),
                "valor": percent(done, total),
                "detalle": f"{done} de {total}",
            }
        )
    return sorted(rows, key=lambda r: (-r["valor"], r["nombre"]))


def latest_cut(records: list[dict[str, Any]]) -> str:
    """The most recent cut-off date among the states, as AAAA-MM-DD."""
    dates = []
    for record in records:
        cut = record.get("corte")
        value = cut.get("fecha_corte") or cut.get("fecha") if isinstance(cut, dict) else cut
        if isinstance(value, str) and len(value) >= 10:
            dates.append(value[:10])
    return max(dates) if dates else ""


def any_sample(records: list[dict[str, Any]]) -> bool:
    return any(bool(r.get("sample")) for r in records)


def _computed(record: dict[str, Any]) -> dict[str, Any]:
    value = record.get("calculado")
    return value if isinstance(value, dict) else {}


def _name(record: dict[str, Any]) -> str:
    entidad = record.get("entidad") or {}
    return str(
        _computed(record).get("nombre") or entidad.get("nombre") or entidad.get("slug") or "?"
    )


def _policy_done(record: dict[str, Any]) -> bool:
    computed = _computed(record).get("politica_aprobada")
    if isinstance(computed, bool):
        return computed
    return _dig(record, POLICY_KEYS) == DONE


def _statuses(value: Any):
    """Every component status in a record, wherever it sits."""
    if isinstance(value, dict):
        status = value.get("estado")
        if isinstance(status, str) and status in STATUSES:
            yield status
        for key, child in value.items():
            if key not in ("entidad", "fuentes", "logros", "calculado"):
                yield from _statuses(child)
    elif isinstance(value, list):
        for child in value:
            yield from _statuses(child)


def _all_laws_done(record: dict[str, Any]) -> bool:
    laws = _dig(record, LAW_KEYS)
    if not isinstance(laws, dict) or not laws:
        return False
    in_force = _computed(record).get("leyes_en_vigor")
    if isinstance(in_force, int):
        return in_force == len(laws)
    return all(isinstance(v, dict) and v.get("estado") == DONE for v in laws.values())


def _dig(value: Any, keys: tuple[str, ...]) -> Any:
    for key in keys:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value
