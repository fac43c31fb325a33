"""Filling Qt-style placeholders (%1, %2...) in translated text; keeping right-to-left text in order."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:  # (its enums cost PySide about 3 million instructions: not before the first paint)
    from PySide6.QtGui import QTextDocument


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


ISOLATE_OPENERS = ("\u2066", "\u2067", "\u2068")  # LRI, RLI, FSI (as `fill` puts around each value)
ISOLATE_CLOSER = "\u2069"  # PDI


def first_strong_direction(text: str) -> str | None:
    """The kind ("L", "R" or "AL") of the first strong character that sets a paragraph's direction, as
    the Unicode bidi algorithm finds it: what is inside an isolate does not count. None if there is none
    (the paragraph is then left to right)."""
    depth = 0
    for character in text:
        if character in ISOLATE_OPENERS:
            depth += 1
        elif character == ISOLATE_CLOSER:
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = unicodedata.bidirectional(character)
            if kind in ("L", "R", "AL"):
                return kind
    return None


def right_to_left_first(text: str) -> str:
    """In a right-to-left language, Urdu text that begins with a Latin word (an English name, as in
    "CEOP Safety Centre (...)") would be laid out as a left-to-right paragraph: aligned to the wrong
    side, its parts in the wrong order. So would Urdu made wholly of filled-in values ("%1. %2": a
    step's number and its words), since what is inside an isolate does not set the direction. A
    right-to-left mark in front makes it an Urdu paragraph. Text wholly in English (a fallback) stays
    left to right, as English is read."""
    if not QGuiApplication.isRightToLeft():
        return text
    has_right_to_left = any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)
    return f"\u200f{text}" if has_right_to_left and first_strong_direction(text) not in ("R", "AL") else text


def set_reading_direction(document: QTextDocument, *, in_app_language: bool = True) -> None:
    """A document's paragraphs read in the app's direction: in Urdu, a paragraph that begins with an
    English name ("Report Remove ...") is still right to left. A page shown in English because it is
    not translated yet keeps English's own direction."""
    from PySide6.QtCore import Qt

    option = document.defaultTextOption()
    right_to_left = QGuiApplication.isRightToLeft() and in_app_language
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LayoutDirectionAuto)
    document.setDefaultTextOption(option)


def long_date(date: dt.date) -> str:
    """A date as people write it in the user's language: "28 November 2026"."""
    return QLocale().toString(QDate(date.year, date.month, date.day), "d MMMM yyyy")
