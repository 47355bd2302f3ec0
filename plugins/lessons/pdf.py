"""Printable PDFs of the guide: each lesson, its worksheets alone, and the whole guide.

WeasyPrint lays out HTML rendered from the same component macros as the web pages,
styled by the print stylesheets plus ``lessons-pdf.css`` (paper size, running headers,
"página X de Y", page numbers in the table of contents). A PDF is drawn only when its
inputs change: its key hashes the HTML, the stylesheets, the font, the paper and
WeasyPrint's version, and the file waits under ``VENTANA_CACHE_PATH/lessons-pdf/``.
When no file or setting the HTML may read changed since the last build (the inputs
key, ``inputs.json``), each PDF's last key is reused without rendering its HTML.
Two builds give byte-identical files: no dates are written, the PDF identifier
comes from the same hash, and the font subsets carry a fixed date (fontTools stamps
each subset's ``head`` table with ``SOURCE_DATE_EPOCH``, else the clock).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

from incremental.memo import addresses_key, site_key, tree_digest
from ventana_data import cache_folder, file_size, outputs
from ventana_data.fonts import font_files, font_id

from . import messages
from .catalog import Catalog
from .guide_pdf import assemble

log = logging.getLogger(__name__)

CACHE_FOLDER = "lessons-pdf"
# Which key each PDF had, and the hash of everything its HTML may read, at the last build.
INPUTS_MEMO = "inputs.json"
STYLESHEETS = ("main.css", "print.css", "lessons.css", "lessons-print.css", "lessons-pdf.css")
# The date written into the font subsets when SOURCE_DATE_EPOCH is unset: 1980-01-01.
FONT_DATE_EPOCH = "315532800"
# Both sizes are used in Mexican schools, so each PDF comes in letter and A4 unless "paper"
# in LESSONS says otherwise; the margins of lessons-pdf.css (18 mm, 16 mm at the sides)
# still let a letter page print whole on A4 at actual size and the other way round.
PAGE_SIZES = {"carta": "letter", "a4": "A4"}
KIND_LABELS = {
    "lesson": messages.PDF_KIND_LESSON,
    "sheets": messages.PDF_KIND_SHEETS,
    "guide": messages.PDF_KIND_GUIDE,
}
# The code that shapes a PDF: a change to it changes every key.
_CODE_VERSION = hashlib.sha256(
    b"".join((Path(__file__).parent / name).read_bytes() for name in ("pdf.py", "guide_pdf.py"))
).hexdigest()[:16]


@dataclass(frozen=True)
class PdfFile:
    """One PDF as a page links to it: «Lección completa (PDF carta, 240 kB, 8 páginas)»."""

    url: str
    kind: str
    paper: str
    size: int
    pages: int

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def size_text(self) -> str:
        paper = messages.PAPER_LABELS[self.paper]
        return f"PDF {paper}, {file_size(self.size)}, {self.pages} " + (
            "página" if self.pages == 1 else "páginas"
        )


@dataclass
class PdfJob:
    """One PDF to make: which template draws it, for which paper, and where it goes."""

    owner: str  # a lesson's slug, or "guia" for the whole guide
    kind: str
    paper: str
    save_as: str
    template: str
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class PdfStats:
    drawn: int = 0
    reused: int = 0
    unchanged: int = 0  # reused without even rendering their HTML
    pages: int = 0
    seconds: float = 0.0


def plan_pdfs(catalog: Catalog) -> list[PdfJob]:
    """Every PDF of the guide, in a stable order: lessons first, then the guide."""
    jobs = []
    base = catalog.config.url
    for paper in catalog.config.papers:
        suffix = "" if paper == catalog.config.papers[0] else f"-{paper}"
        for lesson in catalog.lessons:
            for kind, name in (("lesson", lesson.slug), ("sheets", f"{lesson.slug}-hojas")):
                jobs.append(
                    PdfJob(
                        lesson.slug,
                        kind,
                        paper,
                        f"{lesson.url}{name}{suffix}.pdf",
                        "lesson_pdf",
                        {"lesson": lesson, "pdf_kind": kind},
                    )
                )
        jobs.append(
            PdfJob(
                "guia",
                "guide",
                paper,
                f"{base}guia-completa/escuela-de-heroes{suffix}.pdf",
                "lessons_guide_pdf",
                {"pdf_kind": "guide"},
            )
        )
    return jobs


class PdfBuilder:
    """Renders each job's HTML, then draws (or reuses) its PDF and copies it to the output."""

    def __init__(self, generator: Any, site_url: str) -> None:
        self.generator = generator
        self.site_url = site_url.rstrip("/")
        self.output = Path(generator.output_path)
        self.theme_css = Path(generator.theme) / "static" / "css"
        self.cache = cache_folder(generator.settings, CACHE_FOLDER)
        self.cache.mkdir(parents=True, exist_ok=True)
        self.stats = PdfStats()
        # The lessons of the paper at hand, (slug, key, pages), and those laid out in this
        # build: the guide that follows them is made of their pages.
        self.parts: list[tuple[str, str, int]] = []
        self.laid_out: dict[str, Any] = {}

    def build(self, catalog: Catalog, common: dict[str, Any]) -> dict[str, list[PdfFile]]:
        """PDF links by owner (lesson slug or "guia"), in the order of the plan."""
        start = time.perf_counter()
        # Only the version is needed to know a PDF is cached; WeasyPrint loads to draw one.
        engine = version("weasyprint")
        styles = stylesheet_text(self.theme_css)
        files: dict[str, list[PdfFile]] = {}
        inputs = self._inputs_key(styles, engine)
        known, keys = self._known(inputs), {}
        for job in plan_pdfs(catalog):
            key = known.get(job.save_as)
            found = self._cached(key) if key else None
            if found:
                self.stats.unchanged += 1
            else:  # something it reads changed: its HTML decides whether to draw it again
                key, found = self._make(job, common, styles, engine)
            keys[job.save_as] = key
            cached, pages = found
            if job.kind == "lesson":
                self.parts.append((job.owner, key, pages))
            elif job.kind == "guide":  # the next paper's lessons follow
                self.parts, self.laid_out = [], {}
            outputs.copy_if_changed(cached, self.output / job.save_as)
            self.stats.pages += pages
            files.setdefault(job.owner, []).append(
                PdfFile(job.save_as, job.kind, job.paper, cached.stat().st_size, pages)
            )
        self._remember(inputs, keys)
        self.stats.seconds = time.perf_counter() - start
        s = self.stats
        total = s.drawn + s.reused
        log.info(messages.LOG_PDFS, total, s.drawn, s.reused, s.unchanged, s.pages, s.seconds)
        # A page lists each kind in every paper together: lesson carta, lesson A4, sheets…
        kinds = list(KIND_LABELS)
        return {o: sorted(fs, key=lambda f: kinds.index(f.kind)) for o, fs in files.items()}

    def _make(
        self, job: PdfJob, common: dict[str, Any], styles: str, engine: str
    ) -> tuple[str, tuple[Path, int]]:
        """The job's key and PDF: from the cache if its HTML is the same, else drawn."""
        if job.kind != "guide":
            html = self._html(job, common)
            key = _key(html, styles, job.paper, engine)
            return key, self._cached(key) or self._draw(key, html, styles, job)
        # The guide's front lays out as many pages as its lessons have (see guide_pdf.py).
        pages = {slug: count for slug, _, count in self.parts}
        html = self._html(job, common, guide_pages=pages)
        parts = [part for _, part, _ in self.parts]
        key = _key(html, styles, job.paper, engine, parts)
        return key, self._cached(key) or self._draw(key, html, styles, job, parts)

    def _html(self, job: PdfJob, common: dict[str, Any], **extra: Any) -> str:
        template = self.generator.get_template(job.template)
        context = {**self.generator.context, **common, **job.extra, **extra}
        # Links in a PDF point to the published site, whatever this build's SITEURL is.
        context.update(SITEURL=self.site_url, pdf_paper=job.paper, output_file=job.save_as)
        return template.render(context)

    def _inputs_key(self, styles: str, engine: str) -> str:
        """The hash of every file and setting the PDFs' HTML may read: the site's key
        (content but the articles, data, theme, plugins, settings, package versions,
        today), the address of every page, and the articles themselves."""
        settings = self.generator.settings
        filenames = self.generator.context.get("filenames", {})
        head = [_CODE_VERSION, engine, font_id(), styles, site_key(settings)]
        digest = hashlib.sha256(json.dumps([*head, addresses_key(filenames)]).encode())
        for folder in settings.get("ARTICLE_PATHS", []):
            tree_digest(digest, Path(settings["PATH"]) / folder)
        return digest.hexdigest()

    def _known(self, inputs: str) -> dict[str, str]:
        """Each PDF's key from the last build, when nothing it may read changed since."""
        try:
            memo = json.loads((self.cache / INPUTS_MEMO).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return memo["keys"] if memo.get("inputs") == inputs else {}

    def _remember(self, inputs: str, keys: dict[str, str]) -> None:
        memo = json.dumps({"inputs": inputs, "keys": keys}, sort_keys=True)
        (self.cache / INPUTS_MEMO).write_text(memo, encoding="utf-8")

    def _cached(self, key: str) -> tuple[Path, int] | None:
        pdf, meta = self.cache / f"{key}.pdf", self.cache / f"{key}.json"
        if not (pdf.exists() and meta.exists()):
            return None
        self.stats.reused += 1
        return pdf, json.loads(meta.read_text(encoding="utf-8"))["pages"]

    def _draw(
        self, key: str, html: str, styles: str, job: PdfJob, parts: list[str] | None = None
    ) -> tuple[Path, int]:
        load_weasyprint()
        paper = job.paper
        if parts is None:
            document = render(html, styles, paper, self.site_url)
            if job.kind == "lesson":  # kept for the guide
                self.laid_out[key] = document
        else:
            again = self._again
            lessons = [self.laid_out.get(part) or again(part, styles, paper) for part in parts]
            document = render_guide(html, styles, paper, self.site_url, lessons)
        return self._write(key, html, document, paper, parts or [])

    def _again(self, key: str, styles: str, paper: str) -> Any:
        """A lesson the cache held, laid out again from the HTML its PDF was drawn from."""
        html = (self.cache / f"{key}.html").read_text(encoding="utf-8")
        return render(html, styles, paper, self.site_url)

    def _write(
        self, key: str, html: str, document: Any, paper: str, parts: list[str]
    ) -> tuple[Path, int]:
        pdf = self.cache / f"{key}.pdf"
        tmp = pdf.with_suffix(".tmp")
        # PDF/UA-1: tagged, with the title and language of the HTML; no dates, fixed identifier.
        with _fixed_font_clock():
            document.write_pdf(tmp, pdf_variant="pdf/ua-1", pdf_identifier=key[:32].encode("ascii"))
        tmp.replace(pdf)  # atomic: a parallel build never reads half a file
        pages = len(document.pages)
        # The HTML it was drawn from, to read when a PDF looks wrong (and for the tests).
        (self.cache / f"{key}.html").write_text(html, encoding="utf-8")
        meta = json.dumps({"pages": pages, "paper": paper, "parts": parts})
        (self.cache / f"{key}.json").write_text(meta, encoding="utf-8")
        self.stats.drawn += 1
        return pdf, pages


@contextmanager
def _fixed_font_clock() -> Iterator[None]:
    """Let fontTools date the font subsets from SOURCE_DATE_EPOCH, not from the clock."""
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = before or FONT_DATE_EPOCH
    try:
        yield
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]


