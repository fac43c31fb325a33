"""A really full disk (a small tmpfs filled to the last byte): saving the notes or the settings fails
with a clear message, nothing saved before is lost, and saving works again once there is room."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from safetyapp.core.paths import resolve_paths
from safetyapp.core.settings import FILE_NAME, Settings, load_settings, save_settings
from safetyapp.ui.notes import NotesPage
from safetyapp.vault.errors import VaultWriteError
from safetyapp.vault.records import Event, VaultData
from safetyapp.vault.store import Vault
from tests.faults.conftest import SmallDisk, folder_state
from tests.ui.notes.support import PASSPHRASE, TEST_PARAMS, Harness, Template, copy_store, sample_data, unlock

NOW = dt.datetime(2025, 6, 3, 21, 14, tzinfo=dt.UTC)


def big_data(label: str) -> VaultData:
    """The sample case with enough timeline to make the store file span many disk pages."""
    data = sample_data()
    data.cases[0].title = label
    data.cases[0].events += [Event(NOW, "other", f"event {i} " + "x" * 400) for i in range(200)]
    return data


def made_store(disk: SmallDisk) -> tuple[Path, bytes]:
    """A store on the small disk holding big_data("before"); returns its path and keyring secret."""
    path = disk.path / "notes" / "store.scv"
    vault, _ = Vault.create(path, PASSPHRASE, kdf_params=TEST_PARAMS)
    vault.save(big_data("before"))
    secret = vault.enable_keyring_slot()
    vault.close()
    return path, secret


def stored_title(path: Path, secret: bytes) -> str:
    with Vault.open(path) as vault:
        vault.unlock_with_keyring_secret(secret)
        return vault.data.cases[0].title


def test_a_full_disk_refuses_the_save_loses_nothing_and_saves_once_there_is_room(small_disk: SmallDisk) -> None:
    path, secret = made_store(small_disk)
    vault = Vault.open(path)
    try:
        vault.unlock_with_keyring_secret(secret)
        before = folder_state(path.parent, folder_times=False)
        small_disk.fill()
        with pytest.raises(VaultWriteError) as caught:
            vault.save(big_data("after"))
        assert caught.value.reason == "disk-full" and not caught.value.committed
        assert folder_state(path.parent, folder_times=False) == before  # no half file, no temp file, not a byte changed
        assert vault.data.cases[0].title == "before"
    finally:
        vault.close()
    assert stored_title(path, secret) == "before"  # the previous data still opens

    small_disk.free()
    with Vault.open(path) as vault:
        vault.unlock_with_keyring_secret(secret)
        vault.save(big_data("after"))
    assert stored_title(path, secret) == "after"


def test_every_amount_of_free_space_either_saves_whole_or_changes_nothing(small_disk: SmallDisk) -> None:
    """Leave from 0 bytes to three files' worth free: a save that runs out of room part-way (in the new
    file, or in the copy of the old one kept as generation 1) leaves the store exactly as it was."""
    path, secret = made_store(small_disk)
    size = path.stat().st_size
    assert size > 64 * 1024
    outcomes: dict[int, str] = {}
    saves = 0
    for leave in [0, 4096, size // 2, size - 4096, size, size + 8192, 2 * size - 4096, 2 * size + 16384, 3 * size]:
        small_disk.free()
        with Vault.open(path) as vault:
            vault.unlock_with_keyring_secret(secret)
            expected = vault.data.cases[0].title
            before = folder_state(path.parent, folder_times=False)
            small_disk.fill(leave)
            label = f"after {saves + 1}"
            try:
                vault.save(big_data(label))
            except VaultWriteError as error:
                assert error.reason == "disk-full" and not error.committed, leave
                assert folder_state(path.parent, folder_times=False) == before, leave
                outcomes[leave] = "refused"
            else:
                saves += 1
                expected = label
                outcomes[leave] = "saved"
        small_disk.free()
        assert stored_title(path, secret) == expected, leave
    # A save needs room for the new file and a copy of the old one at the same time.
    assert outcomes[0] == outcomes[size // 2] == outcomes[size] == "refused"
    assert outcomes[2 * size + 16384] == outcomes[3 * size] == "saved"
    print(f"free-space sweep (store {size} bytes): {outcomes}")


def test_the_notes_page_says_the_disk_is_full_keeps_the_text_and_saves_later(
    make_page: Callable[..., NotesPage], template: Template, harness: Harness, small_disk: SmallDisk, qtbot: QtBot
) -> None:
    harness.store_path = small_disk.path / "notes" / "store.scv"
    copy_store(template, harness.store_path)
    page = make_page()
    unlock(qtbot, page)
    view = page.open_view
    assert view is not None and view.cases.editor is not None
    before = harness.store_path.read_bytes()
    small_disk.fill()

    notes = view.cases.editor.notes
    notes.setFocus()
    notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(notes, " written on a full disk")
    assert page.save_now() is False
    assert view.status.text() == "Not saved yet"
    problem = view.save_problem.text()
    assert "The disk is full" in problem and "nothing you saved before is lost" in problem
    assert view.save_problem.isVisible()
    assert notes.toPlainText().endswith(" written on a full disk")
    assert harness.store_path.read_bytes() == before
    assert [p.name for p in harness.store_path.parent.iterdir() if ".tmp-" in p.name] == []

    small_disk.free()
    qtbot.keyClicks(notes, "!")
    qtbot.waitUntil(lambda: view.status.text() == "All changes saved", timeout=5000)
    assert not view.save_problem.isVisible()
    page.shut_down()
    with Vault.open(harness.store_path) as vault:
        vault.unlock_with_passphrase(PASSPHRASE)
        assert vault.data.cases[0].notes.endswith(" written on a full disk!")


def test_saving_settings_on_a_full_disk_raises_and_keeps_the_old_file(small_disk: SmallDisk) -> None:
    folder = small_disk.path / "settings"
    save_settings(folder, Settings(reader="parent", text_scale=150, first_run=False))
    old = (folder / FILE_NAME).read_bytes()
    small_disk.fill()
    with pytest.raises(OSError):
        save_settings(folder, Settings(reader="young", text_scale=200, first_run=False))
    assert (folder / FILE_NAME).read_bytes() == old
    assert sorted(p.name for p in folder.iterdir()) == [FILE_NAME]  # the temp file was removed
    assert load_settings(folder) == (Settings(reader="parent", text_scale=150, first_run=False), None)
    small_disk.free()
    save_settings(folder, Settings(reader="young", text_scale=200, first_run=False))
    assert json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))["text_scale"] == 200


def test_changing_a_setting_on_a_full_disk_says_so_and_saves_once_there_is_room(
    make_window: Callable[..., object], small_disk: SmallDisk, qtbot: QtBot
) -> None:
    from safetyapp.ui.app.main_window import MainWindow
    from safetyapp.ui.pages.settings import SettingsPage

    paths = resolve_paths(data_dir=small_disk.path / "appdata")
    paths.create()
    window = make_window(Settings(reader="parent", text_scale=100, first_run=False), paths)
    assert isinstance(window, MainWindow)
    page = window.show_section("settings")
    assert isinstance(page, SettingsPage)
    settings_file = paths.config / FILE_NAME
    old = settings_file.read_bytes()
    small_disk.fill()

    page.text_size.setCurrentIndex(page.text_size.findData(150))  # no crash
    assert window.context.settings.text_scale == 150  # it applies now
    assert window.problem_bar.isVisible()
    assert "Your settings could not be saved" in window.problem_bar.text()
    assert "The disk is full" in window.problem_bar.text()
    assert settings_file.read_bytes() == old
    assert sorted(p.name for p in paths.config.iterdir()) == [FILE_NAME]

    small_disk.free()
    page.text_size.setCurrentIndex(page.text_size.findData(175))
    assert not window.problem_bar.isVisible()
    assert load_settings(paths.config)[0].text_scale == 175
