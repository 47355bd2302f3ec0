"""Every sentence this plugin shows a liaison or whoever runs the build, in Spanish.

Each function returns the parts of a ``DataError`` (message, expected, found, hint)
so the checks stay short and the wording lives in one place.
"""

from __future__ import annotations

Msg = dict[str, str]

WHAT = "los datos de los estados"
VALID = "Datos válidos: {n} estados."
CLI_HELP = "Revisa los archivos de data/states/ sin construir el sitio."
CLI_DATA_HELP = "carpeta de datos (la que contiene states/ y schema/); por omisión, data/"
CLI_TODAY_HELP = "fecha de hoy para revisar fechas futuras, AAAA-MM-DD (por omisión, hoy)"
CLI_NO_FOLDER = "No existe la carpeta {path}. Indica la carpeta de datos con --data."


def not_a_mapping() -> Msg:
    return {
        "message": "el archivo no tiene la forma de una ficha de estado.",
        "expected": "claves como «entidad:», «corte:» y «fuentes:» al inicio de las líneas",
        "found": "un archivo vacío o una lista",
        "hint": "Copia data/states/_plantilla.yaml y llena sus valores.",
    }


def unknown_state_file(stem: str) -> Msg:
    return {
        "message": f"el nombre del archivo «{stem}.yaml» no corresponde a ningún estado.",
        "expected": "el nombre del estado en minúsculas y con guiones, por ejemplo nuevo-leon.yaml",
        "found": f"{stem}.yaml",
        "hint": "Cambia el nombre del archivo. Si es un borrador, empieza su nombre con _.",
    }


def slug_mismatch(slug: str, stem: str) -> Msg:
    return {
        "message": "el slug no coincide con el nombre del archivo.",
        "expected": f"'{stem}' (el nombre del archivo sin .yaml)",
        "found": f"'{slug}'",
        "hint": f"Escribe «slug: {stem}» o cambia el nombre del archivo.",
    }


def clave_mismatch(clave: str, expected: str, nombre: str) -> Msg:
    return {
        "message": f"la clave del INEGI no es la de {nombre}.",
        "expected": f'"{expected}"',
        "found": f'"{clave}"',
        "hint": f'Escribe «clave_inegi: "{expected}"», con comillas.',
    }


def duplicate_clave(clave: str, other_file: str) -> Msg:
    return {
        "message": f'la clave del INEGI "{clave}" ya la usa otro archivo: {other_file}.',
        "expected": "una clave distinta en cada archivo",
        "found": f'"{clave}" repetida',
        "hint": "Escribe la clave de este estado; la lista está en data/states/_plantilla.yaml.",
    }


def name_mismatch(nombre: str, expected: list[str]) -> Msg:
    return {
        "message": "el nombre no es el del estado de este archivo.",
        "expected": " o ".join(f"'{e}'" for e in expected),
        "found": f"'{nombre}'",
        "hint": f"Escribe «nombre: {expected[0]}».",
    }


def missing_state(nombre: str, slug: str) -> Msg:
    return {
        "message": f"falta el archivo de {nombre}.",
        "expected": f"un archivo data/states/{slug}.yaml (el sitio publica los 32 estados)",
        "found": "el archivo no existe",
        "hint": f"Copia data/states/_plantilla.yaml como {slug}.yaml y llena sus datos.",
    }


def missing_source(estado: str) -> Msg:
    return {
        "message": f"falta la fuente: el estado '{estado}' necesita citar de dónde sale el dato.",
        "expected": "«fuente: id» con el id de una fuente de la lista «fuentes»",
        "found": "ninguna fuente",
        "hint": "Agrega la fuente a la lista «fuentes» y escribe su id aquí. "
        "Solo 'no_iniciado' puede ir sin fuente.",
    }


def figure_without_source(key: str, value: int) -> Msg:
    return {
        "message": f"la cifra '{key}' ({value}) no tiene fuente: el sitio la mostraría "
        "como «Sin fuente».",
        "expected": "«fuente: id» con el id de una fuente de la lista «fuentes»",
        "found": "ninguna fuente",
        "hint": "Toda cifra mayor que 0 necesita su fuente, aunque el paso no haya iniciado. "
        "Agrega la fuente a la lista «fuentes» y escribe su id junto a la cifra.",
    }


def hand_typed_count(found: str) -> Msg:
    return {
        "message": f"el texto repite una cifra que el sitio calcula («{found}»).",
        "expected": "texto sin cuentas del tipo «N de M»: la página ya muestra las cifras "
        "calculadas de los datos",
        "found": f"«{found}»",
        "hint": "Borra la cifra, o la oración que la lleva. Si la cuenta cambia en los datos, "
        "la página se corrige sola; un texto escrito a mano se quedaría viejo.",
    }


def unknown_source(ref: str, ids: list[str]) -> Msg:
    import difflib

    guess = difflib.get_close_matches(ref, ids, n=1, cutoff=0.6)
    return {
        "message": f"la fuente '{ref}' no está en la lista «fuentes».",
        "expected": "uno de: " + ", ".join(f"'{i}'" for i in ids)
        if ids
        else "una fuente en la lista «fuentes» con este id",
        "found": f"'{ref}'",
        "hint": f"¿Quisiste decir '{guess[0]}'?"
        if guess
        else "Agrega la fuente a la lista «fuentes» con este id, o corrige el id.",
    }


def duplicate_source(ref: str, first_line: int) -> Msg:
    return {
        "message": f"el id de fuente '{ref}' está repetido (ya aparece en la línea {first_line}).",
        "expected": "un id distinto para cada fuente",
        "found": f"'{ref}' dos veces",
        "hint": "Cambia uno de los dos ids, por ejemplo agregando el año.",
    }


def future_date(value: str, today: str) -> Msg:
    return {
        "message": "la fecha está en el futuro.",
        "expected": f"una fecha igual o anterior a hoy ({today})",
        "found": value,
        "hint": "Revisa el año y el mes. Si algo aún no ocurre, no lo registres todavía.",
    }


def count_above_total(done_key: str, total_key: str, done: int, total: int) -> Msg:
    return {
        "message": f"'{done_key}' es mayor que '{total_key}'.",
        "expected": f"un número menor o igual a {total} ({total_key})",
        "found": f"el número {done}",
        "hint": f"Corrige una de las dos cifras: no puede haber más {done_key.split('_')[0]} "
        "de los que hay en total.",
    }


def cut_off_after_update(corte: str, update: str) -> Msg:
    return {
        "message": "la fecha de corte es posterior a la última actualización.",
        "expected": f"una fecha igual o anterior a {update} (ultima_actualizacion)",
        "found": corte,
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


def narrative_unknown_state(stem: str) -> Msg:
    return {
        "message": f"el archivo «{stem}.md» no corresponde a ningún estado.",
        "expected": "el mismo nombre que el archivo del estado en data/states/, con .md",
        "found": f"{stem}.md",
        "hint": "Cambia el nombre del archivo, por ejemplo nuevo-leon.md.",
    }
