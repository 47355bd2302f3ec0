from .state_snapshots import register

__all__ = ["register"]
