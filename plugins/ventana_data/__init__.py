"""Shared loading of editor-written YAML: line numbers, duplicate keys, Spanish errors.

Not a Pelican plugin (it has no ``register``): the data plugins import it so that a
liaison sees the same kind of message whichever file they got wrong. Each name below
is imported from its module the first time it is asked for, so that a caller needing
one small module (``ventana_data.dates``) does not load the YAML and schema machinery.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

# Each public name and the module of this package that defines it.
_WHERE = {
    "collect": "collector",
    "connect": "collector",
    "final_check": "collector",
    "pending": "collector",
    "DataError": "errors",
    "DataErrors": "errors",
    "raise_if_any": "errors",
    "file_size": "formats",
    "long_date": "formats",
    "number": "formats",
    "percent": "formats",
    "FrontMatter": "frontmatter",
    "read_front_matter": "frontmatter",
    "Document": "loader",
    "display_path": "loader",
    "load_yaml": "loader",
    "load_yaml_text": "loader",
    "load_schema": "schema",
    "validate": "schema",
    "Option": "settings",
    "SettingsError": "settings",
    "cache_folder": "settings",
    "read_settings": "settings",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value
