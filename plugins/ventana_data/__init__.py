"""Shared loading of editor-written YAML: line numbers, duplicate keys, Spanish errors.

Not a Pelican plugin (it has no ``register``): the data plugins import it so that a
liaison sees the same kind of message whichever file they got wrong.
"""

from .collector import collect, connect, pending
from .errors import DataError, DataErrors, raise_if_any
from .frontmatter import FrontMatter, read_front_matter
from .loader import Document, display_path, load_yaml, load_yaml_text
from .messages import long_date
from .schema import load_schema, validate
from .settings import SettingsError, plugin_settings

__all__ = [
    "DataError",
    "DataErrors",
    "Document",
    "FrontMatter",
    "SettingsError",
    "collect",
    "connect",
    "display_path",
    "load_schema",
    "load_yaml",
    "load_yaml_text",
    "long_date",
    "pending",
    "plugin_settings",
    "raise_if_any",
    "read_front_matter",
    "validate",
]
