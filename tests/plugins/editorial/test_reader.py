"""Pelican's reader and the header check parse a header with the same YAML parser."""

from __future__ import annotations

from editorial.reader import LibyamlMetadataReader
from pelican.settings import read_settings
from ventana_data.frontmatter import read_front_matter
from ventana_data.loader import load_yaml_text

from tests.sitebuild import ROOT

# Valid for libyaml, a syntax error for PyYAML's pure-Python parser.
LIBYAML_ONLY = "---\ntitle: Noticia\ntags: [¿Qué pasó?]\n---\n\nTexto.\n"


def test_a_header_the_check_accepts_is_read_by_pelican(tmp_path):
    page = tmp_path / "noticia.md"
    page.write_text(LIBYAML_ONLY, encoding="utf-8")
    header = read_front_matter(LIBYAML_ONLY, "content/news/noticia.md")
    assert header.errors == []
    assert header.doc.data["tags"] == ["¿Qué pasó?"]

    settings = read_settings(str(ROOT / "pelicanconf.py"))
    _, metadata = LibyamlMetadataReader(settings).read(str(page))
    assert metadata["title"] == "Noticia"
    assert [str(tag) for tag in metadata["tags"]] == ["¿Qué pasó?"]


def test_a_header_mistake_keeps_the_words_of_the_pure_python_parser():
    # libyaml places and words this one differently; the editor reads what they always did.
    header = read_front_matter("---\ntitle: [a, b\n---\n\nTexto.\n", "content/news/x.md")
    fast = load_yaml_text("title: [a, b", "content/news/x.md", 1)
    slow = load_yaml_text("title: [a, b", "content/news/x.md", 1, fast=False)
    assert fast.errors != slow.errors
    assert header.errors and header.errors == slow.errors
