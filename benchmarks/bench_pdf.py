"""Lesson PDF build: how many PDFs and pages, and the time they add, cold and cached.

Each figure is paired with the same build without PDFs (LESSONS = {"pdf": False}), so the
difference is the PDFs' own cost. Each time is wall-clock time next to CPU time (user + sys
of this process and the builds it runs, from resource.getrusage): on a shared machine wall
time grows with the load, CPU time much less. Prints figures; asserts nothing.
Run: python benchmarks/bench_pdf.py
"""

from __future__ import annotations

import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.sitebuild import copy_project, run_pelican  # noqa: E402

NO_PDF = (
    'from pelicanconf import *  # noqa: F403\nLESSONS = {**LESSONS, "pdf": False}  # noqa: F405\n'
)


def cpu_seconds() -> float:
    """User + sys time of this process and of its finished children, in seconds."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(project: Path, settings: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one build."""
    started, cpu = time.perf_counter(), cpu_seconds()
    result = run_pelican(project, project / "output", settings=settings)
    if result.returncode != 0:
        raise SystemExit(f"la compilación falló\n{result.stderr[-2000:]}")
    return time.perf_counter() - started, cpu_seconds() - cpu


def shown(figures: tuple[float, float]) -> str:
    wall, cpu = figures
    return f"{wall:6.2f} s ({cpu:6.2f} s CPU)"


def pdf_figures(project: Path) -> tuple[int, int, int]:
    files = list((project / "output").rglob("*.pdf"))
    cache = project / ".cache" / "ventana" / "lessons-pdf"
    pages = sum(json.loads(p.read_text())["pages"] for p in cache.glob("*.json"))
    return len(files), pages, sum(f.stat().st_size for f in files)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="ventana-bench-pdf-") as tmp:
        project = copy_project(Path(tmp) / "project")
        (project / "nopdf.py").write_text(NO_PDF, encoding="utf-8")
        plain_cold = timed(project, "nopdf.py")
        shutil.rmtree(project / ".cache", ignore_errors=True)
        shutil.rmtree(project / "output", ignore_errors=True)
        cold = timed(project, "pelicanconf.py")
        count, pages, size = pdf_figures(project)
        plain_warm = timed(project, "nopdf.py")
        cached = timed(project, "pelicanconf.py")
        lesson = project / "content" / "lessons" / "01-la-cartera-perdida.md"
        text = lesson.read_text(encoding="utf-8")
        lesson.write_text(text.replace("actividad_en_familia: ", "actividad_en_familia: Hoy, ", 1))
        edited = timed(project, "pelicanconf.py")
        print(f"PDF: {count} archivos, {pages} páginas, {size / 1024:.0f} kB en total")
        print(f"en frío:           {shown(cold)} con PDF, {shown(plain_cold)} sin PDF")
        print(f"con caché:         {shown(cached)} con PDF, {shown(plain_warm)} sin PDF")
        print(f"tras editar 1 lección: {shown(edited)} (redibuja sus PDF y la guía, en carta y A4)")


if __name__ == "__main__":
    main()
