"""Choosing a file to save or open, without leaving a trace of where.

Qt's own file dialog remembers the folders a user visited (its "history" and "last visited" folder) in
Qt's settings file (QtProject.conf). For this app that would be a record of where reports and backups
were saved, kept outside the app's folder even in portable mode. So: Qt's settings go to the app's own
cache folder (`keep_qt_settings_in`), and each dialog forgets its history before it closes, leaving only
the Documents folder. Qt's dialog (not the system's) is used everywhere, as the system's keeps its own
list of recent files.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, QStandardPaths, QUrl
from PySide6.QtWidgets import QFileDialog, QWidget


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def keep_qt_settings_in(folder: Path) -> None:
    """Qt's own settings (the file dialog's) are kept in `folder`, not in the user's config folder.
    (On Windows and macOS Qt keeps them in the registry or preferences; the dialogs' forgetting covers those.)"""
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))


def _ask(dialog: QFileDialog) -> Path | None:
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    chosen = dialog.selectedFiles()[0] if dialog.exec() == QFileDialog.DialogCode.Accepted else None
    shiboken6.delete(dialog)  # now: Qt saves the dialog's settings as it goes, so forget them after
    _forget_folders()
    return Path(chosen) if chosen else None


def _forget_folders() -> None:
    """Remove the folders the dialog remembered; it will open on Documents next time."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    settings.remove("history")
    settings.setValue("lastVisited", QUrl.fromLocalFile(str(documents_folder())).toString())
    settings.endGroup()
    settings.sync()


def save_file_name(parent: QWidget, title: str, suggested_name: str, file_filter: str) -> Path | None:
    dialog = QFileDialog(parent, title, str(documents_folder() / suggested_name), file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(suggested_name)
    return _ask(dialog)


def open_file_name(parent: QWidget, title: str, file_filter: str) -> Path | None:
    dialog = QFileDialog(parent, title, str(documents_folder()), file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _ask(dialog)
