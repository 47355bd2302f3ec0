"""Read every state file, check it, and return the validated data or every error at once.

Parsing YAML with line numbers is the slow part of a build's data step, so a file
whose bytes, schema, code and "today" are unchanged is taken from a small cache.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from ventana_data import DataError, Document, display_path
from ventana_data.pipeline import FileKind, load_editor_files

from . import messages
from .settings import Config
from .validation import check_collection, document_rules

log = logging.getLogger(__name__)
_CODE_FILES = ("catalogue.py", "validation.py", "loader.py", "messages.py")


def read_documents(config: Config) -> tuple[dict[str, Document], list[DataError]]:
    """Every state file in the folder, keyed by file name without .yaml, plus all errors."""
    kind = FileKind(
        schema=config.schema_path,
        checks=document_rules(config.today),
        not_mapping=messages.NOT_A_MAPPING,
        cache_dir=config.cache_dir,
        salt=_salt(config),
    )
    docs: dict[str, Document] = {}
    errors: list[DataError] = []
    present: set[str] = set()
    for loaded in load_editor_files(config.states_dir, "*.yaml", config.root, kind):
        present.add(loaded.path.stem)
        errors += loaded.errors
        if loaded.valid:
            docs[loaded.path.stem] = loaded.doc
    folder = display_path(config.states_dir, config.root)
    errors += check_collection(docs, present, folder)
    return docs, errors


def _salt(config: Config) -> bytes:
    """The checks depend on this plugin's code and on "today", not only on the file."""
    here = Path(__file__).parent
    h = hashlib.sha256()
    for name in _CODE_FILES:
        h.update((here / name).read_bytes())
    h.update(config.today.isoformat().encode())
    return h.digest()
