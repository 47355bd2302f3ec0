"""Every label of every drawing, measured with the site's font: none touches another
or crosses its container's border, in the wide and in the narrow layout."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from infographics import layout, model, svg
from infographics.loader import load_infographics
from infographics.settings import settings_for
from infographics_support import FIXTURES
from ventana_data.context import STATES

from tests.sitebuild import ROOT

SCHEMA = ROOT / "data" / "schema" / "infographic.schema.json"
FOLDERS = [
    ROOT / "data" / "infographics",
    FIXTURES / "miniproject" / "data" / "infographics",
    FIXTURES / "layout",
]


def _states_context() -> dict:
    """Every real state's name, with values from 0 to 100 %, as state_snapshots shares them."""
    names = sorted(
        yaml.safe_load(p.read_text(encoding="utf-8"))["entidad"]["nombre"]
        for p in (ROOT / "data" / "states").glob("[!_]*.yaml")
    )
    records = [
        {
            "calculado": {
                "nombre": name,
                "porcentaje": round(100 * i / max(len(names) - 1, 1)),
                "componentes_cumplidos": i,
                "componentes_total": len(names),
            },
            "corte": {"fecha_corte": "2026-11-15"},
        }
        for i, name in enumerate(names)
    ]
    context: dict = {}
    STATES.put(context, records)
    return context


def _drawn_blocks() -> list[tuple[str, dict]]:
    conf = settings_for({})
    context = _states_context()
    blocks = []
    for folder in FOLDERS:
        for info in load_infographics(folder, SCHEMA, ROOT):
            built = model.build(info, context, conf)
            blocks += [(f"{built['slug']}/{b['id']}", b) for b in built["bloques"] if svg.drawn(b)]
    return blocks


BLOCKS = _drawn_blocks()


@pytest.mark.parametrize("frame", svg.FRAMES, ids=lambda f: f.name)
@pytest.mark.parametrize(("name", "block"), BLOCKS, ids=[n for n, _ in BLOCKS])
def test_no_label_touches_another_or_leaves_its_box(name, block, frame):
    canvas = svg.layout(block, frame)
    assert canvas.labels, f"{name}: sin etiquetas"
    assert not layout.problems(canvas), f"{name} ({frame.name}): " + "; ".join(
        layout.problems(canvas)
    )


def test_every_kind_with_a_drawing_is_covered():
    assert {b["tipo"] for _, b in BLOCKS} == set(svg.DRAWERS)
    assert any(name.startswith("avance-sistemas-locales/") for name, _ in BLOCKS)


@pytest.mark.parametrize("frame", svg.FRAMES, ids=lambda f: f.name)
def test_labels_stay_readable_on_the_screen_each_layout_is_for(frame):
    """Narrow: 288 units in 288 px at 320 px wide. Wide: shown from 480 px, scale >= 0.7."""
    smallest = min(label.size for _, b in BLOCKS for label in svg.layout(b, frame).labels)
    scale = 1 if frame is svg.NARROW else (480 - 32) / frame.width
    assert smallest * scale >= 12


def test_the_check_sees_two_labels_that_touch():
    canvas = layout.Canvas(svg.NARROW)
    canvas.text(10, 30, "Diecinueve de treinta y dos", 16, canvas.whole)
    canvas.text(60, 36, "estados", 16, canvas.whole)
    canvas.text(250, 60, "se sale del dibujo", 16, canvas.whole)
    found = layout.problems(canvas)
    assert any("toca" in line for line in found)
    assert any("se sale" in line for line in found)


def test_folders_hold_infographics():
    assert all(Path(f).is_dir() and list(Path(f).glob("*.yaml")) for f in FOLDERS)
