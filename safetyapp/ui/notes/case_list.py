"""The list of cases, as a model over the cases in the store (newest first, as they are kept)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt

from safetyapp.ui.kit.text import fill
from safetyapp.vault.records import Case

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class CaseListModel(QAbstractListModel):
    """Rows are `cases` (the store's own list, edited in place). Shows each title and when it last changed."""

    def __init__(self, cases: list[Case]) -> None:
        super().__init__()
        self._cases = cases

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._cases)

    def title(self, case: Case) -> str:
        return case.title.strip() or self.tr("Untitled case")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cases):
            return None
        case = self._cases[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            updated = case.updated.astimezone()
            changed = fill(
                self.tr("Changed %1"), QLocale().toString(QDate(updated.year, updated.month, updated.day), "d MMM yyyy")
            )
            return f"{self.title(case)}\n{changed}"
        if role == CASE_ID_ROLE:
            return case.id
        return None

    # -- the cases
    def case_at(self, row: int) -> Case | None:
        return self._cases[row] if 0 <= row < len(self._cases) else None

    def row_of(self, case_id: str) -> int:
        return next((i for i, c in enumerate(self._cases) if c.id == case_id), -1)

    def add(self, case: Case) -> int:
        """Put a new case at the top; its row."""
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._cases.insert(0, case)
        self.endInsertRows()
        return 0

    def remove(self, case_id: str) -> None:
        row = self.row_of(case_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._cases[row]
        self.endRemoveRows()

    def case_changed(self, case_id: str) -> None:
        row = self.row_of(case_id)
        if row >= 0:
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def clear(self) -> None:
        """Forget the cases (on lock): the model then holds nothing."""
        self.beginResetModel()
        self._cases = []
        self.endResetModel()
