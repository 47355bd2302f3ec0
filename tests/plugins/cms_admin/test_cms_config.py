"""The form is generated from the schemas: every field has a widget, every widget a field."""

from __future__ import annotations

import json
import subprocess

import pytest
import yaml
from cms_admin.collections import BODY_FIELD, COLLECTIONS
from cms_admin.widgets import Resolver
from ventana_data import load_yaml_text, validate
from ventana_data.schema import load_schema

from tests.sitebuild import ROOT

SCHEMAS = ROOT / "data" / "schema"


def expected_widget(node, resolve):
    """The widget a schema node must get: the kind of value the validator accepts there."""
    kind = node.get("type")
    items = resolve(node.get("items") or {})
    if "enum" in node or "enum" in items:
        return "select"
    if kind == "object":
        return "object" if node.get("properties") else "hidden"
    if kind == "array" or (isinstance(kind, list) and "array" in kind):
        return "list"
    if kind in ("integer", "number"):
        return f"number:{'int' if kind == 'integer' else 'float'}"
    if kind == "boolean":
        return "boolean"
    return "fecha" if node.get("format") == "date" else "text"


def schema_paths(node, resolve, prefix=""):
    """Every property of a schema by dotted path (list items '[]', block kinds by tipo),
    with the widget it must get."""
    node = resolve(node)
    paths = {}
    for name, prop in node.get("properties", {}).items():
        path = f"{prefix}{name}"
        prop = resolve(prop)
        paths[path] = expected_widget(prop, resolve)
        items = resolve(prop.get("items") or {})
        if prop.get("properties"):
            paths |= schema_paths(prop, resolve, path + ".")
        elif items.get("allOf"):
            for branch in items["allOf"]:
                kind = branch["if"]["properties"]["tipo"]["const"]
                then = {**branch["then"], "properties": dict(branch["then"]["properties"])}
                then["properties"].pop("tipo")
                paths |= schema_paths(then, resolve, f"{path}[{kind}].")
        elif items.get("properties"):
            paths |= schema_paths(items, resolve, path + "[].")
    return paths


def widget_kind(field):
    kind = field["widget"]
    if kind == "number":
        return f"number:{field['value_type']}"
    return "text" if kind == "string" else kind


def widget_paths(fields, prefix=""):
    paths = {}
    for field in fields:
        path = f"{prefix}{field['name']}"
        paths[path] = widget_kind(field)
        if field.get("types"):
            for kind in field["types"]:
                paths |= widget_paths(kind["fields"], f"{path}[{kind['name']}].")
        elif field.get("fields"):
            sep = "[]." if field["widget"] == "list" else "."
            paths |= widget_paths(field["fields"], path + sep)
    return paths


@pytest.fixture(scope="module")
def config(site):
    return yaml.safe_load((site.output / "admin" / "config.yml").read_text(encoding="utf-8"))


def fields_of(collection):
    return collection.get("fields") or collection["files"][0]["fields"]


def test_every_schema_has_a_collection():
    mapped = {c.schema for c in COLLECTIONS}
    missing = sorted(p.name for p in SCHEMAS.glob("*.schema.json") if p.name not in mapped)
    assert not missing, (
        f"agrega una fila a COLLECTIONS en plugins/cms_admin/collections.py: {missing}"
    )


def test_every_editor_file_is_in_the_form():
    """Each YAML or Markdown file an editor writes belongs to one collection of the form."""
    kept_out = {"data/plain_language.yaml"}  # the checker's word list, kept by developers
    files = {
        p.relative_to(ROOT).as_posix()
        for folder in ("data", "content")
        for p in (ROOT / folder).rglob("*")
        if p.suffix in (".yaml", ".md") and not p.name.startswith("_")
    }
    covered = {
        p.relative_to(ROOT).as_posix()
        for c in COLLECTIONS
        for p in ((ROOT / c.folder).glob(f"*.{c.extension}") if c.folder else ROOT.glob(c.files))
    }
    assert files - covered - kept_out == set(), "archivos de editores sin formulario"


@pytest.mark.parametrize("entry", COLLECTIONS, ids=lambda c: c.name)
def test_every_field_has_a_widget_and_every_widget_a_field(config, entry):
    """Same paths both ways, and each widget is the kind the schema asks for."""
    schema = json.loads((SCHEMAS / entry.schema).read_text(encoding="utf-8"))
    collection = next(c for c in config["collections"] if c["name"] == entry.name)
    for fields in (
        [collection.get("fields")]
        if "fields" in collection
        else [f["fields"] for f in collection["files"]]
    ):
        widgets = widget_paths(fields)
        if entry.markdown:
            # the text after the header, not a schema field
            assert widgets.pop(BODY_FIELD["name"]) == "markdown"
        expected = schema_paths(schema, Resolver(schema))
        assert set(expected) - set(widgets) == set(), "campos del esquema sin widget"
        assert set(widgets) - set(expected) == set(), "widgets sin campo en el esquema"
        wrong = {p: (widgets[p], kind) for p, kind in expected.items() if widgets[p] != kind}
        assert wrong == {}, "widget distinto del tipo del esquema (widget, esperado)"


