"""Backups to a chosen place (a USB stick) and restoring one, with the current notes kept."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from safetyapp.vault import fileformat
from safetyapp.vault.backup import check_with_keys, read_backup, write_backup
from safetyapp.vault.errors import (
    VaultDamaged,
    VaultError,
    VaultMissing,
    VaultTampered,
    VaultTooNew,
    VaultWriteError,
)
from safetyapp.vault.files import before_restore_path, generation_path
from safetyapp.vault.records import Case, VaultData
from safetyapp.vault.store import Vault
from tests.helpers.store_files import FailingOps, fix_checksum
from tests.vault.conftest import Template, build, split


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "USB STICK"
    folder.mkdir()
    return folder


def test_a_backup_is_an_encrypted_copy_of_the_store(unlocked: Vault, usb: Path, template: Template) -> None:
    info = write_backup(unlocked, usb / "notes-backup.scv")
    backup = usb / "notes-backup.scv"
    assert backup.read_bytes() == unlocked.path.read_bytes()
    assert info.path == backup and info.store_id == unlocked.store_id and info.generation == unlocked.generation
    if os.name == "posix":
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert [p.name for p in usb.iterdir()] == ["notes-backup.scv"]  # no temp files left behind
    assert read_backup(backup).info == info


def test_a_backup_can_be_made_while_locked(opened: Vault, usb: Path) -> None:
    info = write_backup(opened, usb / "b.scv")
    assert info.slot_kinds == ("passphrase", "recovery", "keyring")


def test_a_backup_opens_like_the_store(unlocked: Vault, usb: Path, template: Template) -> None:
    write_backup(unlocked, usb / "b.scv")
    with Vault.open(usb / "b.scv") as copy:
        copy.unlock_with_passphrase(template.passphrase)
        assert copy.data == template.data


def test_a_new_backup_replaces_an_old_one_whole(unlocked: Vault, usb: Path) -> None:
    write_backup(unlocked, usb / "b.scv")
    first = (usb / "b.scv").read_bytes()
    unlocked.save(VaultData([Case.new("later")]))
    counting = FailingOps()
    write_backup(unlocked, usb / "count.scv", io=counting)
    (usb / "count.scv").unlink()
    assert counting.calls == ["create_temp", "write", "fsync", "close", "replace->count.scv", "fsync_dir"]
    for at in range(len(counting.calls) - 1):  # a failure at any step before the switch: the old backup is whole
        with pytest.raises(VaultError) as caught:
            write_backup(unlocked, usb / "b.scv", io=FailingOps(fail_at=at))
        assert isinstance(caught.value, VaultWriteError) and not caught.value.committed
        assert (usb / "b.scv").read_bytes() == first
        assert [p.name for p in usb.iterdir()] == ["b.scv"]
    with pytest.raises(VaultWriteError) as caught:  # after the switch: the new one is whole, perhaps not durable
        write_backup(unlocked, usb / "b.scv", io=FailingOps(fail_at=len(counting.calls) - 1))
    assert caught.value.committed
    assert (usb / "b.scv").read_bytes() == unlocked.path.read_bytes() != first


def test_a_damaged_or_tampered_store_is_not_passed_off_as_a_backup(unlocked: Vault, usb: Path) -> None:
    content = unlocked.path.read_bytes()
    unlocked.path.write_bytes(content[:-1] + bytes([content[-1] ^ 1]))
    with pytest.raises(VaultDamaged):
        write_backup(unlocked, usb / "b.scv")
    tampered = bytearray(content)
    tampered[-40] ^= 1
    unlocked.path.write_bytes(fix_checksum(bytes(tampered)))
    with pytest.raises(VaultTampered):
        write_backup(unlocked, usb / "b.scv")
    assert list(usb.iterdir()) == []


def test_a_backup_never_goes_over_the_store_itself(unlocked: Vault) -> None:
    for target in (unlocked.path, generation_path(unlocked.path, 1), unlocked.path.parent / "." / unlocked.path.name):
        with pytest.raises(ValueError):
            write_backup(unlocked, target)


def test_reading_a_backup_says_what_is_wrong(tmp_path: Path, template: Template) -> None:
    with pytest.raises(VaultMissing):
        read_backup(tmp_path / "none.scv")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    with pytest.raises(VaultDamaged):
        read_backup(tmp_path / "photo.jpg")
    _, header, payload = split(template.path.read_bytes())
    header["format"] = 3
    (tmp_path / "future.scv").write_bytes(build(header, payload, version=3))
    with pytest.raises(VaultTooNew) as caught:
        read_backup(tmp_path / "future.scv")
    assert caught.value.version == 3


def test_restore_writes_the_backups_notes_under_the_current_keys(
    unlocked: Vault, usb: Path, template: Template
) -> None:
    write_backup(unlocked, usb / "b.scv")
    later = VaultData([Case.new("written after the backup")])
    unlocked.save(later)
    current = unlocked.path.read_bytes()
    checked = check_with_keys(unlocked, read_backup(usb / "b.scv"))
    assert checked is not None

    unlocked.restore(checked.data)

    assert unlocked.data == template.data
    assert generation_path(unlocked.path, 1).read_bytes() == current
    assert before_restore_path(unlocked.path).read_bytes() == current
    unlocked.close()
    with Vault.open(unlocked.path) as vault:
        vault.unlock_with_passphrase(template.passphrase)
        assert vault.data == template.data
        view = vault.open_generation(1)
        assert view.data == later  # the undone state is still there


@pytest.mark.parametrize("kind", ["too-new", "damaged", "not-json"])
def test_a_bad_backup_is_refused_and_nothing_changes(
    store_path: Path, usb: Path, template: Template, kind: str
) -> None:
    content = template.path.read_bytes()
    _, header, payload = split(content)
    if kind == "too-new":
        header["format"] = fileformat.FORMAT_VERSION + 1
        bad = build(header, payload, version=fileformat.FORMAT_VERSION + 1)
    elif kind == "damaged":
        bad = content[: len(content) // 2]
    else:
        bad = fileformat.MAGIC + b"\x00\x01" + json.dumps({}).encode()
    (usb / "bad.scv").write_bytes(bad)
    before = {p.name: p.read_bytes() for p in store_path.parent.iterdir()}
    with pytest.raises((VaultTooNew, VaultDamaged)):
        read_backup(usb / "bad.scv")
    assert {p.name: p.read_bytes() for p in store_path.parent.iterdir()} == before
