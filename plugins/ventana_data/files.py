"""Which editor files a folder holds: drafts (``_nombre``) and hidden files never count."""

from __future__ import annotations

from pathlib import Path

DRAFT_PREFIXES = ("_", ".")


def is_draft(path: Path) -> bool:
    """``_plantilla.yaml``, ``_borrador.md`` and hidden files are not published."""
    return path.name.startswith(DRAFT_PREFIXES)


def editor_files(folder: Path | None, pattern: str, recursive: bool = False) -> list[Path]:
    """The files of ``folder`` matching ``pattern``, drafts left out, in a stable order."""
    if folder is None or not folder.is_dir():
        return []
    found = folder.rglob(pattern) if recursive else folder.glob(pattern)
    return sorted(p for p in found if not is_draft(p))
