"""One picture per block kind, laid out for a given frame (wide or narrow).

Each drawer shows one idea from the data: bars in proportion to their values,
dates placed along a line in proportion to the time between them. Other kinds are
better said in HTML (components/infographics.html): figures as a list with counted
dots, steps as a flow of numbered boxes joined by arrows, a comparison as a table.
Long explanations stay in the text under the drawing.
"""

from __future__ import annotations

from . import messages
from .layout import TEXT, Box, Canvas, Frame, block_height, line_step, measure, metrics, num
from .layout import wrap as wrap_text

GUINDA = "#611232"  # 12.6:1 on white
SOFT = "#f6f2ee"  # background panel; text on it >= 4.5:1
LINE = "#767676"  # 4.5:1 on white: lines, outlines and empty dots
WHITE = "#ffffff"

WIDE = Frame("ancho", width=640, pad=16, title=21, body=19, small=18)
NARROW = Frame("angosto", width=288, pad=4, title=17, body=16, small=15)
FRAMES = (WIDE, NARROW)


def bars(c: Canvas, block: dict) -> None:
    """Bars in proportion to their values, each with its name and its value in words."""
    f = c.frame
    items = block["elementos"]
    if not items:
        empty(c)
        return
    value_w = max(measure(i["valor_texto"], f.body, True) for i in items) + 10
    names_w = min(max(measure(i["nombre"], f.body) for i in items), f.width * 0.38)
    wide = f is WIDE
    bar_x = f.pad + names_w + 12 if wide else f.pad
    track = f.width - f.pad - value_w - bar_x
    bar_h = 20 if wide else 16
    whole = c.whole
    start, tracks, fills = len(c.parts), [], []
    for item in items:
        names = wrap_text(item["nombre"], f.body, names_w if wide else f.width - 2 * f.pad)
        name_h = block_height(len(names), f.body)
        top = c.y
        if wide:
            row_h = max(name_h, bar_h)
            bar_y = top + (row_h - bar_h) / 2
            first = top + (row_h - name_h) / 2 + metrics(f.body)[0]
        else:
            row_h = name_h + 4 + bar_h
            bar_y = top + name_h + 4
            first = top + metrics(f.body)[0]
        c.lines(f.pad, first, names, f.body, whole)
        tracks.append(Box(bar_x, bar_y, track, bar_h))
        fills.append(Box(bar_x, bar_y, track * min(item["fraccion"], 1), bar_h))
        asc, desc = metrics(f.body, True)
        value_base = bar_y + bar_h / 2 + (asc - desc) / 2
        c.text(bar_x + track + 8, value_base, item["valor_texto"], f.body, whole, bold=True)
        c.y = top + row_h + (12 if wide else 14)
    c.y -= 12
    # Shapes first, then labels: every track under its bar, painted as two groups.
    c.parts[start:start] = [c.rects(tracks, WHITE, LINE), c.rects(fills, GUINDA)]


def timeline(c: Canvas, block: dict) -> None:
    """Dates on a line, spaced in proportion to the time between them."""
    f = c.frame
    items = block["elementos"]
    wide = f is WIDE
    dates_w = max(measure(i["fecha_texto"], f.small, True) for i in items)
    axis_x = f.pad + dates_w + 20 if wide else f.pad + 10
    text_x = axis_x + 20
    text_w = f.width - f.pad - text_x
    per_year = 60 if wide else 48
    first_year = _year(items[0]["fecha"])
    start = c.y
    whole = c.whole
    dots = []
    for item in items:
        titles = wrap_text(item["titulo"], f.title, text_w, bold=True)
        target = start + (_year(item["fecha"]) - first_year) * per_year
        top = max(c.y, target)
        date_asc = metrics(f.small, True)[0]
        if wide:
            c.text(
                axis_x - 20,
                top + date_asc,
                item["fecha_texto"],
                f.small,
                whole,
                bold=True,
                color=GUINDA,
                anchor="end",
            )
            title_top = top
        else:
            c.text(
                text_x, top + date_asc, item["fecha_texto"], f.small, whole, bold=True, color=GUINDA
            )
            title_top = top + line_step(f.small)
        c.lines(text_x, title_top + metrics(f.title, True)[0], titles, f.title, whole, bold=True)
        dots.append(top + date_asc * 0.6)
        c.y = title_top + block_height(len(titles), f.title) + 18
    c.y -= 18
    c.parts.insert(
        0,
        f'<line x1="{axis_x}" y1="{num(dots[0])}" x2="{axis_x}" y2="{num(dots[-1])}" '
        f'stroke="{LINE}" stroke-width="3"/>',
    )
    for y in dots:
        c.raw(f'<circle cx="{axis_x}" cy="{num(y)}" r="8" fill="{GUINDA}"/>')


def _year(value: str) -> float:
    """'2016-07-18' -> 2016.54: a date as a point on the line."""
    parts = [int(p) for p in str(value).split("-")]
    year, month, day = [*parts, 1, 1][:3]
    return year + (month - 1) / 12 + (day - 1) / 365


def empty(c: Canvas) -> None:
    f = c.frame
    lines = wrap_text(messages.PROGRESS_NO_DATA, f.body, f.width - 2 * f.pad)
    c.y = c.lines(f.pad, c.y + metrics(f.body)[0], lines, f.body, c.whole, color=TEXT)
    c.y -= line_step(f.body) - metrics(f.body)[1]


DRAWERS = {
    "barras": bars,
    "linea_de_tiempo": timeline,
}
