"""One settings dict per plugin (``GLOSSARY = {...}``): defaults merged, unknown keys named."""

from __future__ import annotations

import difflib
import sys
from typing import Any

from . import messages as M


class SettingsError(SystemExit):
    """A misspelled setting stops the build at once with one readable line (exit 1)."""

    def __init__(self, message: str) -> None:
        super().__init__(1)
        self.message = message

    def __str__(self) -> str:
        return self.message


def plugin_settings(
    settings: dict[str, Any], name: str, defaults: dict[str, Any]
) -> dict[str, Any]:
    """``defaults`` updated with ``settings[name]``; an unknown key stops the build."""
    user = settings.get(name) or {}
    unknown = sorted(set(user) - set(defaults))
    if unknown:
        guesses = [g for key in unknown for g in difflib.get_close_matches(key, defaults, 1)]
        hint = M.DID_YOU_MEAN.format(guesses[0]) if guesses else ""
        error = SettingsError(
            M.UNKNOWN_SETTINGS.format(
                name=name, keys=", ".join(unknown), allowed=", ".join(defaults), hint=hint
            ).strip()
        )
        sys.stderr.write(str(error) + "\n")
        raise error
    return {**defaults, **user}
