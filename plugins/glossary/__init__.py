from .glossary import register

__all__ = ["register"]
