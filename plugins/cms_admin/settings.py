"""``CMS_ADMIN = {...}``: where the form lives and which Git host receives the changes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ventana_data import SettingsError, plugin_settings

from . import messages as M

DEFAULTS: dict[str, Any] = {
    "enabled": True,
    # Folder of the output (and URL) where the form is served.
    "path": "admin",
    # Decap's backend block, passed through: name (gitlab, gitea or github), repo, branch...
    "backend": {"name": "gitlab", "repo": "sesna/ventana", "branch": "main"},
    # "" saves straight to the branch; "editorial_workflow" opens a merge request per change.
    "publish_mode": "",
    # URL of decap-server (`invoke admin`); "" in production.
    "local_backend": "",
    # Folder the file paths in the form are relative to; "" means the parent of PATH.
    "root": "",
}
HOSTS = ("gitlab", "gitea", "github")
PUBLISH_MODES = ("", "editorial_workflow")
# Where each host's API answers when the backend block does not say.
DEFAULT_API = {"gitlab": "https://gitlab.com/api/v4", "github": "https://api.github.com"}


def read(settings: dict[str, Any]) -> dict[str, Any]:
    merged = plugin_settings(settings, "CMS_ADMIN", DEFAULTS)
    backend = merged["backend"]
    if not isinstance(backend, dict) or backend.get("name") not in HOSTS:
        _stop(M.BAD_BACKEND.format(hosts=", ".join(HOSTS), found=backend))
    if merged["publish_mode"] not in PUBLISH_MODES:
        _stop(M.BAD_MODE.format(found=merged["publish_mode"]))
    for url in (merged["local_backend"], backend.get("api_root", ""), backend.get("base_url", "")):
        if url and urlsplit(url).scheme not in ("http", "https"):
            _stop(M.BAD_URL.format(found=url))
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


def _stop(message: str) -> None:
    error = SettingsError(message)
    sys.stderr.write(message + "\n")
    raise error
