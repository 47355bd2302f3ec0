"""Fonts and text measuring shared by the SVG and PNG drawers.

The font comes from a PyPI package (font-source-sans-pro, SIL Open Font License)
so every machine draws the same letters and nothing is fetched at build time.
The SVG labels are laid out with the same font's widths (see layout.py).
"""

from __future__ import annotations

from functools import lru_cache

from PIL import ImageFont
from ventana_data.fonts import font_files, font_id

__all__ = ["clamp", "font", "font_files", "font_id", "width", "wrap"]


@lru_cache(maxsize=64)
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    files = font_files()
    if not files:
        return ImageFont.load_default(size)
    return ImageFont.truetype(files["bold" if bold else "regular"], size)


def width(text: str, size: int, bold: bool = False) -> float:
    return font(size, bold).getlength(text)


def wrap(
    text: str, size: int, max_width: float, bold: bool = False, safety: float = 1.0
) -> list[str]:
    """Greedy word wrap; a single word longer than the line stays whole."""
    lines: list[str] = []
    current = ""
    for word in str(text).split():
        candidate = f"{current} {word}".strip()
        if current and width(candidate, size, bold) * safety > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines or [""]


def clamp(
    lines: list[str], max_lines: int, size: int, max_width: float, bold: bool = False
) -> list[str]:
    """At most ``max_lines``; the last one ends in an ellipsis if text was cut."""
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = kept[-1]
    while last and width(last + "…", size, bold) > max_width:
        last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
    kept[-1] = last + "…"
    return kept
