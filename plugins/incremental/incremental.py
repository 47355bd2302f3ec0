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
from pelican.utils import sanitised_join
from pelican.writers import Writer
from ventana_data import cache_folder, outputs, preview

from . import memo

log = logging.getLogger(__name__)
# This build's memo of drawn pages, the key of the whole site and of its addresses.
_build: dict = {"memo": None, "site": "", "addresses": (None, "")}


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
    """Pelican's writer, except that a file whose bytes did not change is not rewritten.

    In the live preview's partial pass it draws only the selected pages (preview.py).
    """

    def write_file(self, name, template, context, relative_urls=False, paginated=None, **kw):
        if _skipped(self.output_path, name, paginated):
            return None
        return super().write_file(name, template, context, relative_urls, paginated, **kw)

    def write_feed(self, elements, context, path=None, url=None, *args, **kw):
        if path and _skipped(self.output_path, path, None):
            return None
        return super().write_feed(elements, context, path, url, *args, **kw)

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


class MemoWriter(UnchangedFilesWriter):
    """Also skips drawing an article's page when nothing it shows changed (memo.py)."""

    def write_file(self, name, template, context, relative_urls=False, paginated=None, **kw):
        article = kw.get("article")
        if _skipped(self.output_path, name, paginated):
            return None
        if not name or paginated or _build["memo"] is None or article is None:
            return super().write_file(name, template, context, relative_urls, paginated, **kw)
        path = sanitised_join(self.output_path, name)
        extra = f"{relative_urls}|{kw.get('override_output')}|{kw.get('url')}"
        if not _build["site"]:  # once per build, when every plugin has set up its settings
            _build["site"] = memo.site_key(self.settings)
        key = memo.page_key(_build["site"], _addresses(context), article, template.name, extra)
        if path not in self._written_files:
            others = _build["memo"].reusable(path, key)
            if others is not None:
                self._written_files.add(path)
                for produced in (path, *others):
                    outputs.record(produced)
                signals.content_written.send(path, context={**kw, "output_file": name})
                return None
        point = outputs.mark()
        super().write_file(name, template, context, relative_urls, paginated, **kw)
        drawn = [p for p in outputs.since(point) if p != os.path.abspath(path)]
        if os.path.abspath(path) in outputs.produced():  # not a page Pelican skipped
            _build["memo"].remember(path, key, drawn)
        return None


def _skipped(output: str, name, paginated) -> bool:
    """A page the partial pass leaves for the full one; a paginated list is drawn when
    one of its pages (under the first page's folder) is selected."""
    if not name or not preview.partial():
        return False
    path = sanitised_join(output, name)
    if preview.selected(path):
        return False
    if paginated:
        return not preview.selected_under(os.path.dirname(path))
    return True


def _addresses(context) -> str:
    filenames = context.get("filenames", {})
    if _build["addresses"][0] is not filenames:
        _build["addresses"] = (filenames, memo.addresses_key(filenames))
    return _build["addresses"][1]


def get_writer(pelican):
    return MemoWriter


def start(pelican) -> None:
    outputs.start(pelican.output_path)
    _build.update(memo=memo.Memo(pelican.settings), site="")
    _build["addresses"] = (None, "")
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
    if preview.partial():  # the full pass that follows saves the memo and cleans up
        return
    if _build["memo"] is not None:
        _build["memo"].save()
        log.info(
            "incremental: %d noticias dibujadas, %d sin cambios",
            _build["memo"].drawn,
            _build["memo"].reused,
        )
    removed = outputs.finish()
    if removed:
        log.info("incremental: %d archivos de una compilación anterior borrados", len(removed))


def register() -> None:
    signals.initialized.connect(start)
    signals.get_writer.connect(get_writer)
    signals.static_generator_finalized.connect(record_static)
    signals.finalized.connect(finish)
