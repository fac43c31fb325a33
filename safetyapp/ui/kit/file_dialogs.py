"""Choosing a file to save or open, without leaving a trace of where.

Qt's own file dialog remembers the folders a user visited (its "history" and "last visited" folder) in
Qt's settings file (QtProject.conf). For this app that would be a record of where reports and backups
were saved, kept outside the app's folder even in portable mode. So: Qt's settings go to the app's own
cache folder (`keep_qt_settings_in`), and each dialog forgets its history before it closes, leaving only
the Documents folder. Qt's dialog (not the system's) is used everywhere, as the system's keeps its own
list of recent files.

Where a dialog starts: the Documents folder, or the home folder if there is none, never the app's own
folders (where the notes are: a copy there is lost with them). Its side bar lists Documents, the home
folder and every removable drive that is plugged in (a USB stick, for backups and the recovery code),
and `prefer_removable` starts it on the first such drive. Removable drives are found where each system
mounts them: /media/$USER/*, /run/media/$USER/* and /media/* on Linux, /Volumes/* (but the start-up
disk) on macOS, and the drive letters Windows calls removable.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Iterable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QUrl
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

translate = QCoreApplication.translate

# Folders (os.pathsep between them) whose subfolders count as plugged-in drives, instead of the system's
# own places. For tests only: no real USB stick can be plugged into a test machine.
MOUNT_ROOTS_VARIABLE = "SAFETYAPP_TEST_MOUNT_ROOTS"

_own_folders: list[Path] = []


def keep_out_of(folders: Iterable[Path]) -> None:
    """The app's own folders: no dialog starts in or offers them."""
    _own_folders[:] = [Path(folder).resolve() for folder in folders]


def _is_own(folder: Path) -> bool:
    folder = folder.resolve()
    return any(folder == own or own in folder.parents for own in _own_folders)


def documents_folder() -> Path:
    """The Documents folder if there is one, else the home folder; never one of the app's own."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for folder in (Path(found) if found else None, Path.home()):
        if folder is not None and folder.is_dir() and not _is_own(folder):
            return folder
    return Path.home()


def _mount_roots() -> tuple[list[Path], bool]:
    """Where drives are mounted, and whether each folder in them must really be a mount point."""
    given = os.environ.get(MOUNT_ROOTS_VARIABLE)
    if given:
        return [Path(p) for p in given.split(os.pathsep) if p], False
    if sys.platform == "darwin":
        return [Path("/Volumes")], True
    user = getpass.getuser()
    return [Path("/media") / user, Path("/run/media") / user, Path("/media")], True


def _windows_removable_drives() -> list[Path]:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    drive_removable = 2
    mask = kernel32.GetLogicalDrives()
    drives = []
    for n in range(26):
        if mask & (1 << n):
            root = f"{chr(ord('A') + n)}:\\"
            if kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)) == drive_removable and os.path.isdir(root):
                drives.append(Path(root))
    return drives


def removable_drives() -> list[Path]:
    """The removable drives plugged in now (USB sticks, memory cards), in a steady order."""
    if sys.platform == "win32" and MOUNT_ROOTS_VARIABLE not in os.environ:
        return _windows_removable_drives()
    roots, must_be_mounted = _mount_roots()
    found: list[Path] = []
    for root in roots:
        try:
            children = sorted(root.iterdir())
        except OSError:
            continue
        for child in children:
            try:
                if not child.is_dir() or child in found or _is_own(child):
                    continue
                if must_be_mounted and (not os.path.ismount(child) or child.resolve() == Path("/")):
                    continue  # /media/$USER itself, or macOS's link to its start-up disk
            except OSError:
                continue
            found.append(child)
    return found


def keep_qt_settings_in(folder: Path) -> None:
    """Qt's own settings (the file dialog's) are kept in `folder`, not in the user's config folder.
    (On Windows and macOS Qt keeps them in the registry or preferences; the dialogs' forgetting covers those.)"""
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))


def _start(prefer_removable: bool) -> tuple[Path, list[Path]]:
    """The folder a dialog starts in, and the places its side bar offers."""
    documents, drives = documents_folder(), removable_drives()
    places = [documents] + ([Path.home()] if Path.home() != documents and not _is_own(Path.home()) else []) + drives
    return (drives[0] if prefer_removable and drives else documents), places


def _ask(dialog: QFileDialog, places: list[Path]) -> Path | None:
    """The file chosen, or None. A file in one of the app's own folders is refused: the dialog says
    why and opens again on Documents."""
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setSidebarUrls([QUrl.fromLocalFile(str(place)) for place in places])
    while True:
        chosen = dialog.selectedFiles()[0] if dialog.exec() == QFileDialog.DialogCode.Accepted else None
        if not chosen or not _is_own(Path(chosen).parent):
            break
        QMessageBox.information(
            dialog.parentWidget(),
            translate("FileDialogs", "Choose another place"),
            translate(
                "FileDialogs",
                "That folder is where Safety Companion keeps its own files. Save it somewhere else, such as "
                "Documents or a USB stick.",
            ),
        )
        dialog.setDirectory(str(documents_folder()))
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


def save_file_name(
    parent: QWidget, title: str, suggested_name: str, file_filter: str, *, prefer_removable: bool = False
) -> Path | None:
    """Ask where to save; starts in Documents, or on a plugged-in drive if `prefer_removable`."""
    start, places = _start(prefer_removable)
    dialog = QFileDialog(parent, title, str(start / suggested_name), file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDirectory(str(start))
    dialog.selectFile(suggested_name)
    return _ask(dialog, places)


def open_file_name(parent: QWidget, title: str, file_filter: str, *, prefer_removable: bool = False) -> Path | None:
    start, places = _start(prefer_removable)
    dialog = QFileDialog(parent, title, str(start), file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _ask(dialog, places)
