"""A data folder that can only be read (a tmpfs remounted read-only: root ignores chmod) and one this
user may not write to (file permissions, checked as the user nobody). Saving says why; reading still
works; nothing is lost; once the folder is writable again, saving works."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from safetyapp.core.paths import resolve_paths
from safetyapp.core.settings import FILE_NAME, Settings, load_settings
from safetyapp.ui.notes import NotesPage
from safetyapp.vault.errors import VaultLockFailed, VaultWriteError
from safetyapp.vault.files import lock_path
from safetyapp.vault.store import Vault
from tests.faults.conftest import FIRST_COPY, ROOT, SmallDisk, as_nobody, folder_state
from tests.ui.notes.support import PASSPHRASE, TEST_PARAMS, Harness, Template, copy_store, sample_data, unlock, wait_for


def make_store(disk: SmallDisk) -> tuple[Path, bytes]:
    path = disk.path / "notes" / "store.scv"
    vault, _ = Vault.create(path, PASSPHRASE, kdf_params=TEST_PARAMS)
    data = sample_data()
    data.cases[0].title = "before"
    vault.save(data)
    secret = vault.enable_keyring_slot()
    vault.close()
    return path, secret


def test_a_read_only_disk_refuses_the_save_but_the_notes_still_open_and_read(small_disk: SmallDisk) -> None:
    path, secret = make_store(small_disk)
    before = folder_state(path.parent)
    small_disk.remount("ro")
    # Opened after the disk went read-only: the existing lock file is locked read-only.
    with Vault.open(path) as vault:
        vault.unlock_with_keyring_secret(secret)
        assert vault.data.cases[0].title == "before"
        changed = vault.data
        changed.cases[0].title = "after"
        with pytest.raises(VaultWriteError) as caught:
            vault.save(changed)
        assert caught.value.reason == "read-only" and not caught.value.committed
        assert vault.reload().cases[0].title == "before"
    assert folder_state(path.parent) == before

    small_disk.remount("rw")
    with Vault.open(path) as vault:
        vault.unlock_with_keyring_secret(secret)
        data = vault.data
        data.cases[0].title = "after"
        vault.save(data)
    with Vault.open(path) as vault:
        vault.unlock_with_keyring_secret(secret)
        assert vault.data.cases[0].title == "after"


def test_without_a_lock_file_a_read_only_disk_is_explained_and_try_again_works(
    make_page: Callable[..., NotesPage], template: Template, harness: Harness, small_disk: SmallDisk, qtbot: QtBot
) -> None:
    harness.store_path = small_disk.path / "notes" / "store.scv"
    copy_store(template, harness.store_path)  # copied without its lock file, as from a backup
    assert not lock_path(harness.store_path).exists()
    small_disk.remount("ro")
    with pytest.raises(VaultLockFailed) as caught:
        Vault.open(harness.store_path)
    assert caught.value.reason == "read-only"

    page = make_page()
    assert page.state == "problem"
    message = page.problem_view.message.text()
    assert "cannot be opened safely here" in message and "can only be read" in message

    small_disk.remount("rw")
    qtbot.mouseClick(page.problem_view.retry_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page, "locked")
    unlock(qtbot, page)


def test_the_notes_page_says_the_folder_is_read_only_and_saves_once_it_is_writable(
    make_page: Callable[..., NotesPage], template: Template, harness: Harness, small_disk: SmallDisk, qtbot: QtBot
) -> None:
    harness.store_path = small_disk.path / "notes" / "store.scv"
    copy_store(template, harness.store_path)
    page = make_page()
    unlock(qtbot, page)
    view = page.open_view
    assert view is not None and view.cases.editor is not None
    before = harness.store_path.read_bytes()
    small_disk.remount("ro")

    notes = view.cases.editor.notes
    notes.setFocus()
    notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(notes, " typed while read-only")
    assert page.save_now() is False
    assert view.status.text() == "Not saved yet"
    assert "can only be read, not written to" in view.save_problem.text()
    assert notes.toPlainText().endswith(" typed while read-only")
    assert harness.store_path.read_bytes() == before

    small_disk.remount("rw")
    qtbot.keyClicks(notes, "!")
    qtbot.waitUntil(lambda: view.status.text() == "All changes saved", timeout=5000)
    page.lock()
    wait_for(qtbot, page, "locked")
    unlock(qtbot, page)
    assert page.session.data is not None and page.session.data.cases[0].notes.endswith(" typed while read-only!")


def test_a_setting_changed_on_a_read_only_disk_says_so_and_saves_once_writable(
    make_window: Callable[..., object], small_disk: SmallDisk
) -> None:
    from safetyapp.ui.app.main_window import MainWindow
    from safetyapp.ui.pages.settings import SettingsPage

    paths = resolve_paths(data_dir=small_disk.path / "appdata")
    paths.create()
    window = make_window(Settings(reader="parent", text_scale=100, first_run=False), paths)
    assert isinstance(window, MainWindow)
    page = window.show_section("settings")
    assert isinstance(page, SettingsPage)
    old = (paths.config / FILE_NAME).read_bytes()
    small_disk.remount("ro")

    page.text_size.setCurrentIndex(page.text_size.findData(125))
    assert window.context.settings.text_scale == 125
    assert "Your settings could not be saved" in window.problem_bar.text()
    assert "can only be read, not written to" in window.problem_bar.text()
    assert (paths.config / FILE_NAME).read_bytes() == old

    small_disk.remount("rw")
    page.text_size.setCurrentIndex(page.text_size.findData(200))
    assert not window.problem_bar.isVisible()
    assert load_settings(paths.config)[0].text_scale == 200


def test_the_app_starts_on_a_read_only_data_folder(small_disk: SmallDisk) -> None:
    """The real program, with --data-dir on a read-only disk: it starts (no crash making folders or the
    log), holding the single-instance lock read-only, and leaves the disk as it was."""
    folder = small_disk.path / "appdata"
    paths = resolve_paths(data_dir=folder)
    paths.create()
    (paths.data / "instance.lock").touch()
    small_disk.remount("ro")
    before = folder_state(folder)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", FIRST_COPY, "--data-dir", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().split() == ["claimed", "first", "guarded"]
        assert child.stdout.readline().strip() == "running"
        time.sleep(1)  # the work after the first paint (reading the pages, listening for a second copy)
        assert child.poll() is None
    finally:
        child.terminate()
        child.communicate(timeout=30)
    assert folder_state(folder) == before


# ---------------------------------------------------------------- permission denied, as the user nobody


@pytest.fixture
def nobodys_folder() -> Iterator[Path]:
    """A folder the user nobody owns (when running as root), outside pytest's private temp folders."""
    folder = Path(tempfile.mkdtemp(prefix="safetyapp-faults-"))
    os.chmod(folder, 0o755)
    if os.geteuid() == 0:
        os.chown(folder, 65534, 65534)
    try:
        yield folder
    finally:
        for path in [folder, *folder.rglob("*")]:
            if path.is_dir():
                os.chmod(path, 0o700)
        shutil.rmtree(folder)


