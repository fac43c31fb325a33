"""The notes session with a real Vault on disk, a keyring in memory, and slow steps run by hand."""

from __future__ import annotations

import base64
import errno
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from safetyapp.vault.backup import write_backup
from safetyapp.vault.errors import WrongSecret
from safetyapp.vault.files import FileOps, generation_path, list_generations
from safetyapp.vault.keyring_access import SERVICE, KeyringAccess
from safetyapp.vault.outcomes import Outcome, Result
from safetyapp.vault.records import Case, VaultData
from safetyapp.vault.session import SAVE_DELAY, NotesSession, State
from safetyapp.vault.store import Vault
from tests.helpers.keyring import MemoryKeyring
from tests.vault.conftest import FIXED_NOW, PASSPHRASE, TEST_PARAMS, Template

NEW_PASSPHRASE = "a different passphrase 7"


class ManualScheduler:
    def __init__(self) -> None:
        self.delay: float | None = None
        self._callback: Callable[[], None] | None = None

    def start(self, seconds: float, callback: Callable[[], None]) -> None:
        self.delay, self._callback = seconds, callback

    def stop(self) -> None:
        self._callback = None

    @property
    def pending(self) -> bool:
        return self._callback is not None

    def fire(self) -> None:
        callback, self._callback = self._callback, None
        assert callback is not None
        callback()


