"""`invoke livereload`: an edit under content/ or data/ rebuilds the site by itself,
exactly once, and the pages it serves carry the script that reloads the open tab."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from lxml import html as lxml_html
from ventana_data import csp

REBUILT = "livereload: recompilado"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout: float = 300.0, step: float = 0.25):
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


@dataclass
class Preview:
    """A running `invoke livereload` and everything it has printed so far."""

    project: Path
    base: str
    lines: list[str] = field(default_factory=list)
    last_line_at: float = field(default_factory=time.monotonic)

    def rebuilds(self) -> int:
        return sum(1 for line in list(self.lines) if line.startswith(REBUILT))

    def settle(self, quiet: float = 4.0) -> None:
        """Wait until nothing has been printed for ``quiet`` seconds.

        A build that restarts itself prints again within a fraction of a second
        of finishing, so a few quiet seconds are enough to see a loop.
        """
        wait_for(lambda: time.monotonic() - self.last_line_at >= quiet, step=0.2)

    def _read(self, stream) -> None:
        for line in stream:
            self.lines.append(line.rstrip("\n"))
            self.last_line_at = time.monotonic()


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
        text=True,
        start_new_session=True,
    )
    preview = Preview(project_copy, f"http://127.0.0.1:{port}")
    # Read everything it prints, so a full pipe never blocks a build.
    threading.Thread(target=preview._read, args=(proc.stdout,), daemon=True).start()
    yield preview
    os.killpg(proc.pid, signal.SIGTERM)
    proc.wait(timeout=30)


def assert_policy_allows_the_reload_script(page: str) -> None:
    """The page's Content-Security-Policy names the injected script's hash, and only that."""
    tree = lxml_html.fromstring(page)
    inline = [s.text for s in tree.iter("script") if not s.get("src") and not s.get("type")]
    inline += [s.text for s in tree.iter("script") if s.get("type") == "text/javascript"]
    assert inline == [csp.LIVERELOAD_SCRIPT]
    (policy,) = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert csp.source_hash(inline[0]) in csp.script_sources(csp.parse(policy))


def retitle(project: Path, new: str) -> None:
    source = project / "content" / "pages" / "acerca.md"
    source.write_text(
        source.read_text(encoding="utf-8").replace("title: Acerca de este sitio", f"title: {new}"),
        encoding="utf-8",
    )


def test_edit_rebuilds_and_served_pages_reload_themselves(livereload):
    project, base = livereload.project, livereload.base
    page = wait_for(lambda: fetch(f"{base}/acerca/"))
    assert page and "Acerca de este sitio" in page
    assert "livereload.js" in page  # injected by the server, not written into output/
    assert "livereload.js" not in (project / "output" / "acerca" / "index.html").read_text()
    assert_policy_allows_the_reload_script(page)
    retitle(project, "Acerca de Ventana, versión nueva")
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


def test_one_edit_rebuilds_exactly_once(livereload):
    """A build reads templates and data; those reads must not start the next build."""
    assert wait_for(lambda: fetch(f"{livereload.base}/acerca/"))
    livereload.settle()
    assert livereload.rebuilds() == 0, "\n".join(livereload.lines[-20:])
    retitle(livereload.project, "Acerca de Ventana, una sola vez")
    assert wait_for(lambda: livereload.rebuilds() >= 1)
    livereload.settle()
    assert livereload.rebuilds() == 1, "\n".join(livereload.lines[-20:])
    assert "una sola vez" in (fetch(f"{livereload.base}/acerca/") or "")