def stylesheet_text(css_dir: Path) -> str:
    """The print stylesheets of the theme and the site's font, as one text."""
    css = [(css_dir / name).read_text(encoding="utf-8") for name in STYLESHEETS]
    return "\n".join([*css, _font_css()])


def render(html: str, styles: str, paper: str, site_url: str) -> Any:
    """WeasyPrint's layout of one document: pages and boxes, ready to write as PDF."""
    from weasyprint import HTML

    fonts, sheets = _parsed(styles, paper)
    return HTML(string=html, base_url=f"{site_url.rstrip('/')}/", url_fetcher=_fetcher()).render(
        stylesheets=sheets, font_config=fonts
    )


def render_guide(html: str, styles: str, paper: str, site_url: str, lessons: list[Any]) -> Any:
    """The whole guide: its front (cover and contents) laid out, then the lessons' pages."""
    return assemble(render(html, styles, paper, site_url), lessons)


@lru_cache(maxsize=4)
def _parsed(styles: str, paper: str) -> tuple[Any, list[Any]]:
    """Stylesheets parsed once per build and paper, then shared by every PDF."""
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    base = CSS(string=styles, font_config=fonts, url_fetcher=_fetcher())
    return fonts, [base, CSS(string=f"@page {{ size: {PAGE_SIZES[paper]}; }}")]


