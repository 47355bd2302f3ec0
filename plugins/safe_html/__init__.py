from .safe_html import register

__all__ = ["register"]
