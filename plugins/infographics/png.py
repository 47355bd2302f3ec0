"""PNG images drawn with Pillow: share images of infographics and page cards.

Share images carry the site's name, the title, the featured block and its
source, in text large enough to read on a phone. Page cards are the Open Graph
image of pages that have none of their own: the site's name and the page title.
"""

from __future__ import annotations

from typing import Any

from PIL import Image, ImageDraw

from . import fonts, messages

GUINDA = (97, 18, 50)  # #611232: white on it is 12.6:1
GOLD = (165, 127, 44)  # #a57f2c: decoration only
TEXT = (31, 31, 31)  # #1f1f1f on white: 16.6:1
MUTED = (77, 77, 77)  # #4d4d4d on white: 8.5:1
SOFT = (246, 242, 238)  # #f6f2ee
SAMPLE_BG = (138, 90, 0)  # #8a5a00: white on it is 5.6:1
WHITE = (255, 255, 255)


def rows_of(block: dict[str, Any]) -> list[dict[str, Any]]:
    """The featured block as uniform rows: a badge, a text and maybe a bar."""
    kind = block["tipo"]
    items = block.get("elementos", [])
    if kind == "cifras":
        return [{"badge": i["valor_texto"], "text": i["texto"]} for i in items]
    if kind == "pasos":
        return [{"badge": str(i["n"]), "text": i["titulo"]} for i in items]
    if kind == "linea_de_tiempo":
        return [{"badge": i["fecha"][:4], "text": i["titulo"]} for i in items]
    if kind == "barras":
        return [
            {"badge": i["valor_texto"], "text": i["nombre"], "bar": i["fraccion"]} for i in items
        ]
    # A comparison keeps its first column: each row's aspect and value.
    return [{"badge": f["aspecto"], "text": f["valores"][0]} for f in block["filas"]]


def share_image(info: dict[str, Any], size: tuple[int, int], site_name: str) -> Image.Image:
    """One infographic as a social-media picture of exactly ``size`` pixels."""
    w, h = size
    s = w / 1200
    pad = round(56 * s)
    image = Image.new("RGB", size, WHITE)
    draw = ImageDraw.Draw(image)
    featured = info["destacado"]
    band = _header(draw, w, s, site_name, featured.get("sample") or info.get("sample_all", False))
    title_size = round(54 * s)
    title = fonts.clamp(
        fonts.wrap(info["titulo"], title_size, w - 2 * pad, bold=True),
        2 if h < w else 3,
        title_size,
        w - 2 * pad,
        bold=True,
    )
    y = band + round(28 * s)
    for line in title:
        draw.text((pad, y), line, font=fonts.font(title_size, True), fill=GUINDA)
        y += round(title_size * 1.2)
    footer_top = h - round(96 * s)
    _rows(draw, rows_of(featured), pad, y + round(16 * s), w - pad, footer_top - round(12 * s), s)
    _footer(draw, featured, pad, footer_top, w, s)
    return image


