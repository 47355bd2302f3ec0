"""Every sentence this package shows an editor, except the rule texts.

Rule messages and hints live in each rule's own file (``checks/<rule>.py``) so that
adding a rule touches one file; everything else an editor reads is here.
"""

from __future__ import annotations

LOG_PREFIX = "publish_checks:"

SEVERITY_NAMES = {"error": "error", "warning": "advertencia"}
SECTION_NAMES = {"pagina": "texto de la página", "ninos": "texto para niñas y niños"}

# Settings and CLI
REPORT_OUTSIDE_OUTPUT = (
    "una ruta fuera de la carpeta publicada {output}, por ejemplo reports/checks.html"
)
NO_SUCH_FOLDER = "No existe la carpeta de páginas {path}"
UNKNOWN_RULES = "Reglas desconocidas en PUBLISH_CHECKS['disable']: {unknown}"

# Data files
DATA_MISSING = "No se encontró el archivo {path}"
DATA_INVALID = "{path}: {problem}"
GLOSSARY_SHAPE = "se esperaba «terminos:» con una lista de términos que tengan sigla y nombre"
PLAIN_SHAPE = "se esperaba «terminos:» con una lista de {termino, alternativa}"
PAGE_UNREADABLE = "No se pudo leer la página {page}: {problem}"

# Run summary
HTML_QUOTES_REASON = "El reporte cita frases de otras páginas; las siglas se explican allá."
SUMMARY = "{errors}, {warnings} en {pages}"
COUNT_WORDS = {
    "errors": ("error", "errores"),
    "warnings": ("advertencia", "advertencias"),
    "pages": ("página", "páginas"),
}


def counted(n: int, kind: str) -> str:
    """«1 error», «0 errores», «2 páginas»: Spanish agrees in number, even for one."""
    one, many = COUNT_WORDS[kind]
    return f"{n} {one if n == 1 else many}"


WAIVERS_TITLE = "Excepciones declaradas ({count}):"
WAIVER_LINE = "  {page}: {rule} — {reason} ({kind})"
WAIVER_KINDS = {"metadata": "metadatos de la página", "element": "data-check-ignore"}
THRESHOLD_LOWERED = "  Umbral bajado a {threshold:g}: {reason}"
FAILED = "Publicación bloqueada: {summary}. Mira {report}"
REPORTS_WRITTEN = "Reportes escritos: {paths}"
TOOL_FAILED = "La revisión no pudo terminar: {problem}"
CACHE_IGNORED = "%s caché ignorada (%s): %s"
CACHE_NOT_SAVED = "%s no se pudo guardar la caché %s: %s"
CHECKED = "%s páginas revisadas (%s desde la caché) en %.2f s"
MORE_FINDINGS = "… y {count} hallazgos más: mira {report}"
DETAILS_IN = "Detalles y cómo corregirlo: {report}"
BUILD_DONE = "Listo. Para verlo: {serve}"
BUILD_BLOCKING = "Listo, con {errors} que bloquearían la publicación: mira {report}"
BUILD_WARNINGS = "Listo, sin errores que bloqueen la publicación ({warnings}: mira {report})"

# HTML report
HTML_TITLE = "Revisión antes de publicar"
HTML_INTRO = (
    "Este reporte lista lo que hay que corregir antes de publicar. Los errores bloquean "
    "la publicación; las advertencias son recomendaciones."
)
HTML_NO_FINDINGS = "No se encontraron problemas."
HTML_COLUMNS = ("Línea", "Gravedad", "Regla", "Criterio WCAG", "Qué pasa", "Cómo corregirlo")
HTML_WAIVER_COLUMNS = ("Página", "Regla", "Motivo", "Tipo")
HTML_READ_COLUMNS = ("Página", "Sección", "Puntaje", "Nivel", "Umbral", "Frases más difíciles")
HTML_FINDINGS_CAPTION = "Problemas en {source}"
HTML_WAIVERS = "Excepciones declaradas"
HTML_READABILITY = "Legibilidad de las páginas con problemas"
HTML_READABILITY_OK = (
    "{count} secciones más no tienen problemas de legibilidad; el puntaje de cada una está "
    "en el reporte JSON."
)
HTML_RULES = "Resumen por regla"
HTML_RULE_COLUMNS = ("Regla", "Gravedad", "Qué revisa", "Hallazgos")
HTML_PAGE = "Página publicada: {page}"
