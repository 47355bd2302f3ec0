"""CSS lengths in pixels: px, rem, em, %, pt, vw/vh, keywords, calc()/min()/max()/clamp().

Enough arithmetic to know a font size or a box size at one viewport width; anything
else is ``Unknown``, never a guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

ROOT_FONT_PX = 16.0
VIEWPORT_HEIGHT = 640.0
_UNITS = {"px": 1.0, "pt": 4 / 3, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54, "mm": 96 / 25.4}
_FONT_KEYWORDS = {
    "xx-small": 9.0,
    "x-small": 10.0,
    "small": 13.0,
    "medium": 16.0,
    "large": 18.0,
    "x-large": 24.0,
    "xx-large": 32.0,
    "xxx-large": 48.0,
}


@dataclass(frozen=True, slots=True)
class Unknown:
    """A value the model cannot decide, and why (in Spanish, for the warning)."""

    reason: str


def _meaningful(tokens: Sequence) -> list:
    return [t for t in tokens if t.type not in ("whitespace", "comment")]


def px(tokens: Sequence, font_px: float, width: float) -> float | Unknown | None:
    """Pixels of a length; None for ``auto`` and other non-lengths."""
    items = _meaningful(tokens)
    if len(items) != 1:
        return _calc(items, font_px, width) if items else None
    return _one(items[0], font_px, width)


def _one(token, font_px: float, width: float) -> float | Unknown | None:
    kind = token.type
    if kind == "dimension":
        unit = token.lower_unit
        if unit in _UNITS:
            return token.value * _UNITS[unit]
        if unit == "rem":
            return token.value * ROOT_FONT_PX
        if unit == "em":
            return token.value * font_px
        if unit in ("ex", "ch"):
            return token.value * font_px / 2
        if unit in ("vw", "svw", "lvw", "dvw", "vi"):
            return token.value * width / 100
        if unit in ("vh", "svh", "lvh", "dvh", "vb"):
            return token.value * VIEWPORT_HEIGHT / 100
        return Unknown(f"unidad {token.unit} desconocida")
    if kind == "percentage":
        return token.value * font_px / 100
    if kind == "number":
        return float(token.value) if token.value == 0 else None
    if kind == "ident":
        name = token.lower_value
        if name in _FONT_KEYWORDS:
            return _FONT_KEYWORDS[name]
        if name == "smaller":
            return font_px / 1.2
        if name == "larger":
            return font_px * 1.2
        if name in ("inherit", "unset", "initial", "revert"):
            return font_px
        return None
    if kind == "function":
        return _function(token, font_px, width)
    return None


def _function(token, font_px: float, width: float) -> float | Unknown | None:
    name = token.lower_name
    args = split_commas(token.arguments)
    if name == "calc" and len(args) == 1:
        return _calc(args[0], font_px, width)
    values = [_calc(arg, font_px, width) for arg in args]
    for value in values:
        if value is None or isinstance(value, Unknown):
            return value or Unknown(f"{name}() con un valor que no es una longitud")
    if name == "min" and values:
        return min(values)
    if name == "max" and values:
        return max(values)
    if name == "clamp" and len(values) == 3:
        return max(values[0], min(values[1], values[2]))
    return Unknown(f"función {token.name}() desconocida")


def split_commas(tokens: Sequence) -> list[list]:
    """Comma-separated parts, whitespace and comments dropped."""
    parts: list[list] = [[]]
    for token in tokens:
        if token == ",":
            parts.append([])
        elif token.type not in ("whitespace", "comment"):
            parts[-1].append(token)
    return parts


def _calc(items: list, font_px: float, width: float) -> float | Unknown | None:
    """Left-to-right ``a + b - c * n / m`` with ``*`` and ``/`` first, as calc() does."""
    if len(items) == 1:
        if items[0].type == "() block":
            return _calc(_meaningful(items[0].content), font_px, width)
        if items[0].type == "number":
            return float(items[0].value)
        return _one(items[0], font_px, width)
    if len(items) % 2 == 0:
        return Unknown("calc() incompleto")
    for ops in (("+", "-"), ("*", "/")):
        for i in range(len(items) - 2, 0, -2):
            if items[i] in ops:
                left = _calc(items[:i], font_px, width)
                right = _calc(items[i + 1 :], font_px, width)
                if not isinstance(left, float) or not isinstance(right, float):
                    return left if not isinstance(left, float) else right
                if items[i] == "+":
                    return left + right
                if items[i] == "-":
                    return left - right
                if items[i] == "*":
                    return left * right
                return left / right if right else Unknown("calc() divide entre cero")
    return Unknown("calc() con un operador desconocido")
