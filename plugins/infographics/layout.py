"""Where every label of a drawing goes, measured with the site's own font.

A label's box comes from Source Sans Pro's metrics (Pillow reads the same file the
PNG drawer uses): its advance width and the font's ascent and descent at that size.
The canvas keeps each label with the box it must stay inside, so a test can check
that no two labels touch and none crosses its container's border. Each <text> also
carries ``textLength``: a browser that draws it with a wider fallback font squeezes
the letters into the measured width instead of running into a neighbour.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from itertools import combinations

from . import fonts

TEXT = "#1f1f1f"  # 16.6:1 on white
LINE_HEIGHT = 1.3  # baseline to baseline, in font sizes; the font's own box is ~1.27
INSET = 6  # least room between a label and the border of its container


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def overlaps(self, other: Box) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def holds(self, other: Box) -> bool:
        return (
            other.x >= self.x
            and other.y >= self.y
            and other.right <= self.right
            and other.bottom <= self.bottom
        )


@dataclass(frozen=True)
class Label:
    text: str
    size: int
    box: Box
    container: Box


@dataclass(frozen=True)
class Frame:
    """One layout: the drawing's width and its type sizes, in SVG user units."""

    name: str  # "ancho" or "angosto": the id suffix and the CSS modifier
    width: int
    pad: int
    title: int  # step and event titles, bar values
    body: int  # ordinary labels
    small: int  # dates and units; the smallest size drawn


def num(value: float) -> str:
    """A coordinate as short as it can be written: 16, 16.5 (keeps the pages light)."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def metrics(size: int, bold: bool = False) -> tuple[float, float]:
    """Ascent and descent of the font at ``size``."""
    ascent, descent = fonts.font(size, bold).getmetrics()
    return float(ascent), float(descent)


def measure(text: str, size: int, bold: bool = False) -> float:
    return fonts.width(text, size, bold)


def wrap(text: str, size: int, width: float, bold: bool = False) -> list[str]:
    """Lines no wider than ``width`` (a single longer word is cut down by textLength)."""
    return fonts.wrap(text, size, width, bold)


def line_step(size: int) -> int:
    return round(size * LINE_HEIGHT)


@dataclass
class Canvas:
    """Collects SVG elements top to bottom, with every label's measured box."""

    frame: Frame
    parts: list[str] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    y: float = 0

    def __post_init__(self) -> None:
        self.y = self.frame.pad

    @property
    def whole(self) -> Box:
        """The drawing itself: the container of labels that have no box of their own."""
        return Box(0, 0, self.frame.width, 100_000)

    def text(
        self,
        x: float,
        y: float,
        content: str,
        size: int,
        container: Box,
        *,
        bold: bool = False,
        color: str = TEXT,
        anchor: str = "start",
    ) -> Box:
        """A label at baseline ``y``; returns its box."""
        content = str(content)
        width = min(measure(content, size, bold), container.w - 2 * INSET)
        left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
        ascent, descent = metrics(size, bold)
        box = Box(left, y - ascent, width, ascent + descent)
        self.labels.append(Label(content, size, box, container))
        # The drawing's <svg> sets the body size: only other sizes are written (lighter pages).
        sized = "" if size == self.frame.body else f' font-size="{size}"'
        weight = ' font-weight="700"' if bold else ""
        where = "" if anchor == "start" else f' text-anchor="{anchor}"'
        paint = "" if color == TEXT else f' fill="{color}"'  # TEXT is the drawing's own fill
        self.parts.append(
            f'<text x="{num(x)}" y="{num(y)}"{sized}{weight}{paint}{where} '
            f'textLength="{num(width)}" lengthAdjust="spacingAndGlyphs">'
            f"{escape(content)}</text>"
        )
        return box

    def lines(self, x: float, y: float, lines: list[str], size: int, container: Box, **kw) -> float:
        """Wrapped lines from baseline ``y``; returns the baseline after the last."""
        for line in lines:
            self.text(x, y, line, size, container, **kw)
            y += line_step(size)
        return y

    def rects(self, boxes: list[Box], fill: str, stroke: str = "none") -> str:
        """Many rectangles painted alike, as one group: the paint is written once."""
        outline = f' stroke="{stroke}"' if stroke != "none" else ""
        shapes = "".join(
            f'<rect x="{num(b.x)}" y="{num(b.y)}" width="{num(max(b.w, 0))}" height="{num(b.h)}"/>'
            for b in boxes
        )
        return f'<g fill="{fill}"{outline}>{shapes}</g>'

    def raw(self, element: str) -> None:
        self.parts.append(element)

    @property
    def height(self) -> int:
        return round(self.y + self.frame.pad)


def block_height(lines: int, size: int) -> float:
    """From the first line's top to the last line's bottom."""
    ascent, descent = metrics(size)
    return ascent + descent + (lines - 1) * line_step(size)


def problems(canvas: Canvas) -> list[str]:
    """Labels that touch each other or leave their container, in Spanish, one per line."""
    found = []
    height = canvas.height
    for label in canvas.labels:
        room = label.container
        if room.h >= 100_000:
            room = Box(room.x, room.y, room.w, height)
        inner = Box(room.x + 2, room.y + 2, room.w - 4, room.h - 4)
        if not inner.holds(label.box):
            found.append(f"«{label.text}» se sale de su recuadro")
    for a, b in combinations(canvas.labels, 2):
        if a.box.overlaps(b.box):
            found.append(f"«{a.text}» toca «{b.text}»")
    return found
