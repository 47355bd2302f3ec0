"""Incremental rebuilds of a tiny site rewrite exactly what changed and end equal to a clean build.

The fixture (tests/fixtures/incremental/project) has five news items on three index
pages, one with an image. A copy is built once; then each test edits it, rebuilds the
same output folder with its caches and checks three things: the output equals a clean
build of the same files into an empty folder with empty caches, byte for byte; the
files written are exactly the ones whose bytes changed (the others keep their date
and inode); and the pages the edit concerns are among them. The theme is copied
into the site, so that a test may edit a template.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from subprocess import CompletedProcess

import pytest
from PIL import Image

from tests.sitebuild import ROOT, run_pelican

FIXTURE = ROOT / "tests" / "fixtures" / "incremental" / "project"
ENV = {"VENTANA_ROOT": str(ROOT), "PYTHONPATH": str(ROOT / "plugins")}
# Pelican copies the theme's files on every build (its theme copy has no "only when
# newer" check); content static files only when newer (STATIC_CHECK_IF_MODIFIED, as on
# the real site). Their bytes are still compared with the clean build.
COPIED_BY_PELICAN = ("theme/",)
INDEXES = {"noticias/index.html", "noticias/index2.html", "noticias/index3.html"}
NOTHING = "nada cambió desde la última compilación"


def page(slug: str) -> str:
    return f"noticias/{slug}/index.html"


def snapshot(output: Path) -> dict[str, tuple[bytes, int, int]]:
    """Each file of the output: its bytes, modification time and inode."""
    found = {}
    for path in output.rglob("*"):
        if path.is_file():
            info = path.stat()
            found[path.relative_to(output).as_posix()] = (
                path.read_bytes(),
                info.st_mtime_ns,
                info.st_ino,
            )
    return found


class Site:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.project = root / "project"
        shutil.copytree(FIXTURE, self.project, ignore=shutil.ignore_patterns(".cache", "output"))
        shutil.copytree(ROOT / "themes" / "ventana", self.project / "theme")
        images = self.project / "content" / "images"
        images.mkdir(parents=True)
        Image.new("RGB", (240, 160), (30, 90, 140)).save(images / "obra.png")
        self.output = self.project / "output"

    def news(self, slug: str) -> Path:
        return next((self.project / "content" / "news").glob(f"*-{slug}.md"))

    def build(self, output: Path, verbose: bool = False, **settings) -> CompletedProcess[str]:
        settings["THEME"] = str(self.project / "theme")
        result = run_pelican(
            self.project, output, extra_env=ENV, extra_settings=settings, verbose=verbose
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        return result

    def rebuild(self, **settings) -> set[str]:
        """Rebuild in place; the files written (new or rewritten), checked against a clean build."""
        before = snapshot(self.output)
        self.build(self.output, **settings)
        after = snapshot(self.output)
        clean = self.root / "clean"
        shutil.rmtree(clean, ignore_errors=True)
        self.build(
            clean / "output",
            CACHE_PATH=str(clean / "pelican"),
            VENTANA_CACHE_PATH=str(clean / "ventana"),
            **settings,
        )
        expected = {rel: data for rel, (data, _, _) in snapshot(clean / "output").items()}
        got = {rel: data for rel, (data, _, _) in after.items()}
        assert (
            sorted(rel for rel in got.keys() | expected.keys() if got.get(rel) != expected.get(rel))
            == []
        )
        written = {
            rel
            for rel, (_, time, ino) in after.items()
            if before.get(rel, (0, 0, 0))[1:] != (time, ino)
            and not rel.startswith(COPIED_BY_PELICAN)
        }
        changed = {
            rel for rel, (data, _, _) in after.items() if before.get(rel, (None,))[0] != data
        }
        assert written == changed, sorted(written ^ changed)
        return written


@pytest.fixture
def site(tmp_path):
    built = Site(tmp_path)
    built.build(built.output)
    return built


def test_an_unchanged_rebuild_rewrites_nothing(site):
    assert site.rebuild() == set()


def said(result: CompletedProcess[str]) -> list[str]:
    """The plugins' lines of a verbose build, without the time column."""
    lines = [re.sub(r"^\[[^\]]*\]", "", line).strip() for line in result.stdout.splitlines()]
    return [line for line in lines if line.startswith("INFO") and "incremental: " in line]


def test_a_rebuild_with_nothing_changed_builds_nothing_and_says_the_same(site):
    told = site.build(site.output, verbose=True)  # -v logs more: a build of its own
    before = snapshot(site.output)
    again = site.build(site.output, verbose=True)
    assert NOTHING not in told.stdout and NOTHING in again.stdout
    assert said(told) and said(again)[:-1] == said(told) and NOTHING in said(again)[-1]
    assert snapshot(site.output) == before


