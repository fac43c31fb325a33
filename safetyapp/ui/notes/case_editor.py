"""One case: its title, and tabs for the accounts that contacted the user, the user's own accounts, the
timeline, the demands, the reports made and notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from safetyapp.ui.app.context import AppContext
from safetyapp.ui.kit.text import fill
from safetyapp.ui.kit.widgets import action_button, paragraph
from safetyapp.ui.notes.fields import SafeLineEdit, SafeTextEdit
from safetyapp.ui.notes.record_cards import AccountCard, CardsSection, Confirm, DemandCard, OwnAccountCard, ReportCard
from safetyapp.ui.notes.timeline import TimelineSection
from safetyapp.vault.records import Account, Case, Demand, ReportMade

ACCOUNTS, OWN_ACCOUNTS, TIMELINE, DEMANDS, REPORTS, NOTES = range(6)


class CaseEditor(QWidget):
    """Edits `case` in place. `changed` after every edit; `title_changed` when the title changes."""

    changed = Signal()
    title_changed = Signal()
    refused = Signal(str)
    delete_requested = Signal()

    def __init__(
        self,
        case: Case,
        context: AppContext,
        now: Callable[[], dt.datetime],
        confirm: Confirm,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.case = case
        self._now = now
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        form = QFormLayout()
        self.title = SafeLineEdit("title", self.tr("Name of this case"))
        self.title.setPlaceholderText(self.tr("A name to find it by, for example: Instagram, May"))
        self.title.set_value(case.title)
        self.title.edited.connect(self._title_edited)
        self.title.refused.connect(self.refused)
        form.addRow(self.tr("Name"), self.title)
        top.addLayout(form, 1)
        self.delete_button = action_button(self.tr("Delete case…"), self.tr("Delete this case"))
        self.delete_button.clicked.connect(self.delete_requested)
        top.addWidget(self.delete_button)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of this case"))
        self.tabs.tabBar().setAccessibleName(self.tr("Parts of this case"))
        today = now().date()
        self.accounts = CardsSection(
            case.accounts,
            self.tr(
                "The accounts that contacted you or threatened you. Write the username exactly as it is shown: "
                "it is how the police and the apps find them."
            ),
            self.tr("Add an account"),
            Account,
            lambda record, n: AccountCard(record, n, context),
            confirm,
            (
                self.tr("Remove this account?"),
                self.tr("What you wrote about this account will be removed from this case."),
                self.tr("Remove"),
            ),
        )
        self.own_accounts = CardsSection(
            case.own_accounts,
            self.tr(
                "Your own account where this is happening (for example on Snapchat or Instagram), and your "
                "username there. The police will ask for it, and so will the company that runs that app."
            ),
            self.tr("Add your account"),
            Account,
            lambda record, n: OwnAccountCard(record, n),
            confirm,
            (
                self.tr("Remove your account?"),
                self.tr("What you wrote about your account will be removed from this case."),
                self.tr("Remove"),
            ),
        )
        self.timeline = TimelineSection(case, now, confirm)
        self.demands = CardsSection(
            case.demands,
            self.tr(
                "What they asked for, and how they wanted it paid. Don't pay: it usually leads to more demands. "
                "If something was paid, say so here: it is not your fault, and it helps the police."
            ),
            self.tr("Add a demand"),
            Demand,
            lambda record, n: DemandCard(record, n, lambda: now().date()),
            confirm,
            (
                self.tr("Remove this demand?"),
                self.tr("What you wrote about this demand will be removed from this case."),
                self.tr("Remove"),
            ),
        )
        self.reports = CardsSection(
            case.reports,
            self.tr(
                "Who you have told or reported it to: CEOP, the police, the app they used, your school. Add each one."
            ),
            self.tr("Add a report"),
            lambda: ReportMade(date=today),
            lambda record, n: ReportCard(record, n, today),
            confirm,
            (
                self.tr("Remove this report?"),
                self.tr("What you wrote about this report will be removed from this case."),
                self.tr("Remove"),
            ),
        )
        notes_tab = QWidget()
        notes_layout = QVBoxLayout(notes_tab)
        notes_layout.addWidget(
            paragraph(self.tr("Anything else you want to remember. Words only: never pictures."), small=True)
        )
        self.notes = SafeTextEdit("notes", self.tr("Other notes about this case"))
        self.notes.set_value(case.notes)
        self.notes.edited.connect(self._notes_edited)
        self.notes.refused.connect(self.refused)
        notes_layout.addWidget(self.notes, 1)

        for section in (self.accounts, self.own_accounts, self.timeline, self.demands, self.reports):
            section.changed.connect(self._edited)
            section.refused.connect(self.refused)
            section.count_changed.connect(self._update_tab_names)
        for widget in (self.accounts, self.own_accounts, self.timeline, self.demands, self.reports, notes_tab):
            self.tabs.addTab(widget, "")
        self._update_tab_names()
        layout.addWidget(self.tabs, 1)

    def _update_tab_names(self) -> None:
        names = (
            (self.tr("Their accounts"), self.tr("Their accounts (%1)"), self.accounts.count()),
            (self.tr("Your accounts"), self.tr("Your accounts (%1)"), self.own_accounts.count()),
            (self.tr("Timeline"), self.tr("Timeline (%1)"), self.timeline.count()),
            (self.tr("Demands"), self.tr("Demands (%1)"), self.demands.count()),
            (self.tr("Reports made"), self.tr("Reports made (%1)"), self.reports.count()),
        )
        for index, (plain, counted, count) in enumerate(names):
            self.tabs.setTabText(index, fill(counted, count) if count else plain)
        self.tabs.setTabText(NOTES, self.tr("Other notes"))

    def _edited(self) -> None:
        self.case.updated = self._now()
        self.changed.emit()

    def _title_edited(self) -> None:
        self.case.title = self.title.value()
        self._edited()
        self.title_changed.emit()

    def _notes_edited(self) -> None:
        self.case.notes = self.notes.value()
        self._edited()

    def wipe(self) -> None:
        """Take every note out of the widgets (on lock), without touching the case."""
        for field in (self.title, self.notes):
            field.blockSignals(True)
            field.set_value("")
        self.accounts.wipe()
        self.own_accounts.wipe()
        self.timeline.wipe()
        self.demands.wipe()
        self.reports.wipe()
