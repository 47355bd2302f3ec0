"""What the security rules share: a URL read as a browser reads it, and the page's policy."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ventana_data import csp

from .links import resolve
from .page_facts import per_page

if TYPE_CHECKING:
    from .page import Page

# Browsers drop leading spaces and control characters and every tab and newline
# inside a URL before they read its scheme: " java\tscript:" is javascript: to them.
_LEADING = re.compile(r"^[\x00-\x20]+")
_INSIDE = re.compile(r"[\t\n\r]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
CSP_EQUIV = "content-security-policy"
# Script types a browser runs; any other type is a data block (JSON-LD) it never runs.
SCRIPT_TYPES = frozenset(
    {
        "",
        "module",
        "importmap",
        "speculationrules",
        "text/javascript",
        "application/javascript",
        "text/ecmascript",
        "application/ecmascript",
        "text/jscript",
        "text/livescript",
        "application/x-javascript",
        "application/x-ecmascript",
        "text/x-javascript",
        "text/x-ecmascript",
    }
)


def as_browser_reads(url: str | None) -> str:
    return _INSIDE.sub("", _LEADING.sub("", url or ""))


# URLs repeat from page to page (menus, the theme's files): what is read from one URL
# alone is remembered, not worked out again on every page.
_SEEN_URLS = 1 << 14


@lru_cache(maxsize=_SEEN_URLS)
def scheme(url: str | None) -> str:
    """The URL's scheme in lowercase ("" for a relative path), as a browser sees it."""
    match = _SCHEME.match(as_browser_reads(url))
    return match.group(1).lower() if match else ""


@lru_cache(maxsize=_SEEN_URLS)
def srcset_urls(value: str | None) -> tuple[str, ...]:
    """The URLs of a ``srcset`` ("a.png 480w, b.png 960w")."""
    return tuple(part.split()[0] for part in (value or "").split(",") if part.split())


@lru_cache(maxsize=_SEEN_URLS)
def host(url: str) -> str | None:
    """The host a URL points at, or None for a path of this site (or a non-web URL)."""
    url = as_browser_reads(url)
    if url.startswith("//"):
        url = "https:" + url
    if scheme(url) not in ("http", "https"):
        return None
    return (urlsplit(url).hostname or "").lower()


def site_host(page: Page) -> str:
    return _hostname(page.env.siteurl) if page.env.siteurl else ""


@lru_cache(maxsize=8)
def _hostname(siteurl: str) -> str:
    return (urlsplit(siteurl).hostname or "").lower()


def is_external(page: Page, url: str) -> bool:
    found = host(url)
    return found is not None and found != site_host(page)


def site_path(page: Page, url: str) -> str | None:
    """The file of the site that ``url`` on ``page`` points at, or None if it is elsewhere."""
    url = as_browser_reads(url)
    siteurl = page.env.siteurl.rstrip("/")
    if siteurl and (url == siteurl or url.startswith(siteurl + "/")):
        url = "/" + url[len(siteurl) :].lstrip("/")
    elif scheme(url) or url.startswith("//"):
        return None
    target, _ = resolve(page.rel, url)
    return target


@per_page
def policies(page: Page) -> list[Any]:
    """The page's ``<meta http-equiv="Content-Security-Policy">`` elements, in order."""
    return [
        el
        for el in page.by_tag.get("meta", ())
        if (el.get("http-equiv") or "").strip().lower() == CSP_EQUIV
    ]


def policy(page: Page) -> dict[str, tuple[str, ...]]:
    """The directives of the page's first policy ({} without one)."""
    found = policies(page)
    return _parsed(found[0].get("content") or "") if found else {}


@lru_cache(maxsize=8)
def _parsed(content: str) -> dict[str, tuple[str, ...]]:
    """``csp.parse``, once for the policy that every page of a site repeats (read only)."""
    return csp.parse(content)


def runs(script: Any) -> bool:
    """Whether a browser would run this ``<script>`` (JSON-LD and other data blocks: no)."""
    kind = (script.get("type") or "").strip().lower()
    return kind.split(";")[0].strip() in SCRIPT_TYPES
