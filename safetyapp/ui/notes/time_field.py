"""A date, or a date and time, that a person types: "3 Dec 2026 21:40", "3/12/26 9.40pm", "21:40".

A plain text box, not a spin box: typing over any part of it works, and so does typing it whole. What is
typed is read as soon as it makes sense (safetyapp.core.typed_time); when the person leaves the box with
something that cannot be read, the line under it says so and shows how to write it. That line is always
there (an example until then), so nothing below it moves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, Signal
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from safetyapp.core.typed_time import read_date, read_moment
from safetyapp.ui.kit.feedback import announce
from safetyapp.ui.kit.text import fill
from safetyapp.ui.kit.widgets import paragraph
from safetyapp.ui.notes.fields import TYPED_TIME, SafeLineEdit

DATE_FORMAT = "d MMM yyyy"
TIME_FORMAT = "d MMM yyyy, HH:mm"


def month_names(locale: QLocale) -> dict[str, int]:
    """Every name `locale` gives each month (long and short, both forms), lower case -> 1..12."""
    names: dict[str, int] = {}
    for month in range(1, 13):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            for name in (locale.monthName(month, form), locale.standaloneMonthName(month, form)):
                names[name.lower().rstrip(".")] = month
    return names


def local(when: dt.datetime) -> dt.datetime:
    """An aware time as this computer's local time, naive, to the minute (as it is typed and shown)."""
    return when.astimezone().replace(tzinfo=None, second=0, microsecond=0)


def from_local(value: dt.datetime) -> dt.datetime:
    """A naive time typed in local time, as an aware datetime with this computer's offset on that date."""
    return value.astimezone()


def shown_date(value: dt.date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), DATE_FORMAT)


def shown_time(value: dt.datetime) -> str:
    date = QDate(value.year, value.month, value.day)
    return QLocale().toString(QDateTime(date, QTime(value.hour, value.minute)), TIME_FORMAT)


class TimeField(QWidget):
    """A typed local date and time (naive: the caller adds the zone), or only a date (`with_time=False`).
    `changed` whenever what is typed reads as a new value. `optional`: an empty box means "not known"."""

    changed = Signal()
    refused = Signal(str)  # a picture or file pasted or dropped: what to say

    def __init__(
        self,
        name: str,
        today: Callable[[], dt.date],
        *,
        with_time: bool = True,
        optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._with_time = with_time
        self._optional = optional
        self._value: dt.datetime | None = None
        self._months = month_names(QLocale())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = SafeLineEdit(TYPED_TIME, name)
        self.edit.refused.connect(self.refused)
        layout.addWidget(self.edit)
        self.message = paragraph("", small=True)
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.message)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self._say(problem=False)

    # -- the value
    def value(self) -> dt.datetime | None:
        """The date and time (a date at midnight without a time), or None if empty or not known."""
        return self._value

    def date_value(self) -> dt.date | None:
        return None if self._value is None else self._value.date()

    def set_value(self, value: dt.datetime | dt.date | None) -> None:
        """Show `value` (no `changed`): a naive local time, or a date."""
        if value is not None and not isinstance(value, dt.datetime):
            value = dt.datetime.combine(value, dt.time(0, 0))
        self._value = value
        self.edit.setText(self._shown(value))
        self._say(problem=False)

    # -- typing
    def _blank(self) -> bool:
        return not self.edit.text().strip()

    def _read(self, text: str) -> dt.datetime | None:
        today = self._today()
        if not self._with_time:
            date = read_date(text, self._months, today)
            return None if date is None else dt.datetime.combine(date, dt.time(0, 0))
        return read_moment(text, self._months, today, self._value)

    def _typed(self, text: str) -> None:
        value = self._read(text)
        if value is None and self._blank() and self._optional:
            value = None
        elif value is None:
            return  # still typing, perhaps: said when they leave the box
        self._say(problem=False)
        if value != self._value:
            self._value = value
            self.changed.emit()

    def _finished(self) -> None:
        if self._blank() and self._optional:
            return
        value = self._read(self.edit.text())
        if value is None:
            self._say(problem=True)
            return
        self.edit.setText(self._shown(value))
        self._say(problem=False)
        if value != self._value:
            self._value = value
            self.changed.emit()

    def _shown(self, value: dt.datetime | None) -> str:
        if value is None:
            return ""
        return shown_time(value) if self._with_time else shown_date(value.date())

    def _say(self, *, problem: bool) -> None:
        example = self._shown(dt.datetime.combine(self._today(), dt.time(21, 40)))
        if not problem:
            text = fill(self.tr("For example: %1"), example)
        elif self._with_time:
            text = fill(self.tr("This can't be read as a date and time. Type it like this: %1"), example)
        else:
            text = fill(self.tr("This can't be read as a date. Type it like this: %1"), example)
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.edit.setAccessibleDescription(text)
        font = self.message.font()
        font.setBold(problem)  # the same place and size: only the words and their weight change
        self.message.setFont(font)
        if problem:
            announce(self.message, text)