class Runner:
    """Runs each slow step when told to (`finish`), or at once if `immediate`."""

    def __init__(self) -> None:
        self.immediate = True
        self.waiting: list[tuple[Callable[[], object], Callable[[object], None]]] = []

    def __call__(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        self.waiting.append((work, done))
        if self.immediate:
            self.finish()

    def finish(self) -> None:
        while self.waiting:
            work, done = self.waiting.pop(0)
            try:
                outcome = work()
            except Exception as error:
                outcome = error
            done(outcome)


class DiskFull(FileOps):
    failing = False

    def write(self, fd: int, data: bytes) -> None:
        if self.failing:
            raise OSError(errno.ENOSPC, "No space left on device")
        super().write(fd, data)


class Outcomes(list[Outcome]):
    def __call__(self, outcome: Outcome) -> None:
        self.append(outcome)

    @property
    def results(self) -> list[Result]:
        return [o.result for o in self]


@pytest.fixture
def keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def runner() -> Runner:
    return Runner()


@pytest.fixture
def scheduler() -> ManualScheduler:
    return ManualScheduler()


@pytest.fixture
def saves() -> Outcomes:
    return Outcomes()


@pytest.fixture
def disk() -> DiskFull:
    return DiskFull()


@pytest.fixture
def make_session(
    keyring: MemoryKeyring, runner: Runner, scheduler: ManualScheduler, saves: Outcomes, disk: DiskFull
) -> Iterator[Callable[[Path], NotesSession]]:
    made: list[NotesSession] = []

    def make(path: Path) -> NotesSession:
        session = NotesSession(
            path,
            keyring=KeyringAccess(keyring),
            run=runner,
            scheduler=scheduler,
            on_save=saves,
            kdf_params=TEST_PARAMS,
            file_ops=disk,
        )
        made.append(session)
        return session

    yield make
    for session in made:
        session.close()


@pytest.fixture
def session(make_session: Callable[[Path], NotesSession], store_path: Path) -> NotesSession:
    """The template store, open and locked."""
    made = make_session(store_path)
    assert open_now(made).result is Result.LOCKED
    return made


def open_now(session: NotesSession, generation: int = 0) -> Outcome:
    done = Outcomes()
    session.open(done, generation)
    assert len(done) == 1
    return done[0]


def unlock(session: NotesSession, passphrase: str = PASSPHRASE) -> Outcome:
    done = Outcomes()
    assert session.unlock_with_passphrase(passphrase, done)
    return done[-1]


def titles_on_disk(path: Path, passphrase: str = PASSPHRASE) -> list[str]:
    with Vault.open(path) as vault:
        vault.unlock_with_passphrase(passphrase)
        return [case.title for case in vault.data.cases]


def add_case(session: NotesSession, title: str) -> None:
    assert session.data is not None
    session.data.cases.append(Case.new(title, now=FIXED_NOW))
    session.edited()


# ---------------------------------------------------------------- opening and setting up


def test_nothing_there_asks_for_set_up(make_session: Callable[[Path], NotesSession], tmp_path: Path) -> None:
    session = make_session(tmp_path / "notes" / "store.scv")
    assert open_now(session).result is Result.NO_STORE and session.state is State.NO_STORE


def test_set_up_shows_the_code_then_opens_and_turns_the_keyring_on(
    make_session: Callable[[Path], NotesSession], tmp_path: Path, keyring: MemoryKeyring
) -> None:
    path = tmp_path / "notes" / "store.scv"
    session = make_session(path)
    open_now(session)
    done = Outcomes()
    assert session.create(PASSPHRASE, True, done)
    assert done.results == [Result.NEW] and len(done[0].recovery_code) > 20
    assert session.state is State.NEW and session.data is None  # not open until the code is confirmed
    assert session.finish_setup() is True
    assert session.is_open and session.data == VaultData()
    keyring_done = Outcomes()
    assert session.set_keyring(True, keyring_done).result is Result.STARTED
    assert keyring_done.results == [Result.DONE] and session.keyring_on
    assert (SERVICE, session.store_id) in keyring.entries
    session.close()
    with Vault.open(path) as vault:
        vault.unlock_with_recovery(done[0].recovery_code)


def test_set_up_refuses_to_replace_a_store(session: NotesSession) -> None:
    session.close()
    done = Outcomes()
    session.create(PASSPHRASE, False, done)
    assert done.results == [Result.EXISTS]


def test_a_damaged_store_is_a_problem_with_its_code(
    make_session: Callable[[Path], NotesSession], store_path: Path
) -> None:
    content = bytearray(store_path.read_bytes())
    content[-5] ^= 0xFF
    store_path.write_bytes(bytes(content))
    session = make_session(store_path)
    outcome = open_now(session)
    assert outcome.result is Result.PROBLEM and outcome.problem == "damaged" and session.state is State.PROBLEM
    assert [g.number for g in outcome.earlier] == [1, 2, 4]  # 4: the session copy


def test_an_earlier_copy_opened_becomes_current_when_saved(
    make_session: Callable[[Path], NotesSession], store_path: Path, template: Template
) -> None:
    session = make_session(store_path)
    assert open_now(session, 1).result is Result.LOCKED and session.from_earlier_copy
    assert unlock(session).result is Result.OPENED
    made = session.make_current()
    assert made is not None and made.saved and not session.from_earlier_copy
    assert session.make_current() is None


# ---------------------------------------------------------------- unlocking


def test_each_way_in(session: NotesSession, template: Template, keyring: MemoryKeyring) -> None:
    assert unlock(session, "not it").result is Result.WRONG_SECRET and session.state is State.LOCKED
    assert unlock(session).result is Result.OPENED
    assert session.data == template.data
    session.lock()
    assert session.state is State.LOCKED and session.data is None

    done = Outcomes()
    session.unlock_with_recovery("ABCD", done)
    assert done.results == [Result.CODE_TYPO]
    session.unlock_with_recovery(template.recovery_code, done)
    assert done.results[-1] is Result.OPENED
    session.lock()

    session.unlock_with_keyring(done)
    assert done[-1] == Outcome(Result.KEYRING, reason="no-secret")
    keyring.entries[(SERVICE, str(session.store_id))] = base64.b64encode(template.keyring_secret).decode()
    keyring.locked = True
    session.unlock_with_keyring(done)
    assert done[-1] == Outcome(Result.KEYRING, reason="locked")
    keyring.locked = False
    session.unlock_with_keyring(done)
    assert done.results[-1] is Result.OPENED and session.is_open


def test_forgot_passphrase_sets_a_new_one(session: NotesSession, template: Template, store_path: Path) -> None:
    done = Outcomes()
    session.reset_passphrase(template.recovery_code, NEW_PASSPHRASE, done)
    assert done.results == [Result.OPENED] and session.is_open
    session.close()
    assert titles_on_disk(store_path, NEW_PASSPHRASE) == [case.title for case in template.data.cases]


def test_a_lock_during_an_unlock_wins(session: NotesSession, runner: Runner) -> None:
    runner.immediate = False
    done = Outcomes()
    assert session.unlock_with_passphrase(PASSPHRASE, done)
    assert session.unlocking and not session.unlock_with_passphrase(PASSPHRASE, done)
    session.lock()
    runner.finish()
    assert done.results == [Result.DROPPED]
    assert session.state is State.LOCKED and session.data is None and not session.unlocking
    assert session.write_backup(lambda vault, io: vault.is_unlocked) is None


def test_a_late_keyring_secret_does_not_open_locked_notes(
    session: NotesSession, runner: Runner, keyring: MemoryKeyring, template: Template
) -> None:
    keyring.entries[(SERVICE, str(session.store_id))] = base64.b64encode(template.keyring_secret).decode()
    runner.immediate = False
    done = Outcomes()
    assert session.unlock_with_keyring(done) and session.keyring_busy
    session.lock()
    runner.finish()
    assert done.results == [Result.DROPPED] and not session.is_open and not session.keyring_busy


def test_a_lock_while_setting_up_leaves_the_new_store_locked(
    make_session: Callable[[Path], NotesSession], tmp_path: Path, runner: Runner
) -> None:
    session = make_session(tmp_path / "notes" / "store.scv")
    open_now(session)
    runner.immediate = False
    done = Outcomes()
    session.create(PASSPHRASE, False, done)
    session.lock()
    runner.finish()
    assert done.results == [Result.LOCKED] and session.state is State.LOCKED


# ---------------------------------------------------------------- saving


def test_an_edit_is_saved_after_the_delay(
    session: NotesSession, scheduler: ManualScheduler, saves: Outcomes, store_path: Path
) -> None:
    unlock(session)
    add_case(session, "Second case")
    assert session.unsaved and scheduler.pending and scheduler.delay == SAVE_DELAY
    assert saves == []
    scheduler.fire()
    assert saves.results == [Result.SAVED] and not session.unsaved
    session.close()
    assert titles_on_disk(store_path)[-1] == "Second case"


def test_the_working_copy_is_the_sessions_own(session: NotesSession) -> None:
    unlock(session)
    assert session.data is not None
    assert session.write_backup(lambda vault, io: vault.data is session.data) is False
    add_case(session, "Saved")
    session.save_now()
    session.data.cases[-1].title = "Changed after the save"
    assert session.write_backup(lambda vault, io: vault.data.cases[-1].title) == "Saved"


def test_a_failed_save_keeps_the_changes_and_is_tried_again(
    session: NotesSession, disk: DiskFull, saves: Outcomes, scheduler: ManualScheduler, store_path: Path
) -> None:
    unlock(session)
    before = store_path.read_bytes()
    disk.failing = True
    add_case(session, "Not saved yet")
    outcome = session.save_now()
    assert outcome == Outcome(Result.NOT_WRITTEN, reason="disk-full") and saves == [outcome]
    assert session.unsaved and store_path.read_bytes() == before
    disk.failing = False
    add_case(session, "Then saved")
    scheduler.fire()
    assert saves.results[-1] is Result.SAVED
    session.close()
    assert titles_on_disk(store_path)[-2:] == ["Not saved yet", "Then saved"]


def test_a_file_changed_outside_is_not_written_over(session: NotesSession, store_path: Path) -> None:
    unlock(session)
    os.replace(generation_path(store_path, 2), store_path)
    add_case(session, "Would overwrite")
    assert session.save_now().result is Result.CHANGED and session.unsaved


def test_image_data_is_refused(session: NotesSession) -> None:
    unlock(session)
    assert session.data is not None
    session.data.cases[0].notes = "data:image/png;base64," + "iVBORw0KGgo" + "A" * 400
    session.edited()
    assert session.save_now().result is Result.IMAGE_DATA


def test_nothing_to_save_is_saved(session: NotesSession, saves: Outcomes) -> None:
    assert session.save_now().saved and saves == []
    session.edited()
    assert session.save_now().result is Result.NOT_OPEN


# ---------------------------------------------------------------- settings


def test_a_keyring_that_fails_takes_the_slot_out_again(
    session: NotesSession, keyring: MemoryKeyring, store_path: Path
) -> None:
    unlock(session)
    session.set_keyring(False, Outcomes())
    assert not session.keyring_on
    keyring.locked = True
    done = Outcomes()
    assert session.set_keyring(True, done).result is Result.STARTED
    assert done == [Outcome(Result.KEYRING, reason="locked")] and not session.keyring_on
    session.close()
    with Vault.open(store_path) as vault:
        assert not vault.has_keyring_slot


def test_turning_the_keyring_off_with_a_locked_keyring_still_removes_the_slot(
    session: NotesSession, keyring: MemoryKeyring
) -> None:
    unlock(session)
    assert session.keyring_on
    keyring.locked = True
    done = Outcomes()
    session.set_keyring(False, done)
    assert done == [Outcome(Result.KEYRING, reason="locked")] and not session.keyring_on


def test_keyring_needs_the_notes_saved_first(session: NotesSession, disk: DiskFull) -> None:
    unlock(session)
    disk.failing = True
    add_case(session, "Unsaved")
    assert session.set_keyring(False, Outcomes()).result is Result.NOT_WRITTEN and session.keyring_on


def test_saves_wait_while_the_passphrase_changes(
    session: NotesSession, runner: Runner, scheduler: ManualScheduler, store_path: Path
) -> None:
    unlock(session)
    runner.immediate = False
    done = Outcomes()
    assert session.change_passphrase(NEW_PASSPHRASE, done).result is Result.STARTED and session.rewriting
    add_case(session, "During the change")
    assert session.save_now().result is Result.BUSY and scheduler.pending
    runner.finish()
    assert done.results == [Result.DONE] and not session.rewriting
    scheduler.fire()
    assert not session.unsaved
    session.close()
    assert titles_on_disk(store_path, NEW_PASSPHRASE)[-1] == "During the change"


def test_a_lock_during_a_passphrase_change_leaves_nothing_in_memory(session: NotesSession, runner: Runner) -> None:
    unlock(session)
    runner.immediate = False
    done = Outcomes()
    session.change_passphrase(NEW_PASSPHRASE, done)
    session.lock()
    runner.finish()
    assert done.results == [Result.DROPPED]
    assert session.write_backup(lambda vault, io: True) is None and session.data is None


def test_a_new_recovery_code_is_handed_over_once_and_the_old_one_stops(
    session: NotesSession, store_path: Path, template: Template
) -> None:
    unlock(session)
    done = Outcomes()
    assert session.new_recovery_code(done).result is Result.STARTED
    assert done.results == [Result.DONE] and done[0].recovery_code and session.is_open
    assert not list_generations(session.path)  # the earlier copies the old code opened are gone
    session.close()
    with Vault.open(store_path) as vault:
        with pytest.raises(WrongSecret):
            vault.unlock_with_recovery(template.recovery_code)
        vault.unlock_with_recovery(done[0].recovery_code)


# ---------------------------------------------------------------- backups and deleting


def test_restore_puts_a_backups_notes_back_and_keeps_the_notes_open(
    session: NotesSession, tmp_path: Path, template: Template
) -> None:
    unlock(session)
    backup = tmp_path / "backup.scv"
    session.write_backup(lambda vault, io: write_backup(vault, backup, io=io))
    add_case(session, "After the backup")
    checked = Outcomes()
    assert session.check_backup(backup, checked)
    assert checked.results == [Result.CHECKED] and session.backup is not None
    assert session.restore_backup().result is Result.DONE
    assert session.is_open and session.data == template.data and session.backup is None


def test_restore_needs_the_notes_saved_first(session: NotesSession, disk: DiskFull, tmp_path: Path) -> None:
    unlock(session)
    backup = tmp_path / "backup.scv"
    session.write_backup(lambda vault, io: write_backup(vault, backup, io=io))
    assert session.check_backup(backup, Outcomes())
    disk.failing = True
    add_case(session, "Unsaved")
    assert session.restore_backup().result is Result.NOT_WRITTEN
    assert session.is_open and [c.title for c in session.data.cases][-1] == "Unsaved"  # type: ignore[union-attr]


def test_delete_everything_removes_the_store_and_the_keyring_key(
    session: NotesSession, keyring: MemoryKeyring, template: Template, store_path: Path
) -> None:
    keyring.entries[(SERVICE, str(session.store_id))] = base64.b64encode(template.keyring_secret).decode()
    assert session.delete_everything(lambda path: [], Outcomes()) is None  # locked: nothing happens
    unlock(session)
    removed: list[Path] = []

    def remove(path: Path) -> list[Path]:
        removed.append(path)
        return []

    done = Outcomes()
    left = session.delete_everything(remove, done)
    assert left == [] and removed == [store_path] and session.state is State.NO_STORE
    assert done.results == [Result.DONE] and keyring.entries == {}
