"""The GLOSSARY setting: every option declared once, checked at start-up."""

from __future__ import annotations

from typing import Any

from ventana_data import Option, read_settings

NAME = "GLOSSARY"
OPTIONS = {
    "source": Option("glossary.yaml", "Archivo de términos, dentro de `DATA_PATH`.", (str,)),
    "schema": Option(
        "schema/glossary.schema.json", "Esquema JSON del glosario, dentro de `DATA_PATH`.", (str,)
    ),
    "url": Option("glosario/", "Dirección del glosario, relativa a `SITEURL`.", (str,)),
}


def settings_for(pelican_settings: dict[str, Any]) -> dict[str, Any]:
    return read_settings(pelican_settings, NAME, OPTIONS)
