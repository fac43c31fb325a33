"""When My notes cannot be opened: say what happened, and offer the earlier copies that can still be read."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from safetyapp.ui.kit.text import fill
from safetyapp.ui.kit.widgets import action_button, clear_layout, heading, paragraph
from safetyapp.ui.notes.words import saved_when
from safetyapp.vault.files import GenerationInfo


class ProblemView(QWidget):
    open_generation = Signal(int)
    retry = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = heading(self.tr("My notes could not be opened"), 2)
        layout.addWidget(self.title)
        self.message = paragraph("")
        self.message.setObjectName("problemMessage")
        layout.addWidget(self.message)
        self.copies_intro = paragraph("")
        layout.addWidget(self.copies_intro)
        self.copies = QVBoxLayout()
        layout.addLayout(self.copies)
        row = QHBoxLayout()
        self.retry_button = action_button(self.tr("Try again"), self.tr("Try to open My notes again"))
        self.retry_button.clicked.connect(self.retry)
        row.addWidget(self.retry_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.generation_buttons: dict[int, QWidget] = {}

    def show_problem(self, message: str, generations: list[GenerationInfo], *, offer_copies: bool = True) -> None:
        self.message.setText(message)
        self.message.setAccessibleName(message)
        clear_layout(self.copies)
        self.generation_buttons = {}
        usable = [g for g in generations if g.status == "ok"] if offer_copies else []
        if usable:
            intro = self.tr(
                "Safety Companion keeps earlier copies of your notes. You can open one of these instead. It has "
                "everything up to the time it was saved, and the damaged file is kept too."
            )
        elif offer_copies and generations:
            intro = self.tr("The earlier copies of your notes can't be opened either.")
        else:
            intro = ""
        self.copies_intro.setText(intro)
        self.copies_intro.setAccessibleName(intro)
        self.copies_intro.setVisible(bool(intro))
        for info in usable:
            when = saved_when(info.saved)
            button = action_button(fill(self.tr("Open the copy saved on %1"), when))
            button.clicked.connect(lambda _=False, n=info.number: self.open_generation.emit(n))
            self.generation_buttons[info.number] = button
            self.copies.addWidget(button)
        first = next(iter(self.generation_buttons.values()), self.retry_button)
        first.setFocus()
