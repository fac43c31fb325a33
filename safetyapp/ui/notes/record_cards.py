"""Accounts, demands and reports made: one card each, edited where it is shown.

A case has a handful of these (unlike the timeline, which may hold thousands), so each is a small
form. Every change is written straight into the record; the page saves shortly after.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safetyapp.ui.app.context import AppContext
from safetyapp.ui.kit.text import fill
from safetyapp.ui.kit.widgets import WrappingButton, action_button, heading, paragraph
from safetyapp.ui.notes.fields import SafeLineEdit, SafeTextEdit
from safetyapp.ui.notes.time_field import TimeField, from_local, local
from safetyapp.ui.notes.words import guide_for_platform, paid_names, payment_method_names, platform_names
from safetyapp.vault.records import Account, Demand, ReportMade

Confirm = Callable[[str, str, str], bool]


def _short_text(field: str, name: str) -> SafeTextEdit:
    edit = SafeTextEdit(field, name)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
    return edit


def focus_chain(root: QWidget) -> list[QWidget]:
    """The controls under `root` that Tab stops at, in the order they were made (the reading order)."""
    window = root.window()
    return [
        w
        for w in root.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.window() is window  # not the list that pops up from a combo box
        and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)
    ]


class RecordCard(QFrame):
    """One record: a heading, a form, and a Remove button. Subclasses fill the form."""

    changed = Signal()
    refused = Signal(str)
    remove_requested = Signal(object)

    def __init__(self, record: Any, title: str, remove_text: str) -> None:
        super().__init__()
        self.record = record
        self.setProperty("role", "card")
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        top = QHBoxLayout()
        self.heading = heading(title, 3)
        top.addWidget(self.heading, 1)
        self.remove_button = action_button(self.tr("Remove"), remove_text)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.record))
        top.addWidget(self.remove_button)
        layout.addLayout(top)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields when narrow
        layout.addLayout(self.form)
        self.fields: list[SafeLineEdit | SafeTextEdit] = []

    def bind(self, label: str, field: SafeLineEdit | SafeTextEdit, attribute: str) -> SafeLineEdit | SafeTextEdit:
        field.set_value(getattr(self.record, attribute))
        field.edited.connect(lambda: self._set(attribute, field.value()))
        field.refused.connect(self.refused)
        self.fields.append(field)
        self.form.addRow(label, field)
        return field

    def _set(self, attribute: str, value: object) -> None:
        setattr(self.record, attribute, value)
        self.changed.emit()

    def choices(self, label: str, names: dict[str, str], attribute: str) -> QComboBox:
        """A drop-down for one of `names` (id -> words), kept in the record's `attribute`."""
        box = QComboBox()
        box.setAccessibleName(label)
        for key, name in names.items():
            box.addItem(name, key)
        box.setCurrentIndex(max(0, box.findData(getattr(self.record, attribute))))
        box.currentIndexChanged.connect(lambda: self._set(attribute, box.currentData()))
        self.form.addRow(label, box)
        return box

    def first_field(self) -> QWidget:
        return self.fields[0] if self.fields else self.remove_button

    def is_empty(self) -> bool:
        return not any(f.value().strip() for f in self.fields)

    def wipe(self) -> None:
        for field in self.fields:
            field.blockSignals(True)
            field.set_value("")


class OwnAccountCard(RecordCard):
    """One of the user's own accounts: where it is, and its username."""

    def __init__(self, account: Account, number: int) -> None:
        super().__init__(
            account, fill(self.tr("Your account %1"), number), fill(self.tr("Remove your account %1"), number)
        )
        self.platform = self.choices(self.tr("Platform or app"), platform_names(), "platform")
        username = self.bind(
            self.tr("Your username"), SafeLineEdit("username", self.tr("Your username there")), "username"
        )
        username.setPlaceholderText(self.tr("Exactly as it is shown, for example @name_123"))


