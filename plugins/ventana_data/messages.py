"""Every sentence this package shows an editor, in one place so it can be translated.

Also the Spanish month names, so pages and images write dates the same way.
"""

from __future__ import annotations

import datetime as dt

import yaml

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


MAX_DEPTH = 20  # levels of nesting an editor file may have (yamlread refuses deeper)

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

# Dates as readers see them on pages and images, the same in every plugin.
MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)


def long_date(value: str | dt.date) -> str:
    """'2024-03-05' (or a date) -> '5 de marzo de 2024': the one date style of the site.

    Raises ValueError for a string that is not a full ISO date, so each caller decides
    how lenient to be with partial dates.
    """
    date = value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
    return f"{date.day} de {MONTHS[date.month - 1]} de {date.year}"


def number(value: float | int) -> str:
    """Numbers as read in Mexico: 1,234 and 12.5 (comma for thousands, point for decimals)."""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}"
    return f"{int(value):,}"


def percent(value: float | int) -> str:
    """59.1% and 75%: es-MX decimal point, no space before the sign, as Mexico writes it."""
    return f"{number(value)}%"


def file_size(size: int) -> str:
    """A download's size as a reader says it: '850 bytes', '12 kB', '1.4 MB'."""
    if size < 1000:
        return f"{size} bytes"
    if size < 1_000_000:
        return f"{number(round(size / 1000))} kB"
    return f"{number(round(size / 1_000_000, 1))} MB"


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


def describe_yaml_problem(exc: yaml.MarkedYAMLError, text: str) -> tuple[str, str]:
    """Turn PyYAML's English into a sentence and a fix a liaison can follow."""
    problem = (exc.problem or "") + " " + (exc.context or "")
    mark = exc.problem_mark
    line_text = ""
    if mark is not None:
        lines = text.splitlines()
        if mark.line < len(lines):
            line_text = lines[mark.line]
    before_mark = line_text[: (mark.column + 1 if mark else 0)]
    if "\\t" in problem or "\t" in before_mark:
        return (
            "hay un tabulador (tecla Tab) en la sangría; YAML solo acepta espacios.",
            "Borra el tabulador y usa espacios (2 por nivel) para alinear la línea.",
        )
    if "nesting depth" in problem:
        text = reading("depth", limit=MAX_DEPTH)
        return text["message"], text["hint"]
    if "found unexpected end of stream" in problem or "while scanning a quoted scalar" in problem:
        return (
            "unas comillas se abrieron y no se cerraron.",
            "Revisa que cada texto que empieza con comillas (\" o ') termine con las "
            "mismas comillas.",
        )
    if "mapping values are not allowed" in problem:
        return (
            "hay dos puntos (:) donde no se esperaban, o la sangría de esta línea es incorrecta.",
            "Si el texto lleva dos puntos, enciérralo entre comillas; si no, alinea la línea con "
            "las demás claves de su sección.",
        )
    if "expected <block end>" in problem or "did not find expected key" in problem:
        return (
            "la sangría (los espacios al inicio) no coincide con la de las líneas vecinas.",
            "Alinea esta línea con las demás claves de la misma sección usando espacios.",
        )
    if "did not find expected '-' indicator" in problem:
        return (
            "un elemento de la lista no está alineado con los demás.",
            "Cada elemento de una lista empieza con «- » en la misma columna.",
        )
    if "found character" in problem and "cannot start any token" in problem:
        return (
            "hay un carácter que no puede empezar un valor (por ejemplo @ o `).",
            "Encierra el valor entre comillas.",
        )
    if "expected ',' or ']'" in problem or "expected ',' or '}'" in problem:
        return (
            "una lista [ ] o un grupo { } no se cerró, o le falta una coma entre sus valores.",
            "Cierra los corchetes o llaves en la misma línea, o escribe cada valor en su propia "
            "línea empezando con «- ».",
        )
    return (
        "el archivo no es YAML válido a partir de este punto.",
        "Compara la línea con otra parecida que sí funcione o con la plantilla de su carpeta: "
        "sangría con espacios, «clave: valor» y textos con comillas si llevan dos puntos.",
    )


def impossible_value(tag: str) -> tuple[str, str, str]:
    """A value that looks like a date (or number) but cannot exist, such as 2024-02-30."""
    if tag.endswith(":timestamp"):
        return (
            "la fecha no existe en el calendario.",
            "una fecha real con formato AAAA-MM-DD: mes de 01 a 12 y un día que exista en ese mes",
            "Revisa el mes y el día; por ejemplo, febrero tiene 28 o 29 días.",
        )
    return (
        "el valor no se pudo leer.",
        "un valor como los del ejemplo de la plantilla",
        "Si es un texto, enciérralo entre comillas.",
    )


NOT_A_MAPPING = {
    "message": "el archivo no tiene la forma esperada: claves con sus valores.",
    "expected": "líneas «clave: valor» al inicio del archivo, como en la plantilla",
    "hint": "Copia la plantilla de la carpeta (el archivo que empieza con _) y llena sus valores.",
}

MORE_ERRORS = " Puede haber más errores en este archivo: aparecerán cuando corrijas este."

