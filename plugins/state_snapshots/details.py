"""Sentences and labels the state pages show, computed here so templates hold markup only."""

from __future__ import annotations

from typing import Any

_MISSING = object()


def _yes(value: Any) -> str:
    return "sí" if value else "no"


def _text(value: Any) -> str:
    """A value as Jinja prints it: nothing for a missing key, ``None`` for null."""
    return "" if value is _MISSING else str(value)


def component_detail(data: dict[str, Any], key: str) -> str:
    """The one-line detail of a component in the checklist (counts, yes/no answers)."""
    raw = (
        data["instituciones"].get(key)
        or data["politica_estatal"].get(key)
        or data["plataforma_digital"]["sistemas"].get(key)
        or {}
    )

    def g(name: str) -> Any:
        return raw.get(name, _MISSING)

    def of(part: str, whole: str, what: str) -> str:
        return f"{_text(g(part))} de {_text(g(whole))} {what}."

    if key == "comite_participacion_ciudadana":
        return of("integrantes_designados", "integrantes_requeridos", "integrantes")
    if key == "tribunal_justicia_administrativa":
        return of("magistrados_designados", "magistrados_previstos", "magistraturas ocupadas")
    if key == "comite_coordinador" and g("sesiones_ultimo_anio") is not None:
        return f"{_text(g('sesiones_ultimo_anio'))} sesiones en los últimos 12 meses."
    if key == "secretaria_ejecutiva":
        return (
            f"Órgano de gobierno: {_yes(raw.get('organo_gobierno_instalado'))}. "
            f"Comisión ejecutiva: {_yes(raw.get('comision_ejecutiva_instalada'))}. "
            f"Titular técnico: {_yes(raw.get('secretario_tecnico_designado'))}."
        )
    if key == "fiscalia_anticorrupcion":
        return f"Fiscal designado: {_yes(raw.get('fiscal_designado'))}."
    if key == "politica" and raw.get("estado") == "cumplido":
        follows = "Sigue" if raw.get("alineada_politica_nacional") else "No sigue"
        return f"{follows} la política nacional."
    if key == "programa_implementacion" and raw.get("acciones_totales"):
        return of("acciones_concluidas", "acciones_totales", "acciones terminadas")
    if "entes_totales" in raw:
        return of("entes_conectados", "entes_totales", "instituciones conectadas")
    return ""


def milestones_in_order(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The state's milestones by date, each with ``numero``: its place in the YAML list."""
    logros = data.get("logros") or []
    numbered = [{**item, "numero": logros.index(item) + 1} for item in logros]
    return sorted(numbered, key=lambda item: str(item.get("fecha") or "").lower())
