"""A new passphrase, typed twice, with a simple hint about how strong it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

MIN_LENGTH = 8

translate = QCoreApplication.translate


def strength_hint(passphrase: str) -> tuple[bool, str]:
    """(long enough, a short hint). Length matters most; a few unrelated words beat clever symbols."""
    length = len(passphrase)
    if length == 0:
        return False, translate("NotesPassphrase", "Use at least 8 characters. A few unrelated words work well.")
    if length < MIN_LENGTH:
        return False, translate("NotesPassphrase", "Too short: use at least 8 characters.")
    if len(set(passphrase)) <= 3 or (passphrase.isdigit() and length < 12):
        return True, translate(
            "NotesPassphrase", "Easy to guess. Try three or four words that have nothing to do with each other."
        )
    if length < 12:
        return True, translate(
            "NotesPassphrase", "OK. Longer is safer: try three or four words that have nothing to do with each other."
        )
    if length < 16:
        return True, translate("NotesPassphrase", "Good.")
    return True, translate("NotesPassphrase", "Strong.")


def password_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    field.setMaxLength(1024)
    return field


def _with_hint(field: QLineEdit, hint: QLabel) -> QWidget:
    """A field with its hint right under it."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(hint)
    return box


class PassphrasePair(QWidget):
    """Two fields and their hints. `changed` fires on every keystroke; `ready()` says if they can be used.
    `submitted` is Enter in the second field."""

    changed = Signal()
    submitted = Signal()

    def __init__(self, first_label: str, second_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.first = password_field(first_label)
        self.second = password_field(second_label)
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        self.strength.setProperty("role", "small")
        self.match = QLabel()
        self.match.setWordWrap(True)
        self.match.setProperty("role", "small")
        form.addRow(first_label, _with_hint(self.first, self.strength))
        form.addRow(second_label, _with_hint(self.second, self.match))
        outer.addLayout(form)
        self.show_box = QCheckBox(self.tr("Show what I type"))
        self.show_box.setAccessibleName(self.tr("Show the passphrase as I type it"))
        self.show_box.toggled.connect(self._show)
        outer.addWidget(self.show_box)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.second.returnPressed.connect(self._enter)
        self.first.returnPressed.connect(self.second.setFocus)
        self._update()

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _update(self) -> None:
        _ok, hint = strength_hint(self.first.text())
        self.strength.setText(hint)
        self.strength.setAccessibleName(hint)
        if not self.second.text():
            self.match.setText(self.tr("Type it again here, to be sure."))
        elif self.second.text() == self.first.text():
            self.match.setText(self.tr("Both are the same."))
        else:
            self.match.setText(self.tr("These two are not the same yet."))
        self.match.setAccessibleName(self.match.text())
        self.changed.emit()

    def _enter(self) -> None:
        if self.ready():
            self.submitted.emit()

    def ready(self) -> bool:
        return strength_hint(self.first.text())[0] and self.first.text() == self.second.text()

    def passphrase(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
        self.show_box.setChecked(False)
