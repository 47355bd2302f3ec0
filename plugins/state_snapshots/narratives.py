"""Optional Markdown narratives by communications staff, merged into a state's page.

``content/states/<slug>.md`` has a small YAML header (title, sample, date) and prose.
Editors write ``##`` for a subheading, as in other pages; it must become an h3 here
because the narrative sits under the page's own h2, so levels shift by one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import markdown
from ventana_data import DataError, display_path, load_schema, load_yaml_text, validate
from ventana_data.files import editor_files
from ventana_data.urls import markdown_link_errors

from . import messages
from .catalogue import BY_SLUG

HEADER_SCHEMA = {
    "$defs": {},
    "type": "object",
    "additionalProperties": False,
    "required": ["title", "sample"],
    "properties": {
        "title": {
            "type": "string",
            "minLength": 3,
            "maxLength": 120,
            "description": "El título de la sección, por ejemplo «Cómo va Jalisco».",
        },
        "sample": {"type": "boolean", "description": "true si el texto habla de datos de ejemplo."},
        "date": {"type": "string", "format": "date"},
    },
}


def load_narratives(
    folder: Path | None, root: Path, schema_path: Path, md_settings: dict[str, Any]
) -> tuple[dict[str, dict[str, Any]], list[DataError]]:
    """Narratives keyed by state slug, as {title, sample, date, html, source_path}."""
    out: dict[str, dict[str, Any]] = {}
    errors: list[DataError] = []
    if folder is None or not folder.is_dir():
        return out, errors
    validator = load_schema(str(schema_path)).evolve(schema=HEADER_SCHEMA)
    for path in editor_files(folder, "*.md"):
        display = display_path(path, root)
        header, body, file_errors = _split(path, display, validator)
        if path.stem not in BY_SLUG:
            file_errors.append(
                DataError(display, 1, 1, "", **messages.narrative_unknown_state(path.stem))
            )
        if file_errors:
            errors += file_errors
            continue
        out[path.stem] = {**header, "html": render(body, md_settings), "source_path": display}
    return out, errors


def _split(path: Path, display: str, validator) -> tuple[dict, str, list[DataError]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].strip() != "---":
        return {}, "", [DataError(display, 1, 1, "", **messages.narrative_no_header())]
    end = next(
        (i for i, line in enumerate(lines[1:], start=1) if line.strip() in ("---", "...")), None
    )
    if end is None:
        return {}, "", [DataError(display, 1, 1, "", **messages.narrative_unclosed())]
    doc = load_yaml_text("\n".join(lines[1:end]), display, line_offset=1)
    errors = list(doc.errors)
    if not errors:
        if not isinstance(doc.data, dict):
            errors.append(DataError(display, 2, 1, "", **messages.narrative_no_header()))
        else:
            errors += validate(doc, validator)
    body = "\n".join(lines[end + 1 :])
    errors += markdown_link_errors(body, display, end + 2)
    return (doc.data if not errors else {}), body, errors


def render(text: str, md_settings: dict[str, Any]) -> str:
    """Markdown to HTML with the site's extensions, ``##`` rendered as h3."""
    configs = {k: dict(v) for k, v in (md_settings.get("extension_configs") or {}).items()}
    toc = configs.setdefault("markdown.extensions.toc", {})
    toc["baselevel"] = 2
    toc.setdefault("permalink", False)
    md = markdown.Markdown(
        extensions=list(configs),
        extension_configs=configs,
        output_format=md_settings.get("output_format", "html5"),
    )
    return md.convert(text)
