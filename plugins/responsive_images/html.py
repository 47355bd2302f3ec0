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
from ventana_data import outputs

from .derive import Variant, derive
from .settings import Config

log = logging.getLogger(__name__)

IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
ATTR = re.compile(r'([\w:-]+)="([^"]*)"')
RASTER = {".jpg", ".jpeg", ".png"}


def rewrite_images(config: Config) -> Callable:
    # This build's derived images by src and SITEURL (a filter lives one build): a
    # thousand news items showing one image derive it once and say they show it.
    known: dict[tuple[str, str], tuple[str, list[Variant]] | None] = {}

    def variants(src: str, siteurl: str) -> tuple[str, list[Variant]] | None:
        if (src, siteurl) not in known:
            known[src, siteurl] = _variants(src, siteurl, config)
        elif known[src, siteurl] is not None:
            for variant in known[src, siteurl][1]:  # this page shows them too
                outputs.record(config.output / variant.path)
        return known[src, siteurl]

    @pass_context
    def responsive_images(context, html: str) -> Markup:
        if not html or "<img" not in html:
            return Markup(html or "")
        siteurl = context.get("SITEURL") or ""
        return Markup(IMG.sub(lambda m: _picture(m.group(0), siteurl, variants, config), html))

    return responsive_images


def _variants(src: str, siteurl: str, config: Config) -> tuple[str, list[Variant]] | None:
    """Only images of this site (src under SITEURL: relative locally, absolute in production)."""
    prefix = f"{siteurl}/" if siteurl else ""
    if not _site_raster(src, siteurl):
        return None
    rel = Path(posixpath.normpath(src[len(prefix) :]))
    source = config.content / rel
    if rel.parts[0] == ".." or not source.is_file():
        return None
    return prefix, derive(source, rel, config)[1]


def _site_raster(src: str, siteurl: str) -> bool:
    return src.startswith(f"{siteurl}/" if siteurl else "") and Path(src).suffix.lower() in RASTER


def _picture(tag: str, siteurl: str, variants: Callable, config: Config) -> str:
    attrs = dict(ATTR.findall(tag))
    src = attrs.get("src", "")
    found = variants(src, siteurl)
    if found is None:
        if _site_raster(src, siteurl):
            log.warning("responsive_images: no se encontró la imagen %s", src)
        return tag
    prefix, derived = found

    def url(v):
        return prefix + v.path.as_posix()

    webp = ", ".join(f"{url(v)} {v.width}w" for v in derived if v.mime == "image/webp")
    plain = [v for v in derived if v.mime != "image/webp"]
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
