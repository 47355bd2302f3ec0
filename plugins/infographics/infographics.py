"""Infographics drawn from data, with text equivalents and share images.

Hooks: the INFOGRAPHICS setting is checked at start-up; every generator gets the
``og_card`` Jinja global so any page can have an Open Graph image; our generator
writes the infographic pages; the drawing figures are logged at the end.
"""

from __future__ import annotations

import ventana_data
from pelican import signals

from . import build as per_build
from .generator import InfographicsGenerator
from .settings import settings_for


def check_settings(pelican) -> None:
    settings_for(pelican.settings)


def install_globals(generator) -> None:
    """Make og_card() available to every template, whichever plugin renders it."""
    build = per_build.start(generator)
    if settings_for(generator.settings)["og_cards"]:
        generator.env.globals["og_card"] = build.cards


def get_generators(_pelican):
    return InfographicsGenerator


def register() -> None:
    ventana_data.connect()
    signals.initialized.connect(check_settings)
    signals.generator_init.connect(install_globals)
    signals.get_generators.connect(get_generators)
    signals.finalized.connect(per_build.report)
