"""What the app copies carries the clipboard's "secret" hints, read back from the real QClipboard: KDE's
password-manager hint, and Windows' formats that keep it out of clipboard history, Cloud Clipboard and
clipboard monitors."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from safetyapp.core.settings import Settings
from safetyapp.ui.app.main_window import MainWindow
from safetyapp.ui.pages.help import HelpPage

KDE = "x-kde-passwordManagerHint"
WINDOWS = 'application/x-qt-windows-mime;value="{}"'


def test_a_copied_number_is_marked_secret_for_clipboard_managers(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window(Settings(reader="young", first_run=False))
    page = window.show_section("help")
    assert isinstance(page, HelpPage)
    qtbot.mouseClick(page.cards["childline"].copy_buttons["phone"], Qt.MouseButton.LeftButton)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == "0800 1111"
    assert bytes(mime.data(KDE).data()) == b"secret"
    assert mime.hasFormat(WINDOWS.format("ExcludeClipboardContentFromMonitorProcessing"))
    assert bytes(mime.data(WINDOWS.format("CanIncludeInClipboardHistory")).data()) == b"\0\0\0\0"
    assert bytes(mime.data(WINDOWS.format("CanUploadToCloudClipboard")).data()) == b"\0\0\0\0"
    window.close()
    assert QGuiApplication.clipboard().text() == ""
