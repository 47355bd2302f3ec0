"""Gather every data plugin's errors in one build and stop once, before writing.

Each plugin validates its own files, but an editor who broke the glossary and a
state file wants both messages in one run. Plugins ``collect`` their errors and
carry on without the broken data; just before Pelican writes anything
(``all_generators_finalized``), the whole list is reported and the build stops.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from pelican import signals

from .errors import DataError, raise_if_any

_pending: list[DataError] = []
_sources: list[str] = []
FinalCheck = Callable[[list[Any]], Iterable[DataError]]
_final_checks: dict[FinalCheck, str] = {}


def collect(errors: Iterable[DataError], what: str) -> bool:
    """Keep these errors for the end of the build; True when there were any."""
    errors = list(errors)
    if errors:
        _pending.extend(errors)
        if what not in _sources:
            _sources.append(what)
    return bool(errors)


def pending() -> list[DataError]:
    return list(_pending)


def _reset(*_args: object) -> None:
    _pending.clear()
    _sources.clear()


def final_check(check: FinalCheck, what: str) -> None:
    """Run ``check(generators)`` when every context is ready, just before the report.

    For checks that need what all generators produced (e.g. two pages claiming the
    same output file); their errors join the same report, before anything is written.
    """
    _final_checks[check] = what


def _stop_if_errors(generators: object = None, *_args: object) -> None:
    for check, what in _final_checks.items():
        collect(check(list(generators or [])), what)
    if _pending:
        what = ", ".join(_sources[:-1]) + (" y " if len(_sources) > 1 else "") + _sources[-1]
        errors = list(_pending)
        _reset()
        raise_if_any(errors, what)


def connect() -> None:
    """Called by each data plugin's register(); connecting twice is harmless."""
    signals.initialized.connect(_reset)
    signals.all_generators_finalized.connect(_stop_if_errors)
