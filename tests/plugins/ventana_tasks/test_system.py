"""``ensure_pango``, run as ``invoke build`` runs it: in its own Python process.

A missing library is a real one: a library name the dynamic loader does not have, with
the Debian package that would ship it. PATH holds no apt-get, so the function cannot
install and must stop with its Spanish message (exit 1) instead.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ventana_tasks.system import PANGO

from tests.sitebuild import ROOT

# Library names no Debian package ships, each with the package a missing Pango needs.
ABSENT = {f"{lib}-ventana-absent": package for lib, package in PANGO.items()}


def run_ensure(libraries: dict[str, str] | None, tmp_path: Path) -> subprocess.CompletedProcess:
    call = "ensure_pango()" if libraries is None else f"ensure_pango({libraries!r})"
    code = f"from ventana_tasks.system import ensure_pango\n{call}\nprint('listo')"
    empty = tmp_path / "bin"
    empty.mkdir(exist_ok=True)
    env = {"PATH": str(empty), "PYTHONPATH": str(ROOT / "plugins"), "LC_ALL": "C.UTF-8"}
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )


def test_missing_pango_stops_with_a_spanish_message_naming_the_packages(tmp_path):
    result = run_ensure(ABSENT, tmp_path)
    assert result.returncode == 1, result.stderr
    assert "listo" not in result.stdout
    assert "Traceback" not in result.stderr
    assert "Faltan bibliotecas de Debian para crear los PDF de las lecciones" in result.stderr
    assert "libpango-1.0-0 libpangoft2-1.0-0" in result.stderr
    assert "apt-get install -y libpango-1.0-0 libpangoft2-1.0-0" in result.stderr


def test_only_the_missing_package_is_named(tmp_path):
    one = {"pangoft2-1.0-ventana-absent": "libpangoft2-1.0-0", "pango-1.0": "libpango-1.0-0"}
    result = run_ensure(one, tmp_path)
    assert result.returncode == 1, result.stderr
    assert "libpangoft2-1.0-0" in result.stderr
    assert "libpango-1.0-0" not in result.stderr


def test_with_pango_installed_the_build_goes_on(tmp_path):
    # This machine builds the PDFs, so Debian's Pango is here.
    result = run_ensure(None, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "listo" and result.stderr == ""
