"""A new passphrase, typed twice, with a hint about how strong it is, and "Suggest one for me".

The rule (at least 10 characters, hard to guess) is vault.passphrase_rules'; this says why in plain
words. A suggested passphrase goes into the fields and is shown; it is never put on the clipboard.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from safetyapp.ui.kit.feedback import announce
from safetyapp.ui.kit.widgets import action_button, wrapping_choice
from safetyapp.vault import passphrase_rules

translate = QCoreApplication.translate


def strength_hint(passphrase: str) -> tuple[bool, str]:
    """(may be used, a short hint), by the rule in vault.passphrase_rules, in the app's own words."""
    if not passphrase:
        return False, translate(
            "NotesPassphrase",
            "Use at least 10 characters. Four or five random words work well.",
        )
    found = passphrase_rules.problem(passphrase)
    if found == passphrase_rules.TOO_SHORT:
        return False, translate("NotesPassphrase", "Too short: use at least 10 characters.")
    if found is not None:
        return False, translate(
            "NotesPassphrase",
            "A computer could guess this one quickly. Try four or five words that have nothing to do with each "
            "other, or press Suggest one for me.",
        )
    if passphrase_rules.score(passphrase) < 4:
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
        # Side by side, one line less on a small screen. The button first: the tick box's words then take
        # the rest of the row, on one line where they fit and wrapped where they do not (at 200% text, in a
        # long language), so neither is ever cut off.
        self.suggest_button = action_button(
            self.tr("Suggest one for me"), self.tr("Suggest a passphrase of five random words")
        )
        self.suggest_button.clicked.connect(self.suggest)
        self.show_box = QCheckBox()
        self.show_box.setAccessibleName(self.tr("Show the passphrase as I type it"))
        show_row, _words = wrapping_choice(self.show_box, self.tr("Show what I type"))
        self.show_box.toggled.connect(self._show)
        row = QHBoxLayout()
        row.addWidget(self.suggest_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addSpacing(12)
        row.addWidget(show_row, 1, Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(row)
        self.suggestion_note = QLabel()
        self.suggestion_note.setWordWrap(True)
        self.suggestion_note.setProperty("role", "small")
        self.suggestion_note.hide()
        outer.addWidget(self.suggestion_note)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.second.returnPressed.connect(self._enter)
        self.first.returnPressed.connect(self.second.setFocus)
        self._update()

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def suggest(self) -> None:
        """Five random words in both fields, shown so they can be written down. Not copied anywhere."""
        suggestion = passphrase_rules.suggest()
        self.show_box.setChecked(True)
        self.first.setText(suggestion)
        self.second.setText(suggestion)
        note = self.tr(
            "Here is a passphrase of five random words. Write it down or learn it before you go on. "
            "You can change it: it is yours now."
        )
        self.suggestion_note.setText(note)
        self.suggestion_note.setAccessibleName(note)
        self.suggestion_note.show()
        self.first.setFocus()
        announce(self.suggestion_note, note)

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
        self.suggestion_note.hide()
