"""The SEARCH setting: every option declared once, checked at start-up."""

from __future__ import annotations

from typing import Any

from ventana_data import Option, read_settings

NAME = "SEARCH"


def _sections_ok(value: Any) -> bool:
    return all(
        isinstance(pair, list | tuple) and len(pair) == 2 and all(isinstance(p, str) for p in pair)
        for pair in value
    )


def _folder_ok(value: str) -> bool:
    return bool(value) and value.endswith("/") and not value.startswith("/") and ".." not in value


OPTIONS = {
    "enabled": Option(True, "Indexa el sitio y escribe la página de búsqueda.", (bool,)),
    "url": Option(
        "buscar/",
        "Dirección de la página de búsqueda, relativa a `SITEURL`.",
        (str,),
        check=_folder_ok,
        expected="una carpeta relativa que termine en «/», como «buscar/»",
    ),
    "bundle": Option(
        "pagefind/",
        "Carpeta del índice de Pagefind dentro de la salida; solo la página de búsqueda la carga.",
        (str,),
        check=_folder_ok,
        expected="una carpeta relativa que termine en «/», como «pagefind/»",
    ),
    "language": Option("es", "Idioma del índice (código ISO 639-1).", (str,)),
    "sections": Option(
        [
            ("Estados", "estados/"),
            ("Noticias", "noticias/"),
            ("Escuela de Héroes", "escuela-de-heroes/"),
            ("Infografías", "infografias/"),
            ("Datos", "datos/"),
        ],
        "Filtros por sección: (nombre, carpeta); cuenta la primera carpeta que contiene la página.",
        (list, tuple),
        check=_sections_ok,
        expected="una lista de pares (nombre, carpeta)",
    ),
    "other_section": Option(
        "Información general", "Sección de las páginas que no están en ninguna carpeta.", (str,)
    ),
}


def settings_for(pelican_settings: dict[str, Any]) -> dict[str, Any]:
    return read_settings(pelican_settings, NAME, OPTIONS)
