"""Writing into the output folder only what changed, and knowing what a build wrote.

A rebuild writes a file only when its bytes differ from the ones on disk, so the
files an edit did not touch keep their modification time (a web server, rsync and
the live preview see exactly what moved). Every file a build produces, written or
found unchanged, is recorded here; the ``incremental`` plugin then removes from the
output the files of an earlier build that this one no longer produces (a deleted
page, a renamed slug), so an incremental build ends equal to a clean one.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from . import preview

# Absolute paths of the files this build produced (written or already equal).
_produced: set[str] = set()
# Every record in order (repeats too), to ask what one step of the build produced.
_log: list[str] = []
# What the output folder held when the build started: path -> (mtime_ns, size, inode).
_before: dict[str, tuple[int, int, int]] = {}
# Folders a plugin keeps in step itself (a search index): the clean-up leaves them alone.
_owned: set[str] = set()
_state = {"output": "", "finished": False}


def record(path: str | os.PathLike[str]) -> None:
    """Note that this build produced ``path`` (it must survive the final clean-up)."""
    path = os.path.abspath(path)
    _produced.add(path)
    _log.append(path)  # every time: each page that shows a file must say it


def mark() -> int:
    """A point in this build's record, for ``since``."""
    return len(_log)


def since(point: int) -> list[str]:
    """The files recorded after ``point`` (what one page's drawing produced), once each."""
    return list(dict.fromkeys(_log[point:]))


def produced() -> set[str]:
    """The files recorded so far in this build (do not change the set)."""
    return _produced


def start(output: str | os.PathLike[str]) -> None:
    """A build begins: forget the last one and note what ``output`` holds now."""
    _produced.clear()
    _log.clear()
    _owned.clear()
    _before.clear()
    _state.update(output=os.path.abspath(output), finished=False)
    _before.update(_stamps(_state["output"]))


def own_tree(folder: str | os.PathLike[str]) -> None:
    """``folder`` is kept in step by its plugin; the clean-up does not look inside it."""
    _owned.add(os.path.abspath(folder))


def finish() -> list[str]:
    """Remove what an earlier build left and this one did not produce; the removed paths.

    Called by whatever reads the finished output first (the search index, the checks)
    and at the end of the build; only the first call does the work, never in the live
    preview's partial pass (it writes only some pages). A file counts as
    left over when it was there at the start, nobody recorded it and nobody rewrote it.
    """
    if _state["finished"] or not _state["output"] or preview.partial():
        return []
    _state["finished"] = True
    now = _stamps(_state["output"])
    stale = [
        path
        for path, stamp in _before.items()
        if now.get(path) == stamp and path not in _produced and not _is_owned(path)
    ]
    for path in sorted(stale):
        os.unlink(path)
        _remove_empty_parents(os.path.dirname(path), _state["output"])
    return stale


def _is_owned(path: str) -> bool:
    return any(path.startswith(folder + os.sep) for folder in _owned)


def _stamps(folder: str) -> dict[str, tuple[int, int, int]]:
    found = {}
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            try:
                info = os.lstat(path)
            except OSError:
                continue
            found[path] = (info.st_mtime_ns, info.st_size, info.st_ino)
    return found


def _remove_empty_parents(folder: str, top: str) -> None:
    """Remove ``folder`` and its parents up to ``top`` while they are empty."""
    while folder.startswith(top + os.sep) and not os.listdir(folder):
        os.rmdir(folder)
        folder = os.path.dirname(folder)


def same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def write_if_changed(path: str | os.PathLike[str], data: bytes | str) -> bool:
    """Write ``data`` (text is UTF-8) unless the file holds it already; True if written."""
    path = Path(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    record(path)
    if same_bytes(path, raw):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw)
    return True


def copy_if_changed(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> bool:
    """Copy ``source`` to ``target`` unless it holds the same bytes; True if copied."""
    source, target = Path(source), Path(target)
    record(target)
    try:
        if target.stat().st_size == source.stat().st_size:
            if target.read_bytes() == source.read_bytes():
                return False
    except OSError:
        pass
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return True


def record_tree(folder: str | os.PathLike[str]) -> None:
    """Record every file under ``folder`` (a tree another program wrote, e.g. an index)."""
    for root, _dirs, names in os.walk(folder):
        for name in names:
            record(os.path.join(root, name))
