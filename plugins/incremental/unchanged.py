"""A rebuild where nothing the build reads has changed does not build again.

The key of a build is the hash of everything it reads: the settings and the project's
settings files, every file under the content, data, theme and plugin folders, the
installed packages and Python, "today" (``SOURCE_DATE_EPOCH`` or the site's time zone)
and how much the build logs. When a build succeeds, it keeps beside its key what it
left and what it said: the size and modification time of every file in the output
folder and in the project's ``reports/``, its log records (all but Pelican's own
"Writing…" lines) and the lines written straight to stderr (the checks' summary). A
later build with the same key, whose output and reports are still exactly those
files, loads no plugin and writes nothing: it says the same findings again, and
ends. Anything else, or any doubt, builds; and so does a build that must start from
an empty output (publishconf.py) or may not load caches (pelican --ignore-cache).

``PELICAN_CLASS = "incremental.IncrementalPelican"`` turns it on (pelicanconf.py).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

from pelican import Pelican, signals
from pelican.log import FatalLogger, LimitFilter, console
from pelican.utils import maybe_pluralize
from ventana_data import cache_folder
from ventana_data.dates import EPOCH_VARIABLE, today

from .memo import settings_text, tree_digest

log = logging.getLogger(__name__)
LAST = "build.json"


def build_key(text: str, settings: dict[str, Any]) -> str:
    """The hash of everything a build reads; ``text`` is its settings as first read."""
    digest = hashlib.sha256(text.encode())
    level = (logging.getLogger().getEffectiveLevel(), LimitFilter.LOGS_DEDUP_MIN_LEVEL)
    moment = f"{os.environ.get(EPOCH_VARIABLE)}|{today(settings.get('TIMEZONE'))}"
    digest.update(
        f"{sys.version}|{sys.executable}|{level}|{FatalLogger.fatal_lvl}|{moment}".encode()
    )
    digest.update(_packages().encode())
    content = Path(settings["PATH"])
    for path in sorted(content.resolve().parent.glob("*.py")):  # pelicanconf.py and the like
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    folders = [content, settings.get("DATA_PATH"), settings.get("THEME")]
    folders += [*settings.get("THEME_TEMPLATES_OVERRIDES", []), *settings.get("PLUGIN_PATHS", [])]
    for folder in folders:
        if folder:
            digest.update(str(folder).encode() + b"\0")
            tree_digest(digest, Path(folder))
    return digest.hexdigest()


def _packages() -> str:
    """The installed distributions (their folders name their versions)."""
    names = []
    for entry in sys.path:
        if entry.endswith("-packages") and os.path.isdir(entry):
            names += sorted(n for n in os.listdir(entry) if n.endswith((".dist-info", ".pth")))
    return "|".join(names)


def _reports(settings: dict[str, Any]) -> Path:
    return Path(settings["PATH"]).resolve().parent / "reports"


def _left(settings: dict[str, Any]) -> dict[str, list[int]]:
    """Size and modification time of every file in the output and the reports."""
    found: dict[str, list[int]] = {}
    for folder in (settings["OUTPUT_PATH"], _reports(settings)):
        for root, _dirs, names in os.walk(folder):
            for name in names:
                path = os.path.join(root, name)
                info = os.stat(path)
                found[path] = [info.st_size, info.st_mtime_ns]
    return found


def _memo_path(settings: dict[str, Any]) -> Path:
    return cache_folder(settings, "incremental") / LAST


def _save(settings: dict[str, Any], memo: dict[str, Any]) -> None:
    path = _memo_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(memo), encoding="utf-8")
    tmp.replace(path)


def _renew_reports(settings: dict[str, Any], last: dict[str, Any]) -> None:
    """The reports stand for this build too, so they take its time (``invoke build``
    tells whether the checks ran by the report's date)."""
    reports = str(_reports(settings)) + os.sep
    for path in [p for p in last["left"] if p.startswith(reports)]:
        os.utime(path)
        last["left"][path][1] = os.stat(path).st_mtime_ns
    _save(settings, last)


def last_build(settings: dict[str, Any], key: str) -> dict[str, Any] | None:
    """What the last build said, when it had ``key`` and its files are all still there."""
    try:
        last = json.loads(_memo_path(settings).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if last.get("key") != key or last.get("left") != _left(settings):
        return None
    return last


class _Said(logging.Handler):
    """The log records of a build, as they reached the terminal's handler."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[list[Any]] = []
        self.doubtful = False

    def emit(self, record: logging.LogRecord) -> None:
        self.doubtful = self.doubtful or bool(record.exc_info)
        if record.levelno < logging.WARNING and record.name.startswith("pelican"):
            return  # Pelican's "Writing…", "Copying…": what a build does, not what it found
        message = record.getMessage()
        self.records.append([record.name, record.levelno, record.pathname, record.lineno, message])


class _Tee:
    """A stream that keeps a copy of what is written into it."""

    def __init__(self, stream: Any) -> None:
        self.stream, self.text = stream, []

    def write(self, text: str) -> int:
        self.text.append(text)
        return self.stream.write(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def _say_again(last: dict[str, Any], started: float) -> None:
    for name, level, pathname, lineno, message in last["records"]:
        record = logging.LogRecord(name, level, pathname, lineno, message, (), None)
        logging.getLogger(name).callHandlers(record)
    sys.stderr.write(last["stderr"])
    sys.stderr.flush()
    log.info("incremental: nada cambió desde la última compilación; no se escribió ningún archivo")
    console.print(f"Done: Processed {last['done']} in {time.time() - started:.2f} seconds.")


def _done(generators: list[Any]) -> str:
    """Pelican's count of what it processed, as its last line says it."""
    found = {type(g).__name__: g for g in generators}
    arts, pages = found["ArticlesGenerator"], found["PagesGenerator"]
    counts = [
        (arts.articles + arts.translations, "article", "articles"),
        (arts.drafts + arts.drafts_translations, "draft", "drafts"),
        (arts.hidden_articles + arts.hidden_translations, "hidden article", "hidden articles"),
        (pages.pages + pages.translations, "page", "pages"),
        (pages.hidden_pages + pages.hidden_translations, "hidden page", "hidden pages"),
        (pages.draft_pages + pages.draft_translations, "draft page", "draft pages"),
    ]
    said = [maybe_pluralize(len(items), one, many) for items, one, many in counts]
    return ", ".join(said[:-1]) + " and " + said[-1]


def remembers(settings: dict[str, Any]) -> bool:
    """Whether builds with these settings keep and reuse what they left: not when they
    must start from an empty output (publishconf.py) or may not load their caches
    (pelican --ignore-cache)."""
    return bool(settings.get("LOAD_CONTENT_CACHE")) and not settings["DELETE_OUTPUT_DIRECTORY"]


class IncrementalPelican(Pelican):
    """Pelican, except that a build with nothing changed says the last one's findings again."""

    def init_plugins(self) -> None:
        self._text = settings_text(self.settings)  # before any plugin adds to the settings
        self._loaded = False
        self._checked = self._check()
        if self._checked[1] is None:
            self._load_plugins()

    def _check(self) -> tuple[str, dict[str, Any] | None]:
        """This build's key and, when nothing changed, what the last one said."""
        if not remembers(self.settings):
            return "", None
        key = build_key(self._text, self.settings)
        return key, last_build(self.settings, key)

    def _load_plugins(self) -> None:
        if not self._loaded:
            super().init_plugins()
            self._loaded = True

    def run(self) -> None:
        started = time.time()
        # Checked when the build was set up; again if run once more (pelican --autoreload).
        (key, last), self._checked = self._checked or self._check(), None
        if last is not None:
            _say_again(last, started)
            _renew_reports(self.settings, last)
            return
        if not self._loaded:
            self._load_plugins()
            signals.initialized.send(self)
        if key:
            self._build_and_remember(key)
        else:
            super().run()

    def _build_and_remember(self, key: str) -> None:
        said, tee, seen = _Said(), _Tee(sys.stderr), []
        remember = seen.append  # one object, to disconnect it afterwards
        root = logging.getLogger()
        root.addHandler(said)
        sys.stderr = tee
        signals.all_generators_finalized.connect(remember, weak=False)
        try:
            super().run()
        finally:
            signals.all_generators_finalized.disconnect(remember)
            sys.stderr = tee.stream
            root.removeHandler(said)
        if said.doubtful or not seen or root.getEffectiveLevel() <= logging.DEBUG:
            return
        memo = {
            "key": key,
            "left": _left(self.settings),
            "records": said.records,
            "stderr": "".join(tee.text),
            "done": _done(seen[0]),
        }
        _save(self.settings, memo)
