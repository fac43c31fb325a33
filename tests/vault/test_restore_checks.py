"""Restores check before they replace: a backup is opened with the open notes' keys and fully verified
before the question is asked; a tampered backup (checksum made right again) is refused; a backup the
keys do not open (another store, or made before a key change) is labelled as not checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from safetyapp.vault.backup import check_against, write_backup
from safetyapp.vault.errors import VaultTampered
from safetyapp.vault.records import Case
from safetyapp.vault.store import Vault
from tests.helpers.store_files import fix_checksum
from tests.vault.conftest import TEST_PARAMS


def test_a_backup_of_these_notes_is_verified_with_authenticated_facts(unlocked: Vault, tmp_path: Path) -> None:
    backup = tmp_path / "backup.scv"
    made = write_backup(unlocked, backup)
    data = unlocked.data
    data.cases.append(Case.new("after the backup"))
    unlocked.save(data)
    unlocked.save(data)
    checked = check_against(unlocked, backup)
    assert checked.verified and checked.saves_newer == -2 and checked.info.saved == made.saved


def test_a_tampered_backup_with_a_recomputed_checksum_is_refused(unlocked: Vault, tmp_path: Path) -> None:
    backup = tmp_path / "backup.scv"
    write_backup(unlocked, backup)
    content = bytearray(backup.read_bytes())
    content[-40] ^= 0x01  # inside the encrypted notes
    backup.write_bytes(fix_checksum(bytes(content)))
    with pytest.raises(VaultTampered):
        check_against(unlocked, backup)


def test_another_stores_backup_is_not_verified(unlocked: Vault, tmp_path: Path) -> None:
    other, _ = Vault.create(tmp_path / "other" / "store.scv", "another person", kdf_params=TEST_PARAMS)
    backup = tmp_path / "theirs.scv"
    write_backup(other, backup)
    other.close()
    checked = check_against(unlocked, backup)
    assert not checked.verified


def test_a_backup_from_before_a_passphrase_change_is_not_verified(unlocked: Vault, tmp_path: Path) -> None:
    backup = tmp_path / "backup.scv"
    write_backup(unlocked, backup)
    unlocked.change_passphrase("a new passphrase here")
    assert not check_against(unlocked, backup).verified
