"""Content images in sizes that suit a phone on a slow connection.

pelican-image-process builds ``<picture>`` only from root-absolute image URLs, and
this site uses relative URLs locally, so images written in Markdown would break.
This plugin gives templates a filter, ``responsive_images``, that turns each
``<img>`` pointing at a static image into ``<picture>`` with WebP sources, a
fallback in the original format, ``srcset``/``sizes`` and ``width``/``height``.
Derivatives are cached by a hash of the source file and the settings.
"""

from __future__ import annotations

import logging

from pelican import signals
from pelican.generators import Generator

from .html import rewrite_images
from .settings import read_config

log = logging.getLogger(__name__)


def add_filter(generator: Generator) -> None:
    config = read_config(generator.settings)
    generator.env.filters["responsive_images"] = rewrite_images(config)


def register() -> None:
    signals.generator_init.connect(add_filter)
