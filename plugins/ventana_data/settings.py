"""Declarative plugin settings: one table of options per plugin, one error for all.

In the spirit of MkDocs' ``config_options``: each plugin declares its options
(default, accepted type, choices, a check and a one-line doc) in one ``dict`` of
``Option`` values; ``read_settings`` merges ``settings[NAME]`` over the defaults and
stops the build with one Spanish line naming the setting, what was expected and
what was received, with "¿Quisiste decir …?" for a misspelled key or choice.
"""

from __future__ import annotations

import difflib
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from . import messages as M


class SettingsError(SystemExit):
    """A wrong plugin setting stops the build at once with one readable line (exit 1).

    A ``SystemExit`` like ``DataErrors``: Pelican catches ``Exception`` and prints a
    traceback; this ends the build quietly after ``stop`` wrote the line to stderr.
    """

    exitcode = 1

    def __init__(self, message: str) -> None:
        super().__init__(1)
        self.message = message

    def __str__(self) -> str:
        return self.message


def stop(message: str) -> NoReturn:
    """Write ``message`` for whoever runs the build, then raise ``SettingsError``."""
    error = SettingsError(message)
    sys.stderr.write(message + "\n")
    sys.stderr.flush()
    raise error


@dataclass(frozen=True)
class Option:
    """One setting of one plugin: its default, what it accepts and what it does."""

    default: Any
    doc: str
    # Python types accepted (``bool`` is never taken for ``int``); None accepts anything.
    types: tuple[type, ...] | None = None
    choices: tuple[Any, ...] = ()
    # Further check of the value; ``expected`` says in Spanish what it wants.
    check: Callable[[Any], bool] | None = None
    expected: str = ""
    # ``None`` is also accepted (the plugin then works the value out itself).
    optional: bool = False

    def problem(self, value: Any) -> str | None:
        """The Spanish "what was expected", or None when ``value`` is fine."""
        if value is None and (self.optional or self.default is None):
            return None
        if self.choices and value not in self.choices:
            return M.ONE_OF.format(", ".join(repr(c) for c in self.choices))
        if self.types is not None and not _is_instance(value, self.types):
            names = dict.fromkeys(M.PY_TYPE_NAMES.get(t, t.__name__) for t in self.types)
            return self.expected or " o ".join(names)
        if self.check is not None and not _passes(self.check, value):
            return self.expected
        return None


Options = Mapping[str, Option]


def read_settings(settings: Mapping[str, Any], name: str, options: Options) -> dict[str, Any]:
    """The defaults of ``options`` updated with ``settings[name]``, every value checked."""
    user = settings.get(name)
    if user is None:
        user = {}
    if not isinstance(user, Mapping):
        stop(M.SETTINGS_NOT_DICT.format(name=name, found=user))
    unknown = sorted(set(user) - set(options))
    if unknown:
        stop(_unknown(name, unknown, list(options)))
    merged = {key: option.default for key, option in options.items()}
    merged.update(user)
    for key in user:
        expected = options[key].problem(user[key])
        if expected is not None:
            fail(name, key, expected, user[key], options[key].choices)
    return merged


def fail(name: str, key: str, expected: str, found: Any, choices: tuple = ()) -> NoReturn:
    """Stop the build: ``name[key]`` should have been ``expected`` but was ``found``."""
    hint = ""
    if choices and isinstance(found, str):
        guess = difflib.get_close_matches(found, [str(c) for c in choices], 1)
        hint = " " + M.DID_YOU_MEAN.format(guess[0]) if guess else ""
    stop(M.SETTINGS_BAD_VALUE.format(name=name, key=key, expected=expected, found=found, hint=hint))


def cache_folder(settings: Mapping[str, Any], plugin: str) -> Path:
    """Where ``plugin`` keeps its cache: ``VENTANA_CACHE_PATH/<plugin>``.

    When ``VENTANA_CACHE_PATH`` is unset, ``.cache/ventana`` beside the content folder
    (the project's own layout), so every plugin falls back to the same place.
    """
    base = settings.get("VENTANA_CACHE_PATH")
    if not base:
        base = Path(settings.get("PATH") or ".").resolve().parent / ".cache" / "ventana"
    return Path(base) / plugin


def docs_table(name: str, options: Options) -> str:
    """The options of one plugin as a Markdown table, for the generated docs."""
    rows = [f"| `{key}` | `{o.default!r}` | {o.doc} |" for key, o in options.items()]
    head = f"| Clave de `{name}` | Por omisión | Para qué sirve |\n|---|---|---|"
    return "\n".join([head, *rows])


def _unknown(name: str, unknown: list[str], allowed: list[str]) -> str:
    guesses = [g for key in unknown for g in difflib.get_close_matches(key, allowed, 1)]
    keys = ", ".join(f"'{k}'" for k in unknown)
    template = M.SETTINGS_UNKNOWN_ONE if len(unknown) == 1 else M.SETTINGS_UNKNOWN_MANY
    return template.format(
        name=name,
        keys=keys,
        hint=M.DID_YOU_MEAN.format(guesses[0]) + " " if guesses else "",
        allowed=", ".join(allowed),
    )


def _passes(check: Callable[[Any], bool], value: Any) -> bool:
    try:
        return bool(check(value))
    except (TypeError, ValueError, KeyError, AttributeError):
        return False


def _is_instance(value: Any, types: tuple[type, ...]) -> bool:
    if isinstance(value, bool):
        return bool in types
    return isinstance(value, types)
