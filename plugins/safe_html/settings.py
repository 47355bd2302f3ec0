"""The SAFE_HTML setting: declared once in ventana_data.html, checked at start-up."""

from __future__ import annotations

from typing import Any

from ventana_data import read_settings
from ventana_data.html import NAME, OPTIONS

__all__ = ["NAME", "OPTIONS", "settings_for"]


def settings_for(pelican_settings: dict[str, Any]) -> dict[str, Any]:
    return read_settings(pelican_settings, NAME, OPTIONS)
