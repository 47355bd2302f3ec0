"""What an editor reads instead of Pelican's English log lines and tracebacks.

``pelican_output`` matches each Pelican message against ``PELICAN_MESSAGES`` (the
English text as Pelican words it, then the Spanish line with the same
``{placeholders}``); a traceback becomes one ``TRACEBACK`` line whose cause comes
from ``EXCEPTIONS`` when the exception is known, ``UNEXPECTED`` otherwise.
"""

from __future__ import annotations

import re

# (Pelican's message, the Spanish line). Only messages that change what gets published.
PELICAN_MESSAGES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"Done: Processed (?P<articles>\d+) articles?, .*?(?P<pages>\d+) pages?, "
            r".* in (?P<seconds>[\d.]+) seconds\."
        ),
        "Pelican terminó: {articles} noticias y {pages} páginas en {seconds} s.",
    ),
    (
        re.compile(r"Could not process (?P<path>\S+)"),
        "Error: no se pudo leer {path}; esa página no se publicó. Revisa su encabezado "
        "(entre las líneas ---) y que el archivo esté guardado en UTF-8.",
    ),
    (
        re.compile(
            r"Skipping (?P<what>.+?): file (?P<file>.+) would be written outside output path"
        ),
        "Error: {what} no se publicó: su archivo {file} quedaría fuera de la carpeta del "
        "sitio. Revisa «save_as» y «url» en su encabezado.",
    ),
    (
        re.compile(r"Skipping (?P<what>.+?): could not find information about '(?P<prop>[^']+)'"),
        "Error: {what} no se publicó: le falta «{prop}» en su encabezado.",
    ),
    (
        re.compile(r"Unknown status '(?P<status>[^']*)' for file (?P<path>.+?), skipping it"),
        "Error: {path} no se publicó: «status: {status}» no se reconoce "
        "(usa published, draft o hidden).",
    ),
    (
        re.compile(r"Unable to find '(?P<link>[^']+)', skipping url replacement"),
        "Aviso: un enlace apunta a {link}, que no existe; quedó sin cambiar. "
        "Revisa el nombre del archivo después de {{filename}} o {{static}}.",
    ),
    (
        re.compile(r"Empty alt attribute for image (?P<image>\S+) in (?P<path>\S+)"),
        "Aviso: la imagen {image} de {path} no tiene texto alternativo.",
    ),
    (
        re.compile(r"Cannot load plugin `(?P<plugin>[^`]+)`"),
        "Error: no se pudo cargar el plugin «{plugin}»; revisa PLUGINS en pelicanconf.py.",
    ),
    (
        re.compile(r"Generator (?P<generator>.+?) \(.*\) cannot be loaded"),
        "Error: no se pudo cargar el generador {generator}.",
    ),
    (
        re.compile(r"Could not save cache (?P<path>\S+)"),
        "Aviso: no se pudo guardar la caché {path}; la próxima compilación tardará más.",
    ),
]

# Known exceptions of a build that stops: its type (the last dotted part) -> the cause.
EXCEPTIONS = {
    "TemplateSyntaxError": "una plantilla del tema está mal escrita",
    "TemplateNotFound": "falta una plantilla del tema",
    "UndefinedError": "una plantilla usa un valor que no existe",
    "TemplateAssertionError": "una plantilla del tema usa un filtro o una prueba que no existe",
    "UnicodeDecodeError": "un archivo no está guardado en UTF-8",
    "RecursionError": "un archivo se refiere a sí mismo sin fin",
    "MemoryError": "un archivo es demasiado grande para leerlo",
    "PermissionError": "no hay permiso para leer o escribir un archivo",
    "FileNotFoundError": "falta un archivo o una carpeta",
}
DISK_FULL = "no queda espacio en el disco"
UNEXPECTED = "error inesperado de Pelican o de un plugin"
TRACEBACK = (
    "{where}La compilación se detuvo: {cause} (detalle: {detail}).\n"
    "    Cómo corregirlo: {hint} El detalle técnico, para quien mantiene el sitio, "
    "quedó en {log}."
)
HINT_TEMPLATE = "revisa esa línea de la plantilla."
HINT_FILE = "revisa ese archivo en esa línea."
HINT_UNKNOWN = (
    "si acabas de cambiar un archivo, revisa ese cambio; si no, avisa a quien mantiene el sitio."
)
LOG_FAILED = "(no se pudo guardar: {error})"
LOG_HEADER = "# Detalle técnico de la última compilación que se detuvo ({command})\n\n"
