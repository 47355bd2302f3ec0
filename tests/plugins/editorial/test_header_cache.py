"""A header that passed is kept by its bytes; what depends on other files is checked again.

The editorial check keeps every valid page header in a cache keyed by the file's
name and bytes, so a rebuild does not read 5,000 unchanged headers again. The
image named by ``og_image`` and the ``{filename}`` links of the body depend on other
files: deleting them after a build must still stop the next one.
"""

from __future__ import annotations

from pathlib import Path

from editorial.frontmatter import Site, check_markdown_file

from tests.sitebuild import ROOT

NEWS = """\
---
title: Una noticia
summary: Un resumen.
date: 2026-11-02
slug: una-noticia
og_image: images/portada.png
---

Lee también [la otra]({filename}/news/otra.md).
"""


def site(tmp_path: Path) -> Site:
    content = tmp_path / "content"
    (content / "images").mkdir(parents=True)
    (content / "news").mkdir()
    (content / "images" / "portada.png").write_bytes(b"png")
    (content / "news" / "otra.md").write_text(NEWS.replace("una-noticia", "otra"), "utf-8")
    settings = {
        "DATA_PATH": str(ROOT / "data"),
        "PATH": str(content),
        "STATIC_PATHS": ["images"],
        "THEME": str(ROOT / "themes" / "ventana"),
    }
    return Site.from_settings(settings, "schema/page.schema.json", tmp_path / "cache")


def messages(path: Path, where: Site) -> list[str]:
    return [e.message for e in check_markdown_file(path, where, article=True)]


def test_a_valid_header_is_kept_and_its_image_and_links_checked_again(tmp_path):
    where = site(tmp_path)
    news = where.content / "news" / "una.md"
    news.write_text(NEWS, encoding="utf-8")
    assert messages(news, where) == []
    assert len(list((tmp_path / "cache" / "valid").glob("*.json"))) == 1
    (where.content / "images" / "portada.png").unlink()
    (where.content / "news" / "otra.md").unlink()
    found = messages(news, where)
    assert "la imagen para redes sociales no es un archivo del sitio." in found
    assert any("otra.md" in m for m in found), found


def test_an_edited_header_is_checked_again(tmp_path):
    where = site(tmp_path)
    news = where.content / "news" / "una.md"
    news.write_text(NEWS, encoding="utf-8")
    assert messages(news, where) == []
    news.write_text(NEWS.replace("date: 2026-11-02\n", ""), encoding="utf-8")
    assert messages(news, where), "a news item without a date must be refused"
