"""Every sentence the lessons plugin shows an editor or a site builder, in Spanish.

Kept in one module so the wording stays consistent and can be reviewed in one place.
Messages start in lower case: ``DataError.format`` puts them after "archivo:línea:col: campo:".
"""

from __future__ import annotations

WHAT = "las lecciones de la Escuela de Héroes"

# Files and front matter
EMPTY_FILE = "un archivo vacío"
NO_FRONT_MATTER = "falta el encabezado de la lección al inicio del archivo."
NO_FRONT_MATTER_EXPECTED = (
    "una primera línea con ---, luego los datos (title: ...) y otra línea ---"
)
NO_FRONT_MATTER_HINT = (
    "Copia el encabezado de otra lección de content/lessons/ y cambia sus valores."
)
FRONT_MATTER_NOT_CLOSED = "el encabezado de la lección no se cierra."
FRONT_MATTER_NOT_CLOSED_EXPECTED = "una línea con --- después de los datos de la lección"
FRONT_MATTER_NOT_CLOSED_FOUND = "ninguna línea de cierre"
FRONT_MATTER_NOT_CLOSED_HINT = (
    "Agrega una línea con --- después de actividad_en_familia y "
    "alineacion, antes de las notas para el docente."
)
FRONT_MATTER_NOT_MAPPING = "el encabezado debe tener claves como «title: ...»."
FRONT_MATTER_NOT_MAPPING_HINT = "Escribe una clave por línea: title, summary, grados..."

QUESTION_IN_BRACKETS = "una pregunta con «?» dentro de corchetes [ ] necesita comillas."
QUESTION_IN_BRACKETS_HINT = (
    "Escribe cada pregunta en su propia línea, empezando con «- », o "
    'ponla entre comillas: ["¿Qué hizo Nico?"].'
)

BAD_SLUG = "la dirección de la lección tiene caracteres que no se permiten."
BAD_SLUG_EXPECTED = "minúsculas sin acentos, números y guiones, por ejemplo la-cartera-perdida"
BAD_SLUG_FIELD_HINT = "Cambia el valor de slug: usa solo minúsculas sin acentos, números y guiones."
BAD_FILENAME = "el nombre del archivo forma la dirección web de la lección y no es válido."
BAD_FILENAME_HINT = (
    "Cambia el nombre del archivo: un número, un guion y el título en minúsculas "
    "sin acentos, por ejemplo 13-el-agua-de-todos.md."
)

# Learning goals
GOALS_MISSING = "no existe el archivo de metas de aprendizaje."
GOALS_MISSING_HINT = "Crea data/lessons/learning_goals.yaml con la lista «metas»."
GOAL_DUPLICATE = "la meta '{id}' está repetida."
GOAL_DUPLICATE_EXPECTED = "cada id de meta una sola vez"
GOAL_DUPLICATE_FOUND = "otra meta con el mismo id en la línea {line}"
GOAL_DUPLICATE_HINT = "Cambia el id de una de las dos, por ejemplo al siguiente número libre."
GOAL_NOT_TAUGHT = "ninguna actividad enseña la meta '{id}'."
GOAL_NOT_TAUGHT_EXPECTED = "que al menos una actividad de alguna lección la cite en sus metas"
GOAL_NOT_TAUGHT_FOUND = "ninguna de las {count} lecciones la trabaja en una actividad"
GOAL_NOT_TAUGHT_HINT = (
    "Agrega '{id}' a las metas de una lección y de una de sus actividades, "
    "o borra la meta de este archivo si ya no se usa."
)

UNKNOWN_GOAL = "la meta '{id}' no existe."
UNKNOWN_GOAL_EXPECTED = "un id de data/lessons/learning_goals.yaml, entre {first} y {last}"
UNKNOWN_GOAL_HINT = "Revisa la lista de metas en data/lessons/learning_goals.yaml."
ACTIVITY_GOAL_NOT_IN_LESSON = "la actividad cita la meta '{id}', pero la lección no la incluye."
ACTIVITY_GOAL_EXPECTED = "una de las metas de la lección: {ids}"
ACTIVITY_GOAL_HINT = (
    "Agrega '{id}' a la lista metas del inicio de la lección, o quítala de esta actividad."
)

# Minutes, ages, phase
DURATION_TOO_SHORT = "la duración de la lección es menor que la suma de sus actividades."
DURATION_EXPECTED = "al menos {total} minutos ({parts})"
DURATION_FOUND = "{minutes} minutos"
DURATION_HINT = "Escribe duracion: {total} o más, o reduce los minutos de alguna actividad."
AGES_REVERSED = "la edad máxima es menor que la edad mínima."
AGES_EXPECTED = "un número igual o mayor que edad_min ({low})"
AGES_FOUND = "edad_min: {low} y edad_max: {high}"
AGES_HINT = "Revisa si los dos números están al revés."
FASE_MISMATCH = "la fase no corresponde a los grados de la lección."
FASE_EXPECTED = "una de estas fases: {options}"
FASE_FOUND = "fase {fase} ({grades})"
FASE_HINT = (
    "Fases del plan de estudio 2022: 2 preescolar; 3 primaria 1.º y 2.º; 4 primaria 3.º "
    "y 4.º; 5 primaria 5.º y 6.º; 6 secundaria."
)

DUPLICATE_SLUG = (
    "otra lección ya usa la dirección '{slug}' ({other}); las dos se publicarían en el mismo lugar."
)
DUPLICATE_SLUG_EXPECTED = "una dirección distinta para cada lección"
DUPLICATE_SLUG_FOUND = "dos lecciones con la dirección «{slug}»"
DUPLICATE_SLUG_HINT = (
    "Cambia el nombre de uno de los archivos (después del número) o escribe otro valor en slug."
)

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
LOG_PDFS = "lessons: %d PDF (%d dibujados, %d de la caché, %d páginas) en %.1f s"
PDF_KIND_LESSON = "Lección completa"
PDF_KIND_SHEETS = "Solo hojas para el alumno"
PDF_KIND_GUIDE = "Guía completa"
PAPER_LABELS = {"carta": "carta", "a4": "A4"}


# Overrides for the shared front matter reader (plugins/ventana_data/frontmatter.py).
FRONT_MATTER_WORDS = {
    "empty_file": EMPTY_FILE,
    "missing": NO_FRONT_MATTER,
    "missing_expected": NO_FRONT_MATTER_EXPECTED,
    "missing_hint": NO_FRONT_MATTER_HINT,
    "not_closed": FRONT_MATTER_NOT_CLOSED,
    "not_closed_expected": FRONT_MATTER_NOT_CLOSED_EXPECTED,
    "not_closed_found": FRONT_MATTER_NOT_CLOSED_FOUND,
    "not_closed_hint": FRONT_MATTER_NOT_CLOSED_HINT,
    "not_mapping": FRONT_MATTER_NOT_MAPPING,
    "not_mapping_hint": FRONT_MATTER_NOT_MAPPING_HINT,
}