VAULT_AS_NOBODY = r"""
import json, os
from pathlib import Path
from safetyapp.vault import crypto
from safetyapp.vault.errors import VaultWriteError
from safetyapp.vault.records import Case, VaultData
from safetyapp.vault.store import Vault

drop_privileges()
folder = Path(sys.argv[1]) / "notes"
path = folder / "store.scv"
report = {}
vault, _ = Vault.create(path, "seven quiet ladders", kdf_params=crypto.KdfParams(65536, 3, 4))
vault.save(VaultData([Case.new("before")]))
secret = vault.enable_keyring_slot()
before = path.read_bytes()

os.chmod(folder, 0o500)  # the folder may not be written: no temp file, no rename
try:
    vault.save(VaultData([Case.new("after")]))
except VaultWriteError as error:
    report["save"] = error.reason
report["unchanged"] = path.read_bytes() == before
report["leftovers"] = sorted(p.name for p in folder.iterdir() if ".tmp-" in p.name)
vault.close()

for name in os.listdir(folder):
    os.chmod(folder / name, 0o400)  # not even the lock file may be written now
with Vault.open(path) as again:
    again.unlock_with_keyring_secret(secret)
    report["reads"] = again.data.cases[0].title

os.chmod(folder, 0o700)
for name in os.listdir(folder):
    os.chmod(folder / name, 0o600)
with Vault.open(path) as again:
    again.unlock_with_keyring_secret(secret)
    again.save(VaultData([Case.new("after")]))
with Vault.open(path) as again:
    again.unlock_with_keyring_secret(secret)
    report["after"] = again.data.cases[0].title
print(json.dumps(report))
"""


def test_permission_denied_refuses_the_save_and_keeps_the_notes_readable(nobodys_folder: Path) -> None:
    result = as_nobody(VAULT_AS_NOBODY, str(nobodys_folder))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report == {
        "save": "permission-denied",
        "unchanged": True,
        "leftovers": [],
        "reads": "before",
        "after": "after",
    }


SETTINGS_AS_NOBODY = r"""
import json, os, sys
from pathlib import Path
from safetyapp.core.settings import FILE_NAME, Settings, load_settings, save_settings, save_problem

drop_privileges()
folder = Path(sys.argv[1]) / "settings"
save_settings(folder, Settings(text_scale=150, first_run=False))
before = (folder / FILE_NAME).read_bytes()
os.chmod(folder, 0o500)
report = {}
try:
    save_settings(folder, Settings(text_scale=200, first_run=False))
except OSError as error:
    report["save"] = save_problem(error)
report["unchanged"] = (folder / FILE_NAME).read_bytes() == before
report["files"] = sorted(os.listdir(folder))
report["loads"] = load_settings(folder)[0].text_scale
os.chmod(folder, 0o700)
save_settings(folder, Settings(text_scale=200, first_run=False))
report["after"] = load_settings(folder)[0].text_scale
print(json.dumps(report))
"""


def test_permission_denied_for_settings_keeps_the_old_file(nobodys_folder: Path) -> None:
    result = as_nobody(SETTINGS_AS_NOBODY, str(nobodys_folder))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "save": "permission-denied",
        "unchanged": True,
        "files": [FILE_NAME],
        "loads": 150,
        "after": 200,
    }
