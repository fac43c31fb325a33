"""Updating the advice from a signed file, through the real Settings page and window: the update is used
at once and after a restart, can be undone, a bad file is refused in plain words and changes nothing, and
an organisation's folder is checked after the first paint."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from safetyapp.core.paths import AppPaths
from safetyapp.core.policy import Policy
from safetyapp.ui.app.content_folder import ContentFolderCheck
from safetyapp.ui.app.main_window import MainWindow
from tests.helpers.content_packs import CHANGED_HOURS, SigningKey, make_pack, rewrite


@pytest.fixture
def key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SigningKey:
    """A key made here, trusted machine-wide the way IT would (the folder beside policy.json)."""
    machine = tmp_path / "etc-xdg"
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(machine))
    signing = SigningKey.make()
    signing.install_for_machine(machine / "SafetyCompanion")
    return signing


def help_texts(window: MainWindow) -> str:
    window.show_section("help")
    return "\n".join(label.text() for label in window.help_page().findChildren(QLabel))


def test_an_update_is_used_at_once_survives_a_restart_and_can_be_undone(
    make_window: Callable[..., MainWindow], app_paths: AppPaths, key: SigningKey, tmp_path: Path
) -> None:
    window = make_window()
    assert CHANGED_HOURS not in help_texts(window)
    window.show_section("settings")
    updates = window.settings_page().content_updates
    assert "came with this version" in updates.status.text()
    assert not updates.built_in_button.isVisibleTo(window)

    assert updates.install(make_pack(tmp_path, key, version=2))
    assert "Advice updated" in updates.status.text() and "update 2" in updates.status.text()
    assert updates.message.text().startswith("Done.")
    assert CHANGED_HOURS in help_texts(window)  # at once, without a restart

    again = make_window(paths=app_paths)  # the next start
    assert CHANGED_HOURS in help_texts(again)

    again.show_section("settings")
    again.settings_page().content_updates.built_in_button.click()
    assert CHANGED_HOURS not in help_texts(again)
    again.show_section("settings")
    assert "came with this version" in again.settings_page().content_updates.status.text()


def test_a_tampered_update_is_refused_in_plain_words(
    make_window: Callable[..., MainWindow], key: SigningKey, tmp_path: Path
) -> None:
    window = make_window()
    pack = make_pack(tmp_path, key)
    rewrite(pack, {"contacts.toml": b'[[contact]]\nid = "childline"\n'})
    window.show_section("settings")
    updates = window.settings_page().content_updates
    assert not updates.install(pack)
    assert "changed after it was signed" in updates.message.text()
    assert "Your advice has not changed." in updates.message.text()
    assert CHANGED_HOURS not in help_texts(window)


def test_an_update_signed_by_an_unknown_key_is_refused(
    make_window: Callable[..., MainWindow], tmp_path: Path, key: SigningKey
) -> None:
    window = make_window()
    window.show_section("settings")
    updates = window.settings_page().content_updates
    assert not updates.install(make_pack(tmp_path, SigningKey.make()))
    assert "not signed by the people who make Safety Companion" in updates.message.text()


def test_an_organisations_folder_is_checked_after_the_first_paint(
    make_window: Callable[..., MainWindow], key: SigningKey, tmp_path: Path, qtbot: QtBot
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    make_pack(share, key, version=3)
    make_pack(share, key, version=2)
    (share / "notes.txt").write_text("not a pack")
    window = make_window(policy=Policy(content_pack_folder=str(share)))
    check = ContentFolderCheck(window.context)
    thread = check.start()
    assert thread is not None
    thread.join(timeout=60)
    qtbot.waitUntil(check.installed.is_set, timeout=10_000)
    QApplication.processEvents()
    assert CHANGED_HOURS in help_texts(window)
    window.show_section("settings")
    assert "update 3" in window.settings_page().content_updates.status.text()