def test_state_widgets_carry_label_hint_required_pattern_options_and_dates(config):
    states = next(c for c in config["collections"] if c["name"] == "estados")
    assert len(states["files"]) == 32
    assert {f["file"] for f in states["files"]} >= {"data/states/jalisco.yaml"}
    fields = {f["name"]: f for f in fields_of(states)}
    entidad = {f["name"]: f for f in fields["entidad"]["fields"]}
    clave = entidad["clave_inegi"]
    assert (clave["label"], clave["required"], clave["widget"]) == (
        "Clave del INEGI",
        True,
        "string",
    )
    assert clave["hint"].startswith("la clave del INEGI")
    assert clave["pattern"][0] == "^(0[1-9]|[12][0-9]|3[0-2])$"
    law = fields["marco_normativo"]["fields"][0]
    estado = next(f for f in law["fields"] if f["name"] == "estado")
    assert estado["widget"] == "select"
    assert [o["value"] for o in estado["options"]] == [
        "no_iniciado",
        "iniciativa",
        "en_proceso",
        "cumplido",
        "invalidado",
    ]
    fecha = next(f for f in law["fields"] if f["name"] == "fecha_publicacion")
    assert (fecha["widget"], fecha["required"]) == ("fecha", False)
    cut = next(f for f in fields["corte"]["fields"] if f["name"] == "fecha_corte")
    assert cut["hint"] == "Día hasta el que llegan los datos (dd/mm/aaaa)."
    sources = fields["fuentes"]
    assert sources["widget"] == "list"
    assert [f["name"] for f in sources["fields"]] == ["id", "titulo", "url", "fecha_consulta"]


def test_the_form_says_what_the_validator_says(config):
    """A wrong INEGI key: the form's message is the validator's sentence and expectation."""
    states = next(c for c in config["collections"] if c["name"] == "estados")
    clave = fields_of(states)[1]["fields"][0]
    text = (ROOT / "data" / "states" / "jalisco.yaml").read_text(encoding="utf-8")
    doc = load_yaml_text(text.replace('clave_inegi: "14"', 'clave_inegi: "99"'), "jalisco.yaml")
    [error] = validate(doc, load_schema(str(SCHEMAS / "state.schema.json")))
    message = clave["pattern"][1]
    assert error.message.capitalize() in message
    assert message.endswith(f"Se esperaba: {error.expected}")


def run_serializer(node, admin, name, files):
    result = subprocess.run(
        [
            node,
            str(ROOT / "tests/plugins/cms_admin/roundtrip.mjs"),
            str(admin),
            name,
            *map(str, files),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


def typed(value):
    """The value with every scalar's type beside it: 1 == True in Python, not here."""
    if isinstance(value, dict):
        return {k: typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [typed(v) for v in value]
    return (type(value).__name__, value)


def key_order(value):
    if isinstance(value, dict):
        return [(k, key_order(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [key_order(v) for v in value]
    return None


def schema_order(value, node, resolve):
    """Sort a loaded file's keys the way the schema lists them (what the form writes)."""
    node = resolve(node)
    if isinstance(value, list):
        return [schema_order(v, node.get("items") or {}, resolve) for v in value]
    if not isinstance(value, dict):
        return value
    props = list(node.get("properties", {}))
    keys = [k for k in props if k in value] + [k for k in value if k not in props]
    return {k: schema_order(value[k], node.get("properties", {}).get(k, {}), resolve) for k in keys}


def test_saving_every_state_unchanged_keeps_its_data(site, node):
    """Through the form's serializer: same keys, values and types; key order from the schema."""
    files = sorted((site.project / "data" / "states").glob("[!_]*.yaml"))
    assert len(files) == 32
    saved = run_serializer(node, site.output / "admin", "estados", files)
    schema = json.loads((SCHEMAS / "state.schema.json").read_text(encoding="utf-8"))
    resolve = Resolver(schema)
    for path in files:
        before = yaml.safe_load(path.read_text(encoding="utf-8"))
        after = yaml.safe_load(saved[str(path)])
        assert after == before, path.name
        assert typed(after) == typed(before), f"{path.name}: cambió un tipo"
        assert key_order(after) == key_order(schema_order(before, schema, resolve)), path.name


@pytest.mark.parametrize(
    "name", ["noticias", "paginas", "lecciones", "infografias", "glosario", "textos-estados"]
)
def test_saving_other_files_unchanged_keeps_header_and_text(site, node, config, name):
    collection = next(c for c in config["collections"] if c["name"] == name)
    if "folder" in collection:
        files = sorted(
            (site.project / collection["folder"]).glob(f"[!_]*.{collection['extension']}")
        )
    else:
        files = [site.project / f["file"] for f in collection["files"]]
    saved = run_serializer(node, site.output / "admin", name, files)
    for path in files:
        before, after = path.read_text(encoding="utf-8"), saved[str(path)]
        if collection["extension"] == "md":
            head_b, _, body_b = before.partition("\n---\n")
            head_a, _, body_a = after.partition("\n---\n")
            assert body_a == body_b, path.name
            before, after = head_b[4:], head_a[4:]
        assert yaml.safe_load(after) == yaml.safe_load(before), path.name
