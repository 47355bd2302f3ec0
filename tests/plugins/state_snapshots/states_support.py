"""Helpers for the state snapshot tests: a copy of the real data with one file swapped."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.sitebuild import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "state_snapshots"
TODAY = "2026-11-29"


def data_copy(
    tmp_path: Path,
    fixture: str | None = None,
    target: str = "aguascalientes",
    remove: tuple[str, ...] = (),
) -> Path:
    """The project's data/ in tmp_path, with ``fixture`` written over ``target``.yaml."""
    data = tmp_path / "data"
    for part in ("states", "schema"):
        shutil.copytree(ROOT / "data" / part, data / part)
    if fixture:
        shutil.copy(FIXTURES / f"{fixture}.yaml", data / "states" / f"{target}.yaml")
    for slug in remove:
        (data / "states" / f"{slug}.yaml").unlink()
    return data


def validated(project: Path = ROOT, today: str | None = None):
    """Records and summary computed from a project's data, as the build computes them."""
    from state_snapshots.settings import config_for_data
    from state_snapshots.state_snapshots import load_states

    config = config_for_data(project / "data", today=today)
    records, summary, _ = load_states(config)
    return records, summary