class AccountCard(RecordCard):
    """An account: the platform (the guides' list, with "How do I find their username on X?" beside it, which
    opens that platform's guide), the username with a Copy button, the display name, the profile link."""

    def __init__(self, account: Account, number: int, context: AppContext) -> None:
        super().__init__(
            account,
            fill(self.tr("Account %1"), number),
            fill(self.tr("Remove account %1"), number),
        )
        self._context = context
        self.platform = QComboBox()
        self.platform.setAccessibleName(self.tr("Platform or app"))
        names = platform_names()
        offered = [platform.id for platform in context.library.guides.platforms]  # the guides' list
        if account.platform not in offered:  # an id an earlier version offered: kept as it was
            offered.append(account.platform)
        for pid in offered:
            self.platform.addItem(names.get(pid, pid), pid)
        self.platform.setCurrentIndex(max(0, self.platform.findData(account.platform)))
        self.platform.currentIndexChanged.connect(self._platform_chosen)
        self.form.addRow(self.tr("Platform or app"), self.platform)
        self.find_username = WrappingButton()
        self.find_username.clicked.connect(
            lambda: context.open_guide.emit(guide_for_platform(str(self.platform.currentData())))
        )
        self.form.addRow("", self.find_username)  # (in the card before it is shown or hidden: never a window)
        self._name_guide()

        self.username = SafeLineEdit("username", self.tr("Username or handle"))
        self.username.setPlaceholderText(self.tr("Exactly as it is shown, for example @name_123"))
        self.username.set_value(account.username)
        self.username.edited.connect(lambda: self._set("username", self.username.value()))
        self.username.refused.connect(self.refused)
        self.fields.append(self.username)
        row = QHBoxLayout()
        row.addWidget(self.username, 1)
        self.copy_button = action_button(self.tr("Copy"), fill(self.tr("Copy the username of account %1"), number))
        self.copy_button.clicked.connect(self.copy_username)
        row.addWidget(self.copy_button)
        self.form.addRow(self.tr("Username or handle"), row)
        self.copied = paragraph("", small=True)
        self.copied.hide()
        self.form.addRow("", self.copied)
        self._copied_timer = QTimer(self)
        self._copied_timer.setSingleShot(True)
        self._copied_timer.timeout.connect(self.copied.hide)

        self.bind(self.tr("Display name"), SafeLineEdit("display_name", self.tr("Display name")), "display_name")
        link = self.bind(self.tr("Profile link"), SafeLineEdit("profile_link", self.tr("Profile link")), "profile_link")
        link.setPlaceholderText(self.tr("The web address of their profile, if you have it"))
        self.bind(self.tr("Notes"), _short_text("notes", self.tr("Notes about this account")), "notes")

    def _platform_chosen(self) -> None:
        self._set("platform", self.platform.currentData())
        self._name_guide()

    def _name_guide(self) -> None:
        """The button to the chosen platform's guide says which app; hidden if that guide is not there."""
        guide = self._context.library.guides.guides.get(guide_for_platform(str(self.platform.currentData())))
        if guide is None or not guide.ok or guide.id == "other":
            text = self.tr("How do I find their username?")
        else:
            text = fill(self.tr("How do I find their username on %1?"), guide.name)
        self.find_username.set_words(text)
        self.find_username.setVisible(guide is not None and guide.ok)

    def copy_username(self) -> None:
        name = self.username.value()
        if not name:
            return
        self._context.clipboard.copy(name, sensitive=True)
        text = self.tr("Copied. It will be cleared from the clipboard in 30 seconds.")
        self.copied.setText(text)
        self.copied.setAccessibleName(text)
        self.copied.show()
        self._copied_timer.start(30_000)


class DemandCard(RecordCard):
    """What they asked for, and whether, how and when anything was paid."""

    def __init__(self, demand: Demand, number: int, today: Callable[[], dt.date]) -> None:
        super().__init__(demand, fill(self.tr("Demand %1"), number), fill(self.tr("Remove demand %1"), number))
        amount = SafeLineEdit("amount", self.tr("Amount they asked for, with its currency"))
        amount.setPlaceholderText(self.tr("For example £100, 50 USD, or €20 a week"))
        amount.set_value(demand.amount_text)  # an older demand kept its currency apart: shown as one
        amount.edited.connect(lambda: self._amount_typed(amount.value()))
        amount.refused.connect(self.refused)
        self.fields.append(amount)
        self.form.addRow(self.tr("Amount asked for"), amount)
        self.method = self.choices(self.tr("How they wanted it paid"), payment_method_names(), "method")
        details = self.bind(
            self.tr("Payment details they gave"),
            _short_text("payment_details", self.tr("Payment details they gave")),
            "payment_details",
        )
        details.setPlaceholderText(self.tr("For example an account number, a wallet address or a gift card type"))

        self.paid = self.choices(self.tr("Was anything paid?"), paid_names(), "paid")
        self.paid.currentIndexChanged.connect(self._show_paid_rows)
        paid_amount = self.bind(
            self.tr("Amount paid"),
            SafeLineEdit("amount_paid", self.tr("Amount paid, with its currency")),
            "amount_paid",
        )
        paid_amount.setPlaceholderText(self.tr("For example £100"))
        self.paid_how = self.choices(self.tr("How it was paid"), payment_method_names(), "paid_how")
        self.paid_when = TimeField(self.tr("When it was paid, in this computer's time"), today, optional=True)
        self.paid_when.set_value(None if demand.paid_when is None else local(demand.paid_when))
        self.paid_when.changed.connect(self._paid_when_changed)
        self.paid_when.refused.connect(self.refused)
        self.form.addRow(self.tr("When it was paid"), self.paid_when)
        self._paid_rows = (paid_amount, self.paid_how, self.paid_when)
        self.bind(self.tr("Notes"), _short_text("notes", self.tr("Notes about this demand")), "notes")
        self._show_paid_rows()

    def _amount_typed(self, text: str) -> None:
        self.record.set_amount(text)
        self.changed.emit()

    def _show_paid_rows(self) -> None:
        """Amount paid, how and when: only once the answer is that something was paid."""
        for widget in self._paid_rows:
            self.form.setRowVisible(widget, self.paid.currentData() == "yes")

    def _paid_when_changed(self) -> None:
        value = self.paid_when.value()
        self._set("paid_when", None if value is None else from_local(value))


