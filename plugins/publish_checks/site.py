"""What site-wide rules see: every page's result, every file of the output folder, the CSS."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .finding import PageResult
from .resources import Resources


@dataclass
class Site:
    root: Path
    pages: dict[str, PageResult]
    files: frozenset[str]
    css_paths: tuple[Path, ...]
    env: Resources
    palette_pairs: tuple[tuple, ...] = ()

    def exists(self, rel: str) -> bool:
        return rel in self.files or f"{rel}/index.html" in self.files
