"""Values from YAML come out inert in HTML, SVG, JSON and feeds (issue 3, section 5)."""

from __future__ import annotations

import json
import shutil

import yaml
from lxml import etree
from states_support import FIXTURES

from tests.sitebuild import build

PAYLOAD = '<script>alert("x")</script> \'q\' "dq" javascript:alert(1) &amp;'
FREE_TEXT = ("nombre", "siglas", "nota", "expediente", "descripcion", "titulo", "resumen")


def hostile_file() -> str:
    """The minimal valid file with the payload in every free-text field."""
    data = yaml.safe_load((FIXTURES / "valid_minimal.yaml").read_text(encoding="utf-8"))
    data["entidad"]["secretaria_ejecutiva"] = {"nombre": PAYLOAD, "siglas": PAYLOAD[:20]}
    data["instituciones"]["comite_coordinador"]["nota"] = PAYLOAD
    data["marco_normativo"]["impugnaciones"] = [
        {
            "ley": "fiscalia",
            "expediente": PAYLOAD[:60],
            "fecha": "2020-01-01",
            "resultado": "pendiente",
            "descripcion": PAYLOAD,
            "fuente": "informe",
        }
    ]
    data["logros"][0].update(titulo=PAYLOAD, descripcion=PAYLOAD)
    data["resumen"] = PAYLOAD
    data["fuentes"][0]["titulo"] = PAYLOAD
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def test_payload_is_escaped_everywhere(project_copy):
    (project_copy / "data" / "states" / "aguascalientes.yaml").write_text(
        hostile_file(), encoding="utf-8"
    )
    shutil.rmtree(project_copy / "content" / "states", ignore_errors=True)
    site = build(project_copy, project_copy / "output")
    assert site.result.returncode == 0, site.result.stderr[-3000:]

    page = site.text("estados/aguascalientes/index.html")
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    tree = site.tree("estados/aguascalientes/index.html")
    assert not tree.xpath("//script")
    assert not [h for h in tree.xpath("//@href") if h.strip().lower().startswith("javascript:")]
    assert PAYLOAD in tree.text_content()  # shown as text, exactly as typed

    for rel in ("estados/index.html", "datos/index.html"):
        assert "<script>alert" not in site.text(rel)

    raw = site.text("datos/estados/aguascalientes.json")
    assert "<script>" not in raw and "\\u003cscript\\u003e" in raw
    assert json.loads(raw)["resumen"] == PAYLOAD

    feed = (site.output / "feeds/estados/aguascalientes.atom.xml").read_bytes()
    root = etree.fromstring(feed)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert root.xpath("a:entry/a:title/text()", namespaces=ns) == [f"Aguascalientes: {PAYLOAD}"]
    assert not root.xpath("//script")
