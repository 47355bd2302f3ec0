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
    paragraphs = site.tree("sistema/index.html").xpath("//main//p")
    text = next(p.text_content() for p in paragraphs if "forman" in p.text_content())
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
