"""The INFOGRAPHICS setting: defaults in one place, unknown keys stopped by name.

A typo in pelicanconf.py (``"shar_sizes"``) would otherwise be ignored in silence
and the editor would wonder why nothing changed.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

from . import messages

DEFAULTS: dict[str, Any] = {
    # Folder under DATA_PATH with one YAML file per infographic.
    "data": "infographics",
    # JSON Schema under DATA_PATH; editors such as VS Code can use it too.
    "schema": "schema/infographic.schema.json",
    # Where the pages go, relative to SITEURL (directory-style).
    "url": "infografias/",
    # PNG exports of every infographic: (width, height) in pixels.
    "share_sizes": [(1200, 630), (1080, 1080)],
    # Draw an Open Graph card with the title for pages that have no image.
    "og_cards": True,
    # Folder, relative to SITEURL, for the generated Open Graph cards.
    "og_folder": "compartir/",
    # Page of the state overview, cited as the source of the state-progress blocks.
    "states_url": "estados/",
}


class InfographicsSettingsError(Exception):
    """INFOGRAPHICS in pelicanconf.py has a key or value we cannot use."""

    exitcode = 1


def settings_for(pelican_settings: dict) -> dict[str, Any]:
    """Defaults merged with INFOGRAPHICS; raise naming every unknown key."""
    user = pelican_settings.get("INFOGRAPHICS") or {}
    if not isinstance(user, dict):
        raise InfographicsSettingsError(
            messages.SETTINGS_NOT_DICT.format(found=type(user).__name__)
        )
    problems = []
    for key in sorted(set(user) - set(DEFAULTS)):
        guess = difflib.get_close_matches(key, list(DEFAULTS), n=1)
        hint = messages.DID_YOU_MEAN.format(guess=guess[0]) if guess else ""
        problems.append(messages.SETTINGS_UNKNOWN_KEY.format(key=key, hint=hint))
    merged = {**DEFAULTS, **user}
    sizes = merged["share_sizes"]
    if not isinstance(sizes, list | tuple) or not all(_is_size(s) for s in sizes):
        problems.append(messages.SETTINGS_BAD_SIZES.format(found=sizes))
    if problems:
        raise InfographicsSettingsError("\n".join(problems))
    merged["share_sizes"] = [tuple(int(v) for v in s) for s in sizes]
    merged["url"] = merged["url"].strip("/") + "/"
    merged["og_folder"] = merged["og_folder"].strip("/") + "/"
    return merged


def cache_dir(pelican_settings: dict) -> Path:
    """VENTANA_CACHE_PATH/infographics, next to Pelican's own cache if unset."""
    base = pelican_settings.get("VENTANA_CACHE_PATH")
    if not base:
        base = Path(pelican_settings["CACHE_PATH"]).parent / "ventana"
    path = Path(base) / "infographics"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _is_size(value: object) -> bool:
    return (
        isinstance(value, list | tuple)
        and len(value) == 2
        and all(isinstance(v, int) and 200 <= v <= 4000 for v in value)
    )
