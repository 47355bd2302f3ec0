"""Internal links: collected per page (cacheable), resolved once every page is known."""

from __future__ import annotations

import posixpath
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from .finding import Link
from .page import squash

if TYPE_CHECKING:
    from .page import Page

# Which attribute of which element points at another file of the site.
_URL_ATTRS = (
    ("a", "href"),
    ("area", "href"),
    ("link", "href"),
    ("img", "src"),
    ("script", "src"),
    ("source", "src"),
    ("iframe", "src"),
    ("video", "src"),
    ("audio", "src"),
    ("track", "src"),
)
_SKIP_SCHEMES = ("mailto:", "tel:", "javascript:", "data:", "sms:")
RULE_ID = "link-broken"


def collect(page: Page, shared: dict[tuple, Link] | None = None) -> list[Link]:
    """Every internal URL on the page with its line and the text an editor would search.

    With ``shared``, a link equal to one of an earlier page (the menu's and footer's, at
    the same line of every page of a kind) is that page's object: the results of every
    page are kept until the site rules run, and they only read links.
    """
    siteurl = page.env.siteurl.rstrip("/")
    links = []
    for tag, attr in _URL_ATTRS:
        for el in page.by_tag.get(tag, ()):
            url = _internal(el.get(attr), siteurl)
            if url is None:
                continue
            text = _text(el) if tag == "a" else ""
            context = f"{text} → {url}" if text else url
            key = (url, el.sourceline, context, page.ignored_rules(el))
            link = shared.get(key) if shared is not None else None
            if link is None:
                link = Link(*key)
                if shared is not None:
                    shared[key] = link
            links.append(link)
    return links


def _text(el: Any) -> str:
    """A link's text, as ``text_content`` gives it; most links have no child element,
    and their ``text`` is the same string without an XPath evaluation."""
    return squash(el.text if len(el) == 0 else el.text_content())


@lru_cache(maxsize=1 << 14)
def _internal(value: str | None, siteurl: str) -> str | None:
    """The URL as the link check reads it, or None for no URL or one to elsewhere.

    Remembered: the menu and the theme's files repeat the same URLs on every page.
    """
    url = (value or "").strip()
    if not url or url.lower().startswith(_SKIP_SCHEMES):
        return None
    if siteurl and (url == siteurl or url.startswith(siteurl + "/")):
        return "/" + url[len(siteurl) :].lstrip("/")
    if urlsplit(url).scheme or url.startswith("//"):
        return None
    return url


def stylesheets(page: Page) -> tuple[tuple[str, str], ...]:
    """(file relative to the site root, media) of every ``<link rel="stylesheet">``."""
    siteurl = page.env.siteurl.rstrip("/")
    found = []
    for el in page.by_tag.get("link", ()):
        url = (el.get("href") or "").strip()
        if "stylesheet" not in (el.get("rel") or "").lower().split() or not url:
            continue
        if siteurl and url.startswith(siteurl + "/"):
            url = url[len(siteurl) :]
        elif urlsplit(url).scheme or url.startswith("//"):
            continue
        found.append((resolve(page.rel, url)[0], (el.get("media") or "").strip()))
    return tuple(found)


def resolve(page: str, url: str) -> tuple[str, str]:
    """(file path relative to the site root, fragment) that ``url`` on ``page`` points at."""
    target, fragment = _resolve_from(posixpath.dirname(page), url)
    return (page if target is None else target), fragment


@lru_cache(maxsize=1 << 16)
def _resolve_from(base: str, url: str) -> tuple[str | None, str]:
    """``resolve`` from a page's folder, remembered: every page repeats the menu's links.

    The target is None for a bare ``#fragment``, which points at the page itself.
    """
    parts = urlsplit(url)
    path = unquote(parts.path)
    if not path:
        return None, parts.fragment
    target = path.lstrip("/") if path.startswith("/") else posixpath.join(base, path)
    target = posixpath.normpath(target)
    if path.endswith("/") or target == ".":
        target = posixpath.join("" if target == "." else target, "index.html")
    return target, unquote(parts.fragment)
