"""Filling Qt-style placeholders (%1, %2...) in translated text."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QGuiApplication


def fill(template: str, *values: object) -> str:
    """Replace %1..%9 with values, in one pass, so a value containing "%2" is left as it is.

    In a right-to-left language each value is a Unicode isolate (FSI ... PDI), so a phone number, a web
    address or an English name inside Urdu text keeps its own order ("childline.org.uk", not
    "uk.org.childline")."""
    isolate = QGuiApplication.isRightToLeft()

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        if number > len(values):
            return match.group(0)
        text = str(values[number - 1])
        return f"\u2068{text}\u2069" if isolate else text

    return re.sub(r"%([1-9])", value, template)


def long_date(date: dt.date) -> str:
    """A date as people write it in the user's language: "28 November 2026"."""
    return QLocale().toString(QDate(date.year, date.month, date.day), "d MMMM yyyy")
