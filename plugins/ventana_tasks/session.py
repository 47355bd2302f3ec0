"""Pelican kept alive for ``invoke livereload``: every rebuild runs in this process.

The settings file is read again for each build and a new ``Pelican`` object (the
settings' ``PELICAN_CLASS``) runs it, as Pelican's own ``--autoreload`` loop does
after a settings change, so every plugin sees its usual ``initialized`` signal;
what stays loaded between builds is what costs time to start: Python, Pelican, the
plugins and the modules they import.
A change to a plugin's code starts the process again (``restart``).

What Pelican logs goes through the same ``Translator`` as ``invoke build``: the
editor reads Spanish, a traceback only reaches ``reports/``. A failed build is
logged as Pelican's command line logs it and the process keeps serving.
"""

from __future__ import annotations

import gc
import importlib
import io
import logging
import os
import sys
import time
from collections.abc import Iterable
from contextlib import nullcontext
from pathlib import Path

from pelican import Pelican, signals
from pelican import log as pelican_log
from pelican.settings import read_settings
from rich.console import Console
from rich.logging import RichHandler
from ventana_data import preview

from .pelican_output import Translator, _save_log

log = logging.getLogger("pelican")


class TranslatedLines(io.TextIOBase):
    """A text stream that hands each complete line to the current ``Translator``."""

    def __init__(self) -> None:
        super().__init__()
        self.translator: Translator | None = None
        self._partial = ""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._partial += text
        *lines, self._partial = self._partial.split("\n")
        for line in lines:
            self._feed(line)
        return len(text)

    def end(self) -> None:
        if self._partial:
            self._feed(self._partial)
            self._partial = ""

    def _feed(self, line: str) -> None:
        if self.translator is not None:
            self.translator.feed(line)
        else:
            sys.stdout.write(line + "\n")


class PelicanSession:
    """Builds the site in this process, one call at a time, with Spanish messages."""

    def __init__(self, root: Path, settings_file: str, override: dict | None = None) -> None:
        self.root = root
        self.settings_file = str(root / settings_file)
        self.override = override or {}
        self.stream = TranslatedLines()
        # The output files each source produced in the last full build.
        self.pages_of: dict[str, set[str]] = {}
        self._building: dict[str, set[str]] | None = None
        os.chdir(root)  # the settings name the content and output folders relative to it
        console = Console(file=self.stream, width=1000, color_system=None, soft_wrap=True)
        pelican_log.console.file = self.stream  # Pelican's "Done: …" line, on one line
        pelican_log.console.width = 1000
        pelican_log.init(level=logging.WARNING, handler=RichHandler(console=console))
        signals.content_written.connect(self._note_page)
        for name in ("livereload", "tornado"):  # they have a handler of their own
            logging.getLogger(name).propagate = False

    def build(self, only: Iterable[Path] | None = None) -> int:
        """One build: the whole site, or with ``only`` the partial pass of preview.py."""
        translator = Translator(self.root, sys.stdout)
        self.stream.translator = translator
        _forget_logged_messages()
        self._building = {} if only is None else None
        code = 0
        gc.disable()  # see _collect_between_builds
        try:
            settings = read_settings(self.settings_file, override=self.override)
            with preview.only(only) if only is not None else nullcontext():
                pelican_class(settings, partial=only is not None)(settings).run()
            if self._building is not None:
                self.pages_of = self._building
        except SystemExit as stop:  # our plugins' data errors: the report is on screen
            code = stop.code if isinstance(stop.code, int) and stop.code else 1
        except Exception as error:  # what ``pelican`` itself would log before exiting
            log.critical("%s: %s", error.__class__.__name__, error, exc_info=True)
            code = 1
        finally:
            self.stream.end()
            translator.finish()
            self.stream.translator = None
            self._building = None
            if only is None or code:  # a partial pass: after the full one, past the reload
                _collect_between_builds()
        _save_log(self.root, translator.blocks, "invoke livereload")
        return code

    def pages_for(self, sources: Iterable[str]) -> set[str]:
        """The output files the given source files produced in the last full build."""
        found: set[str] = set()
        for source in sources:
            found |= self.pages_of.get(os.path.abspath(source), set())
        return found

    def _note_page(self, path: str, context: dict | None = None, **_kw: object) -> None:
        if self._building is None or not context:
            return
        content = context.get("article") or context.get("page")
        source = getattr(content, "source_path", None) or context.get("source_path")
        if source:
            key = os.path.abspath(source)
            self._building.setdefault(key, set()).add(os.path.abspath(path))


def pelican_class(settings: dict, partial: bool) -> type[Pelican]:
    """The settings' ``PELICAN_CLASS`` (as ``pelican`` resolves it) for a full build.

    A partial pass is plain Pelican: it must never be remembered as a finished build
    (``incremental.IncrementalPelican`` skips a build whose inputs and output are as
    the last one left them).
    """
    chosen = settings.get("PELICAN_CLASS", Pelican)
    if partial:
        return Pelican
    if isinstance(chosen, str):
        module, name = chosen.rsplit(".", 1)
        chosen = getattr(importlib.import_module(module), name)
    return chosen


def _collect_between_builds() -> None:
    """Python's cycle collector runs once after each build, not during it.

    A long-lived process keeps the loaded modules and what the plugins remember
    between builds; the collector walked all of it again and again during each build
    (a rebuild in this process took longer than one in a new process). The pages of a
    build hold each other in cycles (content, context), so they are freed here.
    """
    gc.enable()
    gc.collect()


def _forget_logged_messages() -> None:
    """Pelican shows each warning once per process; here, once per build."""
    pelican_log.LimitFilter._raised_messages.clear()
    pelican_log.LimitFilter._group_count.clear()


def restart(reason: str) -> None:
    """Start this command again in the same process (new code is loaded fresh)."""
    print(f"livereload: {reason}; se reinicia para cargarlo.", flush=True)
    time.sleep(0.1)
    os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])
