"""A web form at /admin/ (Decap CMS) that writes the same files editors write by hand."""

from __future__ import annotations

from pelican import signals

from .generator import AdminGenerator


def get_generators(pelican):
    return AdminGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
