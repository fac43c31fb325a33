"""What the police and the platforms ask for, written down through the widgets a person uses: times and
dates typed over (whole or in part) with a clear line when they cannot be read, whether and how a demand
was paid, the amount with its currency in one box, and the user's own accounts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from safetyapp.core.typed_time import read_moment
from safetyapp.ui.notes import NotesPage
from safetyapp.ui.notes.case_editor import DEMANDS, OWN_ACCOUNTS, REPORTS, TIMELINE, CaseEditor
from safetyapp.ui.notes.record_cards import DemandCard, OwnAccountCard, ReportCard
from safetyapp.ui.notes.time_field import TIME_FORMAT, TimeField, month_names
from safetyapp.ui.notes.timeline import TimelineSection
from safetyapp.vault.records import Event
from tests.ui.notes.support import CANARY, Harness, Template, unlock

LEFT = Qt.MouseButton.LeftButton


def open_editor(make_page: Callable[..., NotesPage], qtbot: QtBot) -> CaseEditor:
    page = make_page()
    unlock(qtbot, page)
    assert page.open_view is not None and page.open_view.cases.editor is not None
    return page.open_view.cases.editor


def first_event(editor: CaseEditor) -> tuple[TimelineSection, Event]:
    """The timeline, with its first event chosen."""
    editor.tabs.setCurrentIndex(TIMELINE)
    editor.timeline.select_row(0)
    event = editor.timeline.current_event
    assert event is not None
    return editor.timeline, event


def retype(qtbot: QtBot, field: TimeField, text: str) -> None:
    """Select what the box holds and type over it, then leave the box (Tab), as a person does."""
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)


def test_typing_over_the_hour_or_the_whole_time_of_an_event_works(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    timeline, event = first_event(open_editor(make_page, qtbot))
    shown = timeline.when.edit.text()
    # Over the hour only: the text stays, the hour changes.
    timeline.when.edit.setFocus()
    timeline.when.edit.setSelection(shown.index(":") - 2, 2)
    qtbot.keyClicks(timeline.when.edit, "09")
    qtbot.keyClick(timeline.when.edit, Qt.Key.Key_Tab)
    assert event.when.astimezone().replace(tzinfo=None).hour == 9
    # The whole of it, in another form.
    retype(qtbot, timeline.when, "2/5/2025 18:05")
    assert event.when.astimezone().replace(tzinfo=None) == dt.datetime(2025, 5, 2, 18, 5)
    assert timeline.model.event_at(0) is event  # it moved to its place in time
    assert "For example" in timeline.when.message.text()


def test_a_time_that_cannot_be_read_says_so_and_changes_nothing(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    timeline, event = first_event(open_editor(make_page, qtbot))
    kept = event.when
    place = timeline.when.message.geometry()
    retype(qtbot, timeline.when, "the 31st of nothing")
    assert event.when == kept
    message = timeline.when.message.text()
    assert message.startswith("This can't be read as a date and time. Type it like this:")
    assert timeline.when.message.isVisible()
    assert timeline.when.message.geometry().top() == place.top()  # said where the example was: nothing moves
    assert timeline.when.edit.text() == "the 31st of nothing"  # what they typed stays, to be put right
    assert timeline.when.edit.accessibleDescription() == message


def test_a_demand_says_whether_how_when_and_how_much_was_paid_and_holds_its_currency_in_one_box(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    editor = open_editor(make_page, qtbot)
    editor.tabs.setCurrentIndex(DEMANDS)
    card = editor.demands.cards[0]
    assert isinstance(card, DemandCard)
    demand = card.record
    amount = card.fields[0]
    assert amount.value() == "300 GBP"  # an older demand's amount and currency, shown as one
    assert not card.paid_how.isVisible()  # nothing about how it was paid until something was
    card.paid.setCurrentIndex(card.paid.findData("yes"))
    qtbot.waitUntil(card.paid_how.isVisible)
    card.paid_how.setCurrentIndex(card.paid_how.findData("gift-card"))
    paid_amount = next(f for f in card.fields if f.field == "amount_paid")
    qtbot.keyClicks(paid_amount, "40 GBP")
    retype(qtbot, card.paid_when, "4 May 2025 8pm")
    amount.setFocus()
    amount.selectAll()
    qtbot.keyClicks(amount, "350 EUR")
    assert (demand.amount, demand.currency) == ("350 EUR", "")
    assert (demand.paid, demand.paid_how, demand.amount_paid) == ("yes", "gift-card", "40 GBP")
    assert demand.paid_when == dt.datetime(2025, 5, 4, 20, 0).astimezone()
    retype(qtbot, card.paid_when, "")
    assert demand.paid_when is None  # an empty box: not known


def test_the_users_own_accounts_have_a_place_of_their_own(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    editor = open_editor(make_page, qtbot)
    editor.tabs.setCurrentIndex(OWN_ACCOUNTS)
    assert editor.tabs.tabText(OWN_ACCOUNTS) == "Your accounts (1)"
    assert editor.own_accounts.cards[0].fields[0].value() == CANARY["own_username"]
    qtbot.mouseClick(editor.own_accounts.add_button, LEFT)
    card = editor.own_accounts.cards[1]
    assert isinstance(card, OwnAccountCard)
    card.platform.setCurrentIndex(card.platform.findData("instagram"))
    qtbot.keyClicks(card.fields[0], "me.on.insta")
    assert editor.tabs.tabText(OWN_ACCOUNTS) == "Your accounts (2)"
    assert [(a.platform, a.username) for a in editor.case.own_accounts][1] == ("instagram", "me.on.insta")
    assert all(a.username != "me.on.insta" for a in editor.case.accounts)  # apart from those who contacted them


def test_a_report_date_can_be_typed(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    editor = open_editor(make_page, qtbot)
    editor.tabs.setCurrentIndex(REPORTS)
    card = editor.reports.cards[0]
    assert isinstance(card, ReportCard)
    retype(qtbot, card.date, "7/5/2025")
    assert card.record.date == dt.date(2025, 5, 7)
    retype(qtbot, card.date, "7 Mai")
    assert card.record.date == dt.date(2025, 5, 7)
    assert card.date.message.text().startswith("This can't be read as a date.")


@pytest.mark.parametrize("language", ["en_GB", "cy", "pl", "ur"])
def test_what_the_box_shows_reads_back_in_every_language(language: str, qapp: QApplication) -> None:
    locale = QLocale(language)
    when = dt.datetime(2026, 12, 3, 21, 40)
    shown = locale.toString(QDateTime(QDate(2026, 12, 3), QTime(21, 40)), TIME_FORMAT)
    assert read_moment(shown, month_names(locale), dt.date(2026, 12, 7), None) == when
