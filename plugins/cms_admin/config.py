"""The whole Decap configuration (config.yml), generated from the schemas and settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .collections import COLLECTIONS, collection_config


def build_config(merged: dict[str, Any], schema_dir: Path, site_url: str) -> dict[str, Any]:
    root: Path = merged["root"]
    config: dict[str, Any] = {
        "locale": "es",
        "backend": dict(merged["backend"]),
    }
    if merged["publish_mode"]:
        config["publish_mode"] = merged["publish_mode"]
    if merged["local_backend"]:
        config["local_backend"] = {"url": merged["local_backend"]}
    if site_url:
        config["site_url"] = site_url
        config["display_url"] = site_url
    config["media_folder"] = "content/images"
    config["public_folder"] = "/images"
    config["collections"] = [collection_config(c, root, schema_dir) for c in COLLECTIONS]
    return config


def dump(config: dict[str, Any]) -> str:
    """Stable text: two builds of one commit write the same bytes."""
    header = "# Generado por plugins/cms_admin a partir de data/schema/. No lo edites a mano.\n"
    return header + yaml.safe_dump(config, allow_unicode=True, sort_keys=False, width=100)