def page_card(title: str, size: tuple[int, int], site_name: str, subtitle: str) -> Image.Image:
    """An Open Graph card: the page title, large, on the site's colour.

    Drawn as an 8-bit palette image: the letters are a coverage mask from guinda to
    white (the very blend an RGB drawing makes) and one entry is the gold rule, so
    the PNG is a third of the size and quicker to encode, with the same pixels.
    """
    w, h = size
    s = w / 1200
    pad = round(64 * s)
    mask = Image.new("L", size, 0)
    draw = ImageDraw.Draw(mask)
    draw.text((pad, pad), site_name, font=fonts.font(round(36 * s), True), fill=255)
    area_top, area_bottom = pad + round(100 * s), h - pad - round(60 * s)
    for size_px in (68, 60, 52, 46, 40):
        size_px = round(size_px * s)
        lines = fonts.wrap(title, size_px, w - 2 * pad, bold=True)
        if len(lines) * size_px * 1.2 <= area_bottom - area_top:
            break
    lines = fonts.clamp(
        lines,
        max(1, int((area_bottom - area_top) // (size_px * 1.2))),
        size_px,
        w - 2 * pad,
        bold=True,
    )
    y = area_top
    for line in lines:
        draw.text((pad, y), line, font=fonts.font(size_px, True), fill=255)
        y += round(size_px * 1.2)
    sub = fonts.clamp(
        fonts.wrap(subtitle, round(28 * s), w - 2 * pad), 1, round(28 * s), w - 2 * pad
    )
    draw.text((pad, h - pad - round(28 * s)), sub[0], font=fonts.font(round(28 * s)), fill=255)
    card = mask.point(_TO_PALETTE)
    ImageDraw.Draw(card).rectangle(
        (pad, pad + round(60 * s), pad + round(160 * s), pad + round(66 * s)), fill=_GOLD_INDEX
    )
    card.putpalette(_CARD_PALETTE)
    return card


# Coverage 0..255 becomes palette entries 0..254 (guinda to white); 255 is the gold rule.
_GOLD_INDEX = 255
_TO_PALETTE = [round(v * 254 / 255) for v in range(256)]
_CARD_PALETTE = [
    round(g + (wh - g) * i / 254) for i in range(255) for g, wh in zip(GUINDA, WHITE, strict=True)
] + list(GOLD)


def _header(draw: ImageDraw.ImageDraw, w: int, s: float, site_name: str, sample: bool) -> int:
    band = round(76 * s)
    pad = round(56 * s)
    draw.rectangle((0, 0, w, band), fill=GUINDA)
    draw.rectangle((0, band, w, band + round(6 * s)), fill=GOLD)
    size = round(32 * s)
    draw.text(
        (pad, (band - size) // 2 - round(4 * s)), site_name, font=fonts.font(size, True), fill=WHITE
    )
    if sample:
        label = messages.SAMPLE
        tw = fonts.width(label, size, True)
        x0 = w - pad - tw - round(24 * s)
        draw.rectangle((x0, round(14 * s), w - pad, band - round(14 * s)), fill=SAMPLE_BG)
        draw.text(
            (x0 + round(12 * s), (band - size) // 2 - round(4 * s)),
            label,
            font=fonts.font(size, True),
            fill=WHITE,
        )
    return band + round(6 * s)


def _rows(
    draw: ImageDraw.ImageDraw, rows: list[dict], x0: int, top: int, x1: int, bottom: int, s: float
) -> None:
    """Rows fill the space between title and footer; few rows get larger letters."""
    if not rows:
        draw.text((x0, top), messages.PROGRESS_NO_DATA, font=fonts.font(round(30 * s)), fill=TEXT)
        return
    shown, y, row_h, k = _fit_rows(rows, top, bottom, s)
    badge_w = round(
        min(
            max(fonts.width(r["badge"], round(40 * s * k), True) for r in shown) + 40 * s,
            (x1 - x0) * 0.38,
        )
    )
    badge = (
        badge_w,
        _common_size([r["badge"] for r in shown], round(40 * s * k), badge_w - round(28 * s)),
    )
    for row in shown:
        _row(draw, row, (x0, y, x1, y + row_h - round(10 * s)), badge, round(30 * s * k), s)
        y += row_h
    if len(shown) < len(rows):
        more = messages.MORE_ROWS.format(n=len(rows) - len(shown))
        draw.text((x0, y), more, font=fonts.font(round(26 * s), True), fill=MUTED)


def _fit_rows(
    rows: list[dict], top: int, bottom: int, s: float
) -> tuple[list[dict], int, int, float]:
    """The rows that fit, where the first starts, each one's height and the letter scale.

    When some rows do not fit, room is kept below for the MORE_ROWS line; a short
    list is centred in its space rather than stuck under the title.
    """
    base_h, more_h = round(78 * s), round(40 * s)
    shown = rows
    if len(rows) * base_h > bottom - top:
        shown = rows[: max(1, (bottom - top - more_h) // base_h)]
        bottom -= more_h
    row_h = min(round(190 * s), max(base_h, (bottom - top) // len(shown)))
    if len(shown) == len(rows):
        top += max(0, (bottom - top - row_h * len(shown)) // 2)
    return shown, top, row_h, min(1.5, row_h / base_h)


def _row(
    draw: ImageDraw.ImageDraw,
    row: dict,
    box: tuple[int, int, int, int],
    badge: tuple[int, int],
    text_size: int,
    s: float,
) -> None:
    """One row in its tinted ``box``: the badge (width, letter size), the text, maybe a bar."""
    x0, y, x1, y1 = box
    box_h = y1 - y
    badge_w, badge_size = badge
    draw.rectangle(box, fill=SOFT)
    _text_block(
        draw,
        row["badge"],
        x0 + round(14 * s),
        y,
        badge_w - round(28 * s),
        box_h,
        badge_size,
        True,
        GUINDA,
    )
    tx = x0 + badge_w
    width = x1 - tx - round(20 * s)
    if "bar" not in row:
        _text_block(draw, row["text"], tx, y, width, box_h, text_size, False, TEXT)
        return
    bar_top, bar_right = y + box_h - round(26 * s), x1 - round(14 * s)
    _text_block(draw, row["text"], tx, y, width, box_h - round(26 * s), text_size, False, TEXT, 1)
    draw.rectangle((tx, bar_top, bar_right, bar_top + round(16 * s)), outline=MUTED)
    draw.rectangle(
        (tx, bar_top, tx + (bar_right - tx) * row["bar"], bar_top + round(16 * s)), fill=GUINDA
    )


def _common_size(texts: list[str], size: int, width: int) -> int:
    """The largest size (down to 70 %) at which every text fits in two lines."""
    floor = max(18, round(size * 0.7))
    while size > floor and any(len(fonts.wrap(t, size, width, True)) > 2 for t in texts):
        size -= 2
    return size


def _text_block(
    draw: ImageDraw.ImageDraw,
    text: str,
    x: int,
    y: int,
    width: int,
    height: int,
    size: int,
    bold: bool,
    color: tuple,
    max_lines: int = 2,
) -> None:
    """Up to ``max_lines`` lines centred vertically in a box, shrinking the letters to fit."""
    floor = max(18, round(size * 0.7))
    while True:
        lines = fonts.wrap(text, size, width, bold)
        if (
            len(lines) <= max_lines
            and all(fonts.width(line, size, bold) <= width for line in lines)
        ) or size <= floor:
            break
        size -= 2
    lines = fonts.clamp(lines, max_lines, size, width, bold)
    line_h = size * 1.15
    ty = y + (height - len(lines) * line_h) / 2 - size * 0.12
    for line in lines:
        draw.text((x, ty), line, font=fonts.font(size, bold), fill=color)
        ty += line_h


def _footer(draw: ImageDraw.ImageDraw, block: dict, x0: int, top: int, w: int, s: float) -> None:
    draw.line((x0, top, w - x0, top), fill=MUTED, width=max(1, round(2 * s)))
    source = block.get("fuente") or {}
    text = f"{messages.SOURCE}: {source.get('titulo', '')}"
    if block.get("fecha_texto"):
        text += f" ({block['fecha_texto']})"
    size = round(24 * s)
    lines = fonts.clamp(fonts.wrap(text, size, w - 2 * x0), 2, size, w - 2 * x0)
    y = top + round(14 * s)
    for line in lines:
        draw.text((x0, y), line, font=fonts.font(size), fill=MUTED)
        y += round(size * 1.25)
