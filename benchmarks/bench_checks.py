"""Benchmark publish_checks on N synthetic Spanish pages shaped like Ventana's theme.

Prints pages per second on one core for N and 10·N pages (linear scaling), on all cores,
and for a cached rerun. With ``--site``, only pages per CPU second on one core, cold, over
an already built site (``output/`` of a project), median of ``--runs``. Usage::

    python benchmarks/bench_checks.py [--pages 500] [--jobs 0] [--keep DIR]
    python benchmarks/bench_checks.py --site PROJECT/output [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from publish_checks import runner, settings  # noqa: E402

SENTENCES = [
    "El Sistema Nacional Anticorrupción (SNA) coordina a las autoridades de todo el país.",
    "Cada estado tiene un comité que vigila cómo se usa el dinero público.",
    "Las personas pueden presentar una denuncia en línea o en persona.",
    "El comité revisa las compras del gobierno y publica lo que encuentra.",
    "Los datos abiertos permiten que cualquiera revise los contratos.",
    "La Secretaría Ejecutiva prepara estudios y propone mejoras a las autoridades.",
    "En la escuela, las niñas y los niños aprenden por qué la honestidad importa.",
    "Si ves algo raro en un trámite, puedes reportarlo sin dar tu nombre.",
    "Los informes anuales muestran cuántas denuncias se recibieron y qué pasó con ellas.",
    "La transparencia ayuda a que las decisiones públicas sean más justas.",
    "Las autoridades de fiscalización revisan que los programas cumplan sus metas.",
    "Hoy más estados publican sus datos en formatos que se pueden descargar.",
]
NAV = [
    "sistema-anticorrupcion",
    "estados",
    "infografias",
    "escuela-de-heroes",
    "noticias",
    "glosario",
]


def paragraph(rng: random.Random) -> str:
    return " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 5)))


def page(number: int, total: int, rng: random.Random) -> str:
    nav = "".join(
        f'<li class="vt-nav__item"><a class="vt-nav__link" href="../{slug}/">'
        f"{slug.replace('-', ' ').title()}</a></li>"
        for slug in NAV
    )
    body = "".join(f"<p>{paragraph(rng)}</p>\n" for _ in range(rng.randint(5, 8)))
    items = "".join(f"<li>{rng.choice(SENTENCES)}</li>" for _ in range(4))
    rows = "".join(
        f'<tr><th scope="row">{year}</th><td>{rng.randint(10, 900)}</td></tr>'
        for year in range(2019, 2025)
    )
    other = (number + 1) % total
    return f"""<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Página {number}: Ventana Anticorrupción</title>
