"""Defaults for the ``LESSONS`` setting and their validation, done once per build."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ventana_data import display_path

from . import messages

DEFAULTS: dict[str, Any] = {
    # Folder of lesson Markdown files, relative to PATH (content/).
    "content": "lessons",
    # Learning goals and schemas, relative to DATA_PATH (data/).
    "goals": "lessons/learning_goals.yaml",
    "schema": "schema/lesson.schema.json",
    "goals_schema": "schema/learning_goals.schema.json",
    # Where the guide lives on the site, directory-style.
    "url": "escuela-de-heroes/",
    # Duration bands for the "by duration" index: the last band has no upper limit.
    "duration_bands": [
        {"id": "hasta-30", "max": 30, "label": "Hasta 30 minutos"},
        {"id": "31-60", "max": 60, "label": "De 31 a 60 minutos"},
        {"id": "mas-de-60", "max": None, "label": "Más de 60 minutos"},
    ],
    # Adds instant filtering to the main index; the static index pages work without it.
    "filter_script": True,
}


class LessonsConfigError(SystemExit):
    """``LESSONS`` in pelicanconf.py is wrong: the site builder, not an editor, fixes it.

    A ``SystemExit`` like ``ventana_data.DataErrors``: Python prints the message alone on
    stderr and exits with code 1, instead of Pelican burying it under a traceback.
    """

    exitcode = 1

    def __init__(self, message: str) -> None:
        super().__init__(f"lessons: {message}")


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

    def display(self, path: Path) -> str:
        """Path as an editor sees it in the project: ``content/lessons/01-x.md``."""
        return display_path(path, self.root)


def read_config(settings: dict[str, Any]) -> Config:
    """Merge ``LESSONS`` over the defaults; unknown keys and bad values stop the build."""
    user = settings.get("LESSONS") or {}
    if not isinstance(user, dict):
        raise LessonsConfigError(messages.CONFIG_NOT_DICT.format(found=type(user).__name__))
    unknown = sorted(set(user) - set(DEFAULTS))
    if unknown:
        lines = []
        for key in unknown:
            guess = difflib.get_close_matches(key, list(DEFAULTS), n=1)
            lines.append(
                messages.CONFIG_UNKNOWN_KEY.format(
                    key=key, hint=messages.DID_YOU_MEAN.format(guess=guess[0]) if guess else ""
                )
            )
        raise LessonsConfigError(
            messages.CONFIG_HEAD
            + "\n".join(lines)
            + "\n"
            + messages.CONFIG_ALLOWED.format(keys=", ".join(DEFAULTS))
        )
    conf = {**DEFAULTS, **user}
    url = conf["url"]
    if not isinstance(url, str) or not url.endswith("/") or url.startswith("/"):
        raise LessonsConfigError(messages.CONFIG_BAD_URL.format(found=url))
    data = Path(settings["DATA_PATH"])
    content = Path(settings["PATH"])
    return Config(
        root=data.parent,
        content_dir=content / conf["content"],
        goals_path=data / conf["goals"],
        schema_path=data / conf["schema"],
        goals_schema_path=data / conf["goals_schema"],
        url=url,
        bands=_bands(conf["duration_bands"]),
        filter_script=bool(conf["filter_script"]),
    )


def _bands(raw: Any) -> tuple[Band, ...]:
    try:
        bands = tuple(Band(str(b["id"]), b["max"], str(b["label"])) for b in raw)
    except (TypeError, KeyError) as exc:
        raise LessonsConfigError(messages.CONFIG_BAD_BANDS.format(found=exc)) from exc
    limits = [b.max for b in bands]
    if (
        not bands
        or limits[-1] is not None
        or any(not isinstance(m, int) for m in limits[:-1])
        or limits[:-1] != sorted(limits[:-1])
    ):
        raise LessonsConfigError(messages.CONFIG_BAD_BANDS.format(found=limits))
    return bands


def band_for(bands: tuple[Band, ...], minutes: int) -> Band:
    """The first band whose upper limit holds the lesson's minutes."""
    for band in bands:
        if band.max is None or minutes <= band.max:
            return band
    return bands[-1]
