"""The CHANNELS setting: every option declared once, checked at start-up."""

from __future__ import annotations

from typing import Any

from ventana_data import Option, read_settings

NAME = "CHANNELS"
OPTIONS = {
    "source": Option(
        "channels.yaml", "Archivo de los canales para denunciar, dentro de `DATA_PATH`.", (str,)
    ),
    "schema": Option(
        "schema/channels.schema.json",
        "Esquema JSON de los canales, dentro de `DATA_PATH`.",
        (str,),
    ),
    "anchor": Option(
        "denunciar", "Ancla de la sección «Dónde denunciar» en cada página de estado.", (str,)
    ),
}


def settings_for(pelican_settings: dict[str, Any]) -> dict[str, Any]:
    return read_settings(pelican_settings, NAME, OPTIONS)
