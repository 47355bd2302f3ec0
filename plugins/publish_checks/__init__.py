"""Publish checks: readability, plain language, accessibility and links on built HTML."""

from .publish_checks import register

__all__ = ["register"]
