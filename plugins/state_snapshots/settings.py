"""Defaults for ``STATE_SNAPSHOTS`` and their checks, in one place.

Unknown keys are reported by name so a typo in pelicanconf.py does not pass silently.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import messages

log = logging.getLogger(__name__)

DEFAULTS: dict[str, Any] = {
    "folder": "states",  # under DATA_PATH
    "schema": "schema/state.schema.json",  # under DATA_PATH
    "narratives": "states",  # under PATH (content)
    "today": None,  # "AAAA-MM-DD"; None = the day of the build
    "stale_months": 6,
    "thresholds": {"alto": 75, "medio": 40},  # percentage from which a state is alto/medio
    "feed_max_items": 30,
    "cache": True,
}


class SettingsError(ValueError):
    """A wrong value in STATE_SNAPSHOTS: stops the build with a message for whoever set it."""


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
    """Defaults overlaid with the user's dict; unknown keys stop the build by name."""
    user = dict(user or {})
    unknown = sorted(set(user) - set(DEFAULTS))
    if unknown:
        raise SettingsError(messages.unknown_settings(unknown, sorted(DEFAULTS)))
    return {**DEFAULTS, **user}


def parse_today(value: object) -> dt.date:
    """The date used for "not in the future" and "older than six months" checks."""
    if value is None:
        return dt.date.today()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise SettingsError(messages.bad_today(value)) from None


def config_from_pelican(settings: dict[str, Any]) -> Config:
    """Build the Config from Pelican settings (DATA_PATH, PATH, VENTANA_CACHE_PATH)."""
    conf = merge(settings.get("STATE_SNAPSHOTS"))
    data = Path(settings["DATA_PATH"])
    cache_root = settings.get("VENTANA_CACHE_PATH")
    cache_dir = Path(cache_root) / "state_snapshots" if cache_root and conf["cache"] else None
    return _config(conf, data, Path(settings["PATH"]) / conf["narratives"], cache_dir)


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
    conf: dict[str, Any], data: Path, narratives: Path | None, cache_dir: Path | None
) -> Config:
    thresholds = conf["thresholds"]
    if not (
        isinstance(thresholds, dict)
        and set(thresholds) == {"alto", "medio"}
        and 0 <= thresholds["medio"] <= thresholds["alto"] <= 100
    ):
        raise SettingsError(messages.bad_thresholds(thresholds))
    return Config(
        states_dir=data / conf["folder"],
        schema_path=data / conf["schema"],
        narratives_dir=narratives,
        root=data.parent,
        today=parse_today(conf["today"]),
        stale_months=int(conf["stale_months"]),
        thresholds=(int(thresholds["alto"]), int(thresholds["medio"])),
        feed_max_items=int(conf["feed_max_items"]),
        cache_dir=cache_dir,
    )
