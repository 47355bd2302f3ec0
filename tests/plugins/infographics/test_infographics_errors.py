"""Editors' mistakes: every file's errors at once, in Spanish, with line numbers, before output."""

from __future__ import annotations

import shutil

import pytest
from infographics_support import FIXTURES, build_mini, copy_mini

# (fixture, line, words the message must contain)
CASES = [
    (
        "misspelled-key.yaml",
        14,
        ["bloques[1].elementso", "no se reconoce", "¿Quisiste decir 'elementos'?"],
    ),
    (
        "wrong-type.yaml",
        15,
        ["bloques[1].elementos[1].valor", "Se esperaba: un número", "el texto «siete»"],
    ),
    (
        "missing-source.yaml",
        12,
        ["bloques[1].fuente", "la fuente 'informe' no está", "Ids definidos: ley"],
    ),
    (
        "future-date.yaml",
        8,
        ["fuentes[1].fecha_consulta", "la fecha está en el futuro", "2999-01-01"],
    ),
    ("columns-mismatch.yaml", 17, ["filas[1].valores", "tiene 2 valores", "3 columnas"]),
    ("tab-indent.yaml", 5, ["tabulador"]),
    ("slug-mismatch.yaml", 2, ["slug", "no coincide con el nombre del archivo", "'slug-mismatch'"]),
]


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    project = copy_mini(tmp_path_factory.mktemp("ig-errors") / "project")
    for name, _line, _words in CASES:
        shutil.copy(FIXTURES / "errors" / name, project / "data" / "infographics" / name)
    return build_mini(project)


def test_build_stops_before_writing_anything(broken):
    assert broken.result.returncode == 1
    assert not broken.output.exists()
    # The misspelled key also leaves the real key missing: one file, two messages.
    assert (
        f"Se encontraron {len(CASES) + 1} errores en las infografías ({len(CASES)} archivos)"
        in broken.result.stderr
    )


@pytest.mark.parametrize(("name", "line", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_mistake_names_file_line_field_and_fix(broken, name, line, expected):
    stderr = " ".join(broken.result.stderr.split())
    where = f"data/infographics/{name}:{line}:"
    assert where in stderr, f"no aparece {where}"
    block = stderr[stderr.index(where) :][:600]
    for text in expected:
        assert text in block, f"{text!r} falta en: {block}"


def test_the_editors_template_is_itself_valid(tmp_path):
    from infographics.loader import load_infographics

    from tests.sitebuild import ROOT

    data = ROOT / "data"
    copy = tmp_path / "titulo-en-lenguaje-claro.yaml"
    shutil.copy(data / "infographics" / "_plantilla.yaml", copy)
    loaded = load_infographics(tmp_path, data / "schema" / "infographic.schema.json", tmp_path)
    assert [i["slug"] for i in loaded] == ["titulo-en-lenguaje-claro"]
