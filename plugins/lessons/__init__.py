from .lessons import register

__all__ = ["register"]
