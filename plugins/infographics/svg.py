"""Inline SVG drawn from a block's data: no chart library, no JavaScript.

Each drawing carries role="img", a <title> and a <desc> joined by
aria-labelledby; every value is written as text beside its shape, so nothing is
said by colour alone. The page repeats the same data as a list or a table.
"""

from __future__ import annotations

from html import escape
from typing import Any

from markupsafe import Markup

from . import fonts, messages

WIDTH = 640
PAD = 16
GUINDA = "#611232"  # 12.6:1 on white
TEXT = "#1f1f1f"  # 16.6:1 on white
SOFT = "#f6f2ee"  # background panel; text on it >= 4.5:1
LINE = "#767676"  # 4.5:1: lines and bar outlines
FONT = "'Source Sans Pro', system-ui, sans-serif"


class Canvas:
    """Collects SVG elements top to bottom and knows how tall it has grown."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.y = PAD

    def text(
        self,
        x: float,
        y: float,
        content: str,
        size: int,
        *,
        bold: bool = False,
        color: str = TEXT,
        anchor: str = "start",
    ) -> None:
        weight = ' font-weight="700"' if bold else ""
        self.parts.append(
            f'<text x="{x:.0f}" y="{y:.0f}" font-size="{size}"{weight} fill="{color}" '
            f'text-anchor="{anchor}">{escape(str(content))}</text>'
        )

    def lines(self, x: float, y: float, lines: list[str], size: int, **kw: Any) -> float:
        """Write wrapped lines from baseline ``y``; return the baseline after the last."""
        for line in lines:
            self.text(x, y, line, size, **kw)
            y += round(size * 1.3)
        return y

    def rect(
        self, x: float, y: float, w: float, h: float, fill: str, stroke: str = "none", rx: int = 0
    ) -> None:
        self.parts.append(
            f'<rect x="{x:.0f}" y="{y:.0f}" width="{max(w, 0):.0f}" height="{h:.0f}" '
            f'rx="{rx}" fill="{fill}" stroke="{stroke}"/>'
        )

    def raw(self, element: str) -> None:
        self.parts.append(element)


def wrap(text: str, size: int, width: float, bold: bool = False) -> list[str]:
    return fonts.wrap(text, size, width, bold, safety=fonts.SVG_SAFETY)


def draw(block: dict[str, Any]) -> Markup:
    """The block as an accessible inline SVG."""
    canvas = Canvas()
    DRAWERS[block["tipo"]](canvas, block)
    height = canvas.y + PAD
    ids = f"{block['id']}-svg-titulo {block['id']}-svg-desc"
    head = (
        f'<svg class="vt-infographic__svg" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'aria-labelledby="{ids}" font-family="{escape(FONT)}">'
        f'<title id="{block["id"]}-svg-titulo">{escape(block["titulo"])}</title>'
        f'<desc id="{block["id"]}-svg-desc">{escape(describe(block))}</desc>'
    )
    return Markup(head + "\n".join(canvas.parts) + "</svg>")


def describe(block: dict[str, Any]) -> str:
    """A short description for <desc>: what kind of picture, and where its data is."""
    kind = block["tipo"]
    if kind == "cifras":
        lead = messages.DESC_FIGURES
    elif kind == "pasos":
        lead = messages.DESC_STEPS.format(n=len(block["elementos"]))
    elif kind == "comparacion":
        lead = messages.DESC_COMPARISON.format(columns=" y ".join(block["columnas"]))
    elif kind == "barras":
        lead = messages.DESC_BARS.format(unit=block["unidad"])
    else:
        lead = messages.DESC_TIMELINE.format(n=len(block["elementos"]))
    return lead + messages.DESC_SAME_AS_TEXT


def _figures(c: Canvas, block: dict) -> None:
    if not block["elementos"]:
        _empty(c)
        return
    label_x = PAD + 200
    for item in block["elementos"]:
        top = c.y
        value_lines = wrap(item["valor_texto"], 40, 190, bold=True)
        text_lines = wrap(item["texto"], 20, WIDTH - label_x - PAD)
        height = max(len(value_lines) * 52, len(text_lines) * 26) + 20
        c.rect(PAD, top, WIDTH - 2 * PAD, height, SOFT, rx=6)
        c.lines(PAD + 12, top + 50, value_lines, 40, bold=True, color=GUINDA)
        c.lines(label_x, top + 36, text_lines, 20)
        c.y = top + height + 12


def _steps(c: Canvas, block: dict) -> None:
    x_text = PAD + 64
    items = block["elementos"]
    for i, item in enumerate(items):
        top = c.y
        title = wrap(item["titulo"], 22, WIDTH - x_text - PAD, bold=True)
        body = wrap(item["texto"], 19, WIDTH - x_text - PAD) if item["texto"] else []
        height = max(52, len(title) * 29 + len(body) * 25 + 12)
        if i < len(items) - 1:
            c.raw(
                f'<line x1="{PAD + 24}" y1="{top + 48}" x2="{PAD + 24}" y2="{top + height + 14}" '
                f'stroke="{LINE}" stroke-width="3"/>'
            )
        c.raw(f'<circle cx="{PAD + 24}" cy="{top + 24}" r="22" fill="{GUINDA}"/>')
        c.text(PAD + 24, top + 32, item["n"], 22, bold=True, color="#ffffff", anchor="middle")
        y = c.lines(x_text, top + 26, title, 22, bold=True, color=GUINDA)
        c.lines(x_text, y, body, 19)
        c.y = top + height + 16


def _comparison(c: Canvas, block: dict) -> None:
    n = len(block["columnas"])
    col_w = (WIDTH - 2 * PAD - (n - 1) * 8) / n
    xs = [PAD + i * (col_w + 8) for i in range(n)]
    heads = [wrap(h, 20, col_w - 16, bold=True) for h in block["columnas"]]
    head_h = max(len(h) for h in heads) * 26 + 14
    for x, head in zip(xs, heads, strict=True):
        c.rect(x, c.y, col_w, head_h, GUINDA, rx=4)
        c.lines(x + 8, c.y + 27, head, 20, bold=True, color="#ffffff")
    c.y += head_h + 10
    for row in block["filas"]:
        c.lines(
            PAD,
            c.y + 20,
            wrap(row["aspecto"], 19, WIDTH - 2 * PAD, bold=True),
            19,
            bold=True,
            color=GUINDA,
        )
        c.y += len(wrap(row["aspecto"], 19, WIDTH - 2 * PAD, bold=True)) * 25 + 6
        cells = [wrap(v, 18, col_w - 16) for v in row["valores"]]
        cell_h = max(len(cell) for cell in cells) * 23 + 14
        for x, cell in zip(xs, cells, strict=True):
            c.rect(x, c.y, col_w, cell_h, SOFT, stroke=LINE, rx=4)
            c.lines(x + 8, c.y + 23, cell, 18)
        c.y += cell_h + 12


def _bars(c: Canvas, block: dict) -> None:
    if not block["elementos"]:
        _empty(c)
        return
    value_w = 90
    track = WIDTH - 2 * PAD - value_w
    for item in block["elementos"]:
        label = wrap(item["nombre"], 19, WIDTH - 2 * PAD)
        y = c.lines(PAD, c.y + 19, label, 19)
        top = y - 14
        c.rect(PAD, top, track, 22, "#ffffff", stroke=LINE)
        c.rect(PAD, top, track * item["fraccion"], 22, GUINDA)
        c.text(PAD + track + 10, top + 18, item["valor_texto"], 19, bold=True)
        c.y = top + 22 + 12


def _timeline(c: Canvas, block: dict) -> None:
    x_text = PAD + 44
    start = c.y
    for item in block["elementos"]:
        top = c.y
        c.raw(f'<circle cx="{PAD + 14}" cy="{top + 14}" r="9" fill="{GUINDA}"/>')
        y = c.lines(x_text, top + 20, [item["fecha_texto"]], 19, bold=True, color=GUINDA)
        y = c.lines(
            x_text, y, wrap(item["titulo"], 21, WIDTH - x_text - PAD, bold=True), 21, bold=True
        )
        if item["texto"]:
            y = c.lines(x_text, y, wrap(item["texto"], 18, WIDTH - x_text - PAD), 18)
        c.y = y + 4
    c.parts.insert(
        0,
        f'<line x1="{PAD + 14}" y1="{start + 14}" x2="{PAD + 14}" y2="{c.y - 20}" '
        f'stroke="{LINE}" stroke-width="3"/>',
    )


def _empty(c: Canvas) -> None:
    c.text(PAD, c.y + 24, messages.PROGRESS_NO_DATA, 20)
    c.y += 36


DRAWERS = {
    "cifras": _figures,
    "pasos": _steps,
    "comparacion": _comparison,
    "barras": _bars,
    "linea_de_tiempo": _timeline,
}
