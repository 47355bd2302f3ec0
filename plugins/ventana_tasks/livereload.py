"""Live preview: watchdog notices a change, Pelican rebuilds, the open tab reloads.

The livereload package serves ``output/`` and injects its small reload script
into the pages it serves (never into the files, so the built site stays free of
it). Watchdog watches the source folders; after a rebuild we touch a marker file
in ``output/`` that livereload watches, which tells the browser to reload.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from livereload import Server
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

MARKER = ".reload"
IGNORED_PARTS = {"__pycache__", ".cache", "output", ".git"}


class _Rebuilder(FileSystemEventHandler):
    """Collapse a burst of saves into one rebuild."""

    def __init__(
        self, build: Callable[[], int], marker: Path, watched: list[Path], delay: float = 0.3
    ) -> None:
        self.build = build
        self.watched = watched
        self.marker = marker
        self.delay = delay
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()

    def on_any_event(self, event: FileSystemEvent) -> None:
        path = Path(str(event.src_path))
        if event.is_directory or IGNORED_PARTS & set(path.parts):
            return
        if not any(path == w or w in path.parents for w in self.watched):
            return
        with self._lock:
            if self._timer:
                self._timer.cancel()
            self._timer = threading.Timer(self.delay, self._rebuild)
            self._timer.start()

    def _rebuild(self) -> None:
        started = time.perf_counter()
        code = self.build()
        took = time.perf_counter() - started
        print(f"livereload: recompilado en {took:.1f} s (código {code})", flush=True)
        self.marker.parent.mkdir(parents=True, exist_ok=True)
        self.marker.write_text(str(time.time()))


def run_livereload(
    root: Path, watched: list[str], build: Callable[[], int], output: Path, host: str, port: int
) -> None:
    build()
    marker = output / MARKER
    marker.write_text(str(time.time()))
    observer = Observer()
    handler = _Rebuilder(build, marker, [root / name for name in watched])
    for name in watched:
        path = root / name
        if path.is_dir():
            observer.schedule(handler, str(path), recursive=True)
        elif path.exists():
            observer.schedule(handler, str(path.parent), recursive=False)
    observer.start()
    server = Server()
    server.watch(str(marker))
    try:
        server.serve(host=host, port=port, root=str(output), open_url_delay=None)
    finally:
        observer.stop()
        observer.join()
