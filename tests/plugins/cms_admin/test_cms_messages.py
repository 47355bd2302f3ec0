"""Every rule the form checks says exactly what `invoke validate` says for the same value."""

from __future__ import annotations

import json
import re

import pytest
import yaml
from cms_admin.collections import COLLECTIONS, schema_fields
from cms_admin.widgets import Resolver
from ventana_data import load_schema, load_yaml_text, validate

from tests.sitebuild import ROOT

SCHEMAS = ROOT / "data" / "schema"
# Values tried on each rule ("" too: the form leaves a cleared field out, but says the same).
CANDIDATES = ["", "x", "ab", "Ñandú 1", "ftp://ejemplo.gob.mx", "x" * 700]


def rules(fields, node, resolve, prefix=""):
    """(path, pattern with its message, schema node) for every form rule, walking both trees."""
    props = resolve(node).get("properties", {})
    for field in fields:
        prop = resolve(props[field["name"]])
        path = f"{prefix}{field['name']}"
        if "pattern" in field:
            yield path, field["pattern"], prop
        items = resolve(prop.get("items") or {})
        if field.get("field") and "pattern" in field["field"]:
            yield f"{path}[]", field["field"]["pattern"], items
        if field.get("types"):
            variants = {b["if"]["properties"]["tipo"]["const"]: b["then"] for b in items["allOf"]}
            for kind in field["types"]:
                yield from rules(kind["fields"], variants[kind["name"]], resolve, f"{path}.")
        elif field.get("fields"):
            yield from rules(field["fields"], items or prop, resolve, f"{path}.")


def form_rules():
    found = []
    for entry in COLLECTIONS:
        schema = json.loads((SCHEMAS / entry.schema).read_text(encoding="utf-8"))
        fields = schema_fields(SCHEMAS / entry.schema)
        for path, pattern, node in rules(fields, schema, Resolver(schema)):
            found.append(pytest.param(entry.schema, node, pattern, id=f"{entry.name}:{path}"))
    return found


def validator_errors(schema_file, node, value):
    """The validator's errors for one value in a field shaped like ``node``."""
    root = json.loads((SCHEMAS / schema_file).read_text(encoding="utf-8"))
    wrapper = {"$defs": root.get("$defs", {}), "type": "object", "properties": {"v": node}}
    validator = load_schema(str(SCHEMAS / schema_file)).evolve(schema=wrapper)
    text = yaml.safe_dump({"v": value}, allow_unicode=True)
    return validate(load_yaml_text(text, "prueba.yaml"), validator)


def said(error):
    """The first lines `invoke validate` prints, as the form writes them (Decap adds the
    final period)."""
    return f"{error.message[:1].upper()}{error.message[1:]} Se esperaba: {error.expected}"


def test_the_form_has_rules_to_compare():
    assert len(form_rules()) > 30


@pytest.mark.parametrize(("schema_file", "node", "pattern"), form_rules())
def test_a_value_the_form_refuses_gets_the_validators_words(schema_file, node, pattern):
    regex, message = pattern
    refused = [v for v in CANDIDATES if not re.search(regex, v)]
    assert refused, f"ningún valor de prueba rompe {regex}"
    for value in refused:
        errors = validator_errors(schema_file, node, value)
        assert errors, f"el formulario rechaza {value!r} y la validación lo acepta"
        assert message in [said(e) for e in errors], (value, message, [said(e) for e in errors])


@pytest.mark.parametrize(("schema_file", "node", "pattern"), form_rules())
def test_a_value_the_form_accepts_is_not_refused_for_that_rule(schema_file, node, pattern):
    """The form never invents a rule: what passes its regex passes the same rule below."""
    regex, message = pattern
    for value in CANDIDATES:
        if re.search(regex, value):
            errors = validator_errors(schema_file, node, value)
            assert message not in [said(e) for e in errors], value
