"""Live preview: watchdog notices a change, Pelican rebuilds, the open tab reloads.

The livereload package serves ``output/`` and injects its small reload script
into the pages it serves (never into the files, so the built site stays free of
it). Watchdog watches the source folders and reports only real changes (writes,
creations, moves, deletions: never a build's own reads). One worker thread runs
the builds one at a time; a change during a build schedules exactly one more.
When a build ends, the reload signal goes straight to the open tabs through the
server's event loop, with no polling in between.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from livereload import Server
from livereload.handlers import LiveReloadHandler
from livereload.watcher import Watcher
from watchdog.events import (
    EVENT_TYPE_CREATED,
    EVENT_TYPE_DELETED,
    EVENT_TYPE_MODIFIED,
    EVENT_TYPE_MOVED,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer

IGNORED_PARTS = {"__pycache__", ".cache", "output", ".git"}
# Opening, reading and closing a file without writing are events too in
# watchdog 7; only these mean that something changed.
CHANGE_EVENTS = {EVENT_TYPE_MODIFIED, EVENT_TYPE_CREATED, EVENT_TYPE_MOVED, EVENT_TYPE_DELETED}
EDITOR_LEFTOVERS = (".swp", ".swx", "~", ".tmp")


class BuildQueue:
    """Builds one at a time, after a short quiet spell; changes during a build add one more."""

    def __init__(
        self,
        build: Callable[[], int],
        on_built: Callable[[int, float], None],
        delay: float = 0.15,
    ) -> None:
        self.build = build
        self.on_built = on_built
        self.delay = delay
        self._changed = threading.Condition()
        self._pending = False
        self._last_change = 0.0
        self._thread = threading.Thread(target=self._work, name="livereload-build", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def request(self) -> None:
        """Ask for a build; any number of requests before it starts make one build."""
        with self._changed:
            self._pending = True
            self._last_change = time.monotonic()
            self._changed.notify()

    def _next(self) -> None:
        """Wait until a build was asked for and the saves have paused for ``delay``."""
        with self._changed:
            while not self._pending:
                self._changed.wait()
            while (quiet := time.monotonic() - self._last_change) < self.delay:
                self._changed.wait(self.delay - quiet)
            self._pending = False

    def _work(self) -> None:
        while True:
            self._next()
            started = time.perf_counter()
            code = self.build()
            self.on_built(code, time.perf_counter() - started)


class SourceWatcher(FileSystemEventHandler):
    """Turns changes under the watched paths into build requests."""

    def __init__(self, queue: BuildQueue, watched: list[Path]) -> None:
        self.queue = queue
        self.watched = watched

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type not in CHANGE_EVENTS or event.is_directory:
            return
        paths = [event.src_path, getattr(event, "dest_path", "")]
        if any(self._relevant(Path(str(p))) for p in paths if p):
            self.queue.request()

    def _relevant(self, path: Path) -> bool:
        if IGNORED_PARTS & set(path.parts) or path.name.endswith(EDITOR_LEFTOVERS):
            return False
        return any(path == w or w in path.parents for w in self.watched)


class PushWatcher(Watcher):
    """livereload's watcher without polling: ``push()`` reloads the open tabs at once."""

    def __init__(self) -> None:
        super().__init__()
        self._loop = None

    def start(self, callback) -> bool:
        from tornado.ioloop import IOLoop

        self._loop = IOLoop.current()  # called on the server's thread, before it starts
        return True  # True: livereload does not start its own 800 ms polling

    def examine(self) -> tuple[None, None]:
        return None, None

    def push(self) -> None:
        """Tell every open tab to reload; safe to call from any thread."""
        if self._loop is not None:
            self._loop.add_callback(LiveReloadHandler.reload_waiters, "*")


def run_livereload(
    root: Path, watched: list[str], build: Callable[[], int], output: Path, host: str, port: int
) -> None:
    build()
    pusher = PushWatcher()

    def built(code: int, took: float) -> None:
        pusher.push()
        print(f"livereload: recompilado en {took:.1f} s (código {code})", flush=True)

    queue = BuildQueue(build, built)
    queue.start()
    observer = Observer()
    handler = SourceWatcher(queue, [root / name for name in watched])
    for name in watched:
        path = root / name
        if path.is_dir():
            observer.schedule(handler, str(path), recursive=True)
        elif path.exists():
            observer.schedule(handler, str(path.parent), recursive=False)
    observer.start()
    server = Server(watcher=pusher)
    try:
        server.serve(host=host, port=port, root=str(output), open_url_delay=None)
    finally:
        observer.stop()
        observer.join()
