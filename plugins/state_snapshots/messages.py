"""Every sentence this plugin shows a liaison or whoever runs the build, in Spanish.

The kernel's style (docs/architecture.md): each mistake is a dict with the parts of a
``DataError`` (message, expected, found, hint); ``ventana_data.messages.fill`` fills
its placeholders, so the checks stay short and the wording lives in one place.
"""

from __future__ import annotations

WHAT = "los datos de los estados"
VALID = "Datos válidos: {n} estados."
CLI_HELP = "Revisa los archivos de data/states/ sin construir el sitio."
CLI_DATA_HELP = "carpeta de datos (la que contiene states/ y schema/); por omisión, data/"
CLI_TODAY_HELP = "fecha de hoy para revisar fechas futuras, AAAA-MM-DD (por omisión, hoy)"
CLI_NO_FOLDER = "No existe la carpeta {path}. Indica la carpeta de datos con --data."

NOT_A_MAPPING = {
    "message": "el archivo no tiene la forma de una ficha de estado.",
    "expected": "claves como «entidad:», «corte:» y «fuentes:» al inicio de las líneas",
    "found": "un archivo vacío o una lista",
    "hint": "Copia data/states/_plantilla.yaml y llena sus valores.",
}
UNKNOWN_STATE_FILE = {
    "message": "el nombre del archivo «{stem}.yaml» no corresponde a ningún estado.",
    "expected": "el nombre del estado en minúsculas y con guiones, por ejemplo nuevo-leon.yaml",
    "found": "{stem}.yaml",
    "hint": "Cambia el nombre del archivo. Si es un borrador, empieza su nombre con _.",
}
SLUG_MISMATCH = {
    "message": "el slug no coincide con el nombre del archivo.",
    "expected": "'{stem}' (el nombre del archivo sin .yaml)",
    "found": "'{slug}'",
    "hint": "Escribe «slug: {stem}» o cambia el nombre del archivo.",
}
CLAVE_MISMATCH = {
    "message": "la clave del INEGI no es la de {nombre}.",
    "expected": '"{expected}"',
    "found": '"{clave}"',
    "hint": 'Escribe «clave_inegi: "{expected}"», con comillas.',
}
DUPLICATE_CLAVE = {
    "message": 'la clave del INEGI "{clave}" ya la usa otro archivo: {other_file}.',
    "expected": "una clave distinta en cada archivo",
    "found": '"{clave}" repetida',
    "hint": "Escribe la clave de este estado; la lista está en data/states/_plantilla.yaml.",
}
# {expected}: the accepted names, each quoted, joined with " o "; {first}: the first one.
NAME_MISMATCH = {
    "message": "el nombre no es el del estado de este archivo.",
    "expected": "{expected}",
    "found": "'{nombre}'",
    "hint": "Escribe «nombre: {first}».",
}
MISSING_STATE = {
    "message": "falta el archivo de {nombre}.",
    "expected": "un archivo data/states/{slug}.yaml (el sitio publica los 32 estados)",
    "found": "el archivo no existe",
    "hint": "Copia data/states/_plantilla.yaml como {slug}.yaml y llena sus datos.",
}
MISSING_SOURCE = {
    "message": "falta la fuente: el estado '{estado}' necesita citar de dónde sale el dato.",
    "expected": "«fuente: id» con el id de una fuente de la lista «fuentes»",
    "found": "ninguna fuente",
    "hint": "Agrega la fuente a la lista «fuentes» y escribe su id aquí. "
    "Solo 'no_iniciado' puede ir sin fuente.",
}
FIGURE_WITHOUT_SOURCE = {
    "message": "la cifra '{key}' ({value}) no tiene fuente: el sitio la mostraría "
    "como «Sin fuente».",
    "expected": "«fuente: id» con el id de una fuente de la lista «fuentes»",
    "found": "ninguna fuente",
    "hint": "Toda cifra mayor que 0 necesita su fuente, aunque el paso no haya iniciado. "
    "Agrega la fuente a la lista «fuentes» y escribe su id junto a la cifra.",
}
HAND_TYPED_COUNT = {
    "message": "el texto repite una cifra que el sitio calcula («{found}»).",
    "expected": "texto sin cuentas del tipo «N de M»: la página ya muestra las cifras "
    "calculadas de los datos",
    "found": "«{found}»",
    "hint": "Borra la cifra, o la oración que la lleva. Si la cuenta cambia en los datos, "
    "la página se corrige sola; un texto escrito a mano se quedaría viejo.",
}
# {ids}: the defined ids, each quoted; the hint is "¿Quisiste decir …?" when one is close.
UNKNOWN_SOURCE = {
    "message": "la fuente '{ref}' no está en la lista «fuentes».",
    "expected": "uno de: {ids}",
    "found": "'{ref}'",
    "hint": "Agrega la fuente a la lista «fuentes» con este id, o corrige el id.",
}
UNKNOWN_SOURCE_NO_IDS = "una fuente en la lista «fuentes» con este id"
DUPLICATE_SOURCE = {
    "message": "el id de fuente '{ref}' está repetido (ya aparece en la línea {first_line}).",
    "expected": "un id distinto para cada fuente",
    "found": "'{ref}' dos veces",
    "hint": "Cambia uno de los dos ids, por ejemplo agregando el año.",
}
FUTURE_DATE = {
    "message": "la fecha está en el futuro.",
    "expected": "una fecha igual o anterior a hoy ({today})",
    "found": "{value}",
    "hint": "Revisa el año y el mes. Si algo aún no ocurre, no lo registres todavía.",
}
# {kind}: what is counted, the first word of the done key (integrantes, municipios...).
COUNT_ABOVE_TOTAL = {
    "message": "'{done_key}' es mayor que '{total_key}'.",
    "expected": "un número menor o igual a {total} ({total_key})",
    "found": "el número {done}",
    "hint": "Corrige una de las dos cifras: no puede haber más {kind} de los que hay en total.",
}
CUT_OFF_AFTER_UPDATE = {
    "message": "la fecha de corte es posterior a la última actualización.",
    "expected": "una fecha igual o anterior a {update} (ultima_actualizacion)",
    "found": "{corte}",
    "hint": "La fecha de corte es el día hasta el que llegan los datos; "
    "no puede ser después del día en que se editó el archivo.",
}


