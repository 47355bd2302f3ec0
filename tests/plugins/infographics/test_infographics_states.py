"""The state-progress infographic follows the liaisons' YAML files."""

from __future__ import annotations

import re

import pytest
from infographics_support import build_mini, copy_mini, words

from tests.sitebuild import build

PAGE = "infografias/avance/index.html"
REAL_PAGE = "infografias/avance-sistemas-locales/index.html"


def _rows(site, rel):
    return {
        words(tr.xpath("th")[0]): words(tr.xpath("td")[0])
        for tr in site.tree(rel).xpath("//section[@id='bloque-2']//tbody/tr")
    }


def test_editing_a_state_file_changes_the_infographic(tmp_path):
    project = copy_mini(tmp_path / "project")
    before = build_mini(project, tmp_path / "before")
    assert before.result.returncode == 0, before.result.stderr[-3000:]
    assert _rows(before, PAGE)["Baja California"] == "40%"

    state = project / "data" / "states" / "baja-california.yaml"
    state.write_text(
        state.read_text(encoding="utf-8")
        .replace("en_proceso", "cumplido")
        .replace("estado: no_iniciado\n    acciones", "estado: cumplido\n    acciones"),
        encoding="utf-8",
    )
    after = build_mini(project, tmp_path / "after")
    assert after.result.returncode == 0, after.result.stderr[-3000:]
    assert _rows(after, PAGE)["Baja California"] == "80%"
    png = "infografias/avance/avance-1200x630.png"
    assert (before.output / png).read_bytes() != (after.output / png).read_bytes()


def test_real_site_progress_follows_a_state_yaml(project_copy, tmp_path):
    states = sorted((project_copy / "data" / "states").glob("[!_]*.yaml"))
    if not states:
        pytest.skip(
            "todavía no hay archivos en data/states (los escribe el plugin state_snapshots)"
        )
    before = build(project_copy, tmp_path / "before")
    assert before.result.returncode == 0, before.result.stderr[-3000:]
    rows = _rows(before, REAL_PAGE)
    assert len(rows) == len(states)
    # Take one finished component back to "en proceso" in the most advanced state.
    first = max(rows, key=lambda name: int(rows[name].rstrip("%")))
    target = next(
        p
        for p in states
        if re.search(rf"nombre: \"?{re.escape(first)}\"?\n", p.read_text(encoding="utf-8"))
    )
    target.write_text(
        target.read_text(encoding="utf-8").replace("estado: cumplido", "estado: en_proceso", 1),
        encoding="utf-8",
    )
    after = build(project_copy, tmp_path / "after")
    assert after.result.returncode == 0, after.result.stderr[-3000:]
    changed = _rows(after, REAL_PAGE)[first]
    assert int(changed.rstrip("%")) < int(rows[first].rstrip("%"))