# Reading an editor file: bytes, characters and the YAML constructs Ventana refuses.
# Each entry fills a DataError (message, expected, found, hint) through ``reading``.
READING: dict[str, dict[str, str]] = {
    "too_big": {
        "message": "el archivo es demasiado grande para un archivo de datos o de texto.",
        "expected": "como máximo {limit} bytes (1 MB)",
        "found": "más de {limit} bytes",
        "hint": "Revisa que no se haya pegado por error otro archivo o una imagen dentro de este.",
    },
    "not_utf8": {
        "message": "el archivo no está guardado como UTF-8.",
        "expected": "texto con codificación UTF-8",
        "found": "los bytes {found}, que no son UTF-8",
        "hint": "Guárdalo de nuevo con codificación UTF-8 (en VS Code: «Guardar con "
        "codificación» → UTF-8) y revisa los acentos de esta línea.",
    },
    "control": {
        "message": "hay un carácter de control invisible.",
        "expected": "solo letras, números, signos, espacios y saltos de línea",
        "found": "el carácter U+{code:04X}{more}",
        "hint": "Borra el carácter (suele llegar al copiar y pegar desde otro programa); si no "
        "lo ves, borra y vuelve a escribir el final de la línea.",
    },
    "tab": {
        "message": "hay un tabulador (tecla Tab) en la sangría; YAML solo acepta espacios.",
        "expected": "espacios al inicio de la línea (2 por nivel)",
        "found": "un tabulador",
        "hint": "Borra el tabulador y usa espacios (2 por nivel) para alinear la línea.",
    },
    "unclosed_quote": {
        "message": "unas comillas se abrieron y no se cerraron.",
        "expected": "un texto que empieza y termina con las mismas comillas",
        "found": "«{line}»",
        "hint": "Agrega las comillas que faltan al final del texto.",
    },
    "anchor": {
        "message": "se usó un ancla de YAML («&{name}»); los archivos de Ventana no las usan.",
        "expected": "cada valor escrito completo en el lugar donde se usa",
        "found": "«&{name}»{more}",
        "hint": "Borra «&{name}» y escribe el valor completo en cada lugar donde haga falta.",
    },
    "alias": {
        "message": "se usó una referencia de YAML («*{name}»); los archivos de Ventana no las "
        "usan.",
        "expected": "el valor escrito completo",
        "found": "«*{name}»{more}",
        "hint": "Escribe el valor completo en lugar de «*{name}».",
    },
    "merge": {
        "message": "se usó «<<:» para combinar secciones; los archivos de Ventana no lo usan.",
        "expected": "las claves de la sección escritas una por una",
        "found": "«<<:»{more}",
        "hint": "Borra la línea «<<:» y escribe cada clave que necesites.",
    },
    "tag": {
        "message": "se usó una etiqueta de YAML («{name}»); los archivos de Ventana no las usan.",
        "expected": "un valor sin etiqueta",
        "found": "«{name}»{more}",
        "hint": "Borra «{name}»; si el valor es un texto, enciérralo entre comillas.",
    },
    "depth": {
        "message": "hay demasiados niveles de sangría o de corchetes anidados.",
        "expected": "como máximo {limit} niveles",
        "found": "más de {limit} niveles",
        "hint": "Revisa que cada [ o {{ que abres se cierre; ninguna plantilla pasa de unos "
        "pocos niveles.",
    },
    "second_document": {
        "message": "el archivo tiene un segundo documento YAML (una línea --- en medio).",
        "expected": "un solo documento por archivo",
        "found": "otra línea ---",
        "hint": "Borra la línea --- (y lo que sigue, si es de otro archivo).",
    },
    "key_not_text": {
        "message": "la clave «{key}» no es un texto: YAML la lee como {kind}.",
        "expected": "una clave de texto, como las de la plantilla",
        "found": "«{key}»",
        "hint": "Revisa el nombre de la clave; si de verdad es así, enciérrala entre comillas: "
        '"{key}":',
    },
    "duplicate_key": {
        "message": "la clave '{key}' está repetida (ya aparece en la línea {first}).",
        "expected": "cada clave una sola vez dentro de la misma sección",
        "found": "'{key}' dos veces",
        "hint": "Borra una de las dos o junta su contenido en una sola.",
    },
    "complex_key": {
        "message": "una clave no puede ser una lista ni una sección.",
        "expected": "una clave de texto seguida de dos puntos, como «nombre:»",
        "found": "una lista o sección en lugar de la clave",
        "hint": "Quita el signo ? o los corchetes antes de los dos puntos.",
    },
    "internal": {
        "message": "error interno al leer {file} ({error}).",
        "expected": "",
        "found": "",
        "hint": "No es un error de tu archivo: avisa al equipo técnico y copia este mensaje. "
        "Los demás archivos sí se revisaron.",
    },
}

KEY_KINDS = {
    "int": "un número",
    "float": "un número",
    "bool": "sí/no (true o false)",
    "null": "un valor vacío",
    "timestamp": "una fecha",
}


def reading(entry: str, **values: object) -> dict[str, str]:
    """One READING entry with its placeholders filled, ready for ``DataError(**...)``."""
    values.setdefault("more", "")
    return {part: text.format(**values) for part, text in READING[entry].items()}
