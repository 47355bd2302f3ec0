"""The site's own font files, shipped by a PyPI package, for every plugin that draws text.

Source Sans Pro (font-source-sans-pro, SIL Open Font License) is measured by Pillow
for the infographics, embedded by WeasyPrint in the lesson PDFs and served to
browsers: every machine draws the same letters and nothing is fetched at build time.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

LOG_NO_FONT = (
    "ventana: falta el paquete font-source-sans-pro; se usa una letra de reserva. "
    'Instálalo con: python -m pip install -e ".[dev]"'
)
# Face name -> file key in the package.
FACES = {
    "regular": "SourceSansPro",
    "bold": "SourceSansProBold",
    "semibold": "SourceSansProSemibold",
    "italic": "SourceSansProIt",
}


@lru_cache(maxsize=1)
def font_files() -> dict[str, str]:
    """Paths of the faces by name (regular, bold, semibold, italic); empty if missing."""
    try:
        import font_source_sans_pro as pkg
    except ImportError:
        log.warning(LOG_NO_FONT)
        return {}
    files = pkg.font_files_ttf
    return {face: files[key] for face, key in FACES.items()}


def font_id() -> str:
    """Names the font files, so a font update changes every cache key built on it."""
    files = font_files()
    return "|".join(f"{Path(p).name}:{Path(p).stat().st_size}" for p in files.values()) or "pil"
