from .infographics import register

__all__ = ["register"]
