"""The FACTS setting: every option declared once, checked at start-up."""

from __future__ import annotations

from typing import Any

from ventana_data import Option, read_settings

NAME = "FACTS"
OPTIONS = {
    "source": Option(
        "facts.yaml", "Archivo de los datos compartidos, dentro de `DATA_PATH`.", (str,)
    ),
    "schema": Option(
        "schema/facts.schema.json",
        "Esquema JSON de los datos compartidos, dentro de `DATA_PATH`.",
        (str,),
    ),
}


def settings_for(pelican_settings: dict[str, Any]) -> dict[str, Any]:
    return read_settings(pelican_settings, NAME, OPTIONS)
