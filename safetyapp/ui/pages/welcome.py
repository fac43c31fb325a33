"""First run: the first things to do, then "Who are you?", so Home and Advice show the right things first."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from safetyapp.core.readers import READERS
from safetyapp.ui.kit.reader_names import reader_choice
from safetyapp.ui.kit.widgets import action_button, big_button, heading, paragraph


class WelcomePage(QWidget):
    chosen = Signal(object)  # an reader id, or None for "skip"

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        self.first_steps = paragraph(
            self.tr(
                "It can be sorted out. If someone is threatening to share images, for now: "
                "do not pay, stop replying, and do not delete the messages."
            )
        )
        self.first_steps.setProperty("role", "reassurance")
        layout.addWidget(self.first_steps)  # the first instruction, before any question
        layout.addWidget(heading(self.tr("Who are you?")))
        layout.addWidget(
            paragraph(self.tr("This helps us show the advice that fits you best. You can change it at any time."))
        )
        self.buttons = {}
        for reader in READERS:
            title, detail = reader_choice(reader)
            button = big_button(title, detail)
            button.clicked.connect(lambda _=False, a=reader: self.chosen.emit(a))
            self.buttons[reader] = button
            layout.addWidget(button)
        self.skip_button = action_button(self.tr("Skip: show me everything"))
        self.skip_button.clicked.connect(lambda: self.chosen.emit(None))
        layout.addWidget(self.skip_button)
        layout.addStretch(1)

    def first_choice(self) -> QWidget:
        """The first reader's button, where the keyboard starts. Named rather than searched for, as on
        Home (`HomePage.first_choice`): the search would build Qt's enums before the first paint."""
        return self.buttons[READERS[0]]
