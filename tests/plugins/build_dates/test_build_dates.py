"""The sitemap is dated by the site's content and data, or by SOURCE_DATE_EPOCH."""

from __future__ import annotations

import datetime as dt
import re

from ventana_data import dates

from tests.sitebuild import ROOT


def lastmods(sitemap: str) -> dict[str, str]:
    pairs = re.findall(r"<loc>([^<]+)</loc>\s*<lastmod>([^<]+)</lastmod>", sitemap)
    return dict(pairs)


def test_undated_pages_take_the_newest_date_of_the_content(site):
    found = lastmods(site.text("sitemap.xml"))
    # The states overview has no date of its own; a news item keeps its own.
    undated = found["/estados/"]
    assert found["/noticias/nace-ventana/"].startswith("2026-11-02T")
    assert undated >= max(found.values())
    day = undated[:10]
    sources = [*(ROOT / "data").rglob("*.yaml"), *(ROOT / "content").rglob("*.md")]
    assert any(
        re.search(
            rf"^\s*(actualizado|ultima_actualizacion|date|modified): {day}",
            p.read_text(encoding="utf-8"),
            re.M,
        )
        for p in sources
    )
    assert not any(value.startswith(dt.date.today().isoformat()) for value in found.values())


def test_source_date_epoch_pins_the_site_date(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    assert dates.site_date(["2026-11-29"]) == dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    assert dates.today() == dt.date(2026, 1, 1)
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert dates.site_date(["2026-11-02", "2026-11-29"]) == dates.at_noon("2026-11-29")
    assert dates.site_date([]) == dates.FALLBACK
