"""System libraries the build needs that pip cannot install: Pango, for the lesson PDFs.

WeasyPrint draws text with Debian's Pango. ``invoke build`` (README's first command)
calls ``ensure_pango`` first: if a library is missing and we are root on a machine with
apt-get, it installs the packages the way ``.ci/run`` installs Chromium; otherwise it
stops with a Spanish message that names them.
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys

# Library name for ctypes -> Debian package that ships it.
PANGO = {"pango-1.0": "libpango-1.0-0", "pangoft2-1.0": "libpangoft2-1.0-0"}

INSTALLING = "Instalando las bibliotecas de Debian para los PDF de las lecciones: {packages}"
MISSING = (
    "Faltan bibliotecas de Debian para crear los PDF de las lecciones: {packages}.\n"
    "Cómo corregirlo: instálalas como root y vuelve a compilar:\n"
    "    apt-get update && apt-get install -y {packages}"
)


def missing_packages(libraries: dict[str, str] = PANGO) -> list[str]:
    """Debian packages whose library the dynamic loader cannot find."""
    return [package for lib, package in libraries.items() if ctypes.util.find_library(lib) is None]


def ensure_pango(libraries: dict[str, str] = PANGO) -> None:
    """Install Pango when missing and possible; otherwise exit 1 naming the packages.

    ``libraries`` maps each library's name for ctypes to its Debian package.
    """
    missing = missing_packages(libraries)
    if not missing:
        return
    packages = " ".join(missing)
    can_install = hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get")
    if can_install:
        sys.stderr.write(INSTALLING.format(packages=packages) + "\n")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        quiet = {"env": env, "stdout": subprocess.DEVNULL}
        subprocess.call(["apt-get", "update", "-qq"], **quiet)
        subprocess.call(["apt-get", "install", "-y", "-qq", *missing], **quiet)
        if not missing_packages(libraries):
            return
    sys.stderr.write(MISSING.format(packages=packages) + "\n")
    raise SystemExit(1)
