"""Whole-site build times: cold, warm with nothing changed, and after one edit.

Prints figures; asserts nothing. Run: python benchmarks/bench_build.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.sitebuild import copy_project, run_pelican  # noqa: E402


def timed_build(project: Path, label: str) -> float:
    started = time.perf_counter()
    result = run_pelican(project, project / "output")
    took = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{label}: la compilación falló\n{result.stderr[-2000:]}")
    pages = sum(1 for _ in (project / "output").rglob("*.html"))
    print(f"{label:<38} {took:6.2f} s  ({pages} páginas HTML)", flush=True)
    return took


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    if old not in text:
        raise SystemExit(f"no se encontró {old!r} en {path}")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="ventana-bench-") as tmp:
        project = copy_project(Path(tmp) / "project")
        timed_build(project, "compilación en frío (sin cachés)")
        timed_build(project, "recompilación sin cambios")
        page = project / "content" / "pages" / "acerca.md"
        edit(page, "## Accesibilidad", "## Accesibilidad\n\nUna frase nueva.")
        timed_build(project, "tras editar una página Markdown")
        state = project / "data" / "states" / "jalisco.yaml"
        edit(state, "resumen: >-\n  ", "resumen: >-\n  Jalisco sigue avanzando. ")
        timed_build(project, "tras editar un YAML estatal")


if __name__ == "__main__":
    main()
