"""One JSON Schema field -> one Decap CMS widget, with its Spanish label and hint.

Only what the schema says ends up in the form: ``title`` is the label, ``description``
the hint, ``required`` from the parent, ``pattern`` and lengths as a pattern with the
validator's own Spanish message, enums as selects, ``format: date`` as a day/month/year
field, arrays as lists and objects as nested groups. What the form cannot say (cross-field
rules, ``anyOf``) stays with the build gate.
"""

from __future__ import annotations

from typing import Any

from ventana_data.schema import expectation

# Dates: the form's own widget (static/ventana-fecha.js) shows and takes dd/mm/aaaa and
# saves AAAA-MM-DD. Hints written for the files say AAAA-MM-DD; the form says what it takes.
DATE_WIDGET = "fecha"
FILE_DATE, FORM_DATE = "AAAA-MM-DD", "dd/mm/aaaa"
# What the validator refuses first in a web address: a start other than https:// or http://.
URI_PATTERN = r"^\s*[Hh][Tt][Tt][Pp][Ss]?://"
# Texts allowed to be longer than this get a multi-line box.
LONG_TEXT = 200


class Resolver:
    """Follows local ``$ref`` (``#/$defs/name``) inside one schema."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema

    def __call__(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.schema
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
        return node


def fields_of(node: dict[str, Any], resolve: Resolver) -> list[dict[str, Any]]:
    """The widgets of an object's properties, in the schema's order."""
    required = set(node.get("required", []))
    return [
        widget(name, resolve(prop), name in required, resolve)
        for name, prop in node.get("properties", {}).items()
    ]


def widget(name: str, node: dict[str, Any], required: bool, resolve: Resolver) -> dict[str, Any]:
    field: dict[str, Any] = {"name": name, "label": label(name, node), "required": required}
    if node.get("description"):
        field["hint"] = node["description"]
        if node.get("format") == "date":
            field["hint"] = field["hint"].replace(FILE_DATE, FORM_DATE)
    field.update(_shape(node, resolve))
    return field


def label(name: str, node: dict[str, Any]) -> str:
    return node.get("title") or name.replace("_", " ").capitalize()


def option_label(value: Any) -> str:
    """'en_proceso' -> 'En proceso': the stored value stays the schema's."""
    return str(value).replace("_", " ").replace("-", " ").capitalize()


def _shape(node: dict[str, Any], resolve: Resolver) -> dict[str, Any]:
    kind = node.get("type")
    if "enum" in node:
        return _select(node["enum"])
    if kind == "object" and not node.get("properties"):
        # A free map (rule -> reason): kept as it is, edited in the repository.
        return {"widget": "hidden"}
    if kind == "object":
        return {"widget": "object", "fields": fields_of(node, resolve)}
    if kind == "array" or (isinstance(kind, list) and "array" in kind):
        return _list(node, resolve)
    if kind == "boolean":
        return {"widget": "boolean"}
    if kind in ("integer", "number"):
        return _number(node, kind)
    return _string(node)


def _select(values: list[Any], multiple: bool = False) -> dict[str, Any]:
    shape: dict[str, Any] = {
        "widget": "select",
        "options": [{"label": option_label(v), "value": v} for v in values],
    }
    if multiple:
        shape["multiple"] = True
    return shape


def _list(node: dict[str, Any], resolve: Resolver) -> dict[str, Any]:
    items = resolve(node.get("items") or {})
    if "enum" in items:
        shape = _select(items["enum"], multiple=True)
    elif items.get("type") == "object" and _variants(items):
        shape = {"widget": "list", "types": _types(items, resolve), "typeKey": "tipo"}
    elif items.get("type") == "object":
        shape = {"widget": "list", "fields": fields_of(items, resolve)}
    else:
        item = widget("elemento", items, True, resolve)
        item["label"] = items.get("title") or "Elemento"
        shape = {"widget": "list", "field": item}
    if "minItems" in node and shape["widget"] == "list":
        shape["min"] = node["minItems"]
    if "maxItems" in node and shape["widget"] == "list":
        shape["max"] = node["maxItems"]
    return shape


def _variants(items: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """``allOf: [{if: {tipo: const X}, then: {...}}]``: one kind of block per ``tipo``."""
    found = []
    for branch in items.get("allOf", []):
        const = branch.get("if", {}).get("properties", {}).get("tipo", {}).get("const")
        if const is not None and "then" in branch:
            found.append((const, branch["then"]))
    return found


def _types(items: dict[str, Any], resolve: Resolver) -> list[dict[str, Any]]:
    types = []
    for const, then in _variants(items):
        fields = [f for f in fields_of(then, resolve) if f["name"] != "tipo"]
        types.append(
            {"name": const, "label": option_label(const), "widget": "object", "fields": fields}
        )
    return types


def _number(node: dict[str, Any], kind: str) -> dict[str, Any]:
    shape: dict[str, Any] = {
        "widget": "number",
        "value_type": "int" if kind == "integer" else "float",
    }
    if "minimum" in node:
        shape["min"] = node["minimum"]
    if "maximum" in node:
        shape["max"] = node["maximum"]
    return shape


def _string(node: dict[str, Any]) -> dict[str, Any]:
    fmt = node.get("format")
    if fmt == "date":
        return {"widget": DATE_WIDGET, "default": ""}
    long = node.get("maxLength", 0) > LONG_TEXT or (
        "maxLength" not in node and node.get("minLength", 0) >= 10
    )
    shape: dict[str, Any] = {"widget": "text" if long else "string"}
    pattern = form_pattern(node)
    if pattern:
        shape["pattern"] = pattern
    return shape


def form_pattern(node: dict[str, Any]) -> list[str] | None:
    """The regular expression the form checks, with the validator's own Spanish sentence."""
    if "pattern" in node:
        return [node["pattern"], sentence(*expectation("pattern", node))]
    if node.get("format") == "uri":
        return [URI_PATTERN, sentence(*expectation("format", node))]
    low, high = node.get("minLength"), node.get("maxLength")
    if low is None and high is None:
        return None
    keyword = "minLength" if low else "maxLength"
    bounds = f"{{{low or 0},{'' if high is None else high}}}"
    return [f"^[\\s\\S]{bounds}$", sentence(*expectation(keyword, node))]


def sentence(message: str, expected: str) -> str:
    """'el valor no ...' + expected -> 'El valor no ... Se esperaba: ...', as `invoke validate`.

    No final period: Decap shows it as «<label> no coincide con el patrón: <this>.»
    """
    return f"{message[:1].upper()}{message[1:]} Se esperaba: {expected}"
