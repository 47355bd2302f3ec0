"""The INFOGRAPHICS setting: every option declared once, checked at start-up.

A typo in pelicanconf.py (``"shar_sizes"``) would otherwise be ignored in silence
and the editor would wonder why nothing changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ventana_data import Option, cache_folder, read_settings

NAME = "INFOGRAPHICS"
OPTIONS = {
    "data": Option("infographics", "Carpeta de `DATA_PATH` con un YAML por infografía.", (str,)),
    "schema": Option(
        "schema/infographic.schema.json",
        "Esquema JSON de una infografía, dentro de `DATA_PATH`.",
        (str,),
    ),
    "url": Option("infografias/", "Dirección de las páginas, relativa a `SITEURL`.", (str,)),
    "share_sizes": Option(
        [(1200, 630), (1080, 1080)],
        "Tamaños (ancho, alto) en píxeles de las imágenes PNG para compartir.",
        (list, tuple),
        check=lambda sizes: all(_is_size(s) for s in sizes),
        expected="una lista de pares (ancho, alto) en píxeles, entre 200 y 4000",
    ),
    "og_cards": Option(
        True, "Dibujar una tarjeta Open Graph con el título de las páginas sin imagen.", (bool,)
    ),
    "og_folder": Option(
        "compartir/", "Carpeta, relativa a `SITEURL`, de las tarjetas Open Graph.", (str,)
    ),
    "og_shared": Option(
        {"noticias/": "Noticias"},
        "Carpetas (relativas a `SITEURL`) cuyas páginas sin imagen comparten una tarjeta "
        "con el nombre de la sección, en vez de una por página.",
        (dict,),
        check=lambda shared: all(
            isinstance(k, str) and k.endswith("/") and isinstance(v, str) and v.strip()
            for k, v in shared.items()
        ),
        expected="un diccionario {carpeta terminada en /: nombre de la sección}",
    ),
    "states_url": Option(
        "estados/", "Página del avance estatal, citada como fuente de esos bloques.", (str,)
    ),
}


def settings_for(pelican_settings: dict) -> dict[str, Any]:
    """Defaults merged with INFOGRAPHICS, every value checked, paths normalised."""
    merged = read_settings(pelican_settings, NAME, OPTIONS)
    merged["share_sizes"] = [tuple(int(v) for v in s) for s in merged["share_sizes"]]
    merged["url"] = merged["url"].strip("/") + "/"
    merged["og_folder"] = merged["og_folder"].strip("/") + "/"
    return merged


def cache_dir(pelican_settings: dict) -> Path:
    """The image cache folder, created if missing."""
    path = cache_folder(pelican_settings, "infographics")
    path.mkdir(parents=True, exist_ok=True)
    return path


def _is_size(value: object) -> bool:
    return (
        isinstance(value, list | tuple)
        and len(value) == 2
        and all(isinstance(v, int) and 200 <= v <= 4000 for v in value)
    )
