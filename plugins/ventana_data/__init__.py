"""Shared loading of editor-written YAML: line numbers, duplicate keys, Spanish errors.

Not a Pelican plugin (it has no ``register``): the data plugins import it so that a
liaison sees the same kind of message whichever file they got wrong.
"""

from .collector import collect, connect, final_check, pending
from .errors import DataError, DataErrors, raise_if_any
from .formats import file_size, long_date, number, percent
from .frontmatter import FrontMatter, read_front_matter
from .loader import Document, display_path, load_yaml, load_yaml_text
from .schema import load_schema, validate
from .settings import Option, SettingsError, cache_folder, read_settings

__all__ = [
    "DataError",
    "DataErrors",
    "Document",
    "FrontMatter",
    "Option",
    "SettingsError",
    "cache_folder",
    "collect",
    "connect",
    "display_path",
    "file_size",
    "final_check",
    "load_schema",
    "load_yaml",
    "load_yaml_text",
    "long_date",
    "number",
    "pending",
    "percent",
    "raise_if_any",
    "read_front_matter",
    "read_settings",
    "validate",
]
