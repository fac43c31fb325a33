"""Helpers for the My notes tests: quick Argon2id parameters, a keyring in memory, a clock, stand-in
dialogs, a sample case full of canary values, and ways to look at every widget's text."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from safetyapp.ui.app.context import AppContext
from safetyapp.ui.notes import NotesPage
from safetyapp.ui.notes.background import busy
from safetyapp.vault import crypto
from safetyapp.vault.records import Account, Case, Demand, Event, ReportMade, VaultData
from tests.helpers.keyring import MemoryKeyring

TEST_PARAMS = crypto.KdfParams(memory_kib=64 * 1024, passes=3, lanes=4)
PASSPHRASE = "purple teapot river 42"
NEW_PASSPHRASE = "seven quiet ladders"
REAL_DERIVE = crypto.derive_passphrase_key
NOW = dt.datetime(2025, 6, 3, 21, 14, tzinfo=dt.UTC)

# Made-up values that must leave every widget when the notes lock.
CANARY = {
    "title": "Canary case Zq7",
    "username": "sam_2009x_canary",
    "display_name": "Canary Display Kx",
    "event_text": "canary threat text 81x",
    "payment_details": "bc1qcanarywalletq9z",
    "reference": "CANARY-REF-5512",
    "case_notes": "canary case notes Pw3",
    "own_username": "my_own_canary_Jv4",
    "amount_paid": "40 canary-coins Hq8",
}

_derived: dict[tuple[bytes, bytes, crypto.KdfParams], bytes] = {}


def cached_derive(passphrase: str, salt: bytes, params: crypto.KdfParams) -> bytes:
    key = (crypto.normalise_passphrase(passphrase), salt, params)
    if key not in _derived:
        _derived[key] = REAL_DERIVE(passphrase, salt, params)
    return _derived[key]


class Clock:
    """Seconds for auto-lock, moved on by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class FakeDialogs:
    """Stands in for every window the page would open; records what it was asked."""

    confirm_answer: bool = True
    report_kind: str | None = "pdf"
    save_to: Path | None = None
    open_from: Path | None = None
    secrets: list[str | None] = field(default_factory=list)  # typed for a backup, in turn; then Cancel
    asked: list[tuple[str, str]] = field(default_factory=list)
    removable: list[bool] = field(default_factory=list)  # for each save: start on a USB stick if one is in?

    def confirm(self, parent: QWidget, title: str, text: str, action: str) -> bool:
        self.asked.append(("confirm", title))
        return self.confirm_answer

    def backup_secret(self, parent: QWidget, question: str, problem: str = "") -> str | None:
        self.asked.append(("secret", problem or question))
        return self.secrets.pop(0) if self.secrets else None

    def report_format(self, parent: QWidget) -> str | None:
        self.asked.append(("report", ""))
        return self.report_kind

    def save_path(
        self, parent: QWidget, title: str, suggested_name: str, file_filter: str, *, removable: bool = False
    ) -> Path | None:
        self.asked.append(("save", suggested_name))
        self.removable.append(removable)
        return self.save_to

    def open_path(self, parent: QWidget, title: str, file_filter: str, *, removable: bool = False) -> Path | None:
        self.asked.append(("open", title))
        return self.open_from


def sample_data() -> VaultData:
    c = CANARY
    london = dt.timezone(dt.timedelta(hours=1))
    case = Case.new(c["title"], now=NOW)
    case.notes = c["case_notes"]
    case.accounts = [Account("snapchat", c["username"], c["display_name"], "", "added me after a game")]
    case.events = [
        Event(dt.datetime(2025, 5, 3, 21, 14, tzinfo=london), "first-contact", "added me"),
        Event(dt.datetime(2025, 5, 4, 7, 2, tzinfo=london), "threatened", c["event_text"]),
    ]
    case.demands = [
        Demand("300", "GBP", "cryptocurrency", c["payment_details"], ""),
        Demand(
            "£40",
            method="gift-card",
            paid="yes",
            paid_how="gift-card",
            paid_when=dt.datetime(2025, 5, 4, 20, 0, tzinfo=london),
            amount_paid=c["amount_paid"],
        ),
    ]
    case.own_accounts = [Account("snapchat", c["own_username"])]
    case.reports = [ReportMade("CEOP", dt.date(2025, 5, 5), c["reference"])]
    return VaultData([case])


@dataclass(frozen=True)
class Template:
    path: Path
    recovery_code: str
    keyring_secret: bytes
    store_id: str


def copy_store(template: Template, target: Path) -> None:
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    for source in template.path.parent.iterdir():
        if source.name.startswith(template.path.name) and not source.name.endswith(".lock"):
            shutil.copyfile(source, target.parent / source.name)
            os.chmod(target.parent / source.name, 0o600)


@dataclass
class Harness:
    context: AppContext
    clock: Clock
    dialogs: FakeDialogs
    keyring: MemoryKeyring
    store_path: Path


def wait_for(qtbot: QtBot, page: NotesPage, state: str, timeout: int = 5000) -> None:
    qtbot.waitUntil(lambda: page.state == state and not busy(), timeout=timeout)


def confirm_recovery_code(qtbot: QtBot, page: NotesPage) -> str:
    """As a person with a copy does: "I've kept a copy", then the two groups asked for, then Continue."""
    view = page.recovery_view
    code = view.code_label.text()
    qtbot.mouseClick(view.kept_button, Qt.MouseButton.LeftButton)
    groups = code.split("-")
    for number, box in zip(view.asked_groups, view.group_fields, strict=True):
        qtbot.keyClicks(box, groups[number - 1])
    qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    return code


def unlock(qtbot: QtBot, page: NotesPage, passphrase: str = PASSPHRASE) -> None:
    view = page.unlock_view
    view.passphrase.setText(passphrase)
    qtbot.mouseClick(view.unlock_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page, "open")


def flush_deletions() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def visible_texts() -> list[str]:
    """Every piece of text any live widget holds: field contents, labels, names, tips, titles, and the
    data of every item model shown in a view."""
    from PySide6.QtWidgets import QAbstractItemView

    texts: list[str] = []
    for widget in QApplication.allWidgets():
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip(), widget.windowTitle()]
        if isinstance(widget, QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
            for row in range(model.rowCount()):
                for column in range(columns):
                    texts.append(str(model.data(model.index(row, column))))
    texts.append(QGuiApplication.clipboard().text())
    return texts
