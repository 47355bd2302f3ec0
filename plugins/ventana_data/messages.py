"""What an editor reads about a value: its type, format, schema rule or setting.

The kernel's one style for message modules (see docs/architecture.md): a mistake an
editor can fix is a dict constant with the parts of a ``DataError`` (message,
expected, found, hint), its placeholders filled by ``fill``. Reading problems (bytes,
characters, YAML syntax) are in ``reading_messages``; dates and numbers as readers see
them, in ``formats``.
"""

from __future__ import annotations

TYPE_NAMES = {
    "string": "un texto",
    "integer": "un número entero (sin comillas ni decimales)",
    "number": "un número",
    "boolean": "sí o no, escrito como true o false",
    "array": "una lista (cada elemento en una línea que empieza con «- »)",
    "object": "una sección con claves (clave: valor)",
    "null": "nada (dejar vacío)",
}

FORMAT_NAMES = {
    "date": "una fecha con formato AAAA-MM-DD, por ejemplo 2024-03-15",
    "uri": "una dirección web completa que empiece con https://",
    "uri-reference": (
        "una dirección que empiece con https://, http://, mailto: o tel:, "
        "o una ruta del sitio como estados/"
    ),
}
URL_PROBLEM = "la dirección {problem}."
NOT_WEB_URI = "no empieza con https:// ni http://"


DID_YOU_MEAN = "¿Quisiste decir '{}'?"
ONE_OF = "uno de: {}"
INVALID = "el valor no es válido ({})."

# Plugin settings (pelicanconf.py): one line each, for whoever runs the build.
SETTINGS_NOT_DICT = (
    "pelicanconf.py: {name} debe ser un diccionario {{...}}, pero se recibió {found!r}."
)
SETTINGS_UNKNOWN_ONE = (
    "pelicanconf.py: {name}: la clave {keys} no se reconoce. {hint}Claves permitidas: {allowed}."
)
SETTINGS_UNKNOWN_MANY = (
    "pelicanconf.py: {name}: las claves {keys} no se reconocen. {hint}Claves permitidas: {allowed}."
)
SETTINGS_BAD_VALUE = (
    "pelicanconf.py: {name}['{key}']: se esperaba {expected}, pero se recibió {found!r}.{hint}"
)
PY_TYPE_NAMES = {
    bool: "true o false",
    int: "un número entero",
    float: "un número",
    str: "un texto",
    list: "una lista",
    tuple: "una lista",
    dict: "un diccionario",
}
TOP_LEVEL = "el nivel principal del archivo (sin espacios al inicio de la línea)"

FORMAT_HINTS = {
    "date": "Escribe la fecha como año-mes-día con cuatro, dos y dos cifras.",
    "uri": (
        "Copia la dirección completa desde el navegador; solo se aceptan http:// y https://, "
        "sin espacios ni comillas."
    ),
    "uri-reference": (
        "Para una página del sitio escribe su ruta (estados/); para otro sitio, la dirección "
        "completa (https://...). No uses javascript:, data: ni comillas."
    ),
}

TYPE_HINTS = {
    "integer": "Escribe solo la cifra, sin comillas ni palabras (por ejemplo 5).",
    "string": 'Encierra el valor entre comillas si es un texto o una clave como "01".',
    "boolean": "Escribe true (sí) o false (no), sin comillas.",
    "array": "Escribe cada elemento en su propia línea, empezando con «- ».",
    "": "Revisa el ejemplo de la plantilla.",
}

