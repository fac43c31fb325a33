"""Rollback is noticed: an older copy or another store put in place of the notes is reported when the
notes are opened (after the unlock, from the authenticated header), and never keeps anyone out."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from safetyapp.vault.backup import write_backup
from safetyapp.vault.files import generation_path
from safetyapp.vault.keyring_access import KeyringAccess
from safetyapp.vault.outcomes import Outcome, Result
from safetyapp.vault.records import Case
from safetyapp.vault.seen import FILENAME, SeenStores
from safetyapp.vault.session import NotesSession
from safetyapp.vault.store import Vault
from tests.helpers.keyring import MemoryKeyring
from tests.helpers.leaks import encodings
from tests.helpers.sessions import NoTimer, at_once
from tests.vault.conftest import CANARIES, FIXED_NOW, PASSPHRASE, TEST_PARAMS


@pytest.fixture
def sessions(store_path: Path) -> Iterator[Callable[[], NotesSession]]:
    made: list[NotesSession] = []

    def make() -> NotesSession:
        for old in made:
            old.close()
        session = NotesSession(
            store_path,
            keyring=KeyringAccess(MemoryKeyring()),
            run=at_once,
            scheduler=NoTimer(),
            kdf_params=TEST_PARAMS,
        )
        made.append(session)
        opened: list[Outcome] = []
        session.open(opened.append)
        assert [o.result for o in opened] == [Result.LOCKED]
        return session

    yield make
    for session in made:
        session.close()


def _unlock(session: NotesSession, passphrase: str = PASSPHRASE) -> Outcome:
    answers: list[Outcome] = []
    assert session.unlock_with_passphrase(passphrase, answers.append)
    return answers[-1]


def _add_and_save(session: NotesSession, title: str) -> None:
    assert session.data is not None
    session.data.cases.append(Case.new(title, now=FIXED_NOW))
    session.edited()
    assert session.save_now().saved


def test_an_older_copy_put_in_place_is_noticed_and_still_opens(
    sessions: Callable[[], NotesSession], store_path: Path
) -> None:
    first = sessions()
    opened = _unlock(first)
    assert opened.result is Result.OPENED and not opened.older_by and not opened.other_store
    _add_and_save(first, "after")
    _add_and_save(first, "and after that")
    first.close()
    shutil.copyfile(generation_path(store_path, 2), store_path)  # someone puts back an older copy
    second = sessions()
    opened = _unlock(second)
    assert opened.result is Result.OPENED and second.is_open  # never kept out
    assert opened.older_by == 2 and not opened.other_store
    _add_and_save(second, "carrying on from the older copy")  # saves continue after the newest seen
    third = sessions()
    opened = _unlock(third)
    assert not opened.older_by and not opened.other_store


def test_another_store_put_in_place_is_noticed(
    sessions: Callable[[], NotesSession], store_path: Path, tmp_path: Path
) -> None:
    _unlock(sessions())
    other_path = tmp_path / "other" / "store.scv"
    other, _ = Vault.create(other_path, "someone else's passphrase", kdf_params=TEST_PARAMS)
    other.close()
    shutil.copyfile(other_path, store_path)
    opened = _unlock(sessions(), "someone else's passphrase")
    assert opened.result is Result.OPENED and opened.other_store


def test_a_restore_the_user_chose_is_not_called_a_rollback(
    sessions: Callable[[], NotesSession], tmp_path: Path
) -> None:
    session = sessions()
    _unlock(session)
    backup = tmp_path / "backup.scv"
    session.write_backup(lambda vault, io: write_backup(vault, backup, io=io))
    _add_and_save(session, "after the backup")
    assert session.check_backup(backup, lambda outcome: None) and session.backup is not None
    assert session.restore_backup().result is Result.DONE
    opened = _unlock(sessions())  # the next time the notes are opened
    assert opened.result is Result.OPENED and not opened.older_by and not opened.other_store


def test_the_memory_holds_no_secret_and_no_note_and_is_private(
    sessions: Callable[[], NotesSession], store_path: Path
) -> None:
    session = sessions()
    _unlock(session)
    assert session.data is not None
    session.data.cases[0].title = CANARIES["title"]
    session.edited()
    session.save_now()
    memory = store_path.parent.parent / FILENAME
    content = memory.read_bytes()
    assert session.store_id is not None and session.store_id.encode() in content
    for canary in [*CANARIES.values(), PASSPHRASE]:
        assert not any(form in content for form in encodings(canary))
    if os.name == "posix":
        assert stat.S_IMODE(memory.stat().st_mode) == 0o600


def test_a_damaged_memory_is_forgotten_not_trusted(tmp_path: Path) -> None:
    seen = SeenStores(tmp_path / FILENAME)
    (tmp_path / FILENAME).write_bytes(b'{"format": 1, "last": 5, "stores": {"a": "x"}}')
    assert seen.opened("a" * 32, 3).older_by == 0
    os.unlink(tmp_path / FILENAME)
    os.mkfifo(tmp_path / FILENAME) if os.name == "posix" else None
    assert seen.opened("a" * 32, 3).older_by == 0  # a FIFO there is not waited on
