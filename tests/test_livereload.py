"""`invoke livereload`: an edit under content/ or data/ rebuilds the site by itself,
and the pages it serves carry the script that reloads the open tab."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout: float = 120.0, step: float = 0.25):
    """Poll until true; the limit only stops a hung test, it measures nothing."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return predicate()


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


@pytest.fixture
def livereload(project_copy):
    port = free_port()
    env = {**os.environ, "VENTANA_PORT": str(port), "PYTHONPATH": str(project_copy / "plugins")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "invoke", "livereload"],
        cwd=project_copy,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    yield project_copy, f"http://127.0.0.1:{port}"
    os.killpg(proc.pid, signal.SIGTERM)
    proc.wait(timeout=30)


def test_edit_rebuilds_and_served_pages_reload_themselves(livereload):
    project, base = livereload
    page = wait_for(lambda: fetch(f"{base}/acerca/"))
    assert page and "Acerca de este sitio" in page
    assert "livereload.js" in page  # injected by the server, not written into output/
    assert "livereload.js" not in (project / "output" / "acerca" / "index.html").read_text()
    source = project / "content" / "pages" / "acerca.md"
    source.write_text(
        source.read_text(encoding="utf-8").replace(
            "title: Acerca de este sitio", "title: Acerca de Ventana, versión nueva"
        ),
        encoding="utf-8",
    )
    assert wait_for(lambda: "versión nueva" in (fetch(f"{base}/acerca/") or ""))
    glossary = project / "data" / "glossary.yaml"
    glossary.write_text(
        glossary.read_text(encoding="utf-8").replace(
            "nombre: Sistema Nacional Anticorrupción",
            "nombre: Sistema Nacional Anticorrupción (SNA nuevo)",
            1,
        ),
        encoding="utf-8",
    )
    assert wait_for(lambda: "SNA nuevo" in (fetch(f"{base}/glosario/") or ""))