@pytest.mark.parametrize(
    "setting",
    [
        {"LOAD_CONTENT_CACHE": False},  # pelican --ignore-cache
        {"DELETE_OUTPUT_DIRECTORY": True},  # publishconf.py: from an empty output
    ],
)
def test_a_build_told_to_start_afresh_builds_even_when_nothing_changed(site, setting):
    site.build(site.output, verbose=True, **setting)
    forced = site.build(site.output, verbose=True, **setting)
    assert NOTHING not in forced.stdout and "noticias dibujadas" in forced.stdout


def test_an_editors_lock_file_changes_nothing(site):
    # Emacs marks a file being edited with a link to nowhere; the site ignores it.
    (site.project / "content" / "news" / ".#2026-10-02-obras.md").symlink_to("ed@host.12:17")
    assert site.rebuild(IGNORE_FILES=[".#*"]) == set()


def test_a_page_deleted_from_the_output_comes_back(site):
    (site.output / page("contratos")).unlink()
    assert site.rebuild() == {page("contratos")}


def test_an_edit_after_a_rebuild_with_nothing_changed_is_built(site):
    assert site.rebuild() == set()
    path = site.news("contratos")
    path.write_text(path.read_text(encoding="utf-8") + "\nUna frase nueva.\n", encoding="utf-8")
    assert page("contratos") in site.rebuild()


def test_an_edited_article_rewrites_its_page_and_the_index_page_that_lists_it(site):
    path = site.news("contratos")
    text = path.read_text(encoding="utf-8")
    text = text.replace("summary: Lo que pasó", "summary: Lo que cambió", 1)
    path.write_text(text + "\nLos contratos se revisan cada mes.\n", encoding="utf-8")
    images = {rel for rel in snapshot(site.output) if rel.startswith("images/")}
    assert site.rebuild() == {page("contratos"), "noticias/index2.html"}
    # The page with the image was not redrawn; the copies it recorded stay.
    assert images and images <= set(snapshot(site.output))


def test_a_deleted_article_leaves_its_page_and_the_indexes(site):
    site.news("comites").unlink()
    written = site.rebuild()
    assert not (site.output / page("comites")).exists()
    assert "comites" not in "".join(
        (site.output / rel).read_text() for rel in INDEXES - {"noticias/index3.html"}
    )
    assert not (site.output / "noticias" / "index3.html").exists()  # four items: two pages
    assert {"noticias/index.html", "noticias/index2.html"} <= written
    # The image of a page kept, recorded by responsive_images, survives the clean-up.
    assert any(rel.startswith("images/") for rel in snapshot(site.output))


def test_a_new_title_and_date_reorder_the_indexes(site):
    path = site.news("cuentas")
    text = re.sub(
        r"^title: .*$",
        "title: Qué pasó con las cuentas",
        path.read_text(encoding="utf-8"),
        count=1,
        flags=re.M,
    )
    path.write_text(text.replace("date: 2026-10-01", "date: 2026-10-09"), encoding="utf-8")
    written = site.rebuild()
    assert {page("cuentas")} | INDEXES <= written
    first = (site.output / "noticias" / "index.html").read_text(encoding="utf-8")
    assert "Qué pasó con las cuentas" in first


def test_a_template_edit_redraws_every_page_that_uses_it(site):
    footer = site.project / "theme" / "templates" / "partials" / "footer.html"
    text = footer.read_text(encoding="utf-8")
    note = '<p class="vt-footer__note">'
    footer.write_text(
        text.replace(note, f"{note}Revisamos las cuentas cada semana. ", 1), encoding="utf-8"
    )
    written = site.rebuild()
    pages = {rel for rel in snapshot(site.output) if rel.endswith(".html")}
    assert pages and pages <= written
    assert all("Revisamos las cuentas" in (site.output / rel).read_text() for rel in pages)


@pytest.mark.parametrize("deleted", ["obras", "obras-copia"])
def test_an_image_two_pages_show_survives_when_either_goes(tmp_path, deleted):
    """Each page that shows an image records its copies, the first drawn and the others."""
    site = Site(tmp_path)
    original = site.news("obras")
    text = original.read_text(encoding="utf-8").replace("slug: obras", "slug: obras-copia")
    (original.parent / "2026-10-06-obras-copia.md").write_text(text, encoding="utf-8")
    site.build(site.output)
    copies = {rel for rel in snapshot(site.output) if "/derivados/" in rel}
    assert copies
    site.news(deleted).unlink()
    site.rebuild()
    assert copies <= set(snapshot(site.output))
