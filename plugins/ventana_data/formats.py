"""Dates and numbers as readers see them on pages and images, the same in every plugin."""

from __future__ import annotations

import datetime as dt

MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)


def long_date(value: str | dt.date) -> str:
    """'2024-03-05' (or a date) -> '5 de marzo de 2024': the one date style of the site.

    Raises ValueError for a string that is not a full ISO date, so each caller decides
    how lenient to be with partial dates.
    """
    date = value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
    return f"{date.day} de {MONTHS[date.month - 1]} de {date.year}"


def number(value: float | int) -> str:
    """Numbers as read in Mexico: 1,234 and 12.5 (comma for thousands, point for decimals)."""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}"
    return f"{int(value):,}"


def percent(value: float | int) -> str:
    """59.1% and 75%: es-MX decimal point, no space before the sign, as Mexico writes it."""
    return f"{number(value)}%"


def file_size(size: int) -> str:
    """A download's size as a reader says it: '850 bytes', '12 kB', '1.4 MB'."""
    if size < 1000:
        return f"{size} bytes"
    if size < 1_000_000:
        return f"{number(round(size / 1000))} kB"
    return f"{number(round(size / 1_000_000, 1))} MB"
