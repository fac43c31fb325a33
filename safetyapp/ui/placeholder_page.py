from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from safetyapp.ui.widgets import heading


class PlaceholderPage(QWidget):
    def __init__(self, title: str) -> None:
        super().__init__()
        QVBoxLayout(self).addWidget(heading(title))
