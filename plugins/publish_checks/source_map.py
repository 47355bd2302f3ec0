"""Which source file each built page comes from, kept out of the published folder.

Readers never see repository paths, so pages carry no source. The build records it as
each page is written (Pelican's ``content_written``) and saves the map next to the
reports; the checks read it to point findings at the file an editor fixes. A folder
built elsewhere (or a test fixture) may still name its source with
``<meta name="ventana:source">``, which is used when the map has no entry.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

# Pages written by the current build: absolute output path -> source (absolute path, or
# a path relative to the project root as the plugins give it, e.g. data/states/x.yaml).
_written: dict[str, str] = {}


def reset(*_: Any) -> None:
    _written.clear()


def record(path: str, context: dict[str, Any]) -> None:
    """``content_written`` handler: remember the source of the page just written."""
    source = context.get("source_path")
    obj = context.get("article") or context.get("page")
    if not source and obj is not None and getattr(obj, "source_path", None):
        source = obj.source_path
    if source and isinstance(source, str):
        _written[os.path.abspath(path)] = source


def save(target: Path, output: Path, root: Path) -> dict[str, str]:
    """Write the map of the current build as {page relative to ``output``: source}."""
    output = output.resolve()
    pages: dict[str, str] = {}
    for path, source in _written.items():
        try:
            rel = Path(path).resolve().relative_to(output).as_posix()
        except ValueError:
            continue
        pages[rel] = _relative(source, root)
    data = {"output": _relative(str(output), root), "pages": dict(sorted(pages.items()))}
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return data["pages"]


def load(target: Path | None, output: Path, root: Path) -> dict[str, str]:
    """The saved map when it was written for ``output``; empty otherwise."""
    if target is None or not target.is_file():
        return {}
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or not isinstance(data.get("pages"), dict):
        return {}
    if (root / str(data.get("output", ""))).resolve() != output.resolve():
        return {}
    return {str(k): str(v) for k, v in data["pages"].items()}


def _relative(path: str, root: Path) -> str:
    if not os.path.isabs(path):
        return path
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()
