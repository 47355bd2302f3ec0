"""Every sentence this plugin shows an editor or a reader, in one place.

Editors read the validation messages; readers see the labels drawn into the SVG
and PNG images. Keeping both here makes a wording change a one-line edit.
"""

from __future__ import annotations

from ventana_data.formats import MONTHS, long_date

# --- data/infographics/*.yaml -----------------------------------------------------
WHAT = "las infografías"
# Each mistake: a dict with the parts of a DataError, filled by ventana_data's ``fill``.
NOT_A_MAPPING = {
    "message": "el archivo debe empezar con claves como «titulo:», «slug:» y «bloques:».",
    "hint": "Copia la estructura de data/infographics/_plantilla.yaml.",
}
SLUG_MISMATCH = {
    "message": "el slug no coincide con el nombre del archivo.",
    "expected": "'{stem}'",
    "found": "'{slug}'",
    "hint": "Cambia el slug a '{stem}' o renombra el archivo a '{slug}.yaml'.",
}
# {ids}: the defined ids joined with commas, or "ninguno".
SOURCE_MISSING = {
    "message": "la fuente '{ref}' no está en la lista «fuentes» de este archivo.",
    "expected": "el id de una fuente de la lista «fuentes»",
    "found": "'{ref}'",
    "hint": "Agrega la fuente en «fuentes» o corrige el id. Ids definidos: {ids}.",
}
SOURCE_DUPLICATE = {
    "message": "el id de fuente '{ref}' está repetido.",
    "expected": "un id distinto",
    "found": "'{ref}'",
    "hint": "Cada fuente necesita un id distinto.",
}
DATE_FUTURE = {
    "message": "la fecha está en el futuro.",
    "expected": "una fecha hasta hoy ({today})",
    "found": "{value}",
    "hint": "Escribe la fecha en que se publicó o consultó el dato, no una fecha por venir.",
}
COLUMNS_MISMATCH = {
    "message": "la fila tiene {found} valores, pero la comparación tiene {expected} columnas.",
    "expected": "{expected} valores",
    "found": "{found} valores",
    "hint": "Escribe un valor por cada columna, en el mismo orden que «columnas».",
}
FEATURED_OUT_OF_RANGE = {
    "message": "«destacado» señala el bloque {found}, pero solo hay {total} bloques.",
    "expected": "un número del 1 al {total}",
    "found": "{found}",
    "hint": "Escribe el número de un bloque (1 es el primero).",
}
FIGURE_VALUE = {
    "message": "cada cifra lleva «valor:» o «dato:», no los dos ni ninguno.",
    "hint": "Escribe «dato: <id>» para una cifra de data/facts.yaml, o «valor: <número>» para "
    "una cifra que solo dice esta infografía.",
}

# --- logs -------------------------------------------------------------------------
LOG_LOADED = "infographics: %d infografías leídas de %s"
LOG_NO_STATES = (
    "infographics: no hay datos de estados en el contexto; el bloque de avance "
    "estatal de '%s' se muestra vacío"
)
LOG_IMAGES = "infographics: %d imágenes dibujadas, %d tomadas del caché, %.2f s dibujando"

# --- what readers see in the images -----------------------------------------------
SAMPLE = "Datos de ejemplo"
SOURCE = "Fuente"
MORE_ROWS = "… y {n} más en la página de la infografía"
STEP = "Paso {n}"
STATES_SOURCE_TITLE = "Datos de los estados publicados en este sitio"
STATES_DATE_LABEL = "corte más reciente"
PROGRESS_UNIT = "% de avance"
PROGRESS_SUMMARY_POLICY = "estados tienen su política anticorrupción aprobada."
PROGRESS_SUMMARY_LAWS = "estados tienen publicadas sus leyes anticorrupción."
PROGRESS_SUMMARY_AVERAGE = "es el avance promedio de los sistemas locales."
PROGRESS_NO_DATA = "Todavía no hay datos de los estados."

DESC_FIGURES = "Cifras clave. "
DESC_STEPS = "{n} pasos en orden. "
DESC_BARS = "Gráfica de barras, en {unit}. "
DESC_TIMELINE = "Línea de tiempo con {n} fechas. "
DESC_SAME_AS_TEXT = "Abajo están los mismos datos en texto."
TEXT_SAME = "Los mismos datos, en texto:"
TEXT_DETAIL = "Con más detalle:"


def spanish_date(value: str | int | None) -> str:
    """'2015-05-27' -> '27 de mayo de 2015'; '2016-07' -> 'julio de 2016'; 2016 -> '2016'."""
    if value is None or value == "":
        return ""
    text = str(value)
    parts = text.split("-")
    try:
        if len(parts) == 3:
            return long_date(text)
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} de {parts[0]}"
    except (ValueError, IndexError):
        return text
    return text
