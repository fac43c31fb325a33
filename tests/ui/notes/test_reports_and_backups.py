"""Reports (PDF read back with poppler, plain text), backups and restoring, and deleting everything."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from safetyapp.ui.notes import NotesPage
from safetyapp.ui.notes.background import busy
from safetyapp.ui.notes.report_export import ReportDialog
from safetyapp.ui.notes.secret_dialog import BackupSecretDialog
from safetyapp.vault.backup import write_backup
from safetyapp.vault.files import generation_path
from safetyapp.vault.keyring_access import SERVICE
from safetyapp.vault.outcomes import Result
from safetyapp.vault.store import Vault
from tests.helpers.store_files import fix_checksum, too_new
from tests.ui.notes.support import (
    CANARY,
    NEW_PASSPHRASE,
    PASSPHRASE,
    TEST_PARAMS,
    Harness,
    Template,
    unlock,
    wait_for,
)

LEFT = Qt.MouseButton.LeftButton


def test_the_report_warns_that_it_is_not_encrypted(qtbot: QtBot) -> None:
    dialog = ReportDialog()
    qtbot.addWidget(dialog)
    assert "NOT encrypted" in dialog.warning.text() and "personal information" in dialog.warning.text()
    assert dialog.choice() == "pdf"
    dialog.text.setChecked(True)
    assert dialog.choice() == "text"


@pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfimages") is None,
    reason="needs poppler's pdftotext and pdfimages (installed by scripts/test.sh)",
)
def test_a_pdf_report_reads_back_and_has_no_images(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot, tmp_path: Path
) -> None:
    page = make_page()
    unlock(qtbot, page)
    harness.dialogs.report_kind = "pdf"
    harness.dialogs.save_to = tmp_path / "for the police"
    qtbot.mouseClick(page.open_view.report_button, LEFT)  # type: ignore[union-attr]
    assert [kind for kind, _ in harness.dialogs.asked] == ["report", "save"]
    suggested = harness.dialogs.asked[1][1]
    assert suggested == "safety-companion-report-2025-06-03.pdf"  # no note text in the name
    pdf = tmp_path / "for the police.pdf"
    assert pdf.is_file()
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    assert "Contains personal information" in text and "not encrypted" in text
    for value in (CANARY["username"], CANARY["event_text"], CANARY["payment_details"], CANARY["reference"]):
        assert value in text
    assert "Threatened me" in text  # translated kinds
    assert text.count("4 May 2025, 07:02") == 1  # each time once, as it was lived (then named by its zone)
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True).stdout
    assert len(images.strip().splitlines()) == 2  # the two header lines, and no image at all
    assert "not encrypted" in page.open_view.notice.text()  # type: ignore[union-attr]


def test_a_plain_text_report_is_utf8(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot, tmp_path: Path
) -> None:
    page = make_page()
    unlock(qtbot, page)
    harness.dialogs.report_kind = "text"
    harness.dialogs.save_to = tmp_path / "report.txt"
    page.files.make_report()
    text = (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert text.startswith("Contains personal information")
    assert CANARY["username"] in text and "Record of online blackmail" in text


def test_cancelling_the_report_writes_nothing(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot, tmp_path: Path
) -> None:
    page = make_page()
    unlock(qtbot, page)
    harness.dialogs.report_kind = None
    harness.dialogs.save_to = tmp_path / "report.txt"
    page.files.make_report()
    assert not (tmp_path / "report.txt").exists()
    assert [kind for kind, _ in harness.dialogs.asked] == ["report"]


def _restore_answered(qtbot: QtBot, page: NotesPage) -> str:
    """Wait until the backup has been read and checked off the GUI thread; the page's message then."""
    qtbot.waitUntil(lambda: not busy() and page.open_view is not None, timeout=5000)
    qtbot.waitUntil(lambda: "Opening the backup" not in page.open_view.notice.text(), timeout=5000)  # type: ignore[union-attr]
    return page.open_view.notice.text()  # type: ignore[union-attr]


def test_backup_and_restore_round_trip(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot, tmp_path: Path
) -> None:
    usb = tmp_path / "USB stick"
    usb.mkdir()
    page = make_page()
    unlock(qtbot, page)
    view = page.open_view
    assert view is not None
    qtbot.mouseClick(view.options_button, LEFT)
    harness.dialogs.save_to = usb / "my backup"
    qtbot.mouseClick(view.options.backup_button, LEFT)
    backup = usb / "my backup.scv"
    assert backup.is_file() and "Backup saved" in view.notice.text()
    assert CANARY["username"].encode() not in backup.read_bytes()

    # Change the notes after the backup...
    view.show_cases()
    qtbot.mouseClick(view.cases.new_button, LEFT)
    assert view.cases.editor is not None
    view.cases.editor.title.setText("Written after the backup")
    assert page.save_now()
    # ...then restore it: the notes' own keys open it, so no secret is asked.
    harness.dialogs.open_from = backup
    view.show_options()
    qtbot.mouseClick(view.options.restore_button, LEFT)
    assert "backup has been restored" in _restore_answered(qtbot, page)
    assert ("confirm", "Restore this backup?") in harness.dialogs.asked
    assert not [kind for kind, _ in harness.dialogs.asked if kind == "secret"]
    assert page.state == "open"
    assert page.session.data is not None and [c.title for c in page.session.data.cases] == [CANARY["title"]]
    # What was there before the restore is kept as an earlier copy.
    page.shut_down()
    with Vault.open(harness.store_path, generation=1) as earlier:
        earlier.unlock_with_passphrase(PASSPHRASE)
        assert "Written after the backup" in [c.title for c in earlier.data.cases]


