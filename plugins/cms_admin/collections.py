"""Which schema edits which files: the one table to touch when a schema is added.

Every schema in ``data/schema/`` must appear here (a test says so); the form's fields
come from the schema itself (``widgets.py``), never from this table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from ventana_data import read_front_matter

from .widgets import Resolver, fields_of

# libyaml when PyYAML has it: the same values, several times faster (a file label per state).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# The form's own YAML serializer (static/ventana-yaml.js) registers one format per collection.
FORMAT_PREFIX = "ventana-"
BODY_FIELD = {
    "name": "body",
    "label": "Texto",
    "widget": "markdown",
    "modes": ["raw", "rich_text"],
    "hint": "El texto de la página, después del encabezado. Títulos con ## y ###.",
}


@dataclass(frozen=True)
class Collection:
    name: str
    label: str
    schema: str
    # Either a glob of files edited one by one (each with its own permission) ...
    files: str = ""
    # ... or a folder where editors may also create new entries.
    folder: str = ""
    extension: str = "yaml"
    identifier: str = "titulo"
    slug: str = "{{fields.slug}}"
    # Where each file's label comes from, as a dotted path inside the file.
    file_label: str = ""

    @property
    def markdown(self) -> bool:
        return self.extension == "md"


COLLECTIONS: tuple[Collection, ...] = (
    Collection(
        "estados",
        "Estados",
        "state.schema.json",
        files="data/states/[!_]*.yaml",
        file_label="entidad.nombre",
    ),
    Collection("infografias", "Infografías", "infographic.schema.json", folder="data/infographics"),
    Collection(
        "noticias",
        "Noticias",
        "page.schema.json",
        folder="content/news",
        extension="md",
        identifier="title",
        slug="{{year}}-{{month}}-{{day}}-{{fields.slug}}",
    ),
    Collection(
        "paginas",
        "Páginas",
        "page.schema.json",
        folder="content/pages",
        extension="md",
        identifier="title",
    ),
    Collection(
        "lecciones",
        "Lecciones",
        "lesson.schema.json",
        folder="content/lessons",
        extension="md",
        identifier="title",
        slug="{{fields.slug}}",
    ),
    Collection(
        "textos-estados",
        "Textos de los estados",
        "state_narrative.schema.json",
        files="content/states/[!_]*.md",
        extension="md",
        identifier="title",
        file_label="title",
    ),
    Collection("glosario", "Glosario", "glossary.schema.json", files="data/glossary.yaml"),
    Collection(
        "canales", "Canales para denunciar", "channels.schema.json", files="data/channels.yaml"
    ),
    Collection("datos", "Datos compartidos", "facts.schema.json", files="data/facts.yaml"),
    Collection(
        "metas",
        "Metas de aprendizaje",
        "learning_goals.schema.json",
        files="data/lessons/learning_goals.yaml",
    ),
)


def schema_fields(schema_path: Path, markdown: bool = False) -> list[dict[str, Any]]:
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    fields = fields_of(schema, Resolver(schema))
    return [*fields, dict(BODY_FIELD)] if markdown else fields


def collection_config(entry: Collection, root: Path, schema_dir: Path) -> dict[str, Any]:
    """The Decap collection for one row of the table, fields generated from its schema."""
    fields = schema_fields(schema_dir / entry.schema, entry.markdown)
    common = {
        "name": entry.name,
        "label": entry.label,
        "format": FORMAT_PREFIX + entry.name,
        "editor": {"preview": False},
    }
    if entry.folder:
        return {
            **common,
            "folder": entry.folder,
            "extension": entry.extension,
            "create": True,
            "delete": False,
            "identifier_field": entry.identifier,
            "slug": entry.slug,
            "fields": fields,
        }
    files = sorted(root.glob(entry.files))
    # One list for every file: config.yml writes it once and points to it (a YAML alias).
    shared = schema_fields(schema_dir / entry.schema, entry.markdown)
    return {
        **common,
        "extension": entry.extension,
        "files": [
            {
                "name": path.stem,
                "label": _file_label(path, entry.file_label) or entry.label,
                "file": path.relative_to(root).as_posix(),
                "fields": shared,
            }
            for path in files
        ],
    }


def _file_label(path: Path, dotted: str) -> str:
    if not dotted:
        return ""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        value: Any = read_front_matter(text, path.name).doc.data
    else:
        value = yaml.load(text, Loader=_LOADER)
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return str(value) if value else path.stem
