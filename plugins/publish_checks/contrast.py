"""Colour parsing and the WCAG contrast ratio, shared by the inline and palette rules."""

from __future__ import annotations

import re

NAMED = {
    "black": (0, 0, 0),
    "white": (255, 255, 255),
    "red": (255, 0, 0),
    "green": (0, 128, 0),
    "blue": (0, 0, 255),
    "yellow": (255, 255, 0),
    "gray": (128, 128, 128),
    "grey": (128, 128, 128),
    "silver": (192, 192, 192),
    "maroon": (128, 0, 0),
    "navy": (0, 0, 128),
    "orange": (255, 165, 0),
    "purple": (128, 0, 128),
    "lightgray": (211, 211, 211),
    "lightgrey": (211, 211, 211),
    "darkgray": (169, 169, 169),
}
_HEX = re.compile(r"#([0-9a-f]{3,8})\b", re.IGNORECASE)
_RGB = re.compile(
    r"rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})\s*(?:[,/]\s*([\d.]+%?))?\s*\)",
    re.IGNORECASE,
)
Color = tuple[int, int, int]


def parse(value: str) -> Color | None:
    """An opaque colour from a CSS value, or None when unknown or (semi-)transparent."""
    value = value.strip().lower()
    match = _HEX.match(value)
    if match:
        digits = match.group(1)
        if len(digits) in (3, 4):
            digits = "".join(c * 2 for c in digits)
        if len(digits) == 8 and digits[6:] != "ff":
            return None
        if len(digits) not in (6, 8):
            return None
        return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)
    match = _RGB.match(value)
    if match:
        alpha = match.group(4)
        if alpha and alpha not in ("1", "100%", "1.0"):
            return None
        return int(match.group(1)), int(match.group(2)), int(match.group(3))
    word = value.split()[0] if value else ""
    return NAMED.get(word)


def _channel(c: int) -> float:
    s = c / 255
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


def luminance(color: Color) -> float:
    r, g, b = (_channel(c) for c in color)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(fg: Color, bg: Color) -> float:
    """WCAG contrast ratio, from 1 (same colour) to 21 (black on white)."""
    light, dark = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def hex_of(color: Color) -> str:
    return "#{:02x}{:02x}{:02x}".format(*color)
