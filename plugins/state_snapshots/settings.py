"""Defaults for ``STATE_SNAPSHOTS`` and their checks, in one place.

Unknown keys are reported by name so a typo in pelicanconf.py does not pass silently.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ventana_data import Option, cache_folder, dates, read_settings
from ventana_data.settings import fail

NAME = "STATE_SNAPSHOTS"
OPTIONS = {
    "folder": Option("states", "Carpeta de `DATA_PATH` con un YAML por estado.", (str,)),
    "schema": Option(
        "schema/state.schema.json", "Esquema JSON de una ficha, dentro de `DATA_PATH`.", (str,)
    ),
    "narratives": Option(
        "states", "Carpeta de `PATH` con el texto en Markdown de cada estado.", (str,)
    ),
    "today": Option(
        None,
        "Fecha de hoy, `AAAA-MM-DD`, para fechas futuras y datos viejos; `None`: el día de"
        " `SOURCE_DATE_EPOCH` si existe, si no el de la compilación.",
        check=lambda value: _date_or_none(value) is not None,
        expected="una fecha AAAA-MM-DD",
    ),
    "stale_months": Option(
        6, "Meses tras los cuales un corte se marca como desactualizado.", (int,)
    ),
    "thresholds": Option(
        {"alto": 75, "medio": 40},
        "Porcentaje desde el cual un estado tiene avance alto o medio.",
        (dict,),
        check=lambda t: set(t) == {"alto", "medio"} and 0 <= t["medio"] <= t["alto"] <= 100,
        expected="{'alto': N, 'medio': M} con 0 <= M <= N <= 100",
    ),
    "feed_max_items": Option(30, "Entradas del canal Atom de actualizaciones.", (int,)),
    "cache": Option(True, "Guardar las fichas validadas para no revisarlas de nuevo.", (bool,)),
}


@dataclass(frozen=True)
class Config:
    """Resolved settings: absolute paths and a fixed "today"."""

    states_dir: Path
    schema_path: Path
    narratives_dir: Path | None
    root: Path
    today: dt.date
    stale_months: int = 6
    thresholds: tuple[int, int] = (75, 40)
    feed_max_items: int = 30
    cache_dir: Path | None = None


def merge(user: dict[str, Any] | None) -> dict[str, Any]:
    """Defaults overlaid with the user's dict, every value checked."""
    return read_settings({NAME: user}, NAME, OPTIONS)


def parse_today(value: object, zone: str | None = None) -> dt.date:
    """The date used for "not in the future" and "older than six months" checks."""
    date = _date_or_none(value, zone)
    if date is None:
        fail(NAME, "today", OPTIONS["today"].expected, value)
    return date


def _date_or_none(value: object, zone: str | None = None) -> dt.date | None:
    if value is None:
        return dates.today(zone)
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def config_from_pelican(settings: dict[str, Any]) -> Config:
    """Build the Config from Pelican settings (DATA_PATH, PATH, VENTANA_CACHE_PATH)."""
    conf = read_settings(settings, NAME, OPTIONS)
    data = Path(settings["DATA_PATH"])
    cache_dir = cache_folder(settings, "state_snapshots") if conf["cache"] else None
    narratives = Path(settings["PATH"]) / conf["narratives"]
    return _config(conf, data, narratives, cache_dir, settings.get("TIMEZONE"))


def config_for_data(
    data: Path,
    today: str | None = None,
    cache_dir: Path | None = None,
    schema: Path | None = None,
    narratives: Path | None = None,
) -> Config:
    """Config for the command line: a data folder (and narratives), no Pelican settings."""
    conf = merge({"today": today} if today else None)
    config = _config(conf, data, narratives, cache_dir)
    if schema is not None:
        config = Config(**{**config.__dict__, "schema_path": schema})
    return config


def _config(
    conf: dict[str, Any],
    data: Path,
    narratives: Path | None,
    cache_dir: Path | None,
    zone: str | None = None,
) -> Config:
    thresholds = conf["thresholds"]
    return Config(
        states_dir=data / conf["folder"],
        schema_path=data / conf["schema"],
        narratives_dir=narratives,
        root=data.parent,
        today=parse_today(conf["today"], zone),
        stale_months=int(conf["stale_months"]),
        thresholds=(int(thresholds["alto"]), int(thresholds["medio"])),
        feed_max_items=int(conf["feed_max_items"]),
        cache_dir=cache_dir,
    )
