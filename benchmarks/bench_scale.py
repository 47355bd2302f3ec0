"""Ventana against plain Pelican on the same N synthetic articles, in the same run.

For each N: a cold build (no output, no caches), a warm rebuild with nothing changed
and a rebuild after editing one article, each Ventana's and plain Pelican's (default
theme, no plugins) in turn, so the ratios hold while the machine's speed drifts.
Times are CPU seconds of the whole build process (user + system, as the kernel counts
them, a small launcher's ~0.02 s included); peak memory is the largest resident size of
any one of its processes (Pelican, or the Pagefind it starts). Also: preview latency
(from writing an article to its new page on disk, in a whole build), the checker's
pages per second, cold, on one core, and the live preview's latencies after each kind
of edit (to the open page on disk, to the tab's reload, to the end of the rebuild:
bench_preview.py).
Prints medians of ``--runs`` runs (at least 3). Asserts nothing. Usage::

    python benchmarks/bench_scale.py [--pages 1000 5000] [--runs 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "plugins"))

import bench_preview  # noqa: E402
import scale_site  # noqa: E402
from publish_checks import runner, settings  # noqa: E402

from tests.sitebuild import copy_project  # noqa: E402
from tests.test_livereload import Preview, free_port  # noqa: E402

EDITED = 3  # the article every edit rewrites


@dataclass
class Run:
    """One whole build process: CPU and wall seconds, peak resident MiB."""

    cpu: float
    wall: float
    peak_mib: float


# Starts the build and writes its peak resident size (KiB) into the file argv[1]. A child
# started straight from this script would report at least this script's own peak: the
# kernel counts the memory of the process that ``exec``s, and this one grows (the checker
# runs in it). Started from this small launcher, the build's peak is its own.
LAUNCHER = """\
import resource, subprocess, sys
code = subprocess.call(sys.argv[2:])
with open(sys.argv[1], "w") as out:
    out.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(code)
