from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from annotations.exporting.csv import iso, iso_formatter


def _sqlite_texts(start: datetime, seconds: int, step: int) -> list[str]:
    """UTC datetimes as Django stores them in SQLite, with and without microseconds."""
    texts = []
    for k in range(0, seconds, step):
        moment = start + timedelta(seconds=k, microseconds=k % 3 * 250_001)
        texts.append(moment.replace(tzinfo=None).isoformat(" "))
    return texts


@pytest.mark.parametrize(
    ("zone", "start"),
    [
        ("Asia/Jakarta", datetime(2024, 4, 26, 11, 58, tzinfo=UTC)),
        ("Europe/Amsterdam", datetime(2024, 3, 31, 0, 30, tzinfo=UTC)),  # into summer
        ("America/New_York", datetime(2024, 11, 3, 5, 30, tzinfo=UTC)),  # out of it
        ("Australia/Lord_Howe", datetime(2024, 4, 6, 14, 30, tzinfo=UTC)),  # 30 min
        ("Asia/Kathmandu", datetime(2024, 1, 1, 18, 0, tzinfo=UTC)),  # +05:45
        ("Asia/Jakarta", datetime(1923, 12, 31, 16, 0, tzinfo=UTC)),  # +07:07:12 before
    ],
)
def test_iso_formatter_agrees_with_iso_across_offset_changes(zone, start):
    local = iso_formatter(ZoneInfo(zone), cache_size=8)
    texts = _sqlite_texts(start, 3 * 3600, 7)
    assert [local(t) for t in texts] == [iso(t, ZoneInfo(zone)) for t in texts]


def test_iso_formatter_copies_the_seconds_into_the_cached_minute():
    local = iso_formatter(ZoneInfo("Asia/Jakarta"))
    assert local("2024-04-26 23:59:05.999999") == "2024-04-27T06:59:05+07:00"
    assert local("2024-04-26 23:59:41") == "2024-04-27T06:59:41+07:00"


def test_iso_formatter_takes_what_iso_takes():
    zone = ZoneInfo("Asia/Jakarta")
    local = iso_formatter(zone)
    aware = datetime(2024, 4, 26, 12, 0, 5, tzinfo=UTC)
    assert local(None) == ""
    assert local(aware) == iso(aware, zone) == "2024-04-26T19:00:05+07:00"
    assert local("2024-04-26T12:00:05+00:00") == "2024-04-26T19:00:05+07:00"
