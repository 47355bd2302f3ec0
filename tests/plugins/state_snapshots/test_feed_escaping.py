"""An achievement's text reaches a feed reader as text, never as live markup.

Atom's ``<summary type="html">`` is read as HTML by feed readers: the liaison's
``logros[].descripcion`` must be escaped twice in the XML (once as HTML, once as XML),
so that what the reader renders is the text the liaison typed.
"""

from __future__ import annotations

from lxml import etree, html
from state_snapshots.opendata import feed

ATOM = "{http://www.w3.org/2005/Atom}"
PAYLOAD = '<script>alert(1)</script><img src=x onerror="alert(2)"> Tom & Jerry'


def record(descripcion: str, titulo: str) -> dict:
    return {
        "calculado": {"slug": "jalisco", "url": "estados/jalisco/", "nombre": "Jalisco"},
        "corte": {"ultima_actualizacion": "2026-11-20"},
        "logros": [{"fecha": "2026-11-01", "titulo": titulo, "descripcion": descripcion}],
    }


def test_achievement_markup_is_text_in_the_atom_feed():
    xml = feed(
        [record(PAYLOAD, "<b>Logro</b>")],
        "Logros",
        "https://example.org/",
        "https://example.org/feed.xml",
        "https://example.org",
        10,
    )
    entry = etree.fromstring(xml.encode("utf-8")).find(f"{ATOM}entry")
    summary = entry.find(f"{ATOM}summary")
    assert summary.get("type") == "html"
    # What a reader does: parse the summary as HTML. It finds only text.
    fragment = html.fragment_fromstring(summary.text, create_parent="div")
    assert fragment.xpath("//script | //img | //*[@onerror]") == []
    assert fragment.text_content() == PAYLOAD
    title = entry.find(f"{ATOM}title")
    assert title.get("type") in (None, "text")  # a text construct: never parsed as HTML
    assert title.text == "Jalisco: <b>Logro</b>"