"""


def pelican(project: Path, watch: Path | None = None) -> tuple[Run, float | None]:
    """Build ``project``; with ``watch``, also the seconds until that file changed on disk."""
    env = {**os.environ, "PYTHONPATH": str(project / "plugins")}
    before = watch.stat().st_mtime_ns if watch and watch.exists() else None
    seen: list[float] = []
    handle, name = tempfile.mkstemp(prefix="ventana-peak-")
    os.close(handle)
    peak = Path(name)
    started = time.perf_counter()
    build = [sys.executable, "-m", "pelican", "-s", "pelicanconf.py", "-o", "output", "-q"]
    proc = subprocess.Popen(
        [sys.executable, "-c", LAUNCHER, str(peak), *build],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    if watch is not None:
        threading.Thread(target=_poll, args=(watch, before, proc, started, seen)).start()
    stderr = proc.stderr.read() if proc.stderr else b""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    peak_kib = int(peak.read_text() or 0)
    peak.unlink()
    if proc.returncode != 0:
        raise SystemExit(f"{project.name}: la compilación falló\n{stderr.decode()[-3000:]}")
    run = Run(usage.ru_utime + usage.ru_stime, wall, peak_kib / 1024)
    return run, (seen[0] if seen else None)


def _poll(path: Path, before: int | None, proc, started: float, seen: list[float]) -> None:
    while proc.returncode is None:
        try:
            if path.stat().st_mtime_ns != before:
                seen.append(time.perf_counter() - started)
                return
        except FileNotFoundError:
            pass
        time.sleep(0.005)


def clean(project: Path) -> None:
    for name in ("output", ".cache", "reports"):
        shutil.rmtree(project / name, ignore_errors=True)


def checker_rate(project: Path, work: Path) -> tuple[int, float]:
    """(pages, pages per CPU second): every rule on one core, nothing cached."""
    config = settings.from_options(
        {"jobs": 1, "cache": False, "cache_path": str(work / "cache"), "exclude": ["admin/*"]},
        project,
    )
    cpu = time.process_time()
    report = runner.run(project / "output", config)
    return len(report.pages), len(report.pages) / (time.process_time() - cpu)


def one_round(ventana: Path, plain: Path, total: int, round_no: int) -> dict[str, float]:
    """Cold, warm and one-edit builds of both, paired; the figures of this round."""
    figures: dict[str, float] = {}
    clean(ventana)
    clean(plain)
    cold_v, _ = pelican(ventana)
    cold_p, _ = pelican(plain)
    warm_v, _ = pelican(ventana)
    warm_p, _ = pelican(plain)
    sentence = f"Una frase nueva, la número {round_no}."
    scale_site.edit_article(ventana / "content" / "news", EDITED, total, sentence)
    scale_site.edit_article(plain / "content" / "news", EDITED, total, sentence)
    page = ventana / "output" / "noticias" / scale_site.slug(EDITED) / "index.html"
    edit_v, seen = pelican(ventana, watch=page)
    edit_p, _ = pelican(plain)
    figures.update(
        cold_v=cold_v.cpu,
        cold_p=cold_p.cpu,
        warm_v=warm_v.cpu,
        warm_p=warm_p.cpu,
        edit_v=edit_v.cpu,
        edit_p=edit_p.cpu,
        cold_ratio=cold_v.cpu / cold_p.cpu,
        warm_ratio=warm_v.cpu / cold_p.cpu,
        edit_ratio=edit_v.cpu / cold_p.cpu,
        preview_disk=seen if seen is not None else float("nan"),
        edit_wall=edit_v.wall,
        peak_v=max(cold_v.peak_mib, warm_v.peak_mib, edit_v.peak_mib),
        peak_p=max(cold_p.peak_mib, warm_p.peak_mib, edit_p.peak_mib),
    )
    return figures


ROWS = [
    ("Compilación en frío, CPU Ventana (s)", "cold_v", "{:.1f}"),
    ("Compilación en frío, CPU Pelican (s)", "cold_p", "{:.1f}"),
    ("  razón frío Ventana / Pelican", "cold_ratio", "{:.2f}×"),
    ("Sin cambios, CPU Ventana (s)", "warm_v", "{:.1f}"),
    ("  razón sin cambios / Pelican en frío", "warm_ratio", "{:.2f}×"),
    ("Tras editar una noticia, CPU Ventana (s)", "edit_v", "{:.1f}"),
    ("Tras editar una noticia, CPU Pelican (s)", "edit_p", "{:.1f}"),
    ("  razón una edición / Pelican en frío", "edit_ratio", "{:.2f}×"),
    ("Vista previa: escritura → página en disco (s)", "preview_disk", "{:.2f}"),
    ("Vista previa: recompilación completa, reloj (s)", "edit_wall", "{:.2f}"),
    ("Memoria máxima Ventana (MiB)", "peak_v", "{:.0f}"),
    ("Memoria máxima Pelican (MiB)", "peak_p", "{:.0f}"),
]


def report(total: int, rounds: list[dict[str, float]], check: list[tuple[int, float]]) -> None:
    print(f"\n== {total} noticias, mediana de {len(rounds)} rondas (mín–máx) ==")
    for label, key, fmt in ROWS:
        values = [r[key] for r in rounds]
        mid = fmt.format(statistics.median(values))
        span = f"{fmt.format(min(values))}–{fmt.format(max(values))}"
        print(f"{label:<50} {mid:>9}   ({span})")
    rates = [rate for _, rate in check]
    print(
        f"{'Revisión, 1 núcleo, sin caché (páginas/s de CPU)':<50} "
        f"{statistics.median(rates):>9.0f}   ({min(rates):.0f}–{max(rates):.0f}, "
        f"{check[0][0]} páginas)"
    )


def bench(total: int, runs: int, work: Path) -> None:
    articles = work / "articles"
    scale_site.write_articles(articles, total)
    ventana = copy_project(work / "ventana")
    shutil.copytree(articles, ventana / "content" / "news", dirs_exist_ok=True)
    plain = scale_site.plain_project(work / "plain", articles)
    rounds, check = [], []
    for number in range(runs):
        rounds.append(one_round(ventana, plain, total, number))
        check.append(checker_rate(ventana, work))
        print(f"  ronda {number + 1}/{runs}: {rounds[-1]['cold_ratio']:.2f}× en frío", flush=True)
    report(total, rounds, check)
    # The live preview on the same site: the open page first, then the rest.
    live = bench_preview.run_edits({"Ventana": Preview.start(ventana, free_port())}, total, runs)
    bench_preview.report(total, live)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", help="work in this folder and keep it")
    args = parser.parse_args()
    for total, work in scale_site.work_folders(args.pages, args.keep, "ventana-scale-"):
        bench(total, args.runs, work)


if __name__ == "__main__":
    main()
