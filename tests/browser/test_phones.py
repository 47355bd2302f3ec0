"""Phones and large text: no page scrolls sideways (issue 7 §3, WCAG 1.4.10 and 1.4.4)."""

from __future__ import annotations

import pytest

from tests.browser.pages import SHARD_PARAMS

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("index", SHARD_PARAMS)
def test_no_page_scrolls_sideways_at_320_or_375_px(sweep, index):
    problems = [p for r in sweep(index).values() for p in r["phones"]]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("index", SHARD_PARAMS)
def test_text_at_200_percent_grows_and_main_does_not_scroll_sideways(sweep, index):
    problems = [p for r in sweep(index).values() for p in r["zoom"]]
    assert not problems, "\n".join(problems)
