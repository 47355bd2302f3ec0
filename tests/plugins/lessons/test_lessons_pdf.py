"""Lesson PDFs, opened as a teacher's computer opens them (pypdf) and as WeasyPrint laid
them out: pages, text, language, tagged structure, no box split across pages, page
numbers in the guide's contents, byte-identical rebuilds, and a cache that redraws only
what changed. Built from the two-lesson fixture project, so it runs in seconds.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import pypdf
import pytest
from lessons.catalog import Catalog
from lessons.pdf import plan_pdfs, render, render_guide, stylesheet_text
from lessons.settings import read_config
from lessons_support import build_project, make_project
from ventana_data import file_size

from tests.sitebuild import run_pelican

BASE = "escuela-de-heroes"
SLUGS = ("la-verdad", "lo-de-todos")
# Boxes a teacher needs whole on one page.
UNSPLIT = ("vt-activity", "vt-read-aloud", "vt-table", "vt-handout", "vt-cutout__card")
MM = 96 / 25.4  # CSS px per millimetre
A4_WIDTH, LETTER_WIDTH = 210 * MM, 215.9 * MM
# Page sizes in PDF points, as a PDF reader reports them.
MEDIA = {"carta": (612, 792), "a4": (595, 842)}
SUFFIX = {"carta": "", "a4": "-a4"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("pdf") / "project")
    site = build_project(project)
    assert site.result.returncode == 0, site.result.stderr[-3000:]
    return site


def pdf_files(site) -> dict[str, Path]:
    return {p.relative_to(site.output).as_posix(): p for p in site.output.rglob("*.pdf")}


def cache_dir(project: Path) -> Path:
    return project / ".cache" / "ventana" / "lessons-pdf"


def test_each_lesson_has_a_pdf_and_a_worksheets_pdf_and_the_guide_has_one_in_both_sizes(built):
    expected = set()
    for end in SUFFIX.values():
        expected |= {f"{BASE}/{s}/{s}{end}.pdf" for s in SLUGS}
        expected |= {f"{BASE}/{s}/{s}-hojas{end}.pdf" for s in SLUGS}
        expected.add(f"{BASE}/guia-completa/escuela-de-heroes{end}.pdf")
    assert set(pdf_files(built)) == expected


def test_a4_files_have_a4_pages_and_about_as_many_pages_as_letter(built):
    for rel, path in pdf_files(built).items():
        paper = "a4" if rel.endswith("-a4.pdf") else "carta"
        reader = pypdf.PdfReader(path)
        for page in reader.pages:
            size = (float(page.mediabox.width), float(page.mediabox.height))
            assert size == pytest.approx(MEDIA[paper], abs=1), rel
        if paper == "a4":
            letter = pypdf.PdfReader(built.output / rel.replace("-a4.pdf", ".pdf"))
            # A4 is 17.6 mm taller and 5.9 mm narrower: about as many pages as letter.
            assert abs(len(reader.pages) - len(letter.pages)) <= 1, rel


def plan_for(tmp_path: Path, lessons_setting: dict) -> list[tuple[str, str]]:
    settings = {"DATA_PATH": str(tmp_path / "data"), "PATH": str(tmp_path / "content")}
    config = read_config({**settings, "LESSONS": lessons_setting})
    lesson = SimpleNamespace(slug="la-verdad", url=f"{BASE}/la-verdad/")
    return [(job.save_as, job.paper) for job in plan_pdfs(Catalog(config, [lesson], [], ""))]


def test_a4_is_on_by_default_and_a_setting_turns_it_off(tmp_path):
    both = plan_for(tmp_path, {})
    assert {paper for _, paper in both} == {"carta", "a4"} and len(both) == 6
    assert f"{BASE}/la-verdad/la-verdad-hojas-a4.pdf" in dict(both)
    letter = plan_for(tmp_path, {"paper": ["carta"]})
    assert [paper for _, paper in letter] == ["carta"] * 3
    assert not any(url.endswith("-a4.pdf") for url, _ in letter)


def test_pdfs_have_text_language_title_and_tags(built):
    for rel, path in pdf_files(built).items():
        reader = pypdf.PdfReader(path)
        root = reader.trailer["/Root"]
        assert root["/Lang"] == "es-MX", rel
        assert root["/MarkInfo"]["/Marked"], rel  # tagged PDF
        assert "/StructTreeRoot" in root, rel
        assert "pdfuaid:part" in reader.xmp_metadata.rdf_root.toxml() or b"pdfuaid" in (
            root["/Metadata"].get_data()
        ), rel
        assert "Escuela de Héroes" in reader.metadata.title, rel
        assert "/CreationDate" not in reader.metadata, rel  # no date: reproducible
        text = " ".join(page.extract_text() for page in reader.pages)
        assert "página 1 de" in text, rel
        assert len(text) > 200, rel


def test_lesson_page_links_its_pdfs_with_format_size_and_pages(built):
    for slug in SLUGS:
        tree = built.tree(f"{BASE}/{slug}/index.html")
        links = tree.xpath('//a[contains(@class, "vt-pdf-links__link")]')
        names = [link.get("href").rsplit("/", 1)[-1] for link in links]
        assert names == [
            f"{slug}.pdf",
            f"{slug}-a4.pdf",
            f"{slug}-hojas.pdf",
            f"{slug}-hojas-a4.pdf",
        ]
        for link, name in zip(links, names, strict=True):
            path = built.output / BASE / slug / name
            label = link.text_content()
            paper = "A4" if name.endswith("-a4.pdf") else "carta"
            size = file_size(path.stat().st_size)
            pages = len(pypdf.PdfReader(path).pages)
            assert f"(PDF {paper}, {size}, {pages} página" in label, label
        assert "Solo hojas para el alumno" in links[2].text_content()


def test_worksheets_pdf_holds_only_the_student_sheets_with_cards_to_cut(built):
    reader = pypdf.PdfReader(built.output / BASE / "la-verdad" / "la-verdad-hojas.pdf")
    text = " ".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) == 2  # the exit sheet, then one sheet of cards
    assert "Hoja de salida" in text and "Tarjetas para recortar" in text
    assert "Corta por las líneas punteadas" in text
    assert "Encuentras un lápiz en el patio." in text
    assert "Actividades" not in text and "Materiales" not in text


def guide_reader(site) -> pypdf.PdfReader:
    return pypdf.PdfReader(site.output / BASE / "guia-completa" / "escuela-de-heroes.pdf")


def page_texts(reader: pypdf.PdfReader) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def test_guide_contents_page_numbers_point_to_each_lesson(built):
    reader = guide_reader(built)
    contents = reader.pages[0].extract_text()
    found = re.findall(r"^(\S.*?) \(.*?\) ?\.{3,}\s*(\d+)\s*$", contents, re.M)
    assert len(found) == len(SLUGS), contents
    texts = page_texts(reader)
    for number, (title, page) in enumerate(found, start=1):
        kicker = f"LECCIÓN {number} DE {len(SLUGS)} {title}"
        assert kicker in texts[int(page) - 1], (title, page)
        assert f"LECCIÓN {number} DE" not in texts[int(page) - 2], (title, page)


FOOTER = re.compile(r"página (\d+) de (\d+)")


def test_guide_is_its_lessons_pdfs_page_for_page_numbered_through_the_whole_guide(built):
    texts = page_texts(guide_reader(built))
    for number, text in enumerate(texts, start=1):
        assert FOOTER.findall(text) == [(str(number), str(len(texts)))], text[-80:]
    lessons = [pypdf.PdfReader(built.output / BASE / s / f"{s}.pdf") for s in SLUGS]
    own = [text for reader in lessons for text in page_texts(reader)]
    assert len(texts) == 1 + len(own)  # the cover and contents fit on one page
    for in_guide, alone in zip(texts[1:], own, strict=True):
        assert FOOTER.sub("", in_guide) == FOOTER.sub("", alone)


def test_guide_links_its_contents_to_each_lesson_and_outlines_every_lesson(built):
    """As published (the fixture's empty SITEURL makes every link external): the guide
    laid out again from the HTML its build drew it from, with the same lessons."""
    styles = stylesheet_text(built.project / "themes" / "ventana" / "static" / "css")
    sources = {s.stem: s for s in cache_dir(built.project).glob("*.html")}
    metas = {k: json.loads(s.with_suffix(".json").read_text()) for k, s in sources.items()}
    guide = next(k for k, m in metas.items() if m["parts"] and m["paper"] == "carta")
    url = "https://example.org"
    lessons = [
        render(sources[k].read_text("utf-8"), styles, "carta", url) for k in metas[guide]["parts"]
    ]
    document = render_guide(sources[guide].read_text("utf-8"), styles, "carta", url, lessons)
    reader = pypdf.PdfReader(io.BytesIO(document.write_pdf(pdf_variant="pdf/ua-1")))
    firsts = [1, 1 + len(lessons[0].pages)]  # 0-based: after the cover and contents
    targets = {}
    for annotation in reader.pages[0]["/Annots"]:
        name = annotation.get_object()["/Dest"]
        targets[name] = reader.get_destination_page_number(reader.named_destinations[name])
    assert targets == {slug: first for slug, first in zip(SLUGS, firsts, strict=True)}
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    assert top == ["Escuela de Héroes: guía completa", "La verdad", "Lo de todos"]
    assert "/StructTreeRoot" in reader.trailer["/Root"]


def boxes(document):
    """(page number, element classes, box) for every box WeasyPrint laid out."""
    for number, page in enumerate(document.pages, start=1):
        for box in page._page_box.descendants():
            element = getattr(box, "element", None)
            if element is not None:
                yield number, (element.get("class") or "").split(), element, box


def test_no_box_splits_across_pages_and_letter_pages_print_whole_on_a4(built):
    """From the layout WeasyPrint reports: each activity, story, table, sheet and card
    lies on one page, and nothing comes nearer than 8 mm to an A4 sheet's side edge when
    a letter page is printed on A4 at actual size."""
    styles = stylesheet_text(built.project / "themes" / "ventana" / "static" / "css")
    sources = sorted(cache_dir(built.project).glob("*.html"))
    assert len(sources) == 10
    letter = [
        s for s in sources if json.loads(s.with_suffix(".json").read_text())["paper"] == "carta"
    ]
    assert len(letter) == 5
    for source in letter:
        document = render(source.read_text("utf-8"), styles, "carta", "https://example.org")
        pages_of: dict[int, set[int]] = {}
        side = (LETTER_WIDTH - A4_WIDTH) / 2 + 8 * MM
        for number, classes, element, box in boxes(document):
            if any(c in UNSPLIT for c in classes):
                pages_of.setdefault(id(element), set()).add(number)
            if box.width and box.element_tag not in ("html", "body"):
                assert box.position_x >= side - 0.5, (source.name, classes)
                assert box.position_x + box.width <= LETTER_WIDTH - side + 0.5, classes
        split = [p for p in pages_of.values() if len(p) > 1]
        assert not split, f"{source.name}: {len(split)} boxes split across pages"


def test_two_clean_builds_give_byte_identical_pdfs(built, tmp_path):
    again = build_project(make_project(tmp_path / "again"))
    assert again.result.returncode == 0, again.result.stderr[-2000:]
    first, second = pdf_files(built), pdf_files(again)
    assert first.keys() == second.keys()
    for rel in first:
        assert first[rel].read_bytes() == second[rel].read_bytes(), rel


def test_a_rebuild_redraws_only_the_pdfs_whose_lesson_changed(tmp_path):
    project = make_project(tmp_path / "project")
    assert build_project(project).result.returncode == 0
    before = {p.name for p in cache_dir(project).glob("*.pdf")}
    lesson = project / "content" / "lessons" / "02-lo-de-todos.md"
    text = lesson.read_text("utf-8")
    lesson.write_text(text.replace("actividad_en_familia: ", "actividad_en_familia: Hoy, ", 1))
    shutil.rmtree(project / "output")
    assert build_project(project).result.returncode == 0
    drawn = {p.name for p in cache_dir(project).glob("*.pdf")} - before
    # The changed lesson's PDF and the guide, in both sizes; its worksheets did not change.
    assert len(drawn) == 4


def pdf_log(project: Path) -> str:
    """The build's line about its PDFs: how many were drawn, reused, reused unrendered."""
    result = run_pelican(project, project / "output", verbose=True)
    assert result.returncode == 0, result.stderr[-2000:]
    text = " ".join((result.stdout + result.stderr).split())
    return re.search(r"lessons: \d+ PDF \(.*? páginas\)", text)[0]


def test_a_rebuild_with_nothing_changed_reuses_every_pdf_without_rendering_its_html(tmp_path):
    project = make_project(tmp_path / "project")
    assert "10 PDF (10 dibujados, 0 de la caché" in pdf_log(project)
    assert "10 PDF (0 dibujados, 10 de la caché, 10 de ellos sin armar" in pdf_log(project)
    # A template the PDFs use changed: their HTML is rendered again, none needs redrawing.
    macros = project / "themes" / "ventana" / "templates" / "components" / "lessons.html"
    macros.write_text(macros.read_text("utf-8") + "\n{#- edited -#}\n", "utf-8")
    assert "10 PDF (0 dibujados, 10 de la caché, 0 de ellos sin armar" in pdf_log(project)
    lesson = project / "content" / "lessons" / "02-lo-de-todos.md"
    text = lesson.read_text("utf-8")
    lesson.write_text(text.replace("actividad_en_familia: ", "actividad_en_familia: Hoy, ", 1))
    assert "10 PDF (4 dibujados, 6 de la caché, 0 de ellos sin armar" in pdf_log(project)
