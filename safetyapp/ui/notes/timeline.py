"""The timeline of a case: a table of events in time order (a model, so 10,000 stay quick) and a form
for the one chosen. Times are typed (time_field) and shown in local time; each is kept with its UTC
offset."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safetyapp.ui.kit.widgets import action_button, paragraph
from safetyapp.ui.notes.fields import SafeTextEdit
from safetyapp.ui.notes.time_field import TimeField, from_local, local, shown_time
from safetyapp.ui.notes.words import event_kind_names
from safetyapp.vault.records import EVENT_KINDS, Case, Event

_Index = QModelIndex | QPersistentModelIndex
DETAILS_SHOWN = 120


class EventTableModel(QAbstractTableModel):
    """The events of a case, sorted by time. Rows map to `case.events` through `_order`."""

    COLUMNS = 3

    def __init__(self, events: list[Event]) -> None:
        super().__init__()
        self._events = events
        self._kinds = event_kind_names()
        self._order: list[int] = []
        self._sort()

    def _sort(self) -> None:
        events = self._events
        self._order = sorted(range(len(events)), key=lambda i: events[i].utc)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("What happened"), self.tr("Details"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole) or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._order):
            return None
        event = self._events[self._order[row]]
        column = index.column()
        if column == 0:
            return shown_time(local(event.when))
        if column == 1:
            return self._kinds.get(event.kind, event.kind)
        first = event.text.strip().split("\n", 1)[0]
        return first if len(first) <= DETAILS_SHOWN else first[:DETAILS_SHOWN] + "…"

    # -- the events
    def event_at(self, row: int) -> Event | None:
        return self._events[self._order[row]] if 0 <= row < len(self._order) else None

    def row_of(self, event: Event) -> int:
        return next((row for row, i in enumerate(self._order) if self._events[i] is event), -1)

    def add(self, event: Event) -> int:
        self.beginResetModel()
        self._events.append(event)
        self._sort()
        self.endResetModel()
        return self.row_of(event)

    def remove(self, event: Event) -> None:
        row = self.row_of(event)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        index = self._order[row]
        del self._events[index]
        self._order = [i - 1 if i > index else i for i in self._order if i != index]
        self.endRemoveRows()

    def event_changed(self, event: Event, *, time_changed: bool) -> int:
        """Show a changed event; if its time changed it may move. Its row afterwards."""
        if time_changed:
            self.layoutAboutToBeChanged.emit()
            before = self._order
            self._sort()
            rows = {i: row for row, i in enumerate(self._order)}
            for persistent in self.persistentIndexList():
                if 0 <= persistent.row() < len(before):
                    self.changePersistentIndex(
                        persistent, self.index(rows[before[persistent.row()]], persistent.column())
                    )
            self.layoutChanged.emit()
        row = self.row_of(event)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))
        return row

    def clear(self) -> None:
        self.beginResetModel()
        self._events = []
        self._order = []
        self.endResetModel()


class TimelineSection(QWidget):
    changed = Signal()
    refused = Signal(str)
    count_changed = Signal()

    def __init__(
        self,
        case: Case,
        now: Callable[[], dt.datetime],
        confirm: Callable[[str, str, str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._case = case
        self._now = now
        self._confirm = confirm
        self._current: Event | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Write down each thing that happened, and when: first contact, what they asked for, threats, "
                    "payments, blocking and reporting. Times are in this computer's time."
                ),
                small=True,
            )
        )
        buttons = QHBoxLayout()
        self.add_button = action_button(self.tr("Add something that happened"))
        self.add_button.clicked.connect(self.add_event)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.model = EventTableModel(case.events)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Timeline"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("00 Mmm 0000, 00:00") + 24)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("Asked for pictures") + 40)
        self.table.setMinimumHeight(140)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        layout.addWidget(self.table, 1)

        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setContentsMargins(0, 4, 0, 0)
        when_row = QHBoxLayout()
        self.when = TimeField(self.tr("When it happened, in this computer's time"), lambda: self._now().date())
        self.when.changed.connect(self._when_changed)
        self.when.refused.connect(self.refused)
        self.now_button = action_button(self.tr("Now"), self.tr("Set the time to now"))
        self.now_button.clicked.connect(self._set_now)
        when_row.addWidget(self.when, 1)
        when_row.addWidget(self.now_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("When"), when_row)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What happened"))
        for kind, name in event_kind_names().items():
            self.kind.addItem(name, kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("What happened"), self.kind)
        self.text = SafeTextEdit("text", self.tr("Details of what happened"))
        self.text.setPlaceholderText(self.tr("In your own words. For example: said they would send it to my friends."))
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.text.edited.connect(self._text_changed)
        self.text.refused.connect(self.refused)
        form.addRow(self.tr("Details"), self.text)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        self.remove_button = action_button(self.tr("Remove this event"))
        self.remove_button.clicked.connect(self.remove_event)
        remove_row.addWidget(self.remove_button)
        form.addRow(remove_row)
        layout.addWidget(self.form_box)
        if self.model.rowCount():
            self.select_row(self.model.rowCount() - 1)
        else:
            self._show(None)

    def count(self) -> int:
        return len(self._case.events)

    # -- choosing
    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.model.event_at(current.row()) if current.isValid() else None)

    def _show(self, event: Event | None) -> None:
        self._current = event
        self._loading = True
        try:
            self.form_box.setEnabled(event is not None)
            if event is None:
                self.text.set_value("")
                self.when.set_value(local(self._now()))
                self.kind.setCurrentIndex(self.kind.findData("other"))
                return
            self.when.set_value(local(event.when))
            self.kind.setCurrentIndex(max(0, self.kind.findData(event.kind)))
            self.text.set_value(event.text)
        finally:
            self._loading = False

    @property
    def current_event(self) -> Event | None:
        return self._current

    # -- editing
    def add_event(self) -> None:
        when = self._now().replace(second=0, microsecond=0)
        event = Event(when, "other", "")
        row = self.model.add(event)
        self.select_row(row)
        self.changed.emit()
        self.count_changed.emit()
        self.text.setFocus()

    def _set_now(self) -> None:
        self.when.set_value(local(self._now()))
        self._when_changed()

    def _when_changed(self) -> None:
        event = self._current
        value = self.when.value()
        if self._loading or event is None or value is None:
            return
        event.when = Event(from_local(value), event.kind, "").when
        row = self.model.event_changed(event, time_changed=True)
        if row >= 0:
            self.table.scrollTo(self.model.index(row, 0))
        self.changed.emit()

    def _kind_changed(self) -> None:
        event = self._current
        if self._loading or event is None:
            return
        kind = self.kind.currentData()
        if kind in EVENT_KINDS:
            event.kind = kind
            self.model.event_changed(event, time_changed=False)
            self.changed.emit()

    def _text_changed(self) -> None:
        event = self._current
        if self._loading or event is None:
            return
        event.text = self.text.value()
        self.model.event_changed(event, time_changed=False)
        self.changed.emit()

    def remove_event(self) -> None:
        event = self._current
        if event is None:
            return
        if event.text.strip() and not self._confirm(
            self.tr("Remove this event?"),
            self.tr("What you wrote about it will be removed from this case."),
            self.tr("Remove"),
        ):
            return
        if event is not self._current:
            return
        row = self.model.row_of(event)
        self.model.remove(event)
        self.changed.emit()
        self.count_changed.emit()
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))
        else:
            self._show(None)

    def wipe(self) -> None:
        self._current = None
        self.model.clear()
        self.text.blockSignals(True)
        self.text.set_value("")
