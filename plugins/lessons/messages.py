"""Every sentence the lessons plugin shows an editor or a site builder, in Spanish.

Kept in one module so the wording stays consistent and can be reviewed in one place.
Messages start in lower case: ``DataError.format`` puts them after "archivo:línea:col: campo:".
"""

from __future__ import annotations

WHAT = "las lecciones de la Escuela de Héroes"

# Overrides for the shared front matter reader (plugins/ventana_data/frontmatter.py).
FRONT_MATTER_WORDS = {
    "empty_file": "un archivo vacío",
    "missing": "falta el encabezado de la lección al inicio del archivo.",
    "missing_expected": "una primera línea con ---, luego los datos (title: ...) y otra línea ---",
    "missing_hint": "Copia el encabezado de otra lección de content/lessons/ y cambia sus valores.",
    "not_closed": "el encabezado de la lección no se cierra.",
    "not_closed_expected": "una línea con --- después de los datos de la lección",
    "not_closed_found": "ninguna línea de cierre",
    "not_closed_hint": "Agrega una línea con --- después de actividad_en_familia y "
    "alineacion, antes de las notas para el docente.",
    "not_mapping": "el encabezado debe tener claves como «title: ...».",
    "not_mapping_hint": "Escribe una clave por línea: title, summary, grados...",
}

# Each mistake: a dict with the parts of a DataError, filled by ventana_data's ``fill``.
QUESTION_IN_BRACKETS = {
    "message": "una pregunta con «?» dentro de corchetes [ ] necesita comillas.",
    "found": "«{line}»",
    "hint": "Escribe cada pregunta en su propia línea, empezando con «- », o "
    'ponla entre comillas: ["¿Qué hizo Nico?"].',
}

SLUG_EXPECTED = "minúsculas sin acentos, números y guiones, por ejemplo la-cartera-perdida"
BAD_SLUG = {
    "message": "la dirección de la lección tiene caracteres que no se permiten.",
    "expected": SLUG_EXPECTED,
    "found": "«{slug}»",
    "hint": "Cambia el valor de slug: usa solo minúsculas sin acentos, números y guiones.",
}
BAD_FILENAME = {
    "message": "el nombre del archivo forma la dirección web de la lección y no es válido.",
    "expected": SLUG_EXPECTED,
    "found": "«{name}»",
    "hint": "Cambia el nombre del archivo: un número, un guion y el título en minúsculas "
    "sin acentos, por ejemplo 13-el-agua-de-todos.md.",
}

# Learning goals
GOALS_MISSING = {
    "message": "no existe el archivo de metas de aprendizaje.",
    "hint": "Crea data/lessons/learning_goals.yaml con la lista «metas».",
}
GOAL_DUPLICATE = {
    "message": "la meta '{id}' está repetida.",
    "expected": "cada id de meta una sola vez",
    "found": "otra meta con el mismo id en la línea {line}",
    "hint": "Cambia el id de una de las dos, por ejemplo al siguiente número libre.",
}
GOAL_NOT_TAUGHT = {
    "message": "ninguna actividad enseña la meta '{id}'.",
    "expected": "que al menos una actividad de alguna lección la cite en sus metas",
    "found": "ninguna de las {count} lecciones la trabaja en una actividad",
    "hint": "Agrega '{id}' a las metas de una lección y de una de sus actividades, "
    "o borra la meta de este archivo si ya no se usa.",
}
# The hint is "¿Quisiste decir …?" when a goal id is close.
UNKNOWN_GOAL = {
    "message": "la meta '{id}' no existe.",
    "expected": "un id de data/lessons/learning_goals.yaml, entre {first} y {last}",
    "found": "'{id}'",
    "hint": "Revisa la lista de metas en data/lessons/learning_goals.yaml.",
}
ACTIVITY_GOAL_NOT_IN_LESSON = {
    "message": "la actividad cita la meta '{id}', pero la lección no la incluye.",
    "expected": "una de las metas de la lección: {ids}",
    "found": "'{id}'",
    "hint": "Agrega '{id}' a la lista metas del inicio de la lección, o quítala de esta actividad.",
}

# Minutes, ages, phase
DURATION_TOO_SHORT = {
    "message": "la duración de la lección es menor que la suma de sus actividades.",
    "expected": "al menos {total} minutos ({parts})",
    "found": "{minutes} minutos",
    "hint": "Escribe duracion: {total} o más, o reduce los minutos de alguna actividad.",
}
AGES_REVERSED = {
    "message": "la edad máxima es menor que la edad mínima.",
    "expected": "un número igual o mayor que edad_min ({low})",
    "found": "edad_min: {low} y edad_max: {high}",
    "hint": "Revisa si los dos números están al revés.",
}
FASE_MISMATCH = {
    "message": "la fase no corresponde a los grados de la lección.",
    "expected": "una de estas fases: {options}",
    "found": "fase {fase} ({grades})",
    "hint": "Fases del plan de estudio 2022: 2 preescolar; 3 primaria 1.º y 2.º; 4 primaria "
    "3.º y 4.º; 5 primaria 5.º y 6.º; 6 secundaria.",
}
DUPLICATE_SLUG = {
    "message": "otra lección ya usa la dirección '{slug}' ({other}); las dos se publicarían "
    "en el mismo lugar.",
    "expected": "una dirección distinta para cada lección",
    "found": "dos lecciones con la dirección «{slug}»",
    "hint": "Cambia el nombre de uno de los archivos (después del número) o escribe otro "
    "valor en slug.",
}

# Log lines (site builders read these in the terminal)
LOG_LOADED = "lessons: %d lecciones, %d actividades, %d metas"
LOG_GOAL_NOT_IN_ACTIVITY = (
    "lessons: %s: la lección cita la meta %s, pero ninguna de sus actividades la trabaja"
)
LOG_NO_LESSONS = "lessons: no hay lecciones en %s; la guía se publica vacía"
LOG_WROTE = "lessons: %d páginas de la Escuela de Héroes"

# Printable PDFs
PANGO_PACKAGES = ("libpango-1.0-0", "libpangoft2-1.0-0")
PDF_NO_WEASYPRINT = (
    "lessons: no se pueden crear los PDF de la Escuela de Héroes: WeasyPrint no carga "
    "({error}).\n"
    "Cómo corregirlo: instala las bibliotecas de Debian que necesita, como root:\n"
    "    apt-get install -y {packages}\n"
    'y el paquete de Python: python -m pip install -e ".[dev]". '
    "Para compilar sin PDF, pon LESSONS = {{'pdf': False}} en pelicanconf.py."
)
LOG_PDFS = (
    "lessons: %d PDF (%d dibujados, %d de la caché, %d de ellos sin armar su HTML, "
    "%d páginas) en %.1f s"
)
PDF_KIND_LESSON = "Lección completa"
PDF_KIND_SHEETS = "Solo hojas para el alumno"
PDF_KIND_GUIDE = "Guía completa"
PAPER_LABELS = {"carta": "carta", "a4": "A4"}
