"""The font the SVG labels were measured with, served to browsers as small WOFF2 files.

The labels are laid out with Source Sans Pro's widths (layout.py); a browser that
draws them in the same letters shows them exactly as measured. fontTools cuts the
package's TTF files down to the Latin letters Spanish uses, once per font version
(cached), and the files carry no date, so two builds stay byte-identical.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from ventana_data import outputs

from . import fonts

# Basic Latin, Latin-1 (á é í ó ú ü ñ ¿ ¡ º), dashes, quotes, ellipsis, non-breaking space.
UNICODES = [*range(0x20, 0x7F), *range(0xA0, 0x100), *range(0x2010, 0x2027), 0x2030, 0x20AC]
FACES = ("regular", "bold")
FOLDER = "theme/fonts/"


def file_name(face: str) -> str:
    return f"source-sans-pro-{face}.woff2"


def publish(cache: Path, output: Path) -> list[Path]:
    """Write the WOFF2 subsets into ``output/theme/fonts/``; cut them only when missing."""
    files = fonts.font_files()
    written = []
    for face in FACES:
        if face not in files:
            continue
        key = hashlib.sha256(f"{fonts.font_id()}|{face}|{UNICODES}".encode()).hexdigest()[:20]
        cached = cache / f"webfont-{key}.woff2"
        if not cached.exists():
            _cut(Path(files[face]), cached)
        target = output / FOLDER / file_name(face)
        outputs.copy_if_changed(cached, target)
        written.append(target)
    return written


def _cut(source: Path, destination: Path) -> None:
    font = TTFont(source, recalcTimestamp=False)
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["kern", "liga"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)
    tmp = destination.with_suffix(".tmp")
    font.flavor = "woff2"
    font.save(tmp)
    tmp.replace(destination)
