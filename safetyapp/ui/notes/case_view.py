"""The cases (a list on the left, with New case) and the chosen one's editor on the right."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QListView, QStackedWidget, QVBoxLayout, QWidget

from safetyapp.ui.app.context import AppContext
from safetyapp.ui.kit.widgets import action_button, heading, paragraph
from safetyapp.ui.notes.case_editor import CaseEditor
from safetyapp.ui.notes.case_list import CaseListModel
from safetyapp.ui.notes.record_cards import Confirm
from safetyapp.vault.records import Case, VaultData

LIST_WIDTH = 230
"""The list of cases, beside the case shown."""


class CaseView(QWidget):
    changed = Signal()
    refused = Signal(str)
    current_changed = Signal()

    def __init__(
        self,
        data: VaultData,
        context: AppContext,
        now: Callable[[], dt.datetime],
        confirm: Confirm,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._data = data
        self._context = context
        self._now = now
        self._confirm = confirm
        self.editor: CaseEditor | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)

        left = QVBoxLayout()
        self.new_button = action_button(self.tr("New case"), self.tr("Start a new case"))
        self.new_button.clicked.connect(self.new_case)
        left.addWidget(self.new_button)
        self.model = CaseListModel(data.cases)
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Cases"))
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSpacing(2)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.selectionModel().currentRowChanged.connect(self._row_changed)
        left.addWidget(self.list, 1)
        holder = QWidget()
        holder.setLayout(left)
        holder.setFixedWidth(LIST_WIDTH)
        row.addWidget(holder)

        self.right = QStackedWidget()
        self.empty = QWidget()
        empty = QVBoxLayout(self.empty)
        empty.addWidget(heading(self.tr("Nothing written yet"), 2))
        empty.addWidget(
            paragraph(
                self.tr(
                    "Press New case to start. A case is one thing that happened, with everything about it in one "
                    "place. Write down the accounts that contacted you, what they asked for, and when it happened. "
                    "It's OK to start small and add more later."
                )
            )
        )
        empty.addStretch(1)
        self.right.addWidget(self.empty)
        row.addWidget(self.right, 1)
        if self.model.rowCount():
            self.select(0)
        else:
            self._show_editor(None)

    @property
    def current_case(self) -> Case | None:
        return self.editor.case if self.editor is not None else None

    def take_focus(self) -> None:
        """The list of cases, or New case if there are none yet."""
        if self.current_case is None:
            self.new_button.setFocus()
        else:
            self.list.setFocus()

    def select(self, row: int) -> None:
        self.list.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_editor(self.model.case_at(current.row()) if current.isValid() else None)

    def _show_editor(self, case: Case | None) -> None:
        if self.editor is not None and self.editor.case is case:
            return
        old = self.editor
        self.editor = None
        if old is not None:
            old.wipe()
            self.right.removeWidget(old)
            old.deleteLater()
        if case is None:
            self.right.setCurrentWidget(self.empty)
        else:
            editor = CaseEditor(case, self._context, self._now, self._confirm)
            editor.changed.connect(self.changed)
            editor.title_changed.connect(lambda: self.model.case_changed(case.id))
            editor.refused.connect(self.refused)
            editor.delete_requested.connect(self.delete_current)
            self.right.addWidget(editor)
            self.right.setCurrentWidget(editor)
            self.editor = editor
        self.current_changed.emit()

    def new_case(self) -> None:
        case = Case.new("", now=self._now())
        row = self.model.add(case)
        self.select(row)
        self.changed.emit()
        if self.editor is not None:
            self.editor.title.setFocus()

    def delete_current(self) -> None:
        case = self.current_case
        if case is None:
            return
        if not self._confirm(
            self.tr("Delete this case?"),
            self.tr(
                "Everything in this case will be deleted: its accounts, timeline, demands and reports. "
                "You can't undo this."
            ),
            self.tr("Delete case"),
        ):
            return
        if self.current_case is not case:
            return
        row = self.model.row_of(case.id)
        self._show_editor(None)
        self.model.remove(case.id)
        self.changed.emit()
        if self.model.rowCount():
            self.select(min(row, self.model.rowCount() - 1))
        else:
            self._show_editor(None)
        self.list.setFocus()

    def wipe(self) -> None:
        if self.editor is not None:
            self.editor.wipe()
        self.model.clear()
