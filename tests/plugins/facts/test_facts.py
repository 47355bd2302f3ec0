"""One truth per fact (issues 12 and 16): data/facts.yaml feeds pages and infographics.

A tiny fixture site (tests/fixtures/facts/project) states one fact twice: in a Markdown
page with {dato:id} and in an infographic with «dato: id». Changing the number in the
data file changes both; an unknown id stops the build in Spanish, at its line.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from facts.loader import load_facts
from facts.notes import with_notes
from ventana_data.facts import PLACEHOLDER

from tests.sitebuild import ROOT, BuiltSite, run_pelican

PROJECT = ROOT / "tests" / "fixtures" / "facts" / "project"
ENV = {"VENTANA_ROOT": str(ROOT), "PYTHONPATH": str(ROOT / "plugins")}
FACT = "comite_coordinador_integrantes"


def build_copy(tmp_path: Path, edit=None) -> BuiltSite:
    project = tmp_path / "project"
    shutil.copytree(PROJECT, project, ignore=shutil.ignore_patterns(".cache", "output"))
    if edit:
        edit(project)
    output = project / "output"
    return BuiltSite(output, project, run_pelican(project, output, extra_env=ENV))


def page_number(site: BuiltSite) -> str:
    """The number as the page's sentence shows it, without its note mark."""
    paragraphs = site.tree("sistema/index.html").xpath("//main//p")
    p = next(p for p in paragraphs if "forman" in p.text_content())
    for mark in p.xpath("sup[@class='vt-fact-ref']"):
        mark.drop_tree()
    text = p.text_content()
    assert text.startswith("Hoy lo forman ") and text.endswith(" integrantes."), text
    return text.removeprefix("Hoy lo forman ").removesuffix(" integrantes.")


def figure_number(site: BuiltSite) -> str:
    tree = site.tree("infografias/comite/index.html")
    return tree.xpath("//strong[@class='vt-infographic__value']")[0].text_content()


def set_value(value: int):
    def edit(project: Path) -> None:
        path = project / "data" / "facts.yaml"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        data["datos"][0]["valor"] = value
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    return edit


def replace_in(rel: str, old: str, new: str):
    def edit(project: Path) -> None:
        path = project / rel
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new), encoding="utf-8")

    return edit


def test_one_edit_of_the_fact_changes_the_page_and_the_infographic(tmp_path):
    before = build_copy(tmp_path / "a")
    assert before.result.returncode == 0, before.result.stderr
    assert page_number(before) == figure_number(before) == "6"
    after = build_copy(tmp_path / "b", set_value(1250))
    assert after.result.returncode == 0, after.result.stderr
    assert page_number(after) == figure_number(after) == "1,250"
    assert "{dato:" not in after.text("sistema/index.html")


def test_the_number_leads_to_its_source_at_the_end_of_the_page(tmp_path):
    """Used twice, a fact gets one note: both marks lead to it, it leads back to the first."""
    site = build_copy(
        tmp_path,
        replace_in(
            "content/pages/sistema.md",
            "integrantes.",
            f"integrantes.\n\nSon {{dato:{FACT}}}, no más.",
        ),
    )
    assert site.result.returncode == 0, site.result.stderr
    main = site.tree("sistema/index.html").xpath("//main")[0]
    marks = main.xpath(".//sup[@class='vt-fact-ref']/a")
    assert [(a.text, a.get("href"), a.get("aria-label")) for a in marks] == [
        ("1", "#cifra-1", "Fuente 1"),
        ("1", "#cifra-1", "Fuente 1"),
    ]
    assert [a.get("id") for a in marks] == ["cita-1", None]
    (notes,) = main.xpath(".//section[@aria-labelledby='fuentes-cifras']")
    assert notes.xpath("h2")[0].text == "Fuentes de las cifras"
    (item,) = notes.xpath("ol/li")
    assert item.get("id") == "cifra-1"
    text = " ".join(item.text_content().split())
    facts = yaml.safe_load((PROJECT / "data" / "facts.yaml").read_text(encoding="utf-8"))
    fact = facts["datos"][0]
    # The link says the source is a PDF: it opens outside the browser.
    source = f"{fact['fuente']['titulo']} (PDF)"
    assert text.startswith(f"{fact['etiqueta']}: 6. Fuente: {source}."), text
    assert [a.get("href") for a in item.xpath("a")] == [fact["fuente"]["url"], "#cita-1"]
    assert text.endswith("Volver a la cifra 1")


@pytest.mark.parametrize(
    ("edit", "where"),
    [
        (
            replace_in("content/pages/sistema.md", f"{{dato:{FACT}}}", "{dato:comite_cordinador}"),
            "content/pages/sistema.md:7:15: ",
        ),
        (
            replace_in("data/infographics/comite.yaml", f"dato: {FACT}", "dato: comite_cordinador"),
            "data/infographics/comite.yaml:16:15: bloques[1].elementos[1].dato: ",
        ),
    ],
    ids=["página", "infografía"],
)
def test_an_unknown_fact_stops_the_build_in_spanish_at_its_line(tmp_path, edit, where):
    site = build_copy(tmp_path, edit)
    out = site.result.stdout + site.result.stderr
    assert site.result.returncode != 0
    assert "Traceback" not in out
    assert f"{where}el dato 'comite_cordinador' no existe en data/facts.yaml." in out, out
    assert f"¿Quisiste decir '{FACT}'?" in out


def test_the_real_facts_file_is_valid_and_cites_its_sources():
    facts, errors = load_facts(
        ROOT / "data" / "facts.yaml", ROOT / "data" / "schema" / "facts.schema.json", ROOT
    )
    assert errors == []
    assert {k: f["valor"] for k, f in facts.items()} == {
        FACT: 6,
        "comite_participacion_ciudadana_integrantes": 5,
        "sistemas_locales": 32,
        "plataforma_digital_sistemas": 6,
    }
    for fact in facts.values():
        assert fact["fuente"]["url"].startswith("https://www.diputados.gob.mx/"), fact


def test_a_repeated_id_is_reported_at_its_line(tmp_path):
    path = tmp_path / "data" / "facts.yaml"
    path.parent.mkdir()
    text = (PROJECT / "data" / "facts.yaml").read_text(encoding="utf-8")
    path.write_text(text + text.removeprefix("datos:\n"), encoding="utf-8")
    facts, errors = load_facts(path, ROOT / "data" / "schema" / "facts.schema.json", tmp_path)
    assert facts == {}
    assert [e.format().split("\n")[0] for e in errors] == [
        f"data/facts.yaml:8:9: datos[2].id: el dato '{FACT}' ya está escrito más arriba."
    ]


def test_a_note_prints_the_data_as_text_and_the_day_it_was_checked():
    fact = {
        "id": "x",
        "valor": 6,
        "valor_texto": "6",
        "etiqueta": "<b>Integrantes</b>",
        "fuente": {"titulo": "Ley <i>general</i>", "url": "https://example.org/a?b=1&c=2"},
    }
    fact["fuente"]["fecha_consulta"] = "2026-11-15"
    html = with_notes("<p>Son {dato:x}.</p>", PLACEHOLDER, {"x": fact})
    assert "<b>" not in html and "<i>" not in html
    assert "&lt;b&gt;Integrantes&lt;/b&gt;: 6. Fuente:" in html
    assert 'href="https://example.org/a?b=1&amp;c=2"' in html
    assert "Consultada el 15 de noviembre de 2026." in html
    assert with_notes("<p>Sin cifras.</p>", PLACEHOLDER, {"x": fact}) == "<p>Sin cifras.</p>"
