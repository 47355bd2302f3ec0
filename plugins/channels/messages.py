"""Every mistake in data/channels.yaml this plugin reports to an editor, in Spanish.

The kernel's style (docs/architecture.md): each is a dict with the parts of a
``DataError``, its ``{placeholders}`` filled by ``ventana_data.messages.fill``.
"""

from __future__ import annotations

# {why}: the reason the key is needed (FEDERAL_NEEDS or OFFICIAL_NEEDS).
NEEDS = {
    "message": "falta '{key}': {why}.",
    "expected": "«{key}: …»",
    "found": "ninguno",
    "hint": "Agrega el campo, o marca el canal con «sample: true» si el dato no es "
    "de una publicación oficial.",
}
FEDERAL_NEEDS = "todo canal federal lleva «id» y «atiende»"
OFFICIAL_NEEDS = (
    "un canal con «sample: false» sale de una publicación oficial: lleva nombre, url y "
    "fuente (y fecha_consulta cuando alguien la revisó)"
)
SAMPLE_CONTACT = {
    "message": "un canal de ejemplo no puede llevar '{key}': el sitio nunca presenta "
    "un dato inventado como real.",
    "expected": "sin «{key}» mientras «sample: true»",
    "found": "«{key}»",
    "hint": "Borra el campo, o copia el dato de la publicación oficial y escribe "
    "«sample: false» con su «fuente» y «fecha_consulta».",
}
STATE_HAS_FEDERAL_KEY = {
    "message": "'{key}' solo va en los canales federales.",
    "expected": "nombre, siglas, url, telefono, direccion, horario, fuente, fecha_consulta",
    "found": "«{key}»",
    "hint": "Bórralo: el sitio dice qué atiende cada tipo de canal estatal.",
}
# The hint is "¿Quisiste decir …?" when a state's file name is close.
UNKNOWN_STATE = {
    "message": "'{slug}' no es el nombre de archivo de ningún estado.",
    "expected": "el nombre del archivo del estado en data/states/, sin .yaml",
    "found": "'{slug}'",
    "hint": "Revisa cómo se escribe.",
}
MISSING_STATE = {
    "message": "faltan los canales de {name}.",
    "expected": "una entrada «{slug}:» con contraloria, fiscalia_anticorrupcion y "
    "comite_participacion_ciudadana",
    "found": "ninguna",
    "hint": "Copia la entrada de otro estado y marca «sample: true» lo que no sea oficial.",
}
