"""The form's date field shows and takes day/month/year and saves AAAA-MM-DD, unchanged."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest
import yaml

from tests.sitebuild import ROOT

STATIC = ROOT / "plugins" / "cms_admin" / "static"


def convert(node, values):
    result = subprocess.run(
        [node, str(ROOT / "tests/plugins/cms_admin/dates.mjs"), str(STATIC), *values],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return {row["value"]: (row["shown"], row["stored"]) for row in json.loads(result.stdout)}


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("15/03/2026", "2026-03-15"),
        ("5/3/2026", "2026-03-05"),
        ("05.03.2026", "2026-03-05"),
        ("05-03-2026", "2026-03-05"),
        (" 29/02/2024 ", "2024-02-29"),
        ("2026-03-15", "2026-03-15"),  # pasted as the files write it
        ("", ""),
        ("29/02/2026", None),  # 2026 is not a leap year
        ("31/04/2026", None),
        ("03/15/2026", None),  # month/day: there is no month 15
        ("15/03/26", None),
        ("mañana", None),
    ],
)
def test_a_typed_day_month_year_is_saved_as_iso_or_refused(node, typed, stored):
    assert convert(node, [typed])[typed][1] == stored


def dates_in(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from dates_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from dates_in(item)
    elif isinstance(value, dt.date):
        yield value.isoformat()


def test_every_date_of_the_states_shows_day_first_and_saves_back_the_same(node):
    files = sorted((ROOT / "data" / "states").glob("[!_]*.yaml"))
    dates = sorted({d for f in files for d in dates_in(yaml.safe_load(f.read_text("utf-8")))})
    assert len(dates) > 50
    shown = {iso: row[0] for iso, row in convert(node, dates).items()}
    back = convert(node, list(shown.values()))
    for iso, text in shown.items():
        year, month, day = iso.split("-")
        assert text == f"{day}/{month}/{year}"
        assert back[text][1] == iso
