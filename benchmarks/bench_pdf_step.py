"""The PDF step alone: WeasyPrint's CPU for every lesson PDF, without the rest of the build.

Reads the HTML that a build left next to each PDF in ``.cache/ventana/lessons-pdf/``
(run ``invoke rebuild`` first, so the cache holds only this build's PDFs) and draws each
one again in memory, exactly as the build does (same stylesheets, fonts, paper and PDF/UA
options; the guide from its lessons' pages), timing layout and writing apart for each
kind of PDF. Nothing is written to the cache or to output/. With ``--perfil FILE`` it also
saves a cProfile of the step, to read with ``python -m pstats FILE``.
Run: python benchmarks/bench_pdf_step.py [--perfil /tmp/pdf.prof]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins")]

from lessons import pdf  # noqa: E402

CACHE = ROOT / ".cache" / "ventana" / "lessons-pdf"
KIND = re.compile(r'class="vt-lessons vt-pdf vt-pdf--(\w+)"')


def draw_all(sources: list[Path], styles: str) -> dict[str, list[float]]:
    """Per kind: [documents, pages, layout CPU s, writing CPU s, bytes]. As in the build,
    the guide is made of the pages its lessons laid out (their keys are its "parts")."""
    figures: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0.0, 0.0, 0])
    metas = {s: json.loads(s.with_suffix(".json").read_text(encoding="utf-8")) for s in sources}
    wanted = {part for meta in metas.values() for part in meta.get("parts", [])}
    laid_out = {}
    for source in sorted(sources, key=lambda s: (bool(metas[s].get("parts")), s.name)):
        html = source.read_text(encoding="utf-8")
        paper, parts = metas[source]["paper"], metas[source].get("parts")
        match = KIND.search(html)
        row = figures[f"{match.group(1) if match else '?'} {paper}"]
        started = time.process_time()
        if parts:
            lessons = [laid_out[part] for part in parts]
            document = pdf.render_guide(html, styles, paper, "https://example.org", lessons)
        else:
            document = pdf.render(html, styles, paper, "https://example.org")
        laid_out_at = time.process_time()
        buffer = io.BytesIO()
        with pdf._fixed_font_clock():
            document.write_pdf(buffer, pdf_variant="pdf/ua-1", pdf_identifier=b"0" * 32)
        if source.stem in wanted:
            laid_out[source.stem] = document
        row[0] += 1
        row[1] += len(document.pages)
        row[2] += laid_out_at - started
        row[3] += time.process_time() - laid_out_at
        row[4] += len(buffer.getvalue())
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--perfil", help="archivo donde guardar el perfil de cProfile")
    args = parser.parse_args()
    sources = sorted(CACHE.glob("*.html"))
    if not sources:
        raise SystemExit(f"No hay HTML de PDF en {CACHE}: corre antes «invoke rebuild».")
    pdf.load_weasyprint()
    styles = pdf.stylesheet_text(ROOT / "themes" / "ventana" / "static" / "css")
    profile = cProfile.Profile() if args.perfil else None
    if profile:
        profile.enable()
    figures = draw_all(sources, styles)
    if profile:
        profile.disable()
        profile.dump_stats(args.perfil)
    print(
        f"{'tipo y papel':<14} {'PDF':>4} {'págs':>5} {'trazo s':>8} {'escritura s':>11} {'kB':>6}"
    )
    for name, (docs, pages, layout, write, size) in sorted(figures.items()):
        print(f"{name:<14} {docs:>4} {pages:>5} {layout:>8.2f} {write:>11.2f} {size / 1024:>6.0f}")
    total = [sum(row[i] for row in figures.values()) for i in range(5)]
    print(f"{'total':<14} {total[0]:>4} {total[1]:>5} {total[2]:>8.2f} {total[3]:>11.2f}", end="")
    print(f" {total[4] / 1024:>6.0f}  (CPU de este proceso, sin el resto de la compilación)")


if __name__ == "__main__":
    main()
