"""Defaults for the ``LESSONS`` setting and their validation, done once per build."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ventana_data import Option, display_path, read_settings

NAME = "LESSONS"
PAPERS = ("carta", "a4")
OPTIONS = {
    "content": Option(
        "lessons", "Carpeta de `PATH` con una lección en Markdown por archivo.", (str,)
    ),
    "goals": Option(
        "lessons/learning_goals.yaml", "Metas de aprendizaje, dentro de `DATA_PATH`.", (str,)
    ),
    "schema": Option(
        "schema/lesson.schema.json", "Esquema JSON de una lección, dentro de `DATA_PATH`.", (str,)
    ),
    "goals_schema": Option(
        "schema/learning_goals.schema.json",
        "Esquema JSON de las metas, dentro de `DATA_PATH`.",
        (str,),
    ),
    "url": Option(
        "escuela-de-heroes/",
        "Dirección de la guía, relativa a `SITEURL`, terminada en `/`.",
        (str,),
        check=lambda url: url.endswith("/") and not url.startswith("/"),
        expected="una ruta relativa que termine en /, por ejemplo 'escuela-de-heroes/'",
    ),
    "duration_bands": Option(
        [
            {"id": "hasta-30", "max": 30, "label": "Hasta 30 minutos"},
            {"id": "31-60", "max": 60, "label": "De 31 a 60 minutos"},
            {"id": "mas-de-60", "max": None, "label": "Más de 60 minutos"},
        ],
        "Franjas de duración del índice por duración; la última no tiene límite (`max: None`).",
        (list, tuple),
        check=lambda raw: _bands_or_none(raw) is not None,
        expected="una lista de {'id', 'max', 'label'} con máximos crecientes y None en la última",
    ),
    "filter_script": Option(
        True, "Filtro instantáneo en el índice; los índices estáticos funcionan sin él.", (bool,)
    ),
    "pdf": Option(
        True, "PDF para imprimir (WeasyPrint): cada lección, sus hojas y la guía completa.", (bool,)
    ),
    "paper": Option(
        ["carta", "a4"],
        "Tamaños de hoja de los PDF, un archivo por tamaño: `carta`, `a4`. Las dos se usan en "
        "las escuelas de México; cada tamaño suma el tiempo de un juego de PDF. Solo carta: "
        "`['carta']` (sus márgenes dejan que salga completa en A4).",
        (list, tuple),
        check=lambda raw: bool(raw) and all(p in PAPERS for p in raw),
        expected="una lista con uno o más de: 'carta', 'a4'",
    ),
}


@dataclass(frozen=True)
class Band:
    id: str
    max: int | None
    label: str


@dataclass(frozen=True)
class Config:
    """Validated settings with absolute paths, so the rest of the plugin never guesses."""

    root: Path
    content_dir: Path
    goals_path: Path
    schema_path: Path
    goals_schema_path: Path
    url: str
    bands: tuple[Band, ...]
    filter_script: bool
    pdf: bool = True
    papers: tuple[str, ...] = PAPERS

    def display(self, path: Path) -> str:
        """Path as an editor sees it in the project: ``content/lessons/01-x.md``."""
        return display_path(path, self.root)


def read_config(settings: dict[str, Any]) -> Config:
    """Merge ``LESSONS`` over the defaults; unknown keys and bad values stop the build."""
    conf = read_settings(settings, NAME, OPTIONS)
    data = Path(settings["DATA_PATH"])
    content = Path(settings["PATH"])
    return Config(
        root=data.parent,
        content_dir=content / conf["content"],
        goals_path=data / conf["goals"],
        schema_path=data / conf["schema"],
        goals_schema_path=data / conf["goals_schema"],
        url=conf["url"],
        bands=_bands_or_none(conf["duration_bands"]) or (),
        filter_script=conf["filter_script"],
        pdf=conf["pdf"],
        papers=tuple(dict.fromkeys(conf["paper"])),
    )


def _bands_or_none(raw: Any) -> tuple[Band, ...] | None:
    """The duration bands, or None when their shape or limits are wrong."""
    try:
        bands = tuple(Band(str(b["id"]), b["max"], str(b["label"])) for b in raw)
    except (TypeError, KeyError):
        return None
    limits = [b.max for b in bands]
    if (
        not bands
        or limits[-1] is not None
        or any(not isinstance(m, int) for m in limits[:-1])
        or limits[:-1] != sorted(limits[:-1])
    ):
        return None
    return bands


def band_for(bands: tuple[Band, ...], minutes: int) -> Band:
    """The first band whose upper limit holds the lesson's minutes."""
    for band in bands:
        if band.max is None or minutes <= band.max:
            return band
    return bands[-1]
