"""Check a folder of HTML: cache lookup, worker processes for many pages, site rules, sources."""

from __future__ import annotations

import fnmatch
import gc
import logging
import multiprocessing
import os
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import messages, source_map
from .cache import FindingsCache, page_key
from .checker import Checker, make_finding
from .checks import SiteRule, all_rules
from .errors import ConfigurationError, PublishChecksError
from .finding import Finding, PageResult, Readability, Waiver
from .settings import Config
from .site import Site
from .sources import SourceIndex

logger = logging.getLogger(__name__)
PARALLEL_MIN_PAGES = 64  # below this, starting workers costs more than it saves
_worker: Checker | None = None


@dataclass
class Report:
    """Everything reporters need, already mapped to source files and sorted."""

    root: Path
    pages: list[PageResult]
    findings: list[Finding] = field(default_factory=list)
    waivers: list[Waiver] = field(default_factory=list)
    readability: list[Readability] = field(default_factory=list)
    cached: int = 0
    seconds: float = 0.0

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def errors(self) -> int:
        return self.count("error")

    @property
    def warnings(self) -> int:
        return self.count("warning")

    def summary(self) -> str:
        return messages.SUMMARY.format(
            errors=messages.counted(self.errors, "errors"),
            warnings=messages.counted(self.warnings, "warnings"),
            pages=messages.counted(len(self.pages), "pages"),
        )


def list_pages(folder: Path, exclude: tuple[str, ...]) -> tuple[list[str], frozenset[str]]:
    """(HTML pages to check, every file of the folder) as POSIX paths relative to it."""
    if not folder.is_dir():
        raise ConfigurationError(messages.NO_SUCH_FOLDER.format(path=folder))
    files = []
    top = len(str(folder)) + 1
    for dirpath, _, names in os.walk(folder):
        rel_dir = dirpath[top:].replace(os.sep, "/")
        prefix = rel_dir + "/" if rel_dir else ""
        files.extend(prefix + name for name in names)
    excluded = _excluded(exclude)
    pages = sorted(
        f for f in files if f.endswith((".html", ".htm")) and not (excluded and excluded(f))
    )
    return pages, frozenset(files)


def _excluded(patterns: tuple[str, ...]) -> Callable[[str], object] | None:
    """One compiled test for every ``exclude`` pattern (``fnmatch`` rules), or None."""
    if not patterns:
        return None
    return re.compile("|".join(fnmatch.translate(p) for p in patterns)).match


def _init_worker(config: Config) -> None:
    global _worker
    _worker = Checker(config)


def _check_in_worker(item: tuple[str, str]) -> PageResult:
    rel, path = item
    assert _worker is not None
    return _worker.check(rel, _read(path, rel))


