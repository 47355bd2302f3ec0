"""The EDITORIAL setting: every option declared once, checked at start-up."""

from __future__ import annotations

from typing import Any

from ventana_data import Option, read_settings

NAME = "EDITORIAL"
OPTIONS = {
    "folders": Option(
        ["pages", "news"], "Carpetas de `PATH` con páginas y noticias en Markdown.", (list, tuple)
    ),
    "schema": Option(
        "schema/page.schema.json", "Esquema JSON del encabezado, dentro de `DATA_PATH`.", (str,)
    ),
}


def settings_for(pelican_settings: dict[str, Any]) -> dict[str, Any]:
    return read_settings(pelican_settings, NAME, OPTIONS)
