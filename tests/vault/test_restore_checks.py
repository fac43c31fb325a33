"""Restores check before they replace. A backup is opened, and every byte of it authenticated, before
the question: with the open notes' keys, or, when they do not open it (made before a key change, or
another store), with the passphrase or recovery code that was in use when it was made. Nothing changes
until the restore is confirmed, and the restored notes are written under the current secrets."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from safetyapp.vault.backup import write_backup
from safetyapp.vault.errors import WrongSecret
from safetyapp.vault.keyring_access import KeyringAccess
from safetyapp.vault.outcomes import Outcome, Result
from safetyapp.vault.records import Case
from safetyapp.vault.session import NotesSession
from safetyapp.vault.store import Vault
from tests.helpers.keyring import MemoryKeyring
from tests.helpers.sessions import NoTimer, at_once
from tests.helpers.store_files import fix_checksum
from tests.vault.conftest import PASSPHRASE, TEST_PARAMS, Template

NEW_PASSPHRASE = "a brand new passphrase, quite long"
OTHER_PASSPHRASE = "someone else's passphrase entirely"


def _answer(start: Callable[[Callable[[Outcome], None]], bool]) -> Outcome:
    answers: list[Outcome] = []
    assert start(answers.append)
    assert len(answers) == 1
    return answers[0]


@pytest.fixture
def session(store_path: Path) -> Iterator[NotesSession]:
    """The template store, opened with its passphrase."""
    made = NotesSession(
        store_path, keyring=KeyringAccess(MemoryKeyring()), run=at_once, scheduler=NoTimer(), kdf_params=TEST_PARAMS
    )
    opened: list[Outcome] = []
    made.open(opened.append)
    assert [o.result for o in opened] == [Result.LOCKED]
    assert _answer(lambda done: made.unlock_with_passphrase(PASSPHRASE, done)).result is Result.OPENED
    yield made
    made.close()


def _backup_now(session: NotesSession, path: Path) -> Path:
    assert session.write_backup(lambda vault, io: write_backup(vault, path, io=io)) is not None
    return path


def _save_case(session: NotesSession, title: str) -> None:
    assert session.data is not None
    session.data.cases.append(Case.new(title))
    session.edited()
    assert session.save_now().saved


def _change_passphrase(session: NotesSession) -> None:
    assert session.change_passphrase(NEW_PASSPHRASE, lambda outcome: None).result is Result.STARTED


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and not p.name.endswith(".lock")}


def test_a_backup_of_these_notes_is_verified_with_authenticated_facts(session: NotesSession, tmp_path: Path) -> None:
    backup = _backup_now(session, tmp_path / "backup.scv")
    saved = session.last_saved
    _save_case(session, "after the backup")
    _save_case(session, "and again")
    assert _answer(lambda done: session.check_backup(backup, done)).result is Result.CHECKED
    checked = session.backup
    assert checked is not None and checked.same_store and checked.saves_newer == -2 and checked.info.saved == saved


def test_a_backup_from_before_a_passphrase_change_is_restored_with_the_old_passphrase(
    session: NotesSession, tmp_path: Path, store_path: Path, template: Template
) -> None:
    backup = _backup_now(session, tmp_path / "backup.scv")
    _change_passphrase(session)
    _save_case(session, "after the change")
    before = _files(store_path.parent)

    assert _answer(lambda done: session.check_backup(backup, done)).result is Result.NEEDS_SECRET
    assert session.backup is None  # nothing is shown from a header nothing has checked
    assert _answer(lambda done: session.open_backup(PASSPHRASE, done)).result is Result.CHECKED
    checked = session.backup
    assert checked is not None and checked.same_store and checked.saves_newer == -2
    assert _files(store_path.parent) == before  # nothing changes until the restore is confirmed

    assert session.restore_backup().result is Result.DONE
    assert session.data == template.data
    session.close()
    # The restored notes open with the secrets of now, never with the passphrase of the backup's time.
    with Vault.open(store_path) as vault:
        with pytest.raises(WrongSecret):
            vault.unlock_with_passphrase(PASSPHRASE)
        vault.unlock_with_passphrase(NEW_PASSPHRASE)
        assert vault.data == template.data


def test_the_recovery_code_of_the_time_opens_a_backup_too(
    session: NotesSession, tmp_path: Path, template: Template
) -> None:
    backup = _backup_now(session, tmp_path / "backup.scv")
    assert session.new_recovery_code(lambda outcome: None).result is Result.STARTED
    assert _answer(lambda done: session.check_backup(backup, done)).result is Result.NEEDS_SECRET
    typo = template.recovery_code[:-1] + ("A" if template.recovery_code[-1] != "A" else "B")
    assert _answer(lambda done: session.open_backup(typo, done)).result is Result.CODE_TYPO
    assert _answer(lambda done: session.open_backup(template.recovery_code, done)).result is Result.CHECKED


def test_a_wrong_secret_changes_nothing_and_can_be_tried_again(
    session: NotesSession, tmp_path: Path, store_path: Path
) -> None:
    backup = _backup_now(session, tmp_path / "backup.scv")
    _change_passphrase(session)
    before = _files(store_path.parent)
    assert _answer(lambda done: session.check_backup(backup, done)).result is Result.NEEDS_SECRET
    assert _answer(lambda done: session.open_backup("not the passphrase at all", done)).result is Result.WRONG_SECRET
    assert session.backup is None
    assert session.restore_backup().result is Result.IGNORED
    assert _files(store_path.parent) == before
    assert _answer(lambda done: session.open_backup(PASSPHRASE, done)).result is Result.CHECKED


def test_another_stores_backup_opened_with_its_own_passphrase_is_another_store(
    session: NotesSession, tmp_path: Path
) -> None:
    other, _ = Vault.create(tmp_path / "other" / "store.scv", OTHER_PASSPHRASE, kdf_params=TEST_PARAMS)
    backup = tmp_path / "theirs.scv"
    write_backup(other, backup)
    other.close()
    assert _answer(lambda done: session.check_backup(backup, done)).result is Result.NEEDS_SECRET
    assert _answer(lambda done: session.open_backup(PASSPHRASE, done)).result is Result.WRONG_SECRET
    assert _answer(lambda done: session.open_backup(OTHER_PASSPHRASE, done)).result is Result.CHECKED
    checked = session.backup
    assert checked is not None and not checked.same_store and checked.saves_newer == 0


def _tamper(backup: Path) -> None:
    content = bytearray(backup.read_bytes())
    content[-40] ^= 0x01  # inside the encrypted notes
    backup.write_bytes(fix_checksum(bytes(content)))  # the unkeyed checksum made right again


def test_a_tampered_backup_with_a_recomputed_checksum_is_refused(
    session: NotesSession, tmp_path: Path, store_path: Path
) -> None:
    backup = _backup_now(session, tmp_path / "backup.scv")
    _tamper(backup)
    before = _files(store_path.parent)
    outcome = _answer(lambda done: session.check_backup(backup, done))
    assert outcome.result is Result.PROBLEM and outcome.problem == "tampered" and session.backup is None
    assert _files(store_path.parent) == before


def test_a_tampered_backup_is_refused_even_with_the_right_secret(
    session: NotesSession, tmp_path: Path, store_path: Path
) -> None:
    backup = _backup_now(session, tmp_path / "backup.scv")
    _tamper(backup)
    _change_passphrase(session)
    before = _files(store_path.parent)
    assert _answer(lambda done: session.check_backup(backup, done)).result is Result.NEEDS_SECRET
    outcome = _answer(lambda done: session.open_backup(PASSPHRASE, done))
    assert outcome.result is Result.PROBLEM and outcome.problem == "tampered" and session.backup is None
    assert _files(store_path.parent) == before


def test_locking_forgets_the_checked_backup(session: NotesSession, tmp_path: Path) -> None:
    backup = _backup_now(session, tmp_path / "backup.scv")
    assert _answer(lambda done: session.check_backup(backup, done)).result is Result.CHECKED
    session.lock()
    assert session.backup is None and session.restore_backup().result is Result.IGNORED
