"""The rule tables of docs/publish_checks.md, written from the rules and the axe mapping."""

from __future__ import annotations

from . import axe_map
from .checks import all_rules
from .messages import SEVERITY_NAMES

# Rules without a WCAG criterion are security rules, except these.
NEITHER = frozenset(
    {"accesskey-duplicate", "link-broken", "presentation-role-conflict", "waiver-reason-missing"}
)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def rules_table() -> str:
    """One row per rule: id, WCAG, severity, title, message, how to fix it, axe rules."""
    rows = [
        "| Id | WCAG | Gravedad | Qué revisa | Mensaje | Cómo corregirlo | En axe-core |",
        "|---|---|---|---|---|---|---|",
    ]
    for rule in all_rules():
        wcag = rule.wcag or ("—" if rule.id in NEITHER else "seguridad")
        axe = ", ".join(f"`{a}`" for a in rule.axe) or (
            f"más que axe: {rule.beyond_axe}" if rule.beyond_axe else "—"
        )
        rows.append(
            f"| `{rule.id}` | {wcag} | {SEVERITY_NAMES.get(str(rule.severity), rule.severity)} "
            f"| {_cell(rule.title)} | {_cell(rule.message)} | {_cell(rule.hint)} | {axe} |"
        )
    matched = [r for r in all_rules() if r.axe]
    beyond = [r for r in all_rules() if r.beyond_axe]
    rows.append(
        f"\n{len(all_rules())} reglas; {len(matched)} coinciden con "
        f"{len(axe_map.covered())} reglas de axe-core {axe_map.AXE_VERSION} "
        f"(en {len(axe_map.groups())} grupos); {len(beyond)} piden más que axe; "
        f"{len(axe_map.NO_COUNTERPART)} reglas de axe-core no tienen regla aquí (abajo)."
    )
    return "\n".join(rows)


def axe_table() -> str:
    """The axe-core rules no rule of ours matches, and why."""
    rows = ["| Regla de axe-core | Tipo | Por qué |", "|---|---|---|"]
    for axe_id, (kind, reason) in sorted(axe_map.NO_COUNTERPART.items()):
        rows.append(f"| `{axe_id}` | {kind} | {_cell(reason)} |")
    return "\n".join(rows)
