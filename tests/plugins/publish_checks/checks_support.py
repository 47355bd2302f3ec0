"""Shared helpers: a config pointing at the test glossary and the real plain-language list."""

from __future__ import annotations

from pathlib import Path

from publish_checks import settings

REPO = Path(__file__).resolve().parents[3]
FIXTURES = REPO / "tests" / "fixtures" / "checks"


def make_config(tmp_path: Path, **options) -> settings.Config:
    base = {
        "glossary": str(FIXTURES / "glossary.yaml"),
        "plain_language": str(REPO / "data" / "plain_language.yaml"),
        "cache": False,
        "jobs": 1,
        "siteurl": "https://www.ventana.test",
    }
    return settings.from_options({**base, **options}, tmp_path)
