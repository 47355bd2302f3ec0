"""``CMS_ADMIN = {...}``: where the form lives and which Git host receives the changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ventana_data import Option, read_settings

NAME = "CMS_ADMIN"
HOSTS = ("gitlab", "gitea", "github")
OPTIONS = {
    "enabled": Option(True, "Escribe el formulario en `/admin/`.", (bool,)),
    "path": Option("admin", "Carpeta de la salida (y dirección) del formulario.", (str,)),
    "backend": Option(
        {"name": "gitlab", "repo": "sesna/ventana", "branch": "main"},
        "Bloque `backend` de Decap: `name` (gitlab, gitea o github), `repo`, `branch`...",
        (dict,),
        check=lambda value: value.get("name") in HOSTS,
        expected="un diccionario con name igual a gitlab, gitea o github",
    ),
    "publish_mode": Option(
        "",
        "`editorial_workflow`: cada cambio abre una solicitud de fusión; `''`: guarda directo.",
        (str,),
        choices=("", "editorial_workflow"),
    ),
    "local_backend": Option(
        "",
        "Dirección de decap-server (`invoke admin`); vacía en producción.",
        (str,),
        check=lambda value: not value or urlsplit(value).scheme in ("http", "https"),
        expected="una dirección que empiece con http:// o https://",
    ),
    "root": Option("", "Carpeta del proyecto; vacía: la carpeta que contiene `PATH`.", (str,)),
}
# Where each host's API answers when the backend block does not say.
DEFAULT_API = {"gitlab": "https://gitlab.com/api/v4", "github": "https://api.github.com"}


def read(settings: dict[str, Any]) -> dict[str, Any]:
    merged = read_settings(settings, NAME, OPTIONS)
    merged["root"] = Path(merged["root"] or Path(settings["PATH"]).resolve().parent)
    return merged


def connect_origins(merged: dict[str, Any]) -> list[str]:
    """Every origin the form talks to: the Git host's API, its sign-in page, decap-server."""
    backend = merged["backend"]
    urls = [
        backend.get("api_root") or DEFAULT_API.get(backend["name"], ""),
        backend.get("base_url", ""),
        merged["local_backend"],
    ]
    origins = []
    for url in urls:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
        if origin and origin not in origins:
            origins.append(origin)
    return origins