# One entry per JSON Schema keyword: the sentence, what was expected, how to fix it.
SCHEMA: dict[str, dict[str, str]] = {
    "additionalProperties": {
        "message": "la clave '{key}' no se reconoce.",
        "hint": "Borra la clave o revisa la plantilla para ver las claves permitidas.",
    },
    "required": {
        "message": "falta la clave obligatoria '{key}'.",
        "expected": "una línea «{key}: ...» dentro de {where}",
        "found": "la clave no está",
        "hint": "Agrega '{key}' (copia el ejemplo de la plantilla).",
    },
    "type": {"message": "el valor no es del tipo correcto."},
    "enum": {
        "message": "el valor no es uno de los permitidos.",
        "hint": "Escribe uno de los valores permitidos.",
    },
    "format": {"message": "el formato no es válido.", "hint": "Revisa el ejemplo de la plantilla."},
    "pattern": {
        "message": "el valor no tiene la forma esperada.",
        "hint": "Revisa el ejemplo de la plantilla.",
    },
    "minimum": {
        "message": "el número está fuera del rango permitido.",
        "expected": "un número mayor o igual a {}",
        "hint": "Corrige la cifra.",
    },
    "maximum": {
        "message": "el número está fuera del rango permitido.",
        "expected": "un número menor o igual a {}",
        "hint": "Corrige la cifra.",
    },
    "exclusiveMinimum": {
        "message": "el número está fuera del rango permitido.",
        "expected": "un número mayor que {}",
        "hint": "Corrige la cifra.",
    },
    "exclusiveMaximum": {
        "message": "el número está fuera del rango permitido.",
        "expected": "un número menor que {}",
        "hint": "Corrige la cifra.",
    },
    "minLength": {
        "message": "la longitud no es la permitida.",
        "expected": "al menos {} caracteres",
        "hint": "Escribe un poco más.",
    },
    "maxLength": {
        "message": "la longitud no es la permitida.",
        "expected": "como máximo {} caracteres",
        "hint": "Acorta el texto.",
    },
    "minItems": {
        "message": "la lista es demasiado corta.",
        "expected": "al menos {} elementos",
        "hint": "Agrega los elementos que faltan.",
    },
    "maxItems": {
        "message": "la lista es demasiado larga.",
        "expected": "como máximo {} elementos",
        "hint": "Quita los elementos que sobran.",
    },
    "const": {
        "message": "el valor no es el esperado.",
        "expected": "{!r}",
        "hint": "Copia el valor de la plantilla.",
    },
    "uniqueItems": {
        "message": "la lista tiene elementos repetidos.",
        "expected": "elementos distintos",
        "hint": "Borra los repetidos.",
    },
}


# The header of a Markdown file (pages, news, lessons). Plugins may override words.
FRONT_MATTER = {
    "empty_file": "un archivo vacío",
    "missing": "falta el encabezado YAML al inicio del archivo.",
    "missing_expected": "una primera línea con ---, luego title: ..., y otra línea ---",
    "missing_hint": "Copia el encabezado de otra página y cambia sus valores.",
    "not_closed": "el encabezado YAML no se cierra.",
    "not_closed_expected": "una línea con --- después de los datos del encabezado",
    "not_closed_found": "ninguna línea de cierre",
    "not_closed_hint": "Agrega una línea con --- antes del texto de la página.",
    "not_mapping": "el encabezado debe tener claves como «title: ...».",
    "not_mapping_hint": "Escribe una clave por línea: title, summary, date.",
}


def type_name(json_type: str | list[str]) -> str:
    if isinstance(json_type, list):
        return " o ".join(TYPE_NAMES.get(t, t) for t in json_type)
    return TYPE_NAMES.get(json_type, json_type)


def python_type_name(value: object) -> str:
    if isinstance(value, bool):
        return f"{'true' if value else 'false'} (sí/no)"
    if value is None:
        return "un valor vacío"
    if isinstance(value, int | float):
        return f"el número {value}"
    if isinstance(value, str):
        return f"el texto «{value[:60]}»"
    if isinstance(value, list):
        return f"una lista de {len(value)} elemento(s)"
    if isinstance(value, dict):
        return "una sección con claves"
    return repr(value)


NOT_A_MAPPING = {
    "message": "el archivo no tiene la forma esperada: claves con sus valores.",
    "expected": "líneas «clave: valor» al inicio del archivo, como en la plantilla",
    "hint": "Copia la plantilla de la carpeta (el archivo que empieza con _) y llena sus valores.",
}

# A {dato:id} in a page, or «dato: id» in an infographic, that data/facts.yaml lacks.
# The hint starts with DID_YOU_MEAN when an id is close.
UNKNOWN_FACT = {
    "message": "el dato '{ref}' no existe en {source}.",
    "expected": "el id de un dato de {source}",
    "found": "'{ref}'",
    "hint": "Datos disponibles: {listed}.",
}
NO_FACTS = "ninguno"
MORE_ERRORS = " Puede haber más errores en este archivo: aparecerán cuando corrijas este."


def fill(entry: dict[str, str], **values: object) -> dict[str, str]:
    """One message entry with its placeholders filled, ready for ``DataError(**...)``."""
    return {part: text.format(**values) for part, text in entry.items()}
