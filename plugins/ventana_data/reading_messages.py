"""What an editor reads when a file cannot be read: bytes, characters, YAML syntax.

Same style as ``messages``: one dict entry per mistake with the parts of a ``DataError``.
"""

from __future__ import annotations

import yaml

from .messages import fill

MAX_DEPTH = 20  # levels of nesting an editor file may have (yamlread refuses deeper)


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
    return fill(READING[entry], **values)


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
