"""The search index: its size, its indexing time, and what the search page downloads.

Builds the real site once into a temporary folder (or takes ``--site`` with a built
``output/``), then runs the site's own indexer (Pagefind, offline) ``--runs`` times,
each with an empty cache, and prints medians. With ``--pages N`` it also indexes the
synthetic site of N news items that the scale benchmark builds, built here with
Ventana. Prints figures; asserts nothing. Usage::

    python benchmarks/bench_search.py [--site DIR] [--runs 3] [--pages 1000]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "plugins"))

import scale_site  # noqa: E402
from search.indexer import index_site  # noqa: E402

from tests.sitebuild import copy_project, run_pelican  # noqa: E402

BUNDLE = "pagefind/"


def built(project: Path) -> Path:
    """Build ``project`` with Ventana into its ``output/``; stop with Pelican's tail on failure."""
    result = run_pelican(project, project / "output")
    if result.returncode != 0:
        raise SystemExit(f"la compilación falló\n{result.stderr[-2000:]}")
    return project / "output"


def first_download(index: Path) -> int:
    """Bytes the search page fetches before it can search: script, wasm, entry, filters."""
    parts = ["pagefind.js", "pagefind-entry.json"]
    parts += [p.relative_to(index).as_posix() for p in index.glob("wasm.*")]
    parts += [p.relative_to(index).as_posix() for p in index.glob("filter/*")]
    return sum((index / part).stat().st_size for part in parts if (index / part).is_file())


def measure(label: str, output: Path, runs: int, work: Path) -> None:
    """Index ``output`` ``runs`` times from an empty cache and print the medians."""
    seconds = []
    for number in range(runs):
        cache = work / f"cache-{number}"
        shutil.rmtree(output / BUNDLE, ignore_errors=True)
        report = index_site(output, BUNDLE, "es", cache)
        seconds.append(report.seconds)
    html = sum(1 for _ in output.rglob("*.html"))
    print(f"\n== {label}: {html} páginas HTML, {report.pages} en el índice ==")
    row(f"tiempo de indexar (mediana de {runs})", f"{statistics.median(seconds):.2f} s")
    row("  mín–máx", f"{min(seconds):.2f}–{max(seconds):.2f} s")
    row("tamaño del índice", f"{report.size / 1024:.0f} KiB")
    row("archivos del índice", f"{report.files}")
    row("descarga al empezar a buscar", f"{first_download(output / BUNDLE) / 1024:.0f} KiB")


def row(label: str, value: str) -> None:
    print(f"{label:<40} {value:>12}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site", type=Path, help="a built output/ folder to index")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", type=int, nargs="*", default=[], help="synthetic sites")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ventana-bench-search-") as tmp:
        work = Path(tmp)
        if args.site:
            site = work / "site"
            shutil.copytree(args.site, site)
        else:
            site = built(copy_project(work / "real"))
        measure("sitio real", site, args.runs, work / "real-cache")
        for total in args.pages:
            project = copy_project(work / f"n{total}")
            scale_site.write_articles(project / "content" / "news", total)
            measure(f"{total} noticias", built(project), args.runs, work / f"cache-{total}")


if __name__ == "__main__":
    main()
