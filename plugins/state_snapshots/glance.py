"""The three lines that open a state page: its level, what is missing, how it compares.

A visitor on a phone should read them in ten seconds, so each is one short sentence
computed from the data; templates print them and never count anything.
"""

from __future__ import annotations

from typing import Any

from ventana_data import number, percent

from .catalogue import DONE, GROUPS

# With this many missing steps or fewer, the second line names them one by one.
NAMED_MISSING = 3
# Group names as they read after "de": "2 de leyes", "1 de la plataforma digital".
GROUP_AFTER_DE = {
    "leyes": "leyes",
    "instituciones": "instituciones",
    "politica": "la política estatal",
    "plataforma": "la plataforma digital",
}


def add_opening_lines(records: list[dict[str, Any]], summary: dict[str, Any]) -> None:
    """Give every record its ``calculado.en_corto``: needs the national average."""
    for record in records:
        record["calculado"]["en_corto"] = opening_lines(record["calculado"], summary)


def opening_lines(calc: dict[str, Any], summary: dict[str, Any]) -> list[str]:
    """Level and steps; what is missing; the comparison with the national average."""
    return [
        f"{calc['semaforo_etiqueta']}: {calc['nombre']} cumple {calc['componentes_cumplidos']} "
        f"de {calc['componentes_total']} pasos ({percent(calc['porcentaje'])}).",
        missing_line(calc["componentes"]),
        comparison_line(calc["porcentaje"], summary),
    ]


def missing_line(components: list[dict[str, Any]]) -> str:
    """Names up to NAMED_MISSING missing steps; counts them by group when there are more."""
    missing = [c for c in components if c["estado"] != DONE]
    if not missing:
        return "Ya cumplió todos los pasos."
    steps = "1 paso" if len(missing) == 1 else f"{len(missing)} pasos"
    verb = "Le falta" if len(missing) == 1 else "Le faltan"
    if len(missing) <= NAMED_MISSING:
        names = ["«" + c["etiqueta"] + "»" for c in missing]
        return f"{verb} {steps}: {_join(names)}."
    counts = {g: sum(1 for c in missing if c["grupo"] == g) for g in GROUPS}
    parts = [f"{n} de {GROUP_AFTER_DE[g]}" for g, n in counts.items() if n]
    return f"{verb} {steps}: {_join(parts)}."


def comparison_line(pct: int, summary: dict[str, Any]) -> str:
    """Whole points above or below the mean of every state's percentage."""
    mean = summary["avance_promedio"]
    points = round(pct - mean)
    states = f"los {summary['total_estados']} estados"
    if points == 0:
        return f"Está en el promedio de {states}, que es {percent(mean)}."
    side = "arriba" if points > 0 else "abajo"
    unit = "punto" if abs(points) == 1 else "puntos"
    average = f"del promedio de {states}, que es {percent(mean)}"
    return f"Está {number(abs(points))} {unit} {side} {average}."


def _join(items: list[str]) -> str:
    """'a', 'a y b', 'a, b y c'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " y " + items[-1]
