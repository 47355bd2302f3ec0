"""Optional Markdown narratives by communications staff, merged into a state's page.

``content/states/<slug>.md`` has a small YAML header (title, sample, date) and prose.
Editors write ``##`` for a subheading, as in other pages; it must become an h3 here
because the narrative sits under the page's own h2, so levels shift by one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from markupsafe import Markup
from ventana_data import DataError
from ventana_data.messages import fill
from ventana_data.pipeline import FileKind, load_editor_files
from ventana_data.render import MarkdownRenderer

from . import messages
from .catalogue import BY_SLUG

# The header's schema sits beside the state schema (data/schema/), as every editor file's does.
HEADER_SCHEMA = "state_narrative.schema.json"


def load_narratives(
    folder: Path | None,
    root: Path,
    md_settings: dict[str, Any],
    schema_dir: Path | None = None,
) -> tuple[dict[str, dict[str, Any]], list[DataError]]:
    """Narratives keyed by state slug, as {title, sample, date, html, source_path}.

    ``schema_dir``: the folder of the state schema (default: ``data/schema/`` of ``root``).
    """
    out: dict[str, dict[str, Any]] = {}
    errors: list[DataError] = []
    schema = (schema_dir or root / "data" / "schema") / HEADER_SCHEMA
    kind = FileKind(schema=schema, front_matter=True, words=messages.NARRATIVE_HEADER)
    for loaded in load_editor_files(folder, "*.md", root, kind):
        file_errors = list(loaded.errors)
        if loaded.path.stem not in BY_SLUG:
            file_errors.append(
                DataError(
                    loaded.display,
                    1,
                    1,
                    "",
                    **fill(messages.NARRATIVE_UNKNOWN_STATE, stem=loaded.path.stem),
                )
            )
        if file_errors:
            errors += file_errors
            continue
        out[loaded.path.stem] = {
            **loaded.doc.data,
            "html": render(loaded.body, md_settings),
            "source_path": loaded.display,
        }
    return out, errors


def render(text: str, md_settings: dict[str, Any]) -> str:
    """Markdown to HTML with the site's extensions, ``##`` rendered as h3.

    Not sanitized here: the plugin cleans it with the site's policy and the file's name.
    """
    return str(MarkdownRenderer(md_settings, clean=Markup).shifted(text, 2))
