"""Dates and times read as people type them, day first as in the UK; what is not a time is never guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from safetyapp.core.typed_time import read_moment

TODAY = dt.date(2025, 6, 3)
BEFORE = dt.datetime(2025, 6, 1, 20, 30)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("3 Dec 2026 21:40", dt.datetime(2026, 12, 3, 21, 40)),
        ("3 December 2026, 9:40pm", dt.datetime(2026, 12, 3, 21, 40)),
        ("3/12/2026 21.40", dt.datetime(2026, 12, 3, 21, 40)),
        ("2026-12-03T21:40", dt.datetime(2026, 12, 3, 21, 40)),
        ("3/12/26 9pm", dt.datetime(2026, 12, 3, 21, 0)),
        ("21:15", dt.datetime(2025, 6, 1, 21, 15)),  # only a time: the day it had
        ("4 Dec", dt.datetime(2025, 12, 4, 20, 30)),  # only a date: the time it had, this year
        ("3 gru 2026 10:00", dt.datetime(2026, 12, 3, 10, 0)),  # a month name in the user's language
    ],
)
def test_times_are_read_as_people_type_them(typed: str, meant: dt.datetime) -> None:
    assert read_moment(typed, {"gru": 12}, TODAY, BEFORE) == meant


@pytest.mark.parametrize("typed", ["25:00", "31 Jun 2026", "next tuesday", "3 Dec 2026 21:4", "3 Dec 2026 22"])
def test_what_is_not_a_time_is_never_guessed(typed: str) -> None:
    assert read_moment(typed, {}, TODAY, BEFORE) is None
