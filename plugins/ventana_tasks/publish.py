"""Publish so that a failed build can never damage the site people are reading.

The deploy path is a symbolic link to a release folder. A build goes into a new
release folder; only when Pelican (and the publish checks it runs) exits 0 is the
link replaced, with ``os.replace``: one rename, atomic on POSIX. A web server
pointed at the deploy path sees the old site or the new one, never half of each.

One publish at a time: a lock (``fcntl.flock``) on ``.<deploy>.lock`` next to the
deploy path; a second publish waits, or with ``VENTANA_PUBLISH_WAIT`` seconds says
that one is running. A release is built under ``incompleta-<name>`` and renamed to
its name (timestamp and process id) only once built and checked, so a publish
killed at any point leaves nothing that counts as a release; the next one removes
it. ``desplegadas.json`` lists the releases the link pointed at, written atomically
after each swap; pruning keeps the last few of those, renaming each other folder
``incompleta-…`` before removing it. For tests only, ``VENTANA_PUBLISH_PAUSE`` holds a
publish at one of ``PAUSE_MOMENTS`` (docs/security.md). A full disk (or any OSError)
stops the publish with a Spanish message, removes the partial release and leaves
the link where it was.
"""

from __future__ import annotations

import errno
import fcntl
import json
import logging
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from .pelican_output import run_pelican

log = logging.getLogger(__name__)

MESSAGES = {
    "failed": "La publicación se detuvo: la compilación terminó con código {code}. "
    "El sitio publicado en {deploy} no cambió.",
    "done": "Sitio publicado en {deploy} (versión {release}).",
    "moved": "La carpeta {deploy} se convirtió en la versión {release} "
    "para poder cambiarla en un paso.",
    "waiting": "Otra publicación está en curso; esperando…",
    "busy": "Otra publicación está en curso (candado {lock}); inténtalo cuando termine.",
    "disk_full": "La publicación se detuvo: no queda espacio en el disco donde se "
    "guardan las versiones ({releases}). Se borró la versión a medias; el sitio "
    "publicado en {deploy} no cambió. Para arreglarlo: libera espacio en ese disco "
    "(la versión publicada ocupa {size}; hace falta al menos otro tanto libre) y "
    "vuelve a ejecutar invoke publish.",
    "os_error": "La publicación se detuvo por un error del sistema de archivos ({error}). "
    "Se borró la versión a medias; el sitio publicado en {deploy} no cambió.",
}
INCOMPLETE = "incompleta-"
RECORD = "desplegadas.json"
# Seconds a second publish waits for the lock; unset: as long as it takes.
WAIT_VARIABLE = "VENTANA_PUBLISH_WAIT"
# How a full disk shows in the build's output; below LOW_SPACE bytes free counts too.
NO_SPACE = ("No space left on device", "Errno 28]", "Disk quota exceeded")
LOW_SPACE = 1 << 20
# Tests only (docs/security.md): stop at one moment of a publish until a file goes away,
# so a test can kill -9 it exactly there. Never set it where the site is published.
PAUSE_VARIABLE = "VENTANA_PUBLISH_PAUSE"
PAUSE_MOMENTS = ("antes-de-enlazar", "durante-limpieza")


def releases_dir(deploy: Path) -> Path:
    return deploy.parent / f".{deploy.name}-releases"


def publish_site(root: Path, settings: str, deploy: Path, keep: int = 3) -> int:
    """Build a new release and switch the deploy link to it; return the exit code."""
    releases = releases_dir(deploy)
    release = None
    try:
        releases.mkdir(parents=True, exist_ok=True)
        with _publish_lock(deploy) as locked:
            if not locked:
                return 1
            _remove_leftovers(releases)
            release = releases / f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
            return _publish(root, settings, deploy, release, keep)
    except OSError as error:
        if release is not None:
            shutil.rmtree(releases / f"{INCOMPLETE}{release.name}", ignore_errors=True)
            if not _is_deployed(deploy, release):
                shutil.rmtree(release, ignore_errors=True)
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            _say_disk_full(deploy)
        else:
            message = MESSAGES["os_error"].format(error=error.strerror or error, deploy=deploy)
            print(message, file=sys.stderr)
        return 1


def _publish(root: Path, settings: str, deploy: Path, release: Path, keep: int) -> int:
    releases = release.parent
    building = releases / f"{INCOMPLETE}{release.name}"
    code, disk_full = _build(root, settings, building)
    if code == 0:
        code = _check(root, building, settings)
    if code != 0:
        disk_full = disk_full or shutil.disk_usage(releases).free < LOW_SPACE
        shutil.rmtree(building, ignore_errors=True)
        if disk_full:
            _say_disk_full(deploy)
        else:
            print(MESSAGES["failed"].format(code=code, deploy=deploy), file=sys.stderr)
        return code
    building.rename(release)
    _adopt_plain_folder(deploy, releases, keep)
    pause("antes-de-enlazar", deploy)
    _swap_link(deploy, release)
    _record(releases, release.name, keep)
    _prune(deploy, current=release)
    print(MESSAGES["done"].format(deploy=deploy, release=release.name))
    return 0


