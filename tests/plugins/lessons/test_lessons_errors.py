"""Editors' mistakes in lessons stop the build with Spanish messages at the right line."""

from __future__ import annotations

import shutil

import pytest
from lessons_support import FIXTURES, add_broken, build_project, line_of, make_project

BROKEN = FIXTURES / "broken"
ALL_BROKEN = (
    "03-schema-mistakes.md",
    "04-cross-mistakes.md",
    "05-la-verdad.md",
    "06-sin-encabezado.md",
    "07-yaml-roto.md",
    "08-pregunta-entre-corchetes.md",
)


@pytest.fixture(scope="module")
def broken_build(tmp_path_factory):
    """One build with every broken file at once: the editor must see all mistakes together."""
    project = make_project(tmp_path_factory.mktemp("lessons-broken") / "project")
    add_broken(project, *ALL_BROKEN)
    output = project / "output"
    output.mkdir()
    (output / "publicado.html").write_text("sitio anterior", encoding="utf-8")
    return build_project(project)


def test_the_build_fails_with_exit_code_1(broken_build):
    assert broken_build.result.returncode == 1
    assert "No se generó ninguna página" in broken_build.result.stderr


def test_nothing_is_written_and_the_old_output_stays(broken_build):
    assert not (broken_build.output / "escuela-de-heroes").exists()
    assert (broken_build.output / "publicado.html").read_text(encoding="utf-8") == "sitio anterior"


# (file, text on the line the message must point to, field, words of the message)
CASES = [
    ("03-schema-mistakes.md", "sumary:", "sumary", "¿Quisiste decir 'summary'?"),
    (
        "03-schema-mistakes.md",
        "title: Errores de forma",
        "",
        "falta la clave obligatoria 'summary'",
    ),
    ("03-schema-mistakes.md", "grados: [primaria-7]", "grados[1]", "no es uno de los permitidos"),
    ("03-schema-mistakes.md", "minutos: diez", "actividades[1].minutos", "no es del tipo correcto"),
    (
        "03-schema-mistakes.md",
        "agrupacion: equipo",
        "actividades[2].agrupacion",
        "¿Quisiste decir 'equipos'?",
    ),
    ("03-schema-mistakes.md", "evaluacion: {}", "evaluacion", "preguntas_salida"),
    ("04-cross-mistakes.md", "metas: [M01, M09]", "metas[2]", "la meta 'M09' no existe"),
    ("04-cross-mistakes.md", "metas: [M02]", "actividades[2].metas[1]", "la lección no la incluye"),
    ("04-cross-mistakes.md", "duracion: 20", "duracion", "al menos 30 minutos (10 + 10 + 10)"),
    ("04-cross-mistakes.md", "edad_max: 8", "edad_max", "la edad máxima es menor"),
    ("04-cross-mistakes.md", "fase: 2", "alineacion.fase", "no corresponde a los grados"),
    ("05-la-verdad.md", "---", "", "ya usa la dirección 'la-verdad'"),
    ("06-sin-encabezado.md", "# Una lección", "", "falta el encabezado de la lección"),
    ("07-yaml-roto.md", 'summary: "Este', "", "comillas se abrieron y no se cerraron"),
    # The quote is repaired and the rest is still checked, as in every editor file.
    ("07-yaml-roto.md", "title: Comillas", "", "falta la clave obligatoria 'edad_min'"),
    # A question in brackets without quotes reads as a list of one question (libyaml, as
    # Pelican reads headers); the file is still checked for what it lacks.
    (
        "08-pregunta-entre-corchetes.md",
        "title: Pregunta",
        "",
        "falta la clave obligatoria 'grados'",
    ),
]


@pytest.mark.parametrize(
    ("name", "line_text", "field", "words"),
    CASES,
    ids=[f"{c[0]}:{c[2] or c[3][:20]}" for c in CASES],
)
def test_each_mistake_names_file_line_field_and_fix(broken_build, name, line_text, field, words):
    line = line_of(BROKEN / name, line_text)
    location = f"content/lessons/{name}:{line}:"
    messages = [block for block in broken_build.result.stderr.split("\n\n") if location in block]
    assert messages, f"no message at {location}:\n{broken_build.result.stderr[-3000:]}"
    matching = [m for m in messages if words in m and (not field or f": {field}: " in m)]
    assert matching, f"{words!r} ({field}) not among:\n" + "\n---\n".join(messages)


def test_only_real_mistakes_are_reported(broken_build):
    """Files that are not YAML hide their goals: no false "goal never taught" then."""
    stderr = broken_build.result.stderr
    assert "ninguna actividad enseña" not in stderr
    assert "content/lessons/01-la-verdad.md:" not in stderr
    assert f"Abortado con {len(CASES)} errores." in stderr


def test_an_untaught_goal_points_at_the_goals_file(tmp_path):
    project = make_project(tmp_path / "project")
    shutil.copy2(
        BROKEN / "learning_goals_untaught.yaml",
        project / "data" / "lessons" / "learning_goals.yaml",
    )
    built = build_project(project)
    line = line_of(BROKEN / "learning_goals_untaught.yaml", "id: M04")
    assert built.result.returncode == 1
    assert f"data/lessons/learning_goals.yaml:{line}:9: metas[4].id: " in built.result.stderr
    assert "ninguna actividad enseña la meta 'M04'" in built.result.stderr


def test_every_message_says_what_was_expected_and_how_to_fix_it(broken_build):
    stderr = broken_build.result.stderr
    assert stderr.count("Cómo corregirlo:") == len(CASES)
