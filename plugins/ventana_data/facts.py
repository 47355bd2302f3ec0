"""Shared facts (data/facts.yaml): how pages and infographics refer to one.

A Markdown page writes ``{dato:comite_coordinador_integrantes}`` and the build puts
the number there; an infographic element writes ``dato: comite_coordinador_integrantes``
instead of ``valor: 6``. The ``facts`` plugin loads the file into the ``FACTS``
context key; both readers use ``unknown_fact`` for an id that does not exist.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from .errors import DataError
from .messages import DID_YOU_MEAN, NO_FACTS, UNKNOWN_FACT, fill

PLACEHOLDER = re.compile(r"\{dato:([^{}\s]*)\}")
SOURCE = "data/facts.yaml"


def unknown_fact(
    file: str, line: int, column: int, field: str, ref: str, known: Iterable[str]
) -> DataError:
    """'dato' names no entry of data/facts.yaml: say so and suggest the nearest id."""
    ids = sorted(known)
    text = fill(UNKNOWN_FACT, ref=ref, source=SOURCE, listed=", ".join(ids) or NO_FACTS)
    near = difflib.get_close_matches(ref, ids, n=1, cutoff=0.6)
    if near:
        text["hint"] = DID_YOU_MEAN.format(near[0]) + " " + text["hint"]
    return DataError(file, line, column, field, **text)


def fact_lines(text: str) -> list[tuple[int, int, str]]:
    """Every ``{dato:id}`` of a text as (line, column, id), both counted from 1."""
    found = []
    for number, line in enumerate(text.split("\n"), start=1):
        for match in PLACEHOLDER.finditer(line):
            found.append((number, match.start() + 1, match.group(1)))
    return found