class _publish_lock:
    """``fcntl.flock`` on ``.<deploy>.lock``: True once held, False if the wait ran out."""

    def __init__(self, deploy: Path) -> None:
        self.path = deploy.parent / f".{deploy.name}.lock"
        self.file = None

    def __enter__(self) -> bool:
        self.file = open(self.path, "a")  # held until __exit__
        try:
            fcntl.flock(self.file, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            pass
        wait = os.environ.get(WAIT_VARIABLE, "").strip()
        if not wait:
            print(MESSAGES["waiting"], file=sys.stderr, flush=True)
            fcntl.flock(self.file, fcntl.LOCK_EX)
            return True
        deadline = time.monotonic() + float(wait)
        while time.monotonic() < deadline:
            time.sleep(0.2)
            try:
                fcntl.flock(self.file, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return True
            except BlockingIOError:
                continue
        print(MESSAGES["busy"].format(lock=self.path), file=sys.stderr)
        return False

    def __exit__(self, *exc: object) -> None:
        self.file.close()  # closing releases the lock


def _build(root: Path, settings: str, target: Path) -> tuple[int, bool]:
    """Run Pelican; return its exit code and whether it ran out of disk space.

    Its output reaches the editor translated, tracebacks only in reports/
    (``pelican_output``).
    """
    args = ["-s", str(root / settings), "-o", str(target)]
    code, seen = run_pelican(root, args)
    disk_full = code != 0 and any(mark in " ".join(seen.split()) for mark in NO_SPACE)
    return code, disk_full


def _say_disk_full(deploy: Path) -> None:
    releases = releases_dir(deploy)
    size = _folder_size(deploy) if deploy.is_dir() else 0
    where = {"releases": releases, "deploy": deploy}
    print(MESSAGES["disk_full"].format(size=f"{size / 1e6:.1f} MB", **where), file=sys.stderr)


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _check(root: Path, release: Path, settings: str) -> int:
    """Run the publish checks again as a gate of their own.

    Pelican only logs a plugin that fails to load, so a broken checker would let an
    unchecked site through. Findings are cached by content hash: this costs little.
    The pages the build leaves out (the editing form at /admin/) are left out here too.
    """
    env = {**os.environ, "PYTHONPATH": str(root / "plugins")}
    conf = _settings(root, settings)
    cmd = [sys.executable, "-m", "publish_checks", "--path", str(release), "--quiet"]
    cmd += ["--root", str(root), "--siteurl", conf["SITEURL"]]
    for pattern in conf.get("PUBLISH_CHECKS", {}).get("exclude", []):
        cmd += ["--exclude", pattern]
    return subprocess.call(cmd, cwd=root, env=env)


def _settings(root: Path, settings: str) -> dict:
    from pelican.settings import read_settings

    return read_settings(str(root / settings))


def _adopt_plain_folder(deploy: Path, releases: Path, keep: int) -> None:
    """A deploy folder made by hand becomes a release, so the swap can be one rename."""
    if deploy.is_dir() and not deploy.is_symlink():
        target = releases / f"anterior-{time.strftime('%Y%m%d-%H%M%S')}"
        deploy.rename(target)
        os.symlink(os.path.relpath(target, deploy.parent), deploy)
        _record(releases, target.name, keep)
        print(MESSAGES["moved"].format(deploy=deploy, release=target.name))


def _swap_link(deploy: Path, release: Path) -> None:
    tmp_link = deploy.parent / f".{deploy.name}.new"
    if tmp_link.is_symlink() or tmp_link.exists():
        tmp_link.unlink()
    os.symlink(os.path.relpath(release, deploy.parent), tmp_link)
    os.replace(tmp_link, deploy)


def _is_deployed(deploy: Path, release: Path) -> bool:
    return deploy.is_symlink() and (deploy.parent / os.readlink(deploy)).resolve() == release


def deployed(releases: Path) -> list[str]:
    """The releases the deploy link pointed at, oldest first."""
    try:
        names = json.loads((releases / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [n for n in names if isinstance(n, str)] if isinstance(names, list) else []


def _record(releases: Path, name: str, keep: int) -> None:
    """Add the release just swapped in; write to a temporary file, then one rename."""
    names = [n for n in deployed(releases) if n != name and (releases / n).is_dir()]
    names = [*names, name][-keep:]
    tmp = releases / f".{RECORD}.tmp"
    tmp.write_text(json.dumps(names, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, releases / RECORD)


def _remove_leftovers(releases: Path) -> None:
    """What a killed publish left: half-built folders and stray temporary files."""
    for path in releases.iterdir():
        if path.name.startswith(INCOMPLETE) and path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        elif path.name == f".{RECORD}.tmp":
            path.unlink()


def _prune(deploy: Path, current: Path) -> None:
    """Keep the releases that were last deployed, so a bad publish can be rolled back.

    Each other folder is first renamed ``incompleta-…`` (one step), then removed: a
    publish killed while it removes one leaves a leftover, never a release.
    """
    releases = current.parent
    keep = {*deployed(releases), current.name, RECORD}
    for path in releases.iterdir():
        if path.name not in keep and path.is_dir() and not path.name.startswith(INCOMPLETE):
            doomed = path.rename(releases / f"{INCOMPLETE}{path.name}")
            _remove_in_parts(doomed, deploy)
    _remove_leftovers(releases)


def _remove_in_parts(folder: Path, deploy: Path) -> None:
    for number, child in enumerate(sorted(folder.iterdir())):
        if number == 1:
            pause("durante-limpieza", deploy)  # half of the folder is gone
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)
    shutil.rmtree(folder, ignore_errors=True)


def pause(moment: str, deploy: Path) -> None:
    """With ``VENTANA_PUBLISH_PAUSE=<moment>`` (tests only), wait here while the file
    ``.<deploy>.pausa`` exists; it is written on arrival, so a test knows we are here."""
    if os.environ.get(PAUSE_VARIABLE) != moment:
        return
    marker = pause_marker(deploy)
    marker.write_text(f"{moment} {os.getpid()}\n", encoding="utf-8")
    while marker.exists():
        time.sleep(0.05)


def pause_marker(deploy: Path) -> Path:
    return deploy.parent / f".{deploy.name}.pausa"