class ReportCard(RecordCard):
    def __init__(self, report: ReportMade, number: int, today: dt.date) -> None:
        super().__init__(report, fill(self.tr("Report %1"), number), fill(self.tr("Remove report %1"), number))
        to_whom = self.bind(
            self.tr("Made to"), SafeLineEdit("to_whom", self.tr("Who the report was made to")), "to_whom"
        )
        to_whom.setPlaceholderText(self.tr("For example CEOP, the police, Instagram, my school"))
        date_row = QHBoxLayout()
        self.date = TimeField(self.tr("Date of the report"), lambda: today, with_time=False)
        self.date.set_value(report.date if report.date is not None else today)
        self.unknown = QCheckBox(self.tr("I don't know the date"))
        self.unknown.setAccessibleName(self.tr("I don't know the date of the report"))
        self.unknown.setChecked(report.date is None)
        self.date.setEnabled(report.date is not None)
        self.date.changed.connect(self._date_changed)
        self.date.refused.connect(self.refused)
        self.unknown.toggled.connect(self._date_changed)
        date_row.addWidget(self.date, 1)
        date_row.addWidget(self.unknown, 0, Qt.AlignmentFlag.AlignTop)
        self.form.addRow(self.tr("Date"), date_row)
        self.bind(self.tr("Reference number"), SafeLineEdit("reference", self.tr("Reference number")), "reference")

    def _date_changed(self) -> None:
        self.date.setEnabled(not self.unknown.isChecked())
        self._set("date", None if self.unknown.isChecked() else self.date.date_value())


class CardsSection(QWidget):
    """A list of cards for one kind of record, with an Add button below them."""

    changed = Signal()
    refused = Signal(str)
    count_changed = Signal()

    def __init__(
        self,
        records: list[Any],
        intro: str,
        add_text: str,
        new_record: Callable[[], Any],
        make_card: Callable[[Any, int], RecordCard],
        confirm: Confirm,
        confirm_texts: tuple[str, str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._records = records
        self._new_record = new_record
        self._make_card = make_card
        self._confirm = confirm
        self._confirm_texts = confirm_texts
        self.cards: list[RecordCard] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.addWidget(paragraph(intro, small=True))
        self._cards_layout = QVBoxLayout()
        layout.addLayout(self._cards_layout)
        row = QHBoxLayout()
        self.add_button = action_button(add_text)
        self.add_button.clicked.connect(self.add)
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.scroll_area.setWidget(holder)
        outer.addWidget(self.scroll_area)
        self._rebuild()

    def count(self) -> int:
        return len(self._records)

    def _rebuild(self) -> None:
        for card in self.cards:
            self._cards_layout.removeWidget(card)
            card.wipe()
            card.deleteLater()
        self.cards = []
        for number, record in enumerate(self._records, 1):
            card = self._make_card(record, number)
            card.changed.connect(self.changed)
            card.refused.connect(self.refused)
            card.remove_requested.connect(self.remove)
            self._cards_layout.addWidget(card)
            self.cards.append(card)
        # Cards made after the Add button would come after it when tabbing; put them in reading order.
        chain = [w for card in self.cards for w in focus_chain(card)] + [self.add_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def add(self) -> None:
        self._records.append(self._new_record())
        self._rebuild()
        self.changed.emit()
        self.count_changed.emit()
        card = self.cards[-1]
        card.first_field().setFocus()
        QTimer.singleShot(0, self, lambda: self.scroll_area.ensureWidgetVisible(card))

    def remove(self, record: object) -> None:
        card = next((c for c in self.cards if c.record is record), None)
        if card is None:
            return
        if not card.is_empty() and not self._confirm(*self._confirm_texts):
            return
        if not any(r is record for r in self._records):
            return
        self._records[:] = [r for r in self._records if r is not record]
        self._rebuild()
        self.changed.emit()
        self.count_changed.emit()
        (self.cards[-1].first_field() if self.cards else self.add_button).setFocus()

    def wipe(self) -> None:
        for card in self.cards:
            card.wipe()
