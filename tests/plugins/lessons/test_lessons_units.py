"""Small pure pieces: the vocabulary agrees with the schema; durations and bands."""

from __future__ import annotations

import json

import pytest
from lessons.settings import OPTIONS, _bands_or_none, band_for
from lessons.vocabulary import (
    CAMPOS_FORMATIVOS,
    GRADES,
    GROUPINGS,
    TOPICS,
    grades_label,
    iso_duration,
)
from ventana_data.render import MarkdownRenderer

from tests.sitebuild import ROOT

SCHEMA = json.loads((ROOT / "data/schema/lesson.schema.json").read_text("utf-8"))
GOALS_SCHEMA = json.loads((ROOT / "data/schema/learning_goals.schema.json").read_text("utf-8"))


def test_schema_and_vocabulary_list_the_same_ids():
    props = SCHEMA["properties"]
    assert props["grados"]["items"]["enum"] == list(GRADES)
    assert props["temas"]["items"]["enum"] == list(TOPICS)
    assert props["actividades"]["items"]["properties"]["agrupacion"]["enum"] == list(GROUPINGS)
    assert props["alineacion"]["properties"]["campo_formativo"]["enum"] == list(CAMPOS_FORMATIVOS)
    goal_topics = GOALS_SCHEMA["properties"]["metas"]["items"]["properties"]["tema"]["enum"]
    assert goal_topics == list(TOPICS)


@pytest.mark.parametrize(
    ("grade", "fase"),
    [
        ("preescolar-3", 2),
        ("primaria-1", 3),
        ("primaria-2", 3),
        ("primaria-3", 4),
        ("primaria-6", 5),
        ("secundaria-2", 6),
    ],
)
def test_grades_map_to_the_phases_of_the_2022_plan(grade, fase):
    assert GRADES[grade].fase == fase


@pytest.mark.parametrize(
    ("grades", "label"),
    [
        (["primaria-4", "primaria-3"], "3.º y 4.º de primaria"),
        (["preescolar-3", "primaria-1"], "3.º de preescolar y 1.º de primaria"),
        (["secundaria-1"], "1.º de secundaria"),
    ],
)
def test_grade_labels(grades, label):
    assert grades_label(grades) == label


@pytest.mark.parametrize(
    ("minutes", "iso"), [(30, "PT30M"), (60, "PT1H"), (75, "PT1H15M"), (120, "PT2H")]
)
def test_iso_duration(minutes, iso):
    assert iso_duration(minutes) == iso


@pytest.mark.parametrize(
    ("minutes", "band"), [(30, "hasta-30"), (31, "31-60"), (60, "31-60"), (61, "mas-de-60")]
)
def test_default_duration_bands(minutes, band):
    assert band_for(_bands_or_none(OPTIONS["duration_bands"].default), minutes).id == band


@pytest.mark.parametrize(
    ("markdown", "base", "levels"),
    [
        ("## Notas\n\ntexto\n\n### Más", 3, ["h3", "h4"]),
        ("# Notas\n\ntexto", 4, ["h4"]),
    ],
)
def test_teacher_notes_headings_never_skip_a_level(markdown, base, levels):
    html = MarkdownRenderer({}).block(markdown, base)
    assert [tag for tag in ("h1", "h2", "h3", "h4", "h5") if f"<{tag}" in html] == levels


def test_read_aloud_text_keeps_the_authors_line_breaks():
    html = MarkdownRenderer({}).read_aloud("Nico ve la llave.\nLa cierra.")
    assert "<br" in html and html.count("<p>") == 1
