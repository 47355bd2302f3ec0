"""Publish so that a failed build can never damage the site people are reading.

The deploy path is a symbolic link to a release folder. A build goes into a new
release folder; only when Pelican (and the publish checks it runs) exits 0 is the
link replaced, with ``os.replace``: one rename, atomic on POSIX. A web server
pointed at the deploy path sees the old site or the new one, never half of each.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

log = logging.getLogger(__name__)

MESSAGES = {
    "failed": "La publicación se detuvo: la compilación terminó con código {code}. "
    "El sitio publicado en {deploy} no cambió.",
    "done": "Sitio publicado en {deploy} (versión {release}).",
    "moved": "La carpeta {deploy} se convirtió en la versión {release} "
    "para poder cambiarla en un paso.",
}


def releases_dir(deploy: Path) -> Path:
    return deploy.parent / f".{deploy.name}-releases"


def publish_site(root: Path, settings: str, deploy: Path, keep: int = 3) -> int:
    """Build a new release and switch the deploy link to it; return the exit code."""
    releases = releases_dir(deploy)
    releases.mkdir(parents=True, exist_ok=True)
    release = releases / time.strftime("%Y%m%d-%H%M%S")
    suffix = 1
    while release.exists():
        release = releases / f"{release.name}-{suffix}"
        suffix += 1
    code = _build(root, settings, release)
    if code == 0:
        code = _check(root, release, settings)
    if code != 0:
        shutil.rmtree(release, ignore_errors=True)
        print(MESSAGES["failed"].format(code=code, deploy=deploy), file=sys.stderr)
        return code
    _adopt_plain_folder(deploy, releases)
    _swap_link(deploy, release)
    _prune(releases, keep, current=release)
    print(MESSAGES["done"].format(deploy=deploy, release=release.name))
    return 0


def _build(root: Path, settings: str, target: Path) -> int:
    env = {**os.environ, "PYTHONPATH": str(root / "plugins")}
    cmd = [sys.executable, "-m", "pelican", "-s", str(root / settings), "-o", str(target)]
    return subprocess.call(cmd, cwd=root, env=env)


def _check(root: Path, release: Path, settings: str) -> int:
    """Run the publish checks again as a gate of their own.

    Pelican only logs a plugin that fails to load, so a broken checker would let an
    unchecked site through. Findings are cached by content hash: this costs little.
    """
    env = {**os.environ, "PYTHONPATH": str(root / "plugins")}
    cmd = [
        sys.executable,
        "-m",
        "publish_checks",
        "--path",
        str(release),
        "--quiet",
        "--root",
        str(root),
        "--siteurl",
        _siteurl(root, settings),
    ]
    return subprocess.call(cmd, cwd=root, env=env)


def _siteurl(root: Path, settings: str) -> str:
    from pelican.settings import read_settings

    return read_settings(str(root / settings))["SITEURL"]


def _adopt_plain_folder(deploy: Path, releases: Path) -> None:
    """A deploy folder made by hand becomes a release, so the swap can be one rename."""
    if deploy.is_dir() and not deploy.is_symlink():
        target = releases / f"anterior-{time.strftime('%Y%m%d-%H%M%S')}"
        deploy.rename(target)
        os.symlink(os.path.relpath(target, deploy.parent), deploy)
        print(MESSAGES["moved"].format(deploy=deploy, release=target.name))


def _swap_link(deploy: Path, release: Path) -> None:
    tmp_link = deploy.parent / f".{deploy.name}.new"
    if tmp_link.is_symlink() or tmp_link.exists():
        tmp_link.unlink()
    os.symlink(os.path.relpath(release, deploy.parent), tmp_link)
    os.replace(tmp_link, deploy)


def _prune(releases: Path, keep: int, current: Path) -> None:
    """Keep the newest few releases so a bad publish can be rolled back by hand."""
    old = sorted((p for p in releases.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime)
    for path in old[:-keep]:
        if path != current:
            shutil.rmtree(path, ignore_errors=True)
