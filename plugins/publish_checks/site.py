"""What site-wide rules see: every page's result, every file of the output folder, the CSS."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .css import LAYOUTS, Styles, media_applies
from .finding import PageResult
from .resources import Resources
from .textstyles import TextStyle, Undecided, text_styles


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

    def rel(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

    @cached_property
    def styles(self) -> Styles:
        """The screen stylesheets: those the pages link for a screen (all of them when
        no page links any); a sheet linked only for print, or by no page, is left out."""
        linked: dict[str, set[str]] = {}
        for result in self.pages.values():
            for target, media in result.stylesheets:
                linked.setdefault(target, set()).add(media)
        sheets = []
        for path in self.css_paths:
            rel = self.rel(path)
            media = _screen_media(linked.get(rel, set())) if linked else ""
            if media is None:
                continue
            try:
                sheets.append((rel, path.read_text(encoding="utf-8"), media))
            except (OSError, UnicodeDecodeError):
                continue
        return Styles.parse(sheets)

    @cached_property
    def text_styles(self) -> tuple[list[TextStyle], list[Undecided]]:
        return text_styles(self.styles)


def _screen_media(medias: set[str]) -> str | None:
    """The media a sheet applies with on screen ("" for always), None for never."""
    screen = [m for m in medias if not m or any(media_applies(m, w) for w in LAYOUTS)]
    if not screen:
        return None
    return "" if "" in screen else sorted(screen)[0]
