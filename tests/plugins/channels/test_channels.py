"""Where to report: data/channels.yaml checked, then shown first on /como-denunciar/
and near the top of every state page (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from channels.loader import STATE_TYPES, load_channels
from state_snapshots.catalogue import STATES

from tests.sitebuild import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "channels"
SCHEMA = ROOT / "data" / "schema" / "channels.schema.json"
JALISCO = {"jalisco": "Jalisco"}


def load(name: str, states: dict[str, str] = JALISCO):
    return load_channels(FIXTURES / f"{name}.yaml", SCHEMA, ROOT, states)


@pytest.mark.parametrize(
    ("fixture", "where", "words"),
    [
        (
            "sample_with_phone",
            ":14:17: estados.jalisco.fiscalia_anticorrupcion.telefono",
            "un canal de ejemplo no puede llevar 'telefono'",
        ),
        ("official_without_source", ":6:13: federal[1].sample", "falta 'fuente'"),
        ("unknown_state", ":11:3: estados.jaliscoo", "¿Quisiste decir 'jalisco'?"),
    ],
)
def test_a_mistake_is_reported_at_its_line(fixture, where, words):
    channels, errors = load(fixture)
    assert channels == {}
    text = [e.format() for e in errors]
    assert any(where in t and words in t for t in text), text


def test_a_state_without_channels_is_named():
    _, errors = load("unknown_state", {"jalisco": "Jalisco", "colima": "Colima"})
    assert any("faltan los canales de Colima" in e.format() for e in errors)


def test_the_real_file_has_every_state_and_no_invented_contact():
    data = yaml.safe_load((ROOT / "data" / "channels.yaml").read_text(encoding="utf-8"))
    assert set(data["estados"]) == {s.slug for s in STATES}
    channels, errors = load_channels(
        ROOT / "data" / "channels.yaml", SCHEMA, ROOT, {s.slug: s.nombre for s in STATES}
    )
    assert errors == []
    every = channels["federal"] + [c for cs in channels["estados"].values() for c in cs]
    for ch in every:
        if ch["sample"]:
            assert not {"url", "telefono", "direccion", "horario"} & set(ch), ch
        else:
            assert ch["fuente"].startswith("https://") and ch["url"], ch


def test_report_page_leads_with_the_channels(site):
    tree = site.tree("como-denunciar/index.html")
    article = tree.xpath("//main//article")[0]
    assert article.xpath(".//h2")[0].text_content() == "Dónde denunciar"
    cards = article.xpath(".//section[@aria-labelledby='canales']//li[@class='vt-channel']")
    names = [c.xpath(".//h4")[0].text_content() for c in cards]
    assert names == [
        "Secretaría Anticorrupción y Buen Gobierno (SABG)",
        "Fiscalía Especializada en Materia de Combate a la Corrupción (FEMCC)",
        "Auditoría Superior de la Federación (ASF)",
    ]
    for card in cards:
        assert card.xpath(".//a[starts-with(@href, 'https://')]"), names
        # Nobody has opened these sources yet: the card must not claim a consultation date.
        assert "Falta confirmar en esa fuente" in card.text_content()
        assert "Consultada el" not in card.text_content()
    links = article.xpath(".//ul[@class='vt-channels-states']//a/@href")
    assert len(links) == 32 and all(h.endswith("/#denunciar") for h in links)


def test_every_state_page_shows_its_channels_near_the_top(site):
    for state in STATES:
        tree = site.tree(f"estados/{state.slug}/index.html")
        headings = [h.text_content() for h in tree.xpath("//main//h2")]
        assert headings.index(f"Dónde denunciar en {state.nombre}") <= 1, headings
        section = tree.xpath("//section[@aria-labelledby='denunciar']")[0]
        cards = section.xpath(".//li[contains(@class, 'vt-channel')]")
        assert len(cards) == len(STATE_TYPES)
        for card in cards:  # every state channel is sample data today: said in words
            assert "Datos de ejemplo" in card.text_content()
            assert not card.xpath(".//a[starts-with(@href, 'tel:')] | .//dl")


def test_schema_file_is_valid_json():
    import json

    assert json.loads(Path(SCHEMA).read_text(encoding="utf-8"))["$id"] == "channels.schema.json"
