"""Live preview latency: from saving a file to the new page on disk and to the tab's reload.

Runs ``invoke livereload`` on a copy of the project with N synthetic articles, opens
one tab through the livereload protocol (a websocket client that says which page it
shows, as livereload.js does), and for each kind of edit (an article, a state's
YAML, a lesson, a template) writes the file and measures, from the write:

- the viewed page's new bytes on disk;
- the reload signal reaching the tab;
- the end of the whole rebuild (every other page that depends on the change).

With ``--against DIR`` the same runs happen, alternating, on a second copy whose
plugins and tasks.py come from the checkout DIR (e.g. the main branch before a
change), so both sets of figures come from the same minutes of the machine.
Prints medians of ``--runs`` edits per kind (at least 3). Asserts nothing. Usage::

    python benchmarks/bench_preview.py [--pages 1000] [--runs 3] [--against /path/main]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "plugins"))

import scale_site  # noqa: E402

from tests.sitebuild import IGNORED, copy_project  # noqa: E402
from tests.test_livereload import Preview, Tab, free_port  # noqa: E402

EDITED = 3  # the article the article edits rewrite
STATE = "aguascalientes"
LESSON = "01-la-cartera-perdida.md"
TEMPLATE = Path("themes/ventana/templates/article.html")
KINDS = ("noticia", "estado", "lección", "plantilla")


def wait(predicate: Callable[[], object], timeout: float = 900.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit("la vista previa no respondió a tiempo")
        time.sleep(0.005)


def edits(project: Path, total: int) -> dict[str, tuple[str, Callable[[str], None]]]:
    """Per kind of edit: the address the tab shows, and how to edit with a mark."""
    news = project / "content" / "news"
    files = {
        "estado": project / "data" / "states" / f"{STATE}.yaml",
        "lección": project / "content" / "lessons" / LESSON,
        "plantilla": project / TEMPLATE,
    }
    original = {kind: path.read_text(encoding="utf-8") for kind, path in files.items()}

    def rewrite(kind: str, old: str, new: str) -> Callable[[str], None]:
        def edit(mark: str) -> None:
            text = original[kind].replace(old, new.format(mark=mark), 1)
            files[kind].write_text(text, encoding="utf-8")

        return edit

    article = f"noticias/{scale_site.slug(EDITED)}/"
    return {
        "noticia": (article, lambda mark: scale_site.edit_article(news, EDITED, total, mark)),
        "estado": (
            f"estados/{STATE}/",
            rewrite("estado", "resumen: >-\n", "resumen: >-\n  {mark}\n"),
        ),
        "lección": (
            "escuela-de-heroes/la-cartera-perdida/",
            rewrite("lección", "Nico encontró una cartera", "{mark} Nico encontró una cartera"),
        ),
        "plantilla": (
            article,
            rewrite("plantilla", "{% block content %}", "{{% block content %}}<p>{mark}</p>"),
        ),
    }


def measure(preview: Preview, url: str, edit: Callable[[str], None], mark: str) -> dict:
    """Seconds from the write to the page on disk, the tab's reload and the full rebuild."""
    page = preview.project / "output" / url / "index.html"
    tab = Tab(f"http://127.0.0.1:{preview.port}/{url}")
    tab.open(preview.port)
    wait(lambda: tab.ready)
    time.sleep(0.3)  # the server reads the page's address, before the edit
    builds = len(preview.rebuilt_at)
    written = time.perf_counter()
    edit(mark)
    seen: list[float] = []

    def on_disk() -> bool:
        try:
            if not seen and mark in page.read_text(encoding="utf-8"):
                seen.append(time.perf_counter())
        except OSError:
            pass
        return bool(seen)

    wait(on_disk)
    wait(lambda: tab.reloads and len(preview.rebuilt_at) > builds)
    tab.close()
    return {
        "disco": seen[0] - written,
        "recarga": tab.reloads[0] - written,
        "todo": preview.rebuilt_at[builds] - written,
    }


def bench(total: int, runs: int, work: Path, against: Path | None) -> None:
    articles = work / "articles"
    scale_site.write_articles(articles, total)
    variants = {"después": ROOT, **({"antes": against} if against else {})}
    previews = {}
    for name, code in variants.items():
        project = copy_project(work / name)
        shutil.rmtree(project / "plugins")  # the code under test; the same site
        shutil.copytree(code / "plugins", project / "plugins", ignore=IGNORED)
        shutil.copy2(code / "tasks.py", project / "tasks.py")
        shutil.copytree(articles, project / "content" / "news", dirs_exist_ok=True)
        previews[name] = Preview.start(project, free_port())
    report(total, run_edits(previews, total, runs))


def run_edits(previews: dict[str, Preview], total: int, runs: int) -> dict:
    """Each kind of edit ``runs`` times on every running preview, in turn; then stop them."""
    figures: dict[tuple[str, str], list[dict]] = {}
    try:
        for preview in previews.values():
            wait(preview.serving, timeout=1800)
        for run in range(runs):
            for kind in KINDS:
                for name, preview in previews.items():
                    url, edit = edits(preview.project, total)[kind]
                    result = measure(preview, url, edit, f"Marca {kind} {run} {time.time_ns()}")
                    figures.setdefault((kind, name), []).append(result)
                    print(f"  {name} {kind} {run + 1}/{runs}: {result}", flush=True)
    finally:
        for preview in previews.values():
            preview.stop()
    return figures


def report(total: int, figures: dict[tuple[str, str], list[dict]]) -> None:
    print(
        f"\n== Vista previa en vivo, {total} noticias: segundos desde guardar (mediana, mín–máx) =="
    )
    print(f"{'edición':<11}{'código':<9}{'página en disco':>22}{'recarga':>22}{'todo':>22}")
    for (kind, name), results in figures.items():
        cells = []
        for key in ("disco", "recarga", "todo"):
            values = [r[key] for r in results]
            mid, low, high = statistics.median(values), min(values), max(values)
            cells.append(f"{mid:6.2f} ({low:.2f}–{high:.2f})")
        print(f"{kind:<11}{name:<9}" + "".join(f"{c:>22}" for c in cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, nargs="+", default=[1000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--against", type=Path, help="a checkout to compare with (its plugins)")
    parser.add_argument("--keep", help="work in this folder and keep it")
    args = parser.parse_args()
    for total, work in scale_site.work_folders(args.pages, args.keep, "ventana-preview-"):
        bench(total, args.runs, work, args.against)


if __name__ == "__main__":
    main()