def auto_jobs() -> int:
    """Workers for ``jobs = 0``: the cores nobody else is using, or one.

    Measured on two cores (1,193 pages): two workers spend the same CPU as one
    process (4.1 s against 4.2 s; 0.1 s more for 64 pages), so on idle cores they
    halve the time; on cores other programs keep busy they only queue behind them
    (18 % fewer pages per second at a load of 17). Busy cores are read from the load
    average, as ``make -l`` does; this process counts as one of them.
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    cores = cores or 1
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    idle = min(cores, int(cores - max(0.0, load - 1.0)))
    return idle if idle >= 2 else 1


def _read(path: str, rel: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise PublishChecksError(messages.PAGE_UNREADABLE.format(page=rel, problem=exc)) from exc


def _check_serial(
    pages: list[str], folder: str, checker: Checker, cache: FindingsCache
) -> Iterator[PageResult]:
    """Read, look up and check one page at a time: no page is held longer than its check."""
    for rel in pages:
        data = _read(os.path.join(folder, rel), rel)
        key = page_key(rel, data)
        result = cache.get(key)
        if result is None:
            result = checker.check(rel, data)
            cache.put(key, result)
        yield result


def _check_parallel(
    pages: list[str], folder: str, config: Config, checker: Checker, cache: FindingsCache
) -> Iterator[PageResult]:
    """Cached pages first; the rest in ``jobs`` worker processes when there are enough."""
    keys, todo = {}, []
    for rel in pages:
        keys[rel] = page_key(rel, _read(os.path.join(folder, rel), rel))
        result = cache.get(keys[rel])
        if result is None:
            todo.append(rel)
        else:
            yield result
    if len(todo) < PARALLEL_MIN_PAGES:
        yield from _check_serial(todo, folder, checker, cache)
        return
    for result in _pool_map(todo, folder, config, checker):
        cache.put(keys[result.page], result)
        yield result


def _pool_map(
    todo: list[str], folder: str, config: Config, checker: Checker
) -> Iterator[PageResult]:
    global _worker
    jobs = config.jobs or auto_jobs()
    fork = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if fork else None)
    # A forked worker inherits this process's checker (rules, glossary, CSS) ready to use.
    _worker = checker if fork else None
    initializer, initargs = (None, ()) if fork else (_init_worker, (config,))
    items = [(rel, os.path.join(folder, rel)) for rel in todo]
    chunksize = max(4, len(items) // (jobs * 8))
    with context.Pool(jobs, initializer=initializer, initargs=initargs) as pool:
        yield from pool.imap(_check_in_worker, items, chunksize=chunksize)
    _worker = None


@contextmanager
def _old_objects_frozen() -> Iterator[None]:
    """Keep the collector off what existed before the run (Pelican's content, modules).

    A run allocates a few hundred thousand short-lived objects; every full collection
    would walk the host's whole heap again. ``gc.freeze`` sets that heap aside until
    the run ends; the run's own objects are collected as usual. Left alone when someone
    else already froze objects.
    """
    if gc.get_freeze_count() or not gc.isenabled():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def run(folder: Path, config: Config) -> Report:
    """Check every page under ``folder``; raises ``PublishChecksError`` if the tool fails."""
    with _old_objects_frozen():
        return _run(folder, config)


def _run(folder: Path, config: Config) -> Report:
    started = time.perf_counter()
    folder = folder.resolve()
    pages, files = list_pages(folder, config.exclude)
    checker = Checker(config)
    cache = FindingsCache(config.cache_dir, config.fingerprint()).load()
    jobs = config.jobs or auto_jobs()
    if jobs == 1 or len(pages) < PARALLEL_MIN_PAGES:
        checked = _check_serial(pages, str(folder), checker, cache)
    else:
        checked = _check_parallel(pages, str(folder), config, checker, cache)
    results = {result.page: result for result in checked}
    cache.save()
    report = Report(folder, [results[rel] for rel in pages], cached=cache.hits)
    _site_rules(report, results, files, config, checker)
    _finish(report, config)
    report.seconds = time.perf_counter() - started
    logger.info(messages.CHECKED, len(pages), report.cached, report.seconds)
    return report


def _site_rules(
    report: Report,
    results: dict[str, PageResult],
    files: frozenset[str],
    config: Config,
    checker: Checker,
) -> None:
    css = config.css_paths or tuple(sorted(report.root.rglob("*.css")))
    site = Site(report.root, results, files, css, checker.env, config.palette_pairs)
    for cls in all_rules():
        if not issubclass(cls, SiteRule) or cls.id in config.disable:
            continue
        for found in cls().check_site(site):
            page = results.get(found.page or "")
            reason = page.meta_waivers.get(cls.id) if page else None
            if cls.id in found.ignored or reason:
                _count_site_waiver(page, cls.id, found)
                continue
            report.findings.append(make_finding(cls, found.page or "", found, found.line))


def _count_site_waiver(page: PageResult | None, rule_id: str, found: object) -> None:
    if page is None:
        return
    for waiver in page.waivers:
        if waiver.rule == rule_id:
            waiver.suppressed += 1
            return


def _finish(report: Report, config: Config) -> None:
    """Add page findings, map everything to sources and sort for stable reports."""
    index = SourceIndex(config.root, config.content_path)
    by_page = {p.page: p for p in report.pages}
    built = source_map.load(config.source_map, report.root, config.root)
    for page in report.pages:
        page.source = built.get(page.page) or page.source
    for page in report.pages:
        report.findings.extend(page.findings)
        report.waivers.extend(page.waivers)
        report.readability.extend(page.readability)
    for finding in report.findings:
        page = by_page.get(finding.page)
        index.locate(finding, finding.source or (page.source if page else None))
    for item in (*report.waivers, *report.readability):
        item.source = index.resolve(by_page[item.page].source)[0]
    report.findings.sort(
        key=lambda f: (f.source or f.page, f.page, f.line or 0, f.page_line or 0, f.rule)
    )
    report.waivers.sort(key=lambda w: (w.page, w.rule, w.page_line or 0))