def _fetcher() -> Any:
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"file"})  # the font files; no network at build time


def load_weasyprint() -> Any:
    """WeasyPrint, or a Spanish message naming the Debian packages it needs (exit 1)."""
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: Pango is missing
        raise SystemExit(
            messages.PDF_NO_WEASYPRINT.format(
                error=str(exc).splitlines()[0][:160], packages=" ".join(messages.PANGO_PACKAGES)
            )
        ) from None
    # Its notes about CSS it skips (screen-only rules of main.css) are not the editor's concern.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    return weasyprint


def _key(html: str, styles: str, paper: str, engine: str, parts: list[str] | None = None) -> str:
    """The hash of what a PDF shows; the guide's includes the keys of its lessons."""
    head = [_CODE_VERSION, engine, font_id(), paper, styles, html]
    blob = json.dumps([*head, *(parts or [])], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _font_css() -> str:
    """The site's font, embedded in every PDF, so every machine prints the same letters."""
    faces = {"regular": ("normal", 400), "semibold": ("normal", 600), "bold": ("normal", 700)}
    faces["italic"] = ("italic", 400)
    rules = [
        f'@font-face {{ font-family: "Source Sans Pro"; font-style: {style}; '
        f'font-weight: {weight}; src: url("{Path(path).as_uri()}"); }}'
        for face, path in font_files().items()
        for style, weight in [faces[face]]
    ]
    rules.append('body { font-family: "Source Sans Pro", sans-serif; }')
    return "\n".join(rules)
