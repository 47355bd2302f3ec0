"""Resized copies of one image, drawn once per (file content, settings)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from ventana_data import outputs

from .settings import Config


@dataclass(frozen=True)
class Variant:
    width: int
    height: int
    path: Path  # relative to the output folder
    mime: str


Derived = tuple[tuple[int, int], list[Variant]]
# One image shown on a thousand pages is hashed and opened once: (file, its stat) -> result.
_seen: dict[tuple, Derived] = {}


def derive(source: Path, rel: Path, config: Config) -> Derived:
    """Original size and the variants (WebP and original format) for one static image."""
    stat = source.stat()
    key = (source, stat.st_mtime_ns, stat.st_size, rel, config)
    known = _seen.get(key)
    if known and all((config.output / v.path).is_file() for v in known[1]):
        for variant in known[1]:  # this page shows them too (ventana_data.outputs)
            outputs.record(config.output / variant.path)
        return known
    _seen[key] = _derive(source, rel, config)
    return _seen[key]


def _derive(source: Path, rel: Path, config: Config) -> Derived:
    digest = hashlib.sha256(
        source.read_bytes() + repr(config.widths).encode() + str(config.quality).encode()
    ).hexdigest()[:16]
    with Image.open(source) as img:
        size = img.size
        variants = []
        for width in config.widths:
            if width >= size[0] and variants:
                break
            width = min(width, size[0])
            height = round(size[1] * width / size[0])
            for fmt, ext, mime in (("WEBP", ".webp", "image/webp"), (None, source.suffix, None)):
                name = f"{rel.stem}-{width}{ext}"
                out_rel = rel.parent / config.folder / name
                _ensure(img, fmt, width, height, config, digest, out_rel)
                variants.append(
                    Variant(width, height, out_rel, mime or Image.MIME.get(img.format, ""))
                )
    return size, variants


def _ensure(
    img: Image.Image,
    fmt: str | None,
    width: int,
    height: int,
    config: Config,
    digest: str,
    out_rel: Path,
) -> None:
    cached = config.cache / f"{digest}-{out_rel.name}"
    if not cached.exists():
        cached.parent.mkdir(parents=True, exist_ok=True)
        resized = img.convert("RGBA" if img.mode in ("RGBA", "LA", "P") else "RGB")
        resized = resized.resize((width, height), Image.Resampling.LANCZOS)
        save_format = fmt or img.format
        if save_format == "JPEG":
            resized = resized.convert("RGB")
        tmp = cached.with_suffix(cached.suffix + ".tmp")
        resized.save(tmp, format=save_format, quality=config.quality)
        tmp.replace(cached)
    target = config.output / out_rel
    outputs.copy_if_changed(cached, target)
