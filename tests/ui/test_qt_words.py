"""Qt's own words (the buttons of every dialog, the file dialog's labels) are in the reader's language.

Qt ships a translation for Polish but none for Welsh or Urdu; for those the app carries its own
(i18n/qtwords_cy.ts, qtwords_ur.ts; and qtwords_pl.ts for the few Qt's Polish lacks). The file dialog
here is the app's own, opened as the app opens it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QFileInfo, QTimer
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from safetyapp.core.library import load_library
from safetyapp.ui.kit.file_dialogs import documents_folder, save_file_name
from safetyapp.ui.kit.languages import install_language

# Typing is not needed here, but the dialog's name box may still try to raise its completion popup.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")

ENGLISH = {"Cancel", "Save", "Open", "Look in:", "File name:", "Files of type:", "Back", "Forward", "OK"}
EXPECTED = {  # (Cancel, Save, OK, a folder's type in the file list) as the reader sees them
    "cy": ("Canslo", "Cadw", "Iawn", "Ffolder"),
    "pl": ("Anuluj", "Zachowaj", "OK", "Katalog"),
    "ur": ("منسوخ کریں", "محفوظ کریں", "ٹھیک ہے", "فولڈر"),
}


def plain(text: str) -> str:
    return text.replace("&", "").strip()


@pytest.fixture
def app_in(qtbot: QtBot) -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield app
    install_language(app, load_library("en-GB").language_info)


def words_in_the_save_dialog(parent: QWidget) -> list[str]:
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not (isinstance(dialog, QFileDialog) and dialog.isVisible()):
            QTimer.singleShot(20, look)
            return
        widgets = [w for w in dialog.findChildren(QWidget) if w.isVisibleTo(dialog)]
        seen.extend(plain(w.text()) for w in widgets if isinstance(w, (QLabel, QAbstractButton)) and w.text())
        seen.extend(plain(w.toolTip()) for w in widgets if w.toolTip())
        dialog.reject()

    QTimer.singleShot(0, look)
    save_file_name(parent, "Save the report", "report.txt", "Text files (*.txt)")
    return seen


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_the_file_dialog_and_dialog_buttons_speak_the_readers_language(
    app_in: QApplication, qtbot: QtBot, language: str
) -> None:
    assert install_language(app_in, load_library(language).language_info) == []
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    documents_folder().mkdir(parents=True, exist_ok=True)
    seen = words_in_the_save_dialog(parent)
    cancel, save, ok, folder = EXPECTED[language]
    assert cancel in seen and save in seen, seen
    assert not ENGLISH & set(seen), f"English left in the {language} file dialog: {sorted(ENGLISH & set(seen))}"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {plain(button.text()) for button in box.buttons()}
    assert texts == {ok, cancel}
    assert QAbstractFileIconProvider().type(QFileInfo(str(documents_folder()))) == folder  # the list's Type column
