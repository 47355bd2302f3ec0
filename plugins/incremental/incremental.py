"""Incremental rebuilds that end equal to a clean build, byte for byte.

Pelican's output folder is kept between builds (``DELETE_OUTPUT_DIRECTORY = False``),
so a rebuild must (1) write a file only when its bytes changed, keeping the modified
time of everything an edit did not touch, and (2) remove what an earlier build wrote
and this one no longer produces (a deleted article, a changed slug). The bookkeeping
lives in ``ventana_data.outputs``; this plugin plugs it into Pelican: its writer (the
``get_writer`` signal), the static files and the end of the build.
"""

from __future__ import annotations

import io
import logging
import os
from fnmatch import fnmatch
from pathlib import Path

from jinja2 import FileSystemBytecodeCache
from pelican import signals
from pelican.writers import Writer
from ventana_data import cache_folder, outputs

log = logging.getLogger(__name__)


class _PendingFile(io.StringIO):
    """What Pelican writes into one file, put on disk at close only if it differs."""

    def __init__(self, path: str, encoding: str) -> None:
        super().__init__()
        self.path, self.encoding_name = path, encoding

    def close(self) -> None:
        if not self.closed:
            data = self.getvalue().encode(self.encoding_name)
            if self.path != os.devnull:
                outputs.write_if_changed(self.path, data)
        super().close()


class UnchangedFilesWriter(Writer):
    """Pelican's writer, except that a file whose bytes did not change is not rewritten."""

    def _open_w(self, filename, encoding, override=False):
        # The overwrite rules of Pelican's Writer._open_w, unchanged; only the open differs.
        if filename in self._overridden_files:
            if override:
                return super()._open_w(filename, encoding, override)  # Pelican's error
            log.info('Skipping "%s", not overwriting', filename)
            filename = os.devnull
        elif filename in self._written_files and not override:
            return super()._open_w(filename, encoding, override)  # Pelican's error
        if override:
            self._overridden_files.add(filename)
        self._written_files.add(filename)
        return _PendingFile(filename, encoding)


def get_writer(pelican):
    return UnchangedFilesWriter


def start(pelican) -> None:
    outputs.start(pelican.output_path)
    _cache_compiled_templates(pelican.settings)


def _cache_compiled_templates(settings) -> None:
    """Every generator compiles the templates it uses; keep them compiled between builds.

    Jinja names each entry by the template's name and the hash of its source, so an
    edited template is compiled again.
    """
    folder = cache_folder(settings, "jinja")
    folder.mkdir(parents=True, exist_ok=True)
    environment = dict(settings.get("JINJA_ENVIRONMENT") or {})
    environment.setdefault("bytecode_cache", FileSystemBytecodeCache(str(folder)))
    settings["JINJA_ENVIRONMENT"] = environment


def record_static(generator) -> None:
    """Static files Pelican copies only when newer, and the theme's (copied keeping dates)."""
    out = Path(generator.output_path)
    for static in generator.staticfiles:
        outputs.record(out / static.save_as)
    theme_out = out / generator.settings["THEME_STATIC_DIR"]
    ignores = generator.settings.get("IGNORE_FILES", [])
    for rel in generator.settings["THEME_STATIC_PATHS"]:
        source = Path(generator.theme) / rel
        for path in source.rglob("*") if source.is_dir() else []:
            if path.is_file() and not any(fnmatch(path.name, i) for i in ignores):
                outputs.record(theme_out / path.relative_to(source))


def finish(pelican) -> None:
    removed = outputs.finish()
    if removed:
        log.info("incremental: %d archivos de una compilación anterior borrados", len(removed))


def register() -> None:
    signals.initialized.connect(start)
    signals.get_writer.connect(get_writer)
    signals.static_generator_finalized.connect(record_static)
    signals.finalized.connect(finish)
