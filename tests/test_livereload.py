"""`invoke livereload`: an edit under content/ or data/ rebuilds the site by itself,
exactly once, and the pages it serves carry the script that reloads the open tab."""

from __future__ import annotations

import json
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
from tornado.ioloop import IOLoop
from tornado.websocket import websocket_connect
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
class Tab:
    """A browser tab as the livereload server sees it: one websocket that says which
    page it shows (livereload.js's ``info`` command) and notes each reload signal."""

    url: str
    reloads: list[float] = field(default_factory=list)
    ready: bool = False  # the page was named to the server
    loop: IOLoop | None = None
    socket: object = None

    def open(self, port: int) -> None:
        threading.Thread(target=self._run, args=(port,), daemon=True).start()

    def close(self) -> None:
        if self.loop is not None and self.socket is not None:
            self.loop.add_callback(self.socket.close)

    def _run(self, port: int) -> None:
        self.loop = IOLoop()
        self.loop.run_sync(lambda: self._talk(port), timeout=None)

    async def _talk(self, port: int) -> None:
        self.socket = socket = await websocket_connect(f"ws://127.0.0.1:{port}/livereload")
        hello = {"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}
        await socket.write_message(json.dumps(hello))
        await socket.read_message()
        await socket.write_message(json.dumps({"command": "info", "url": self.url, "plugins": {}}))
        self.ready = True
        while (message := await socket.read_message()) is not None:
            if json.loads(message).get("command") == "reload":
                self.reloads.append(time.perf_counter())


@dataclass
class Preview:
    """A running `invoke livereload` and everything it has printed so far."""

    project: Path
    base: str
    proc: subprocess.Popen | None = None
    lines: list[str] = field(default_factory=list)
    last_line_at: float = field(default_factory=time.monotonic)
    rebuilt_at: list[float] = field(default_factory=list)  # perf_counter of each rebuild line

    @classmethod
    def start(cls, project: Path, port: int) -> Preview:
        env = {**os.environ, "VENTANA_PORT": str(port), "PYTHONPATH": str(project / "plugins")}
        proc = subprocess.Popen(
            [sys.executable, "-m", "invoke", "livereload"],
            cwd=project,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        preview = cls(project, f"http://127.0.0.1:{port}", proc)
        # Read everything it prints, so a full pipe never blocks a build.
        threading.Thread(target=preview._read, args=(proc.stdout,), daemon=True).start()
        return preview

    @property
    def port(self) -> int:
        return int(self.base.rsplit(":", 1)[1])

    def serving(self) -> bool:
        """The first build is done and the server listens."""
        return any("Serving on" in line for line in list(self.lines))

    def stop(self) -> None:
        os.killpg(self.proc.pid, signal.SIGTERM)
        self.proc.wait(timeout=60)

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
            if line.startswith(REBUILT):
                self.rebuilt_at.append(time.perf_counter())
            self.lines.append(line.rstrip("\n"))
            self.last_line_at = time.monotonic()


@pytest.fixture
def livereload(project_copy):
    preview = Preview.start(project_copy, free_port())
    yield preview
    preview.stop()


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


def test_the_open_page_is_built_first_and_reloads_once(livereload):
    """A tab on /acerca/: after editing that page, the partial pass writes it and the tab
    reloads before the whole rebuild ends; the whole rebuild leaves it as it was."""
    project, base = livereload.project, livereload.base
    assert wait_for(lambda: fetch(f"{base}/acerca/"))
    livereload.settle()
    tab = Tab(f"{base}/acerca/")
    tab.open(livereload.port)
    assert wait_for(lambda: any("Browser Connected" in line for line in list(livereload.lines)))
    retitle(project, "Acerca de Ventana, primero")
    assert wait_for(lambda: tab.reloads)
    page = project / "output" / "acerca" / "index.html"
    assert "primero" in page.read_text(encoding="utf-8")
    first = page.read_bytes()
    assert wait_for(lambda: livereload.rebuilds() >= 1)
    livereload.settle()
    lines = list(livereload.lines)
    order = [line.split(" en ")[0] for line in lines if line.startswith("livereload: ")]
    assert order == ["livereload: página abierta lista", REBUILT], "\n".join(lines[-20:])
    assert page.read_bytes() == first
    assert len(tab.reloads) == 1
    tab.close()
