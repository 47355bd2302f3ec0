"""RESPONSIVE_IMAGES settings: defaults in one place, unknown keys named."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ventana_data import plugin_settings

DEFAULTS: dict[str, Any] = {
    "widths": [480, 960],
    "sizes": "(min-width: 44rem) 42rem, 100vw",
    "quality": 80,
    "folder": "derivados",
}


@dataclass(frozen=True)
class Config:
    widths: tuple[int, ...]
    sizes: str
    quality: int
    folder: str
    content: Path
    output: Path
    cache: Path


def read_config(settings: dict[str, Any]) -> Config:
    merged = plugin_settings(settings, "RESPONSIVE_IMAGES", DEFAULTS)
    cache_root = settings.get("VENTANA_CACHE_PATH") or str(Path(settings["PATH"]).parent / ".cache")
    return Config(
        widths=tuple(sorted(int(w) for w in merged["widths"])),
        sizes=str(merged["sizes"]),
        quality=int(merged["quality"]),
        folder=str(merged["folder"]),
        content=Path(settings["PATH"]),
        output=Path(settings["OUTPUT_PATH"]),
        cache=Path(cache_root) / "responsive_images",
    )
