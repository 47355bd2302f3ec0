"""Fixtures for the publish_checks tests (helpers live in checks_support.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from checks_support import make_config
from publish_checks import settings


@pytest.fixture
def config(tmp_path: Path) -> settings.Config:
    return make_config(tmp_path)
