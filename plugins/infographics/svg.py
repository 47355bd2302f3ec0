"""Inline SVG drawn from a block's data: no chart library, no JavaScript.

Each block is drawn twice, for a wide and for a narrow screen (CSS shows one, so a
phone's labels stay at least 12 px). Each drawing carries role="img", a <title>
and a <desc> joined by aria-labelledby; every value is written as text beside its
shape, so nothing is said by colour alone. The page gives the same data as text.
"""

from __future__ import annotations

from html import escape
from typing import Any

from markupsafe import Markup

from . import messages
from .drawers import DRAWERS, FRAMES, NARROW, WIDE
from .layout import TEXT, Canvas, Frame

__all__ = ["DRAWERS", "FRAMES", "NARROW", "WIDE", "describe", "draw", "drawn", "layout"]

FONT = "'Source Sans Pro', 'Source Sans 3', system-ui, sans-serif"


def drawn(block: dict[str, Any]) -> bool:
    """Whether the block has a picture; a comparison is better read as a table."""
    return block["tipo"] in DRAWERS


def layout(block: dict[str, Any], frame: Frame) -> Canvas:
    """The block laid out in one frame, with every label's measured box."""
    canvas = Canvas(frame)
    DRAWERS[block["tipo"]](canvas, block)
    return canvas


def draw(block: dict[str, Any]) -> Markup:
    """The block as accessible inline SVG, one per frame; empty if it has no picture."""
    if not drawn(block):
        return Markup("")
    return Markup("\n").join(_svg(block, layout(block, frame)) for frame in FRAMES)


def _svg(block: dict[str, Any], canvas: Canvas) -> Markup:
    frame = canvas.frame
    prefix = f"{block['id']}-svg-{frame.name}"
    height = canvas.height
    head = (
        f'<svg class="vt-infographic__svg vt-infographic__svg--{frame.name}" '
        f'xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {frame.width} {height}" width="{frame.width}" height="{height}" '
        f'aria-labelledby="{prefix}-titulo {prefix}-desc" font-family="{escape(FONT)}" '
        f'font-size="{frame.body}" fill="{TEXT}">'
        f'<title id="{prefix}-titulo">{escape(block["titulo"])}</title>'
        f'<desc id="{prefix}-desc">{escape(describe(block))}</desc>'
    )
    return Markup(head + "\n".join(canvas.parts) + "</svg>")


def describe(block: dict[str, Any]) -> str:
    """A short description for <desc>: what kind of picture, and where its data is."""
    kind = block["tipo"]
    if kind == "cifras":
        lead = messages.DESC_FIGURES
    elif kind == "pasos":
        lead = messages.DESC_STEPS.format(n=len(block["elementos"]))
    elif kind == "barras":
        lead = messages.DESC_BARS.format(unit=block["unidad"])
    else:
        lead = messages.DESC_TIMELINE.format(n=len(block["elementos"]))
    return lead + messages.DESC_SAME_AS_TEXT
