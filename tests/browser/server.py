"""Serve the built site on 127.0.0.1 at a free port, in a thread, for the browser."""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ventana_tasks.notfound import send_not_found_page


class _QuietHandler(SimpleHTTPRequestHandler):
    """Static files as a plain web server sends them, without a log line per request."""

    def log_message(self, format: str, *args) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None):
        if code != 404 or not send_not_found_page(self, Path(self.directory)):
            super().send_error(code, message, explain)


class StaticServer:
    """A static web server for one folder; port 0 lets the system pick a free port."""

    def __init__(self, root: Path) -> None:
        handler = functools.partial(_QuietHandler, directory=str(root))
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def origin(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> StaticServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)
