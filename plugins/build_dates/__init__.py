from .build_dates import register

__all__ = ["register"]