<meta name="ventana:source" content="content/pages/p{number}.md">
<meta name="ventana:audience" content="publico">
<link rel="stylesheet" href="../theme/css/main.css">
</head>
<body>
<a class="vt-skip-link" href="#contenido">Saltar al contenido principal</a>
<header class="vt-header"><a class="vt-header__brand" href="../">Ventana Anticorrupción</a>
<nav class="vt-nav" aria-label="Menú principal"><ul class="vt-nav__list">{nav}</ul></nav>
</header>
<nav class="vt-breadcrumbs" aria-label="Ruta"><ol><li><a href="../">Inicio</a></li>
<li aria-current="page">Página {number}</li></ol></nav>
<main id="contenido" class="vt-main" tabindex="-1">
<article class="vt-prose">
<h1>Página {number}</h1>
<p class="vt-lead">{paragraph(rng)}</p>
{body}<h2 id="datos">Datos</h2>
<figure><svg role="img" aria-labelledby="g{number}" viewBox="0 0 10 10"><title id="g{number}">
Denuncias por año</title><rect width="10" height="5"/></svg>
<table class="vt-table"><caption>Denuncias por año</caption><thead><tr>
<th scope="col">Año</th><th scope="col">Denuncias</th></tr></thead><tbody>{rows}</tbody>
</table></figure>
<h2>Para saber más</h2>
<ul>{items}</ul>
<p><img src="../theme/img/mapa.png" alt="Mapa de México con el avance de cada estado"></p>
<p><a href="../p{other}/">Lee también la página {other}</a> y el
<a href="../glosario/#sna">glosario</a>.</p>
</article>
</main>
<footer class="vt-footer"><nav aria-label="Enlaces del pie de página"><ul>
<li><a href="../glosario/">Glosario</a></li></ul></nav>
<p>Puedes copiar y compartir estos textos citando la fuente.</p></footer>
</body>
</html>
"""


def generate(folder: Path, total: int) -> None:
    rng = random.Random(total)
    for number in range(total):
        target = folder / f"p{number}" / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page(number, total, rng), encoding="utf-8")
    glossary = folder / "glosario" / "index.html"
    glossary.parent.mkdir(parents=True, exist_ok=True)
    glossary.write_text(
        page(0, total, rng).replace('<h2 id="datos">', '<h2 id="sna">'), encoding="utf-8"
    )
    (folder / "index.html").write_text(page(0, total, rng), encoding="utf-8")
    for slug in NAV[:-1]:
        target = folder / slug / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            page(0, total, rng).replace("<title>Página 0", f"<title>{slug}"), encoding="utf-8"
        )
    (folder / "theme" / "img").mkdir(parents=True, exist_ok=True)
    (folder / "theme" / "img" / "mapa.png").write_bytes(b"png")
    css = folder / "theme" / "css"
    css.mkdir(parents=True, exist_ok=True)
    (css / "main.css").write_text(
        (ROOT / "themes/ventana/static/css/main.css").read_text(encoding="utf-8")
        if (ROOT / "themes/ventana/static/css/main.css").exists()
        else ""
    )


def timed(folder: Path, work: Path, jobs: int, cache: bool) -> tuple[float, float, runner.Report]:
    """Wall-clock seconds, CPU seconds of this process, and the report.

    CPU time is shown too because on a shared machine wall time also measures the
    neighbours; on one core, CPU seconds are what the checker itself costs.
    """
    config = settings.from_options(
        {"jobs": jobs, "cache": cache, "cache_path": str(work / "cache")}, ROOT
    )
    started, cpu = time.perf_counter(), time.process_time()
    report = runner.run(folder, config)
    return time.perf_counter() - started, time.process_time() - cpu, report


def line(label: str, pages: int, seconds: float, cpu: float | None = None) -> None:
    text = f"{label:<34} {pages:>6} páginas {seconds:7.2f} s {pages / seconds:7.0f} páginas/s"
    if cpu:
        text += f"   (CPU {cpu:6.2f} s: {pages / cpu:5.0f} páginas/s)"
    print(text)


def built_site(output: Path, runs: int) -> None:
    """Cold pages per CPU second on one core over a built site, as bench_scale.py counts."""
    project = output.resolve().parent
    options = {"jobs": 1, "cache": False, "exclude": ["admin/*"]}
    config = settings.from_options(options, project)
    rates = []
    for _ in range(runs):
        cpu = time.process_time()
        report = runner.run(output, config)
        rates.append(len(report.pages) / (time.process_time() - cpu))
    print(
        f"1 núcleo, sin caché, {len(report.pages)} páginas: mediana {statistics.median(rates):.0f}"
        f" páginas/s de CPU ({min(rates):.0f}–{max(rates):.0f}, {runs} corridas)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=0, help="0: all cores")
    parser.add_argument("--keep", help="generate into this folder and keep it")
    parser.add_argument("--site", type=Path, help="check this built site instead")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.site:
        built_site(args.site, args.runs)
        return
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(args.keep or temporary)
        small, large = work / "n", work / "n10"
        generate(small, args.pages)
        generate(large, args.pages * 10)
        extra = 1 + len(NAV)
        seconds, cpu, report = timed(small, work, 1, cache=False)
        line("1 núcleo, N páginas", args.pages + extra, seconds, cpu)
        print(f"{'':<34} ({report.summary()})")
        seconds, cpu, _ = timed(large, work, 1, cache=False)
        line("1 núcleo, 10·N páginas", args.pages * 10 + extra, seconds, cpu)
        seconds, _, _ = timed(large, work, args.jobs, cache=False)
        workers = args.jobs or os.cpu_count()
        line(f"{workers} procesos, 10·N páginas", args.pages * 10 + extra, seconds)
        timed(large, work, args.jobs, cache=True)
        seconds, cpu, report = timed(large, work, args.jobs, cache=True)
        line(f"caché ({report.cached} sin cambios), 10·N", args.pages * 10 + extra, seconds, cpu)


if __name__ == "__main__":
    main()
