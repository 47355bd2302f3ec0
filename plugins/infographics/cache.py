"""Draw an image only when its inputs change; otherwise reuse the cached file.

The key is a hash of everything that shows in the picture plus the drawing code's
version and the font files, so an edit redraws exactly the images it affects.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from ventana_data import outputs

from . import fonts

# Any change to the drawing code changes every key, so no stale picture survives it.
_DRAWING_CODE = ("png.py", "fonts.py", "cards.py")
DRAW_VERSION = hashlib.sha256(
    b"".join((Path(__file__).parent / name).read_bytes() for name in _DRAWING_CODE)
).hexdigest()[:16]


@dataclass
class Stats:
    """How much drawing a build did; logged once and read by the benchmark."""

    drawn: int = 0
    reused: int = 0
    seconds: float = 0.0  # hashing, drawing and copying: all time spent on images


class ImageCache:
    """PNG files under VENTANA_CACHE_PATH/infographics, named by their inputs' hash."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.stats = Stats()

    def key(self, payload: object) -> str:
        blob = json.dumps(
            [DRAW_VERSION, fonts.font_id(), payload],
            sort_keys=True,
            ensure_ascii=False,
            default=str,
        )
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def get(self, payload: object, draw: Callable[[], Image.Image]) -> Path:
        """The cached PNG for ``payload``, drawn with ``draw()`` if missing."""
        start = time.perf_counter()
        path = self.folder / f"{self.key(payload)}.png"
        if path.exists():
            self.stats.reused += 1
            self.stats.seconds += time.perf_counter() - start
            return path
        image = draw()
        tmp = path.with_suffix(".tmp")
        image.save(tmp, format="PNG", compress_level=6)
        tmp.replace(path)  # atomic: a parallel build never reads half a file
        self.stats.drawn += 1
        self.stats.seconds += time.perf_counter() - start
        return path

    def publish(self, cached: Path, destination: Path) -> None:
        """Copy into the output unless an identical file is already there."""
        start = time.perf_counter()
        outputs.copy_if_changed(cached, destination)
        self.stats.seconds += time.perf_counter() - start
