"""One browser tab that visits pages of the served site and notes what it loaded.

Requests to any other host are blocked and recorded: the site promises to make none.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.browser.pages import url_path

DESKTOP = {"width": 1280, "height": 800}
MIN_WORDS = 20

# What a reader sees of the page: its heading, and the words of main that are on show.
_READABLE = """() => {
  const main = document.querySelector('main');
  const h1 = document.querySelector('h1');
  const shown = (el) => !!el && el.getClientRects().length > 0
    && getComputedStyle(el).visibility !== 'hidden';
  return {h1: shown(h1) ? h1.innerText.trim() : '',
          words: shown(main) ? main.innerText.split(/\\s+/).filter(Boolean).length : 0};
}"""

# Images with loading="lazy" below the fold are not fetched on load: fetch them now, so
# a missing file is noticed wherever it sits on the page.
_LOAD_LAZY_IMAGES = """() => Promise.all([...document.images].map((img) => {
  if (img.loading === 'lazy') img.loading = 'eager';
  return img.decode().catch(() => null);
}))"""


@dataclass
class Visit:
    """What one page load asked for beyond its own HTML."""

    rel: str
    status: int
    external: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)


class Visitor:
    """A reusable tab: the suite opens one per browser context and walks every page in it."""

    def __init__(self, context, origin: str) -> None:
        self.origin = origin
        self.context = context
        self.page = context.new_page()
        self._external: list[str] = []
        self._broken: list[str] = []
        context.route("**/*", self._route)
        self.page.on("response", self._on_response)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(self.origin + "/"):
            route.continue_()
        else:
            self._external.append(url)
            route.abort()

    def _on_response(self, response) -> None:
        if response.status >= 400:
            self._broken.append(f"{response.status} {response.url.removeprefix(self.origin)}")

    def url(self, rel: str) -> str:
        return self.origin + url_path(rel)

    def visit(self, rel: str, viewport: dict[str, int] | None = None) -> Visit:
        """Load a page at the given size (desktop by default) and wait for it to settle."""
        self._external.clear()
        self._broken.clear()
        self.page.set_viewport_size(viewport or DESKTOP)
        response = self.page.goto(self.url(rel), wait_until="load")
        self.page.evaluate(_LOAD_LAZY_IMAGES)
        return Visit(
            rel=rel,
            status=response.status if response else 0,
            external=list(self._external),
            broken=list(self._broken),
        )


def readable(page) -> dict:
    """{'h1': heading text, 'words': words shown in main}: is there something to read?"""
    return page.evaluate(_READABLE)
