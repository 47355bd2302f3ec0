"""How long drawing takes: a full build with an empty image cache, then a rebuild.

Run from the repository root:  python benchmarks/bench_images.py
It copies the project to a temporary folder (so your own cache is untouched),
builds twice with Pelican and prints the figures the infographics plugin leaves
in .cache/ventana/infographics/last-build.json: images drawn, images reused and
seconds spent on images (hashing, drawing and copying), plus each build's time.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.sitebuild import copy_project, run_pelican


def build(project: Path, output: Path) -> dict:
    start = time.perf_counter()
    result = run_pelican(project, output)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-2000:] + result.stderr[-2000:])
        raise SystemExit(f"la compilación falló con código {result.returncode}")
    stats_file = project / ".cache" / "ventana" / "infographics" / "last-build.json"
    stats = json.loads(stats_file.read_text(encoding="utf-8"))
    return {**stats, "wall": wall}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp) / "project")
        full = build(project, Path(tmp) / "out")
        again = build(project, Path(tmp) / "out")
    print("Imágenes de infografías y tarjetas para redes sociales")
    for label, run in (
        ("Compilación completa (caché vacío)", full),
        ("Recompilación sin cambios", again),
    ):
        print(
            f"{label}: {run['drawn']} dibujadas, {run['reused']} del caché, "
            f"{run['seconds']:.2f} s en imágenes, {run['wall']:.1f} s en total"
        )


if __name__ == "__main__":
    main()
