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

from . import messages as M
from .errors import DataError
from .loader import Document, dotted
from .messages import FORMAT_NAMES, python_type_name, type_name
from .urls import url_problem

_formats = FormatChecker()


@_formats.checks("date", raises=ValueError)
def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    dt.date.fromisoformat(value)
    return True


@_formats.checks("uri", raises=ValueError)
def _is_web_uri(value: object) -> bool:
    """A full web address (sources): https:// or http://, nothing a browser would misread."""
    if isinstance(value, str) and _web_uri_problem(value):
        raise ValueError(value)
    return True


@_formats.checks("uri-reference", raises=ValueError)
def _is_link(value: object) -> bool:
    """A link an editor writes: a web address, mailto:, tel: or a path of this site."""
    if isinstance(value, str) and url_problem(value):
        raise ValueError(value)
    return True


def _web_uri_problem(value: str) -> str | None:
    if not value.strip().lower().startswith(("https://", "http://")):
        return M.NOT_WEB_URI
    return url_problem(value)


@lru_cache(maxsize=16)
def load_schema(path: str) -> Draft202012Validator:
    return schema_validator(Path(path).read_text(encoding="utf-8"))


@lru_cache(maxsize=16)
def schema_validator(text: str) -> Draft202012Validator:
    """A validator for a schema given as JSON text, with this package's formats."""
    schema = json.loads(text)
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
    handler = _HANDLERS.get(err.validator, _generic)
    return handler(doc, err, tuple(err.absolute_path))


def _required(doc: Document, err, path: tuple) -> DataError:
    value = err.instance
    if err.validator == "dependentRequired":
        present = next((k for k in err.validator_value if k in value), "")
        needed = [k for k in err.validator_value.get(present, []) if k not in value]
    else:
        needed = [k for k in err.validator_value if not isinstance(value, dict) or k not in value]
    key = needed[0] if needed else "?"
    text = M.SCHEMA["required"]
    return doc.error(
        path,
        text["message"].format(key=key),
        expected=text["expected"].format(
            key=key, where=f"«{dotted(path)}»" if path else M.TOP_LEVEL
        ),
        found=text["found"],
        hint=text["hint"].format(key=key),
    )


def _type(doc: Document, err, path: tuple) -> DataError:
    return doc.error(
        path,
        M.SCHEMA["type"]["message"],
        expected=type_name(err.validator_value),
        found=python_type_name(err.instance),
        hint=_type_hint(err.validator_value, err.instance),
    )


def _enum(doc: Document, err, path: tuple) -> DataError:
    options = ", ".join(f"'{o}'" for o in err.validator_value)
    guess = difflib.get_close_matches(str(err.instance), [str(o) for o in err.validator_value], 1)
    hint = M.DID_YOU_MEAN.format(guess[0]) if guess else M.SCHEMA["enum"]["hint"]
    return doc.error(
        path,
        M.SCHEMA["enum"]["message"],
        expected=M.ONE_OF.format(options),
        found=python_type_name(err.instance),
        hint=hint,
    )


def _format(doc: Document, err, path: tuple) -> DataError:
    fmt = err.validator_value
    if fmt in ("uri", "uri-reference") and isinstance(err.instance, str):
        problem = _web_uri_problem(err.instance) if fmt == "uri" else url_problem(err.instance)
        return doc.error(
            path,
            M.URL_PROBLEM.format(problem=problem),
            expected=FORMAT_NAMES[fmt],
            found=repr(err.instance)[:120],
            hint=M.FORMAT_HINTS[fmt],
        )
    return doc.error(
        path,
        M.SCHEMA["format"]["message"],
        expected=FORMAT_NAMES.get(fmt, fmt),
        found=python_type_name(err.instance),
        hint=M.FORMAT_HINTS.get(fmt, M.SCHEMA["format"]["hint"]),
    )


def expectation(keyword: str, node: dict[str, Any]) -> tuple[str, str]:
    """The sentence and the expectation the validator gives when ``keyword`` of ``node`` fails.

    The editing form (plugins/cms_admin) shows the same words for the same rule. For
    ``format: uri`` that is the one problem a form can check: a missing https://.
    """
    if keyword == "pattern":
        return M.SCHEMA["pattern"]["message"], node.get(
            "description", f"el patrón {node['pattern']}"
        )
    if keyword in ("minLength", "maxLength"):
        bounds = []
        if node.get("minLength"):
            bounds.append(M.SCHEMA["minLength"]["expected"].format(node["minLength"]))
        if "maxLength" in node:
            bounds.append(M.SCHEMA["maxLength"]["expected"].format(node["maxLength"]))
        return M.SCHEMA[keyword]["message"], " y ".join(bounds)
    if keyword == "format" and node.get("format") == "uri":
        return M.URL_PROBLEM.format(problem=M.NOT_WEB_URI), FORMAT_NAMES["uri"]
    raise ValueError(f"expectation: keyword {keyword!r} has no form rule")


def _pattern(doc: Document, err, path: tuple) -> DataError:
    message, expected = expectation("pattern", err.schema)
    return doc.error(
        path,
        message,
        expected=expected,
        found=python_type_name(err.instance),
        hint=M.SCHEMA["pattern"]["hint"],
    )


def _bounds(doc: Document, err, path: tuple) -> DataError:
    """Ranges of numbers, lengths of texts and lists: one sentence each, from messages."""
    text = M.SCHEMA[err.validator]
    expected = text["expected"].format(err.validator_value)
    if err.validator in ("minLength", "maxLength"):
        expected = expectation(err.validator, err.schema)[1]  # both bounds, as the form says
    return doc.error(
        path,
        text["message"],
        expected=expected,
        found=python_type_name(err.instance),
        hint=text["hint"],
    )


def _generic(doc: Document, err, path: tuple) -> DataError:
    text = M.SCHEMA.get(err.validator)
    if text:
        expected = text["expected"].format(err.validator_value)
        return doc.error(
            path,
            text["message"],
            expected=expected,
            found=python_type_name(err.instance),
            hint=text["hint"],
        )
    return doc.error(path, M.INVALID.format(err.message), found=python_type_name(err.instance))


def _unknown_keys(doc: Document, err: jsonschema.ValidationError, path: tuple) -> DataError:
    allowed = list(err.schema.get("properties", {}))
    extra = [k for k in err.instance if k not in allowed]
    key = extra[0] if extra else "?"
    guess = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    text = M.SCHEMA["additionalProperties"]
    hint = M.DID_YOU_MEAN.format(guess[0]) if guess else text["hint"]
    return doc.error(
        (*path, key),
        text["message"].format(key=key),
        key=True,
        expected=M.ONE_OF.format(", ".join(f"'{k}'" for k in allowed)),
        found=f"'{key}'",
        hint=hint,
    )


_HANDLERS = {
    "additionalProperties": _unknown_keys,
    "required": _required,
    "dependentRequired": _required,
    "type": _type,
    "enum": _enum,
    "format": _format,
    "pattern": _pattern,
    **dict.fromkeys(
        (
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "minLength",
            "maxLength",
            "minItems",
            "maxItems",
        ),
        _bounds,
    ),
}


def _type_hint(expected: Any, value: object) -> str:
    if expected == "integer" and isinstance(value, str):
        return M.TYPE_HINTS["integer"]
    if expected == "string" and isinstance(value, int | float):
        return M.TYPE_HINTS["string"]
    return M.TYPE_HINTS.get(expected if isinstance(expected, str) else "", M.TYPE_HINTS[""])
