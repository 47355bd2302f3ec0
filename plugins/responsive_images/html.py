"""Rewrite ``<img>`` tags in rendered content into ``<picture>`` elements."""

from __future__ import annotations

import logging
import posixpath
import re
from collections.abc import Callable
from html import escape
from pathlib import Path

from jinja2 import pass_context
from markupsafe import Markup

from .derive import derive
from .settings import Config

log = logging.getLogger(__name__)

IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
ATTR = re.compile(r'([\w:-]+)="([^"]*)"')
RASTER = {".jpg", ".jpeg", ".png"}


def rewrite_images(config: Config) -> Callable:
    @pass_context
    def responsive_images(context, html: str) -> Markup:
        if not html or "<img" not in html:
            return Markup(html or "")
        siteurl = context.get("SITEURL") or ""
        return Markup(IMG.sub(lambda m: _picture(m.group(0), siteurl, config), html))

    return responsive_images


def _picture(tag: str, siteurl: str, config: Config) -> str:
    """Only images of this site (src under SITEURL: relative locally, absolute in production)."""
    attrs = dict(ATTR.findall(tag))
    src = attrs.get("src", "")
    prefix = f"{siteurl}/" if siteurl else ""
    if not src.startswith(prefix) or Path(src).suffix.lower() not in RASTER:
        return tag
    rel = Path(posixpath.normpath(src[len(prefix) :]))
    source = config.content / rel
    if rel.parts[0] == ".." or not source.is_file():
        log.warning("responsive_images: no se encontró la imagen %s", src)
        return tag
    _size, variants = derive(source, rel, config)

    def url(v):
        return prefix + v.path.as_posix()

    webp = ", ".join(f"{url(v)} {v.width}w" for v in variants if v.mime == "image/webp")
    plain = [v for v in variants if v.mime != "image/webp"]
    fallback = ", ".join(f"{url(v)} {v.width}w" for v in plain)
    largest = plain[-1]
    keep = {
        k: v for k, v in attrs.items() if k not in {"src", "srcset", "sizes", "width", "height"}
    }
    keep.setdefault("loading", "lazy")
    keep.setdefault("decoding", "async")
    extra = "".join(f' {k}="{escape(v)}"' for k, v in keep.items())
    sizes = escape(config.sizes)
    return (
        f'<picture class="vt-picture"><source type="image/webp" srcset="{webp}" sizes="{sizes}">'
        f'<img src="{url(largest)}" srcset="{fallback}" sizes="{sizes}" '
        f'width="{largest.width}" height="{largest.height}"{extra}></picture>'
    )
