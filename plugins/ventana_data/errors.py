"""Errors an editor can act on: file, line, column, field, expected, found, fix."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class DataError:
    """One mistake in one file, in Spanish, addressed to the person who edits it."""

    file: str
    line: int
    column: int
    field: str
    message: str
    expected: str = ""
    found: str = ""
    hint: str = ""

    def format(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        head = f"{where}: {self.field}: " if self.field else f"{where}: "
        parts = [head + self.message]
        if self.expected:
            parts.append(f"    Se esperaba: {self.expected}")
        if self.found:
            parts.append(f"    Se encontró: {self.found}")
        if self.hint:
            parts.append(f"    Cómo corregirlo: {self.hint}")
        return "\n".join(parts)

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "field": self.field,
            "message": self.message,
            "expected": self.expected,
            "found": self.found,
            "hint": self.hint,
        }


class DataErrors(SystemExit):
    """Every mistake found in a run, raised once so the editor sees them all together.

    A ``SystemExit`` on purpose: Pelican catches ``Exception`` and prints a traceback,
    which buries the Spanish report an editor needs. Raised before any page is
    written, it ends the build with exit code 1 and leaves ``output/`` untouched.
    """

    exitcode = 1

    def __init__(self, errors: Iterable[DataError], what: str = "los datos") -> None:
        self.errors = sorted(set(errors))
        self.what = what
        super().__init__(1)

    def __str__(self) -> str:
        return self.report()

    def report(self) -> str:
        n = len(self.errors)
        noun = "error" if n == 1 else "errores"
        files = len({e.file for e in self.errors})
        verb = "Se encontró" if n == 1 else "Se encontraron"
        head = f"{verb} {n} {noun} en {self.what} ({files} archivo{'s' if files != 1 else ''}). "
        head += "No se generó ninguna página; el sitio publicado sigue igual."
        body = "\n\n".join(e.format() for e in self.errors)
        return f"{head}\n\n{body}\n\nAbortado con {n} {noun}."


def raise_if_any(errors: Iterable[DataError], what: str = "los datos") -> None:
    """Write the full report for the editor to stderr, then stop the build."""
    errors = list(errors)
    if errors:
        exc = DataErrors(errors, what)
        sys.stderr.write(exc.report() + "\n")
        sys.stderr.flush()
        raise exc
