"""Check a folder of HTML: cache lookup, worker processes for many pages, site rules, sources."""

from __future__ import annotations

import fnmatch
import logging
import multiprocessing
import os
import time
from collections.abc import Iterator
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
# With two cores or fewer the second worker competes with Pelican and the main process
# (pickling results, site rules): measured slower than one, so "auto" means one there.
PARALLEL_MIN_CORES = 3
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
    for dirpath, _, names in os.walk(folder):
        rel_dir = Path(dirpath).relative_to(folder).as_posix()
        prefix = "" if rel_dir == "." else rel_dir + "/"
        files.extend(prefix + name for name in names)
    pages = sorted(
        f
        for f in files
        if f.endswith((".html", ".htm"))
        and not any(fnmatch.fnmatch(f, pattern) for pattern in exclude)
    )
    return pages, frozenset(files)


def _init_worker(config: Config) -> None:
    global _worker
    _worker = Checker(config)


def _check_in_worker(item: tuple[str, str]) -> PageResult:
    rel, path = item
    assert _worker is not None
    return _worker.check(rel, Path(path).read_bytes())


def auto_jobs() -> int:
    """Workers for ``jobs = 0``: every core on a big machine, one on a small one."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    cores = cores or 1
    return cores if cores >= PARALLEL_MIN_CORES else 1


def _read(folder: Path, rel: str) -> bytes:
    try:
        return (folder / rel).read_bytes()
    except OSError as exc:
        raise PublishChecksError(messages.PAGE_UNREADABLE.format(page=rel, problem=exc)) from exc


def _check_pages(
    todo: list[str], folder: Path, config: Config, checker: Checker
) -> Iterator[PageResult]:
    """Results of the pages ``todo``, each read again when its turn comes: the whole
    site's HTML is never held at once (5,000 news are some 70 MB of it)."""
    jobs = config.jobs or auto_jobs()
    if jobs == 1 or len(todo) < PARALLEL_MIN_PAGES:
        yield from (checker.check(rel, _read(folder, rel)) for rel in todo)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    items = [(rel, str(folder / rel)) for rel in todo]
    chunksize = max(4, len(items) // (jobs * 8))
    with context.Pool(jobs, initializer=_init_worker, initargs=(config,)) as pool:
        yield from pool.imap(_check_in_worker, items, chunksize=chunksize)


def run(folder: Path, config: Config) -> Report:
    """Check every page under ``folder``; raises ``PublishChecksError`` if the tool fails."""
    started = time.perf_counter()
    folder = folder.resolve()
    pages, files = list_pages(folder, config.exclude)
    checker = Checker(config)
    cache = FindingsCache(config.cache_dir, config.fingerprint()).load()
    results: dict[str, PageResult] = {}
    todo: list[str] = []
    keys: dict[str, str] = {}
    for rel in pages:
        keys[rel] = page_key(rel, _read(folder, rel))
        cached = cache.get(keys[rel])
        if cached is not None:
            results[rel] = cached
        else:
            todo.append(rel)
    for result in _check_pages(todo, folder, config, checker):
        results[result.page] = result
        cache.put(keys[result.page], result)
    cache.save()
    report = Report(folder, [results[rel] for rel in pages], cached=len(pages) - len(todo))
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