def test_a_backup_from_before_a_passphrase_change_is_restored_with_the_old_passphrase(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.scv"
    page = make_page()
    unlock(qtbot, page)
    assert page.session.write_backup(lambda vault, io: write_backup(vault, backup, io=io)) is not None
    assert page.session.change_passphrase(NEW_PASSPHRASE, lambda outcome: None).result is Result.STARTED
    qtbot.waitUntil(lambda: not page.session.rewriting and not busy(), timeout=5000)
    harness.dialogs.open_from = backup
    harness.dialogs.secrets = ["not the old passphrase", PASSPHRASE]
    page.files.restore()
    assert "backup has been restored" in _restore_answered(qtbot, page)
    secrets_asked = [text for kind, text in harness.dialogs.asked if kind == "secret"]
    assert secrets_asked[0] == (
        "This backup was made with a different passphrase. Type the passphrase or recovery code you had then."
    )
    assert "didn't open this backup" in secrets_asked[1]  # the wrong one said so; the right one worked
    assert ("confirm", "Restore this backup?") in harness.dialogs.asked
    # The notes keep the passphrase of now.
    page.lock()
    unlock(qtbot, page, NEW_PASSPHRASE)
    assert page.session.data is not None and [c.title for c in page.session.data.cases] == [CANARY["title"]]


def test_cancelling_the_secret_changes_nothing(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot, tmp_path: Path
) -> None:
    other, _ = Vault.create(tmp_path / "other" / "store.scv", NEW_PASSPHRASE, kdf_params=TEST_PARAMS)
    backup = tmp_path / "theirs.scv"
    write_backup(other, backup)
    other.close()
    page = make_page()
    unlock(qtbot, page)
    before = harness.store_path.read_bytes()
    harness.dialogs.open_from = backup
    harness.dialogs.secrets = [None]
    page.files.restore()
    _restore_answered(qtbot, page)
    assert [kind for kind, _ in harness.dialogs.asked].count("secret") == 1
    assert ("confirm", "Restore this backup?") not in harness.dialogs.asked
    assert page.state == "open" and harness.store_path.read_bytes() == before


def test_a_backup_from_a_newer_version_is_refused(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot, tmp_path: Path
) -> None:
    newer = tmp_path / "newer.scv"
    newer.write_bytes(too_new(stored.path.read_bytes()))
    before = harness.store_path.read_bytes()
    page = make_page()
    unlock(qtbot, page)
    harness.dialogs.open_from = newer
    page.files.restore()
    assert "made by a newer version of Safety Companion" in _restore_answered(qtbot, page)
    assert page.state == "open"
    assert ("confirm", "Restore this backup?") not in harness.dialogs.asked
    assert harness.store_path.read_bytes() == before


def test_a_tampered_backup_is_refused_before_any_question(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot, tmp_path: Path
) -> None:
    page = make_page()
    unlock(qtbot, page)
    backup = tmp_path / "backup.scv"
    assert page.session.write_backup(lambda vault, io: write_backup(vault, backup, io=io)) is not None
    content = bytearray(backup.read_bytes())
    content[-40] ^= 0x01  # inside the encrypted notes; the checksum is made right again
    backup.write_bytes(fix_checksum(bytes(content)))
    before = harness.store_path.read_bytes()
    harness.dialogs.open_from = backup
    page.files.restore()
    assert "changed by something other than Safety Companion" in _restore_answered(qtbot, page)
    assert page.state == "open"
    assert ("confirm", "Restore this backup?") not in harness.dialogs.asked
    assert harness.store_path.read_bytes() == before


def test_delete_everything_needs_the_word(
    make_page: Callable[..., NotesPage], stored: Template, harness: Harness, qtbot: QtBot
) -> None:
    harness.keyring.entries[(SERVICE, stored.store_id)] = "c2VjcmV0"
    page = make_page()
    unlock(qtbot, page)
    view = page.open_view
    assert view is not None
    view.show_options()
    options = view.options
    assert not options.delete_button.isEnabled()
    qtbot.keyClicks(options.confirm_word, "delete")
    assert not options.delete_button.isEnabled()
    qtbot.keyClick(options.confirm_word, Qt.Key.Key_Return)
    assert page.state == "open"
    options.confirm_word.setText("DELETE")
    assert options.delete_button.isEnabled()
    qtbot.mouseClick(options.delete_button, LEFT)
    assert page.state == "setup"
    assert "has been deleted" in page.notice.text() and "USB stick" in page.notice.text()
    folder = harness.store_path.parent
    assert not folder.exists() or not any(folder.iterdir())
    assert not generation_path(harness.store_path, 1).exists()
    qtbot.waitUntil(lambda: (SERVICE, stored.store_id) not in harness.keyring.entries)
    # And the notes can be set up again from scratch.
    page.setup_view.passphrase.first.setText(PASSPHRASE)
    page.setup_view.passphrase.second.setText(PASSPHRASE)
    qtbot.mouseClick(page.setup_view.create_button, LEFT)
    wait_for(qtbot, page, "recovery-code")


def test_the_secret_window_hides_what_is_typed_and_keeps_nothing(qtbot: QtBot) -> None:
    dialog = BackupSecretDialog("This backup was made with a different passphrase.", "That didn't open this backup.")
    qtbot.addWidget(dialog)
    assert dialog.secret.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.secret.accessibleName() and dialog.open_button.accessibleName() == "Open the backup"
    assert dialog.problem.isVisibleTo(dialog) and "didn't open" in dialog.problem.text()

    def type_and_open() -> None:
        dialog.secret.setText(PASSPHRASE)
        dialog.open_button.click()

    QTimer.singleShot(0, type_and_open)
    assert dialog.typed() == PASSPHRASE
    assert dialog.secret.text() == ""  # nothing kept in the window
    QTimer.singleShot(0, dialog.reject)
    assert dialog.typed() is None  # cancelled
