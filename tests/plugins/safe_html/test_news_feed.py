"""The news Atom feed carries text and clean HTML only, whatever a news item holds.

A tiny site (tests/fixtures/feeds/hostile_news: the real theme, the plugins that read
news, the feed as publishconf.py writes it) with news whose titles, summaries and
bodies carry <script>, on* attributes, SVG, iframes, entities and quotes. The feed is
parsed as XML; every ``type="html"`` element is decoded and parsed as HTML, as a feed
reader does, and nothing in it may run.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import pytest
from lxml import html as lxml_html

from tests.sitebuild import ROOT, run_pelican

FIXTURE = ROOT / "tests" / "fixtures" / "feeds" / "hostile_news"
ENV = {"VENTANA_ROOT": str(ROOT), "PYTHONPATH": str(ROOT / "plugins")}
ATOM = "{http://www.w3.org/2005/Atom}"
FEED = "feeds/noticias.atom.xml"
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "poster", "srcset")


def copy_site(tmp_path):
    return shutil.copytree(FIXTURE, tmp_path / "site", ignore=shutil.ignore_patterns(".cache"))


@pytest.fixture(scope="module")
def feed(tmp_path_factory):
    site = copy_site(tmp_path_factory.mktemp("feed"))
    result = run_pelican(site, site / "output", extra_env=ENV)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return ET.parse(site / "output" / FEED).getroot()


def executable(fragment: str) -> list[str]:
    """What could run in an HTML fragment: scripts, frames, on* handlers, script URLs."""
    found = []
    for element in lxml_html.fragments_fromstring(f"<div>{fragment}</div>")[0].iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in ("script", "iframe", "object", "embed", "svg", "math", "style"):
            found.append(f"<{element.tag}>")
        for name, value in element.attrib.items():
            if name.lower().startswith("on") or name.lower() == "srcdoc":
                found.append(f"{name}= on <{element.tag}>")
            squeezed = "".join(value.split()).lower()
            if name.lower() in URL_ATTRIBUTES and squeezed.startswith(
                ("javascript:", "vbscript:", "data:")
            ):
                found.append(f"{name}={value!r} on <{element.tag}>")
    return found


def test_every_news_item_is_in_the_feed(feed):
    slugs = {
        e.find(f"{ATOM}link").get("href").rstrip("/").rsplit("/", 1)[-1] for e in entries(feed)
    }
    assert slugs == {"etiquetas", "entidades", "comillas"}


def entries(feed):
    return feed.findall(f"{ATOM}entry")


def test_titles_are_plain_text_that_no_reader_parses(feed):
    """RFC 4287 3.1.1.1: a text construct is shown as text; it has no child elements."""
    for entry in entries(feed):
        title = entry.find(f"{ATOM}title")
        assert title.get("type", "text") == "text" and len(title) == 0
    titles = [e.findtext(f"{ATOM}title") for e in entries(feed)]
    # Tags the editor typed are dropped; entities stay what the page shows: text.
    assert "alert(1)Etiquetas en el título" in titles
    assert "<script>alert(14)</script> Entidades en el título" in titles


def test_summaries_and_content_decode_to_clean_html(feed):
    checked = 0
    for entry in entries(feed):
        for part in ("summary", "content"):
            element = entry.find(f"{ATOM}{part}")
            if element is None:
                continue
            assert element.get("type") == "html" and len(element) == 0, part
            decoded = element.text or ""
            assert executable(decoded) == [], (part, decoded)
            assert "<script" not in decoded.lower() and "javascript:" not in decoded.lower()
            checked += 1
    assert checked == 6  # a summary and a content for each of the three news items


def test_text_that_looks_like_markup_stays_text_once_decoded(feed):
    by_slug = {
        e.find(f"{ATOM}link").get("href").rstrip("/").rsplit("/", 1)[-1]: e for e in entries(feed)
    }
    content = by_slug["entidades"].findtext(f"{ATOM}content")
    assert "&lt;script&gt;alert(16)&lt;/script&gt;" in content  # escaped inside the HTML
    text = lxml_html.fragment_fromstring(content, create_parent="div").text_content()
    assert "<script>alert(16)</script>" in text  # what a reader shows: the words
    summary = by_slug["comillas"].findtext(f"{ATOM}summary")
    paragraph = lxml_html.fragment_fromstring(summary, create_parent="div").find("p")
    assert paragraph.attrib == {} and 'onmouseover="alert(19)' in paragraph.text


HOSTILE_URLS = """\
---
title: Direcciones hostiles
date: 2026-11-20
summary: Enlaces que intentan ejecutar código.
slug: direcciones
---

Un [enlace](javascript:alert(1)) y otro [en mayúsculas](JaVaScRiPt:alert(2)).

<a href="&#106;avascript:alert(3)">codificado</a>

[rompe el atributo](https://ejemplo.mx/a"onmouseover="alert(4))
"""


def test_a_news_item_with_script_urls_stops_the_build_and_writes_no_feed(tmp_path):
    site = copy_site(tmp_path)
    news = site / "content" / "news" / "2026-11-20-direcciones.md"
    news.write_text(HOSTILE_URLS, encoding="utf-8")
    result = run_pelican(site, site / "output", extra_env=ENV)
    assert result.returncode != 0
    shown = result.stdout + result.stderr
    assert "Traceback" not in shown
    where = "content/news/2026-11-20-direcciones.md"
    # One Spanish error per hostile address (the encoded one too), each naming the file.
    assert shown.count(f"{where}:") == 4, shown
    assert shown.count("La dirección usa el esquema «javascript:», que el sitio no permite") == 3
    assert f"{where}:12:1: enlace: La dirección tiene espacios, comillas" in shown
    assert not (site / "output" / FEED).exists()
