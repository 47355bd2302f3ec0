"""Dates that keep two builds of the same commit byte-identical.

Nothing written into the site reads the clock for a file's date: a feed or a sitemap
entry is dated by its content or data. ``SOURCE_DATE_EPOCH`` (the convention of
reproducible-builds.org: seconds since 1970, UTC) pins the rest: the site's date
when it is set, and "today" for the checks that compare data with the present
(a date in the future, data older than six months). Unpinned, "today" is the day
in the site's time zone (``TIMEZONE``), so the machine's own zone never changes it.
"""

from __future__ import annotations

import datetime as dt
import os
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

EPOCH_VARIABLE = "SOURCE_DATE_EPOCH"
# The site's date when nothing in it is dated and SOURCE_DATE_EPOCH is unset.
FALLBACK = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
# The site's zone when a caller has no Pelican settings (the command-line checks).
SITE_ZONE = "America/Mexico_City"


def source_date_epoch() -> dt.datetime | None:
    """``SOURCE_DATE_EPOCH`` as an aware UTC datetime, or None when unset or not a number."""
    value = os.environ.get(EPOCH_VARIABLE, "").strip()
    if not value.isdigit():
        return None
    return dt.datetime.fromtimestamp(int(value), tz=dt.UTC)


def today(zone: str | None = None) -> dt.date:
    """The day the data is compared with: SOURCE_DATE_EPOCH's, else today in ``zone``."""
    pinned = source_date_epoch()
    if pinned:
        return pinned.date()
    try:
        tz = ZoneInfo(zone or SITE_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        tz = ZoneInfo(SITE_ZONE)
    return dt.datetime.now(tz).date()


def at_noon(value: dt.date | dt.datetime | str) -> dt.datetime:
    """A day of the data (``2026-11-08``) as noon UTC; aware datetimes stay as they are."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    return dt.datetime.combine(day, dt.time(12, 0), tzinfo=dt.UTC)


def site_date(dates: list[dt.date | dt.datetime | str]) -> dt.datetime:
    """The site's date: SOURCE_DATE_EPOCH when set, else the newest of ``dates``."""
    pinned = source_date_epoch()
    if pinned:
        return pinned
    return max((at_noon(d) for d in dates if d), default=FALLBACK)
