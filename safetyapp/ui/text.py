"""Filling Qt-style placeholders (%1, %2...) in translated text."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale


def fill(template: str, *values: object) -> str:
    """Replace %1..%9 with values, in one pass, so a value containing "%2" is left as it is."""
    return re.sub(
        r"%([1-9])",
        lambda m: str(values[int(m.group(1)) - 1]) if int(m.group(1)) <= len(values) else m.group(0),
        template,
    )


def long_date(date: dt.date) -> str:
    """A date as people write it in the user's language: "28 November 2026"."""
    return QLocale().toString(QDate(date.year, date.month, date.day), "d MMMM yyyy")
