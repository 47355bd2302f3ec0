"""The live preview's first pass: only the pages the editor is looking at.

``invoke livereload`` builds twice after a change, in the same process: first a
partial pass that reads the whole site as usual but writes only the selected output
files (the page open in the browser and the edited source's own page), then the
full pass, which writes every file whose bytes changed and ends equal to a clean
build. During the partial pass the writer skips every other page without drawing
it, and the steps that read or clean the finished output (the clean-up of leftover
files, the search index, the publish checks, the lesson PDFs) wait for the full
pass. Outside the live preview nothing is selected and every build is a full one.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

_selected: dict[str, frozenset[str] | None] = {"only": None}


@contextmanager
def only(paths: Iterable[str | os.PathLike[str]]) -> Iterator[None]:
    """Within the block, builds write only ``paths`` (absolute or relative to the cwd)."""
    _selected["only"] = frozenset(os.path.abspath(p) for p in paths)
    try:
        yield
    finally:
        _selected["only"] = None


def partial() -> bool:
    """True during the first pass, when most pages are left for the full one."""
    return _selected["only"] is not None


def selected(path: str | os.PathLike[str]) -> bool:
    """Whether this build writes ``path``: always, except in the partial pass."""
    chosen = _selected["only"]
    return chosen is None or os.path.abspath(path) in chosen


def selected_under(folder: str | os.PathLike[str]) -> bool:
    """Whether a selected path lies inside ``folder`` (always, outside the partial pass)."""
    chosen = _selected["only"]
    top = os.path.abspath(folder) + os.sep
    return chosen is None or any(path.startswith(top) for path in chosen)
