"""Live preview: watchdog notices a change, Pelican rebuilds, the open tab reloads.

The livereload package serves ``output/`` and injects its small reload script
into the pages it serves (never into the files, so the built site stays free of
it). Watchdog watches the source folders and reports only real changes (writes,
creations, moves, deletions: never a build's own reads). One worker thread runs
the builds one at a time, in this process (session.py); a change during a build
schedules exactly one more. Each tab's reload script says which page it shows
when it connects; after a change those pages (and the edited source's own page)
are built first, in a partial pass, and their tabs reload at once; then the full
build writes whatever else changed and the other tabs reload. The reload signal
goes straight to the tabs through the server's event loop, with no polling.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlsplit

import livereload.server
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
# Sources whose changes reach the reader only through the HTML of the pages.
PAGE_SOURCES = {".md", ".yaml", ".yml", ".html"}


class BuildQueue:
    """Builds one at a time, after a short quiet spell; changes during a build add one more."""

    def __init__(
        self,
        build: Callable[[set[Path]], int],
        on_built: Callable[[int, float], None],
        delay: float = 0.15,
    ) -> None:
        self.build = build
        self.on_built = on_built
        self.delay = delay
        self._changed = threading.Condition()
        self._pending = False
        self._paths: set[Path] = set()
        self._last_change = 0.0
        self._thread = threading.Thread(target=self._work, name="livereload-build", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def request(self, path: Path | None = None) -> None:
        """Ask for a build; any number of requests before it starts make one build."""
        with self._changed:
            self._pending = True
            if path is not None:
                self._paths.add(path)
            self._last_change = time.monotonic()
            self._changed.notify()

    def _next(self) -> set[Path]:
        """Wait until a build was asked for and the saves have paused for ``delay``;
        the paths that changed since the last build."""
        with self._changed:
            while not self._pending:
                self._changed.wait()
            while (quiet := time.monotonic() - self._last_change) < self.delay:
                self._changed.wait(self.delay - quiet)
            self._pending = False
            paths, self._paths = self._paths, set()
            return paths

    def _work(self) -> None:
        while True:
            changed = self._next()
            started = time.perf_counter()
            code = self.build(changed)
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
        for path in (Path(str(p)) for p in paths if p):
            if self._relevant(path):
                self.queue.request(path)

    def _relevant(self, path: Path) -> bool:
        if IGNORED_PARTS & set(path.parts) or path.name.endswith(EDITOR_LEFTOVERS):
            return False
        return any(path == w or w in path.parents for w in self.watched)


class TabHandler(LiveReloadHandler):
    """livereload's websocket, also keeping the page each tab said it shows."""

    page_url = ""

    def on_message(self, message) -> None:
        super().on_message(message)
        data = json.loads(message)
        if data.get("command") == "info" and data.get("url"):
            self.page_url = str(data["url"])


def page_file(url: str, output: Path) -> Path | None:
    """The file of ``output`` a page's address shows (``/acerca/`` → ``acerca/index.html``)."""
    path = unquote(urlsplit(url).path).lstrip("/")
    target = (output / path).resolve()
    if not path or path.endswith("/") or target.is_dir():
        target = target / "index.html"
    try:
        target.relative_to(output.resolve())
    except ValueError:
        return None
    return target


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

    def tabs(self, output: Path) -> dict[Path, list[LiveReloadHandler]]:
        """The open tabs by the output file they show."""
        shown: dict[Path, list[LiveReloadHandler]] = {}
        for tab in list(LiveReloadHandler.waiters):
            path = page_file(getattr(tab, "page_url", ""), output)
            if path is not None:
                shown.setdefault(path, []).append(tab)
        return shown

    def push(self, tabs: list[LiveReloadHandler] | None = None) -> None:
        """Tell these tabs (all, by default) to reload; safe to call from any thread."""
        if self._loop is None:
            return
        if tabs is None:
            self._loop.add_callback(LiveReloadHandler.reload_waiters, "*")
        else:
            self._loop.add_callback(_reload, list(tabs))


def _reload(tabs: list[LiveReloadHandler]) -> None:
    message = {"command": "reload", "path": "*", "liveCSS": True, "liveImg": True}
    for tab in tabs:
        if tab in LiveReloadHandler.waiters:
            tab.send_message(message)


class Previewer:
    """One rebuild: the pages open in a tab first, pushed to them, then the whole site."""

    def __init__(self, session, pusher: PushWatcher, root: Path, output: Path) -> None:
        self.session, self.pusher = session, pusher
        self.root, self.output = root, output

    def __call__(self, changed: set[Path]) -> int:
        code_changes = [p for p in changed if p.suffix == ".py" and "plugins" in p.parts]
        if code_changes:
            from .session import restart

            restart(f"cambió {code_changes[0].relative_to(self.root)}")
        shown = self.pusher.tabs(self.output)
        before = {path: _read(path) for path in shown}
        first = {p for p in shown if p.exists()}
        first |= {Path(p) for p in self.session.pages_for(str(p) for p in changed)}
        if first and shown:
            started = time.perf_counter()
            if self.session.build(only=first):
                return 1  # the errors are on screen; the full build would repeat them
            before = self._push_changed(before)
            took = time.perf_counter() - started
            print(f"livereload: página abierta lista en {took:.1f} s", flush=True)
        code = self.session.build()
        if any(p.suffix not in PAGE_SOURCES for p in changed):
            self.pusher.push()  # a style sheet or an image: every tab may show it
        else:
            self._push_changed(before)
        return code

    def _push_changed(self, before: dict[Path, bytes | None]) -> dict[Path, bytes | None]:
        """Reload the tabs whose page is not what ``before`` says; the pages now."""
        tabs = self.pusher.tabs(self.output)
        now = {path: _read(path) for path in tabs}
        changed = [
            tab
            for path, group in tabs.items()
            if now.get(path) != before.get(path, b"")
            for tab in group
        ]
        if changed:
            self.pusher.push(changed)
        return now


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def run_livereload(
    root: Path, watched: list[str], settings_file: str, output: Path, host: str, port: int
) -> None:
    from .session import PelicanSession

    session = PelicanSession(root, settings_file)
    session.build()
    pusher = PushWatcher()

    def built(code: int, took: float) -> None:
        print(f"livereload: recompilado en {took:.1f} s (código {code})", flush=True)

    queue = BuildQueue(Previewer(session, pusher, root, output), built)
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
    # livereload's server routes its websocket to the class it names here.
    livereload.server.LiveReloadHandler = TabHandler
    server = Server(watcher=pusher)
    try:
        server.serve(host=host, port=port, root=str(output), open_url_delay=None)
    finally:
        observer.stop()
        observer.join()
