"""Colours and the WCAG contrast ratio, shared by the theme and inline contrast rules.

Colour syntax is tinycss2's (``tinycss2.color4``): every CSS named colour, hex with
alpha, ``rgb()``/``hsl()``/``hwb()`` in both syntaxes, ``transparent``. A colour with
alpha is blended over what lies beneath before the ratio is taken, as a browser does.
"""

from __future__ import annotations

from typing import NamedTuple

from tinycss2 import color4

LARGE_PX = 24.0  # 18pt
LARGE_BOLD_PX = 18.66  # 14pt bold
NORMAL_MINIMUM = 4.5
LARGE_MINIMUM = 3.0


class Color(NamedTuple):
    """sRGB channels from 0 to 255 (floats, so blending loses nothing) and alpha 0–1."""

    r: float
    g: float
    b: float
    a: float = 1.0


WHITE = Color(255, 255, 255)
BLACK = Color(0, 0, 0)
CURRENT = "currentcolor"


def parse(value) -> Color | str | None:
    """A colour from a CSS value (text or tinycss2 tokens).

    Returns ``CURRENT`` for ``currentColor`` and None when the value is not a colour.
    """
    try:
        parsed = color4.parse_color(value)
    except (TypeError, ValueError, AttributeError):
        return None
    if parsed is None:
        return None
    if parsed == "currentcolor":
        return CURRENT
    try:
        srgb = parsed.to("srgb")
    except (ValueError, NotImplementedError, KeyError):
        return None
    r, g, b = (min(max(c, 0.0), 1.0) * 255 for c in srgb.coordinates)
    alpha = parsed.alpha if parsed.alpha is not None else 1.0
    return Color(r, g, b, min(max(float(alpha), 0.0), 1.0))


def over(top: Color, below: Color) -> Color:
    """``top`` painted over ``below`` (source-over compositing); the result is opaque
    if ``below`` is."""
    if top.a >= 1:
        return top
    a = top.a + below.a * (1 - top.a)
    if a == 0:
        return Color(0, 0, 0, 0)

    def mix(t: float, b: float) -> float:
        return (t * top.a + b * below.a * (1 - top.a)) / a

    return Color(mix(top.r, below.r), mix(top.g, below.g), mix(top.b, below.b), a)


def _channel(c: float) -> float:
    s = c / 255
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


def luminance(color: Color) -> float:
    return 0.2126 * _channel(color.r) + 0.7152 * _channel(color.g) + 0.0722 * _channel(color.b)


def ratio(fg: Color, bg: Color) -> float:
    """WCAG contrast ratio, from 1 (same colour) to 21 (black on white).

    A translucent text colour is blended over the background first; a translucent
    background must already have been blended over what is beneath it.
    """
    fg = over(fg, bg)
    light, dark = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_large(size_px: float | None, bold: bool) -> bool:
    """WCAG large text: 18pt, or 14pt bold."""
    if size_px is None:
        return False
    return size_px >= LARGE_PX or (bold and size_px >= LARGE_BOLD_PX)


def minimum(large: bool) -> float:
    return LARGE_MINIMUM if large else NORMAL_MINIMUM


def hex_of(color: Color) -> str:
    text = "#{:02x}{:02x}{:02x}".format(*(round(c) for c in color[:3]))
    return text if color.a >= 1 else f"{text} al {round(color.a * 100)} %"
