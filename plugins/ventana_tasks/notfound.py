"""Local servers answer a missing address with the site's 404.html, as the hosts do.

docs/hosting.md says how to make each host do the same in production.
"""

from __future__ import annotations

from http.server import SimpleHTTPRequestHandler
from pathlib import Path

NOT_FOUND = "404.html"


def send_not_found_page(handler: SimpleHTTPRequestHandler, root: Path) -> bool:
    """Write the status 404 with the site's own page; False when the site has none."""
    page = Path(root) / NOT_FOUND
    if not page.is_file():
        return False
    body = page.read_bytes()
    handler.send_response(404)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    if handler.command != "HEAD":
        handler.wfile.write(body)
    return True
