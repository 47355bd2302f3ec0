"""JSON Schema validation whose messages a liaison can read.

The schemas in ``data/schema/`` also serve editors such as VS Code while typing;
here each jsonschema error becomes a Spanish ``DataError`` at the right line.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
from jsonschema import Draft202012Validator, FormatChecker

from .errors import DataError
from .loader import Document, dotted
from .messages import FORMAT_NAMES, python_type_name, type_name

_formats = FormatChecker()


@_formats.checks("date", raises=ValueError)
def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    dt.date.fromisoformat(value)
    return True


@_formats.checks("uri", raises=ValueError)
def _is_web_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not (value.startswith("https://") or value.startswith("http://")) or " " in value:
        raise ValueError(value)
    return True


@lru_cache(maxsize=16)
def load_schema(path: str) -> Draft202012Validator:
    schema = json.loads(Path(path).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=_formats)


def validate(doc: Document, validator: Draft202012Validator) -> list[DataError]:
    """All schema errors of one document, innermost first, one per field."""
    errors: list[DataError] = []
    seen: set[tuple[str, str]] = set()
    for err in sorted(validator.iter_errors(doc.data), key=lambda e: list(map(str, e.path))):
        for leaf in _leaves(err):
            converted = _convert(doc, leaf)
            if converted is None:
                continue
            mark = (converted.field, converted.message)
            if mark not in seen:
                seen.add(mark)
                errors.append(converted)
    return errors


def _leaves(err: jsonschema.ValidationError) -> list[jsonschema.ValidationError]:
    """For oneOf/anyOf, report the branch that got furthest rather than 'not valid'."""
    if err.validator in ("oneOf", "anyOf") and err.context:
        best = jsonschema.exceptions.best_match(err.context)
        return [best] if best is not None else [err]
    return [err]


def _convert(doc: Document, err: jsonschema.ValidationError) -> DataError | None:
    path = tuple(err.absolute_path)
    kind = err.validator
    value = err.instance
    if kind == "additionalProperties":
        return _unknown_keys(doc, err, path)
    if kind == "required":
        missing = [k for k in err.validator_value if not isinstance(value, dict) or k not in value]
        key = missing[0] if missing else "?"
        return doc.error(
            path, f"falta la clave obligatoria '{key}'.",
            expected=f"una línea «{key}: ...» dentro de {dotted(path) or 'el archivo'}",
            found="la clave no está",
            hint=f"Agrega '{key}' (copia el ejemplo de la plantilla).",
        )
    if kind == "type":
        return doc.error(
            path, "el valor no es del tipo correcto.",
            expected=type_name(err.validator_value), found=python_type_name(value),
            hint=_type_hint(err.validator_value, value),
        )
    if kind == "enum":
        options = ", ".join(f"'{o}'" for o in err.validator_value)
        guess = difflib.get_close_matches(str(value), [str(o) for o in err.validator_value], 1)
        hint = f"¿Quisiste decir '{guess[0]}'?" if guess else "Escribe uno de los valores permitidos."
        return doc.error(path, "el valor no es uno de los permitidos.",
                         expected=f"uno de: {options}", found=python_type_name(value), hint=hint)
    if kind == "format":
        expected = FORMAT_NAMES.get(err.validator_value, err.validator_value)
        hint = ("Escribe la fecha como año-mes-día con cuatro, dos y dos cifras."
                if err.validator_value == "date" else
                "Copia la dirección completa desde el navegador; solo se aceptan http:// y https://.")
        return doc.error(path, "el formato no es válido.", expected=expected,
                         found=python_type_name(value), hint=hint)
    if kind == "pattern":
        description = err.schema.get("description", f"el patrón {err.validator_value}")
        return doc.error(path, "el valor no tiene la forma esperada.", expected=description,
                         found=python_type_name(value), hint="Revisa el ejemplo de la plantilla.")
    if kind in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        words = {"minimum": "mayor o igual a", "maximum": "menor o igual a",
                 "exclusiveMinimum": "mayor que", "exclusiveMaximum": "menor que"}
        return doc.error(path, "el número está fuera del rango permitido.",
                         expected=f"un número {words[kind]} {err.validator_value}",
                         found=python_type_name(value), hint="Corrige la cifra.")
    if kind in ("minLength", "maxLength", "minItems", "maxItems"):
        words = {"minLength": "al menos {} caracteres", "maxLength": "como máximo {} caracteres",
                 "minItems": "al menos {} elementos", "maxItems": "como máximo {} elementos"}
        return doc.error(path, "la longitud no es la permitida.",
                         expected=words[kind].format(err.validator_value),
                         found=python_type_name(value), hint="Ajusta el contenido.")
    if kind == "const":
        return doc.error(path, "el valor no es el esperado.", expected=repr(err.validator_value),
                         found=python_type_name(value))
    if kind == "uniqueItems":
        return doc.error(path, "la lista tiene elementos repetidos.", expected="elementos distintos",
                         found=python_type_name(value), hint="Borra los repetidos.")
    return doc.error(path, f"el valor no es válido ({err.message}).", found=python_type_name(value))


def _unknown_keys(doc: Document, err: jsonschema.ValidationError, path: tuple) -> DataError:
    allowed = list(err.schema.get("properties", {}))
    extra = [k for k in err.instance if k not in allowed]
    key = extra[0] if extra else "?"
    guess = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    hint = (f"¿Quisiste decir '{guess[0]}'?" if guess else
            "Borra la clave o revisa la plantilla para ver las claves permitidas.")
    return doc.error(
        (*path, key), f"la clave '{key}' no se reconoce.", key=True,
        expected="una de: " + ", ".join(f"'{k}'" for k in allowed),
        found=f"'{key}'", hint=hint,
    )


def _type_hint(expected: Any, value: object) -> str:
    if expected == "integer" and isinstance(value, str):
        return "Escribe solo la cifra, sin comillas ni palabras (por ejemplo 5)."
    if expected == "boolean":
        return "Escribe true (sí) o false (no), sin comillas."
    if expected == "array":
        return "Escribe cada elemento en su propia línea, empezando con «- »."
    if expected == "string" and isinstance(value, int | float):
        return "Encierra el valor entre comillas si es un texto o una clave como \"01\"."
    return "Revisa el ejemplo de la plantilla."