# Narratives (content/states/<slug>.md)
# Overrides for the shared front matter reader (ventana_data/frontmatter.py).
NARRATIVE_HEADER = {
    "missing": "falta el encabezado YAML al inicio del archivo.",
    "missing_expected": (
        "una primera línea con ---, luego title: ... y sample: ..., y otra línea ---"
    ),
    "missing_hint": "Copia el encabezado de otro archivo de content/states/.",
    "not_closed_hint": "Agrega una línea con --- antes del texto.",
    "not_mapping_hint": "Escribe una clave por línea: title, sample, date.",
}


NARRATIVE_UNKNOWN_STATE = {
    "message": "el archivo «{stem}.md» no corresponde a ningún estado.",
    "expected": "el mismo nombre que el archivo del estado en data/states/, con .md",
    "found": "{stem}.md",
    "hint": "Cambia el nombre del archivo, por ejemplo nuevo-leon.md.",
}

# Shared facts (data/facts.yaml) against the catalogue of steps
FACT_DISAGREES = {
    "message": (
        "el dato «{ref}» dice {value}, pero las fichas de los estados cuentan {counted} {what}."
    ),
    "expected": "{counted}, lo que cuentan las fichas (plugins/state_snapshots/catalogue.py)",
    "found": "{value}",
    "hint": (
        "Si la ley cambió, cambia también la lista de pasos del catálogo y la plantilla de "
        "las fichas; si no, escribe «valor: {counted}»."
    ),
}
