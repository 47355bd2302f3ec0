"""The RESPONSIVE_IMAGES setting: every option declared once, checked at start-up."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ventana_data import Option, cache_folder, read_settings

NAME = "RESPONSIVE_IMAGES"
OPTIONS = {
    "widths": Option(
        [480, 960],
        "Anchos en píxeles de las copias reducidas de cada imagen.",
        (list, tuple),
        check=lambda v: all(isinstance(w, int) and not isinstance(w, bool) and w > 0 for w in v),
        expected="una lista de anchos en píxeles (números enteros)",
    ),
    "sizes": Option(
        "(min-width: 44rem) 42rem, 100vw", "Valor del atributo `sizes` de cada imagen.", (str,)
    ),
    "quality": Option(
        80,
        "Calidad de compresión de las copias, de 1 a 100.",
        (int,),
        check=lambda v: 1 <= v <= 100,
        expected="un número entero de 1 a 100",
    ),
    "folder": Option(
        "derivados", "Subcarpeta, junto a cada imagen publicada, con sus copias.", (str,)
    ),
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
    merged = read_settings(settings, NAME, OPTIONS)
    return Config(
        widths=tuple(sorted(int(w) for w in merged["widths"])),
        sizes=str(merged["sizes"]),
        quality=int(merged["quality"]),
        folder=str(merged["folder"]),
        content=Path(settings["PATH"]),
        output=Path(settings["OUTPUT_PATH"]),
        cache=cache_folder(settings, "responsive_images"),
    )
