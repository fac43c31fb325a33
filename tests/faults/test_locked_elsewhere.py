"""My notes held by another process: through the store's own lock (another copy of the app, or a tool
using the vault), or with an exclusive flock / fcntl lock on the store file itself (another program).
The store is neither opened nor written over; the app says "open in another window or program"; once
the other process lets go, everything works. Several processes saving at once never interleave."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from safetyapp.ui.notes import NotesPage
from safetyapp.vault.errors import VaultInUse
from safetyapp.vault.files import lock_path
from safetyapp.vault.records import Case, VaultData
from safetyapp.vault.store import Vault
from tests.faults.conftest import ROOT, folder_state
from tests.ui.notes.support import PASSPHRASE, Harness, Template, copy_store, unlock, wait_for

pytestmark = pytest.mark.skipif(os.name != "posix", reason="flock and fcntl locks are POSIX")

HOLDER = r"""
import fcntl, os, sys
path, how = sys.argv[1], sys.argv[2]
fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
if how == "flock":
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
else:
    fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
print("locked", flush=True)
sys.stdin.read()  # hold the lock until the test closes our stdin
"""


class Holder:
    """Another process holding an exclusive lock on a file until `release`."""

    def __init__(self, path: Path, how: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path), how],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
            self.process.wait(timeout=30)
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture
def hold() -> Iterator[Callable[[Path, str], Holder]]:
    holders: list[Holder] = []

    def start(path: Path, how: str) -> Holder:
        holders.append(Holder(path, how))
        return holders[-1]

    yield start
    for holder in holders:
        holder.release()


def notes_files(store: Path) -> dict[str, tuple[object, ...]]:
    """The store and its earlier copies (not the empty lock file, which opening may create)."""
    state = folder_state(store.parent, folder_times=False)
    return {name: value for name, value in state.items() if not name.endswith(".lock")}


@pytest.fixture
def store(template: Template, harness: Harness) -> Path:
    copy_store(template, harness.store_path)
    return harness.store_path


@pytest.mark.parametrize(
    ("target", "how"),
    [("lock file", "flock"), ("store file", "flock"), ("store file", "lockf")],
)
def test_a_store_locked_by_another_process_is_not_opened_and_the_page_says_so(
    make_page: Callable[..., NotesPage],
    store: Path,
    hold: Callable[[Path, str], Holder],
    qtbot: QtBot,
    target: str,
    how: str,
) -> None:
    holder = hold(lock_path(store) if target == "lock file" else store, how)
    before = notes_files(store)
    with pytest.raises(VaultInUse):
        Vault.open(store)
    page = make_page()
    assert page.state == "problem"
    assert "open in another window or program" in page.problem_view.message.text()
    assert page.problem_view.generation_buttons == {}  # not "damaged": no earlier copies offered
    qtbot.mouseClick(page.problem_view.retry_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page, "problem")  # still held
    assert notes_files(store) == before

    holder.release()
    qtbot.mouseClick(page.problem_view.retry_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page, "locked")
    unlock(qtbot, page)


@pytest.mark.parametrize("how", ["flock", "lockf"])
def test_a_program_that_locks_the_open_store_file_is_not_written_over(
    make_page: Callable[..., NotesPage],
    store: Path,
    hold: Callable[[Path, str], Holder],
    qtbot: QtBot,
    how: str,
) -> None:
    page = make_page()
    unlock(qtbot, page)
    view = page.open_view
    assert view is not None and view.cases.editor is not None
    before = store.read_bytes()
    holder = hold(store, how)

    notes = view.cases.editor.notes
    notes.setFocus()
    notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(notes, " while another program had it")
    assert page.save_now() is False
    assert view.status.text() == "Not saved yet"
    assert "open in another window or program" in view.save_problem.text()
    assert "Your text is still here" in view.save_problem.text()
    assert store.read_bytes() == before

    holder.release()
    qtbot.keyClicks(notes, "!")
    qtbot.waitUntil(lambda: view.status.text() == "All changes saved", timeout=5000)
    page.shut_down()
    with Vault.open(store) as vault:
        vault.unlock_with_passphrase(PASSPHRASE)
        assert vault.data.cases[0].notes.endswith(" while another program had it!")


WRITER = r"""
import sys, time
from safetyapp.vault.errors import VaultInUse
from safetyapp.vault.records import Case
from safetyapp.vault.store import Vault

path, secret, rounds = sys.argv[1], bytes.fromhex(sys.argv[2]), int(sys.argv[3])
done = refused = 0
while done < rounds:
    try:
        vault = Vault.open(path)
    except VaultInUse:
        refused += 1
        time.sleep(0.002)
        continue
    with vault:
        vault.unlock_with_keyring_secret(secret)
        data = vault.data
        count = int(data.cases[0].title)
        data.cases[0].title = str(count + 1)  # read, add one, write back: a lost update would show
        vault.save(data)
    done += 1
print(refused)
"""


def test_several_processes_saving_at_once_never_interleave(tmp_path: Path) -> None:
    from tests.ui.notes.support import TEST_PARAMS

    path = tmp_path / "notes" / "store.scv"
    vault, _ = Vault.create(path, PASSPHRASE, kdf_params=TEST_PARAMS)
    vault.save(VaultData([Case.new("0")]))
    secret = vault.enable_keyring_slot()
    vault.close()
    writers, rounds = 4, 15
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    children = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), secret.hex(), str(rounds)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(writers)
    ]
    refused = 0
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        refused += int(out)
    with Vault.open(path) as vault:
        vault.unlock_with_keyring_secret(secret)
        assert vault.data.cases[0].title == str(writers * rounds)  # every increment kept
    print(f"{writers} writers, {writers * rounds} saves, {refused} opens refused while another held the store")
