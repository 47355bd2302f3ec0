"""PNG images drawn with Pillow: share images of infographics and page cards.

Share images carry the site's name, the title, the featured block and its
source, in text large enough to read on a phone. Page cards are the Open Graph
image of pages that have none of their own: the site's name and the page title.
"""

from __future__ import annotations

from typing import Any

from PIL import Image, ImageDraw

from . import fonts, messages

GUINDA = (97, 18, 50)          # #611232: white on it is 12.6:1
GOLD = (165, 127, 44)          # #a57f2c: decoration only
TEXT = (31, 31, 31)            # #1f1f1f on white: 16.6:1
MUTED = (77, 77, 77)           # #4d4d4d on white: 8.5:1
SOFT = (246, 242, 238)         # #f6f2ee
SAMPLE_BG = (138, 90, 0)       # #8a5a00: white on it is 5.6:1
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
        return [{"badge": i["valor_texto"], "text": i["nombre"], "bar": i["fraccion"]} for i in items]
    first = block["filas"][0]
    return [{"badge": col, "text": val} for col, val in zip(block["columnas"], first["valores"], strict=True)]


def share_image(info: dict[str, Any], size: tuple[int, int], site_name: str) -> Image.Image:
    """One infographic as a social-media picture of exactly ``size`` pixels."""
    w, h = size
    s = w / 1200
    pad = round(56 * s)
    image = Image.new("RGB", size, WHITE)
    draw = ImageDraw.Draw(image)
    band = _header(draw, w, s, site_name, info["sample"])
    title_size = round(54 * s)
    title = fonts.clamp(fonts.wrap(info["titulo"], title_size, w - 2 * pad, bold=True),
                        2 if h < w else 3, title_size, w - 2 * pad, bold=True)
    y = band + round(28 * s)
    for line in title:
        draw.text((pad, y), line, font=fonts.font(title_size, True), fill=GUINDA)
        y += round(title_size * 1.2)
    footer_top = h - round(96 * s)
    _rows(draw, rows_of(info["destacado"]), pad, y + round(16 * s), w - pad, footer_top - round(12 * s), s)
    _footer(draw, info["destacado"], pad, footer_top, w, s)
    return image


def page_card(title: str, size: tuple[int, int], site_name: str, subtitle: str) -> Image.Image:
    """An Open Graph card: the page title, large, on the site's colour."""
    w, h = size
    s = w / 1200
    pad = round(64 * s)
    image = Image.new("RGB", size, GUINDA)
    draw = ImageDraw.Draw(image)
    draw.text((pad, pad), site_name, font=fonts.font(round(36 * s), True), fill=WHITE)
    draw.rectangle((pad, pad + round(60 * s), pad + round(160 * s), pad + round(66 * s)), fill=GOLD)
    area_top, area_bottom = pad + round(100 * s), h - pad - round(60 * s)
    for size_px in (68, 60, 52, 46, 40):
        size_px = round(size_px * s)
        lines = fonts.wrap(title, size_px, w - 2 * pad, bold=True)
        if len(lines) * size_px * 1.2 <= area_bottom - area_top:
            break
    lines = fonts.clamp(lines, max(1, int((area_bottom - area_top) // (size_px * 1.2))), size_px,
                        w - 2 * pad, bold=True)
    y = area_top
    for line in lines:
        draw.text((pad, y), line, font=fonts.font(size_px, True), fill=WHITE)
        y += round(size_px * 1.2)
    sub = fonts.clamp(fonts.wrap(subtitle, round(28 * s), w - 2 * pad), 1, round(28 * s), w - 2 * pad)
    draw.text((pad, h - pad - round(28 * s)), sub[0], font=fonts.font(round(28 * s)), fill=WHITE)
    return image


def _header(draw: ImageDraw.ImageDraw, w: int, s: float, site_name: str, sample: bool) -> int:
    band = round(76 * s)
    pad = round(56 * s)
    draw.rectangle((0, 0, w, band), fill=GUINDA)
    draw.rectangle((0, band, w, band + round(6 * s)), fill=GOLD)
    size = round(32 * s)
    draw.text((pad, (band - size) // 2 - round(4 * s)), site_name, font=fonts.font(size, True), fill=WHITE)
    if sample:
        label = messages.SAMPLE
        tw = fonts.width(label, size, True)
        x0 = w - pad - tw - round(24 * s)
        draw.rectangle((x0, round(14 * s), w - pad, band - round(14 * s)), fill=SAMPLE_BG)
        draw.text((x0 + round(12 * s), (band - size) // 2 - round(4 * s)), label,
                  font=fonts.font(size, True), fill=WHITE)
    return band + round(6 * s)


def _rows(draw: ImageDraw.ImageDraw, rows: list[dict], x0: int, top: int, x1: int,
          bottom: int, s: float) -> None:
    badge_w = round(250 * s)
    text_size, badge_size = round(30 * s), round(40 * s)
    row_h = round(78 * s)
    fits = max(1, (bottom - top) // row_h)
    shown = rows if len(rows) <= fits else rows[: fits - 1]
    y = top
    for row in shown:
        draw.rectangle((x0, y, x1, y + row_h - round(10 * s)), fill=SOFT)
        bsize = badge_size
        while bsize > round(22 * s) and fonts.width(row["badge"], bsize, True) > badge_w - round(24 * s):
            bsize -= 2
        draw.text((x0 + round(14 * s), y + (row_h - round(10 * s) - bsize) // 2 - round(4 * s)),
                  row["badge"], font=fonts.font(bsize, True), fill=GUINDA)
        tx = x0 + badge_w
        if "bar" in row:
            draw.rectangle((tx, y + round(44 * s), x1 - round(14 * s), y + round(60 * s)), outline=MUTED)
            draw.rectangle((tx, y + round(44 * s), tx + (x1 - round(14 * s) - tx) * row["bar"],
                            y + round(60 * s)), fill=GUINDA)
            lines = fonts.clamp(fonts.wrap(row["text"], text_size, x1 - tx - 20), 1, text_size, x1 - tx - 20)
            draw.text((tx, y + round(6 * s)), lines[0], font=fonts.font(text_size), fill=TEXT)
        else:
            lines = fonts.clamp(fonts.wrap(row["text"], text_size, x1 - tx - 20), 2, round(26 * s), x1 - tx - 20)
            size = text_size if len(lines) == 1 else round(26 * s)
            lines = fonts.clamp(fonts.wrap(row["text"], size, x1 - tx - 20), 2, size, x1 - tx - 20)
            ty = y + (row_h - round(10 * s) - len(lines) * size * 1.15) / 2 - round(3 * s)
            for line in lines:
                draw.text((tx, ty), line, font=fonts.font(size), fill=TEXT)
                ty += size * 1.15
        y += row_h
    if len(shown) < len(rows):
        more = f"y {len(rows) - len(shown)} más en la página"
        draw.text((x0, y), more, font=fonts.font(round(26 * s)), fill=MUTED)


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
