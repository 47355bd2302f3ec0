"""Every mistake in data/facts.yaml this plugin reports to an editor, in Spanish.

The kernel's style (docs/architecture.md): each is a dict with the parts of a
``DataError``, its ``{placeholders}`` filled by ``ventana_data.messages.fill``. An
id that a page or infographic names but the file lacks is the kernel's
``UNKNOWN_FACT``, since the infographics plugin reports it too.
"""

from __future__ import annotations

REPEATED_ID = {
    "message": "el dato '{ref}' ya está escrito más arriba.",
    "expected": "un id distinto para cada dato",
    "found": "'{ref}'",
    "hint": "Deja una sola entrada con ese id, o cambia el id de una de ellas.",
}
