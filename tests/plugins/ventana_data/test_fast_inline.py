"""The fast inline extension gives the HTML Markdown gives without it, on every text we have."""

from __future__ import annotations

import copy

import pytest
from markdown import Markdown
from pelican.settings import read_settings
from ventana_data.fast_inline import SearchFirstInline

from tests.sitebuild import ROOT

NAME = "ventana_data.fast_inline"
TRICKY = [
    "Dijo \"hola\" y 'adiós' -- luego --- nada... ¿ves?",
    "Los '90s, rock 'n' roll y el \"*énfasis*\" de `código \\` raro`.",
    "\\*no es énfasis\\* pero **esto** sí, y _esto_ y __esto__.",
    '[enlace](https://example.org "título") ![img](a.png) [ref][1] <https://x.mx>\n\n'
    "[1]: https://example.org",
    'Nota al pie[^a] y <abbr>SNA</abbr> &amp; &nbsp;"citas"\n\n[^a]: La nota.',
    "Línea con dos espacios  \nsiguiente «comillas» y <a@b.mx>.",
]


def _settings() -> dict:
    settings = read_settings(str(ROOT / "pelicanconf.py"))
    return copy.deepcopy(settings["MARKDOWN"])


def _markdowns() -> tuple[Markdown, Markdown]:
    fast = _settings()
    assert NAME in fast["extension_configs"], "the site no longer uses the extension"
    plain = _settings()
    del plain["extension_configs"][NAME]
    fast["extensions"] = [*fast["extension_configs"]]
    plain["extensions"] = [*plain["extension_configs"]]
    return Markdown(**plain), Markdown(**fast)


def _texts() -> list[str]:
    files = sorted((ROOT / "content").rglob("*.md")) + sorted((ROOT / "tests").rglob("*.md"))
    return [f.read_text(encoding="utf-8") for f in files] + TRICKY


def test_same_html_as_markdown_alone():
    plain, fast = _markdowns()
    texts = _texts()
    assert len(texts) > 20
    for text in texts:
        expected = plain.reset().convert(text)
        assert fast.reset().convert(text) == expected, text[:200]
    inline = [p for p in fast.treeprocessors if isinstance(p, SearchFirstInline)]
    assert len(inline) == 2  # Markdown's own and smarty's: both replaced


@pytest.mark.parametrize("extra", [["markdown.extensions.nl2br"], []])
def test_same_html_with_other_extensions(extra):
    plain, fast = (
        Markdown(extensions=["markdown.extensions.extra", *extra, *more]) for more in ([], [NAME])
    )
    for text in TRICKY:
        assert fast.reset().convert(text) == plain.reset().convert(text)
