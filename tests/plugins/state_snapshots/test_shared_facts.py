"""One truth per fact (issue 12 §6): a figure that data/facts.yaml states and the states'
catalogue counts (the platform's systems) must agree, or the build stops at its line."""

from __future__ import annotations

from facts.loader import load_facts
from state_snapshots.state_snapshots import facts_disagreeing

from tests.sitebuild import ROOT, build, copy_project

SCHEMA = ROOT / "data" / "schema" / "facts.schema.json"
WRITTEN = "  - id: plataforma_digital_sistemas\n    valor: 6\n"


def seven_systems(root):
    """data/facts.yaml under root with the platform's systems changed from 6 to 7."""
    text = (ROOT / "data" / "facts.yaml").read_text(encoding="utf-8")
    assert WRITTEN in text
    path = root / "data" / "facts.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.replace(WRITTEN, WRITTEN.replace("6", "7")), encoding="utf-8")
    line = text[: text.index(WRITTEN)].count("\n") + 2  # the «valor:» line
    return path, line


def first_line(line: int) -> str:
    return (
        f"data/facts.yaml:{line}:1: valor: el dato «plataforma_digital_sistemas» dice 7, pero "
        "las fichas de los estados cuentan 6 sistemas de la Plataforma Digital Nacional."
    )


def test_the_real_facts_agree_with_the_catalogue():
    facts, errors = load_facts(ROOT / "data" / "facts.yaml", SCHEMA, ROOT)
    assert errors == [] and facts_disagreeing(facts) == []


def test_a_fact_that_disagrees_is_reported_at_its_line(tmp_path):
    path, line = seven_systems(tmp_path)
    facts, errors = load_facts(path, SCHEMA, tmp_path)
    assert errors == []
    (error,) = facts_disagreeing(facts)
    assert error.format().split("\n")[0] == first_line(line)
    assert "escribe «valor: 6»" in error.hint


def test_the_build_stops_when_they_disagree(tmp_path):
    project = copy_project(tmp_path / "project")
    _, line = seven_systems(project)
    site = build(project, project / "output")
    out = site.result.stdout + site.result.stderr
    assert site.result.returncode != 0
    assert "Traceback" not in out
    assert first_line(line) in out, out[-2000:]
