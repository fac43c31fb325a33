"""Reading a date or a time as a person types it: "3 Dec 2026 21:40", "3/12/26 9.40pm", "2026-12-03".

Dates are read day first (as in the UK): "3/12/2026" is the 3rd of December. A month may be a number
or a name, in English or in the user's language (the caller passes the names it knows). A time is
"21:40", "21.40", "9:40pm", "9pm" or "9 pm". Anything else reads as None, never as a guess: the field
then says it could not read it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

_MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
ENGLISH_MONTHS: dict[str, int] = {
    **{name: n for n, name in enumerate(_MONTH_NAMES, 1)},
    **{name[:3]: n for n, name in enumerate(_MONTH_NAMES, 1)},
    "sept": 9,
}

# A time of day, not touching a date's digits ("3.12.2026" is a date, not 3:12).
_TIME = re.compile(
    r"(?<![\d./-])(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?![\w])"
    r"|(?<![\d./-])(\d{1,2})[:.](\d{2})(?![\d./-])",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"[\s,/.\-]+")


def read_time_of_day(text: str) -> tuple[dt.time | None, str]:
    """The time of day in `text` (None if there is none or it is not a real time), and the rest of the
    text. Raises ValueError if there is something that looks like a time but is not one ("25:00")."""
    found = _TIME.search(text)
    if found is None:
        return None, text
    rest = (text[: found.start()] + " " + text[found.end() :]).strip()
    if found.group(3):
        hour, minute, half = int(found.group(1)), int(found.group(2) or 0), found.group(3).lower()[0]
        if not 1 <= hour <= 12:
            raise ValueError("not a time")
        hour = hour % 12 + (12 if half == "p" else 0)
    else:
        hour, minute = int(found.group(4)), int(found.group(5))
    if hour > 23 or minute > 59:
        raise ValueError("not a time")
    return dt.time(hour, minute), rest


def read_date(text: str, months: Mapping[str, int], today: dt.date) -> dt.date | None:
    """The date in `text`, or None. `months` maps lower-case month names to 1..12 (English ones are
    always known). A year left out is this year; a two-digit year is in the 2000s."""
    words = [w for w in _SEPARATORS.split(text.strip().lower()) if w]
    if not 2 <= len(words) <= 3:
        return None
    names = {**ENGLISH_MONTHS, **{name.lower().rstrip("."): n for name, n in months.items()}}
    month = None
    numbers: list[str] = []
    for word in words:
        if word.isdigit():
            numbers.append(word)
        elif word.rstrip(".") in names and month is None:
            month = names[word.rstrip(".")]
        else:
            return None
    try:
        if month is None:  # all numbers: year first if it has four digits, else day, month, year
            if len(numbers) == 3 and len(numbers[0]) == 4:
                year, month, day = int(numbers[0]), int(numbers[1]), int(numbers[2])
            else:
                day, month = int(numbers[0]), int(numbers[1])
                year = _year(numbers[2]) if len(numbers) == 3 else today.year
        else:
            if len(numbers) == 2 and len(numbers[0]) == 4:  # 2026 Dec 3
                numbers.reverse()
            day = int(numbers[0])
            year = _year(numbers[1]) if len(numbers) == 2 else today.year
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year(text: str) -> int:
    if len(text) == 2:
        return 2000 + int(text)
    if len(text) != 4:
        raise ValueError("not a year")
    return int(text)


def read_moment(text: str, months: Mapping[str, int], today: dt.date, before: dt.datetime | None) -> dt.datetime | None:
    """A date and time of day typed as one text, as a naive local time; None if it cannot be read.
    Only a time keeps the date it had (`before`, or today); only a date keeps the time it had."""
    text = re.sub(r"(?<=\d)[tT](?=\d)", " ", text)  # 2026-12-03T21:40
    try:
        time, rest = read_time_of_day(text)
    except ValueError:
        return None
    date = read_date(rest, months, today) if rest.strip() else None
    if date is None and rest.strip():
        return None
    if date is None and time is None:
        return None
    if date is None:
        date = before.date() if before is not None else today
    if time is None:
        time = before.time().replace(second=0, microsecond=0) if before is not None else dt.time(0, 0)
    return dt.datetime.combine(date, time)
