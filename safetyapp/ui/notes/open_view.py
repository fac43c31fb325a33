"""My notes while unlocked: the cases, a save status, and Make a report, Backups and settings, Lock.

Built when the notes are unlocked and destroyed when they lock, so no note text outlives the unlock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safetyapp.ui.app.context import AppContext
from safetyapp.ui.kit.theme import accent_colour
from safetyapp.ui.kit.widgets import action_button
from safetyapp.ui.notes.case_view import CaseView
from safetyapp.ui.notes.notice import NoticeBar
from safetyapp.ui.notes.options_panel import OptionsPanel
from safetyapp.ui.notes.record_cards import Confirm
from safetyapp.vault.records import Case, VaultData

SAVED, SAVING, NOT_SAVED = "saved", "saving", "not-saved"


class OpenView(QWidget):
    edited = Signal()
    lock_requested = Signal()
    report_requested = Signal()

    def __init__(
        self,
        data: VaultData,
        context: AppContext,
        now: Callable[[], dt.datetime],
        confirm: Confirm,
        *,
        minutes: int,
        keyring_on: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        self.status.setProperty("role", "small")
        # (its words wrap: at 200% text, in Urdu, the bar was wider than the page)
        self.status.setWordWrap(True)
        bar.addWidget(self.status, 1)
        self.report_button = action_button(self.tr("Make a report…"), self.tr("Make a report of this case"))
        self.report_button.clicked.connect(self.report_requested)
        self.options_button = action_button(self.tr("Backups and settings"))
        self.options_button.clicked.connect(self.show_options)
        self.lock_button = action_button(self.tr("Lock"), self.tr("Lock My notes"))
        self.lock_button.setToolTip(self.tr("Lock My notes now (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock_requested)
        for button in (self.report_button, self.options_button, self.lock_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.save_problem = QLabel()
        self.save_problem.setObjectName("saveProblem")
        self.save_problem.setWordWrap(True)
        accent = accent_colour(context.settings.theme, context.app.palette())
        self.save_problem.setStyleSheet(f"QLabel {{ color: {accent}; font-weight: 600; }}")
        self.save_problem.hide()
        layout.addWidget(self.save_problem)
        self.notice = NoticeBar()
        layout.addWidget(self.notice)

        self.stack = QStackedWidget()
        self.cases = CaseView(data, context, now, confirm)
        self.cases.changed.connect(self.edited)
        self.cases.refused.connect(self.notice.show_message)
        self.cases.current_changed.connect(self._update_buttons)
        self.options = OptionsPanel(minutes, keyring_on)
        self.options.back.connect(self.show_cases)
        self.stack.addWidget(self.cases)
        self.stack.addWidget(self.options)
        layout.addWidget(self.stack, 1)
        lock_key = QShortcut(QKeySequence("Ctrl+L"), self)
        lock_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        lock_key.activated.connect(self.lock_requested)
        self.set_status(SAVED)
        self._update_buttons()

    @property
    def current_case(self) -> Case | None:
        return self.cases.current_case

    def new_case(self) -> None:
        """Show the cases and start a new one."""
        self.show_cases()
        self.cases.new_case()

    def set_editable(self, editable: bool) -> None:
        """Off while the passphrase is being changed."""
        self.cases.setEnabled(editable)

    def show_saving(self) -> None:
        """An edit is waiting to be saved; a problem with the last save stays on screen until it is solved."""
        if not self.save_problem.text():
            self.set_status(SAVING)

    def _update_buttons(self) -> None:
        on_cases = self.stack.currentWidget() is self.cases
        self.report_button.setEnabled(on_cases and self.cases.current_case is not None)
        self.options_button.setEnabled(on_cases)

    def show_options(self) -> None:
        self.stack.setCurrentWidget(self.options)
        self._update_buttons()
        self.options.back_button.setFocus()

    def show_cases(self) -> None:
        self.stack.setCurrentWidget(self.cases)
        self._update_buttons()
        self.options_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.stack.currentWidget() is self.options:
            self.show_cases()
            return
        super().keyPressEvent(event)

    def set_status(self, state: str, problem: str = "") -> None:
        text = {
            SAVED: self.tr("All changes saved"),
            SAVING: self.tr("Saving…"),
            NOT_SAVED: self.tr("Not saved yet"),
        }[state]
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.save_problem.setText(problem)
        self.save_problem.setAccessibleName(problem)
        self.save_problem.setVisible(bool(problem))

    def wipe(self) -> None:
        """Take every note out of every widget and model now (deletion follows later)."""
        self.cases.wipe()
        for field in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            field.blockSignals(True)
            if isinstance(field, QLineEdit):
                field.setText("")
            else:
                field.setPlainText("")
        self.notice.dismiss()
