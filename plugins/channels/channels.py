"""Channels: where to report corruption, from data/channels.yaml, for every template.

/como-denunciar/ (``template: report``) leads with the federal channels and a link to
each state's; every state page shows its own channels near the top. The states'
names come from the ``states`` context (plugins do not import each other), so this
plugin is listed after ``state_snapshots``.
"""

from __future__ import annotations

import logging
from pathlib import Path

import ventana_data
from pelican import signals
from pelican.generators import Generator
from ventana_data.context import CHANNELS, STATES

from .loader import load_channels
from .settings import settings_for

log = logging.getLogger(__name__)


def add_channels(generator: Generator) -> None:
    """Load once per build; a mistake joins the build-wide report."""
    if CHANNELS.present(generator.context):
        return
    conf = settings_for(generator.settings)
    data_path = Path(generator.settings["DATA_PATH"])
    records = STATES.get(generator.context)
    states = {s["calculado"]["slug"]: s["calculado"]["nombre"] for s in records}
    channels, errors = load_channels(
        data_path / conf["source"], data_path / conf["schema"], data_path.parent, states
    )
    ventana_data.collect(errors, "los canales para denunciar")
    if channels:
        channels["ancla"] = conf["anchor"]
    CHANNELS.put(generator.context, channels)
    log.debug("channels: %d canales", channels.get("total", 0))


def register() -> None:
    ventana_data.connect()
    signals.generator_init.connect(add_channels)
