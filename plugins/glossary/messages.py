"""Every mistake in data/glossary.yaml this plugin reports to an editor, in Spanish.

The kernel's style (docs/architecture.md): a dict with the parts of a ``DataError``,
its ``{placeholders}`` filled by ``ventana_data.messages.fill``.
"""

from __future__ import annotations

DUPLICATE_ACRONYM = {
    "message": "la sigla '{sigla}' ya está definida.",
    "expected": "cada sigla una sola vez",
    "found": "otra definición en terminos[{first}]",
    "hint": "Junta las dos definiciones en una sola entrada.",
}
