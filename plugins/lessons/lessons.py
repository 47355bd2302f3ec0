"""Escuela de Héroes: civic-education lessons for teachers, checked and published.

Lessons are Markdown files with YAML front matter in ``content/lessons/``; Pelican
does not read them itself. This plugin validates them all at the first
``generator_init`` and hands any mistake to ``ventana_data``, which stops the build
before anything is written; then a generator writes the guide's pages.
"""

from __future__ import annotations

from typing import Any

import ventana_data
from pelican import signals
from pelican.generators import Generator

from .generator import LessonsGenerator, ensure_catalog


def load_at_start(generator: Generator) -> None:
    ensure_catalog(generator.context, generator.settings)


def get_generators(pelican: Any) -> type[LessonsGenerator]:
    return LessonsGenerator


def register() -> None:
    ventana_data.connect()
    signals.generator_init.connect(load_at_start)
    signals.get_generators.connect(get_generators)
