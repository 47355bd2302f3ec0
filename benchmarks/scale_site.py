"""A synthetic Spanish news site of N articles, for bench_scale.py.

Each article has 500–800 words in short paragraphs, headings, a list, an image and
links to other articles, in the project's front-matter format. The same files go
into a copy of Ventana and into a plain Pelican project (default theme, no plugins).
"""

from __future__ import annotations

import random
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IMAGE = "ventana-secciones.png"
SENTENCES = [
    "El Sistema Nacional Anticorrupción coordina a las autoridades de todo el país.",
    "Cada estado tiene un comité que vigila cómo se usa el dinero público.",
    "Las personas pueden presentar una denuncia en línea o en persona.",
    "El comité revisa las compras del gobierno y publica lo que encuentra.",
    "Los datos abiertos permiten que cualquiera revise los contratos.",
    "La Secretaría Ejecutiva prepara estudios y propone mejoras.",
    "En la escuela, las niñas y los niños aprenden por qué la honestidad importa.",
    "Si ves algo raro en un trámite, puedes reportarlo sin dar tu nombre.",
    "Los informes anuales muestran cuántas denuncias se recibieron.",
    "La transparencia ayuda a que las decisiones públicas sean más justas.",
    "Las autoridades revisan que los programas cumplan sus metas.",
    "Hoy más estados publican sus datos en archivos que se pueden descargar.",
    "El municipio publicó la lista de obras que hará este año.",
    "Una vecina preguntó cuánto costó arreglar la calle y recibió respuesta.",
    "Los contratos grandes deben pasar por un concurso abierto.",
    "La contraloría revisó las cuentas y encontró pagos sin factura.",
]
HEADINGS = ["Qué pasó", "Por qué importa", "Qué sigue", "Cómo participar", "Los datos"]
START = date(2020, 1, 1)
PLAIN_CONF = """\
PATH = "content"
OUTPUT_PATH = "output"
SITENAME = "Sitio de prueba"
TIMEZONE = "America/Mexico_City"
DEFAULT_LANG = "es"
ARTICLE_PATHS = ["news"]
STATIC_PATHS = ["images"]
PLUGINS = []
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
DEFAULT_PAGINATION = 10
CACHE_PATH = ".cache/pelican"
"""


def paragraph(rng: random.Random) -> str:
    return " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 5)))


def slug(number: int) -> str:
    return f"noticia-{number:05d}"


def article(number: int, total: int, rng: random.Random, extra: str = "") -> str:
    """One article of 500–800 words; ``extra`` is a sentence an edit adds."""
    words = rng.randint(500, 800)
    parts: list[str] = []
    count = 0
    heading = 0
    while count < words:
        if count and len(parts) % 4 == 0 and heading < len(HEADINGS):
            parts.append(f"## {HEADINGS[heading]}")
            heading += 1
        text = paragraph(rng)
        parts.append(text)
        count += len(text.split())
    items = "\n".join(f"- {rng.choice(SENTENCES)}" for _ in range(4))
    others = [(number + k) % total for k in (1, 7, 31)]
    links = " ".join(
        f"Lee también [la noticia {o}]({{filename}}/news/{slug(o)}.md)." for o in others
    )
    day = START + timedelta(days=number % 2000, minutes=number)
    body = "\n\n".join([*parts[:3], items, *parts[3:]])
    image = f"![Las cuatro secciones del sitio en una imagen]({{static}}/images/{IMAGE})"
    return (
        f"---\ntitle: Noticia {number} sobre el combate a la corrupción\n"
        f"summary: Un resumen breve de la noticia {number}.\n"
        f"date: {day.isoformat()}\nslug: {slug(number)}\n---\n\n"
        f"{body}\n\n{image}\n\n{links}\n\n{extra}\n"
    )


def write_articles(folder: Path, total: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(total):
        rng = random.Random(number)
        (folder / f"{slug(number)}.md").write_text(article(number, total, rng), encoding="utf-8")


def edit_article(folder: Path, number: int, total: int, sentence: str) -> Path:
    """Rewrite one article with one sentence more; returns its path."""
    path = folder / f"{slug(number)}.md"
    path.write_text(article(number, total, random.Random(number), sentence), encoding="utf-8")
    return path


def plain_project(dest: Path, articles: Path) -> Path:
    """A plain Pelican project on the same articles."""
    (dest / "content" / "images").mkdir(parents=True, exist_ok=True)
    shutil.copytree(articles, dest / "content" / "news")
    shutil.copy2(ROOT / "content" / "images" / IMAGE, dest / "content" / "images" / IMAGE)
    (dest / "pelicanconf.py").write_text(PLAIN_CONF, encoding="utf-8")
    return dest


def work_folders(
    totals: Iterable[int], keep: str | None, prefix: str
) -> Iterator[tuple[int, Path]]:
    """One folder per site size: under ``keep`` (kept), or temporary (removed after)."""
    for total in totals:
        with tempfile.TemporaryDirectory(prefix=prefix) as temporary:
            work = Path(keep or temporary) / str(total)
            work.mkdir(parents=True, exist_ok=True)
            yield total, work
