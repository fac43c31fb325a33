"""Backups of the whole store (to a USB stick, say) and restoring one.

A backup is a byte-for-byte copy of the current store file: the same format, still encrypted, opened
with the passphrase, recovery code or keyring secret that were valid when it was made. It is written
crash-safely (temp file beside the destination, fsync, atomic rename, fsync the folder), so an
existing backup at the destination is either kept whole or replaced whole.

Restoring checks before it replaces: the backup is read (`read_backup`, off the GUI thread), then
opened with the keys of the open notes (`check_with_keys`) or, if they do not open it, with the
passphrase or recovery code of its time (`open_with_secret`), and every byte is authenticated. Only
then are its facts shown. The notes in it are then written into the open store as a new save, under
the keys the notes have now (`Vault.restore`): the secrets stay the current ones, so a secret that was
changed opens nothing written afterwards. The current notes are kept first as the "before restore"
copy, which no later save removes, so a restore can itself be undone.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from safetyapp.vault import fileformat, keys, recovery
from safetyapp.vault.errors import InvalidRecoveryCode, NoSuchSlot, WrongSecret
from safetyapp.vault.files import FileOps, store_files, write_file_atomically
from safetyapp.vault.payload import decode_payload
from safetyapp.vault.records import VaultData
from safetyapp.vault.store import Vault


@dataclass(frozen=True)
class BackupInfo:
    """What the header of a backup says; nothing here needs a secret or reveals any note."""

    path: Path
    format_version: int
    store_id: str
    generation: int
    created: dt.datetime
    saved: dt.datetime
    slot_kinds: tuple[str, ...]
    size: int


def _info(path: Path, header: fileformat.Header, size: int) -> BackupInfo:
    return BackupInfo(
        path=path,
        format_version=header.format_version,
        store_id=header.store_id,
        generation=header.generation,
        created=header.created,
        saved=header.saved,
        slot_kinds=header.slot_kinds,
        size=size,
    )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def write_backup(vault: Vault, dest_path: Path | str, *, io: FileOps | None = None) -> BackupInfo:
    """Copy the store's current file to `dest_path` crash-safely; returns what the backup holds.

    The copy is checked first: its checksum and header must be whole, and, if the vault is unlocked,
    its contents must decrypt with the data key, so a damaged or tampered file is never passed off
    as a good backup. Save any unsaved changes before calling this. The folder must exist.
    """
    dest = Path(dest_path)
    if any(_same_file(p, dest) for p in store_files(vault.path)):
        raise ValueError("a backup cannot go over the store's own files")
    content = fileformat.read_bytes(vault.path)
    info = _info(vault.path, fileformat.parse(content, vault.path).header, len(content))
    vault.verify_content(content)
    write_file_atomically(io or FileOps(), dest, content)
    return BackupInfo(**{**info.__dict__, "path": dest})


@dataclass(frozen=True)
class CheckedBackup:
    """A backup opened and verified before a restore: every byte was authenticated, with the keys of the
    open notes or with the backup's own secret, so everything here can be trusted. `same_store`: it is
    a backup of the notes now open (same store id); then `saves_newer` is its generation minus theirs
    (negative if older). `data`: the notes in it, to be written under the current keys."""

    info: BackupInfo
    data: VaultData
    same_store: bool
    saves_newer: int = 0


@dataclass(frozen=True)
class ReadBackup:
    """A backup read and parsed, not yet opened: nothing in `info` is trusted until it is. Refused
    already if damaged (VaultDamaged) or made by a newer version of the app (VaultTooNew)."""

    info: BackupInfo
    store: fileformat.StoreFile


def read_backup(path: Path | str, io: FileOps | None = None) -> ReadBackup:
    """Read and parse a backup (bounded work, but a file can be slow to read: off the GUI thread).
    Raises VaultMissing, VaultUnreadable, VaultDamaged, VaultTooNew."""
    path = Path(path)
    content = fileformat.read_bytes(path, (io or FileOps()).read_file)
    store = fileformat.parse(content, path)
    return ReadBackup(_info(path, store.header, len(content)), store)


def _checked(backup: ReadBackup, data: VaultData, store_id: str, generation: int) -> CheckedBackup:
    info = backup.info
    same = info.store_id == store_id
    return CheckedBackup(info, data, same_store=same, saves_newer=info.generation - generation if same else 0)


def check_with_keys(vault: Vault, backup: ReadBackup) -> CheckedBackup | None:
    """Open a backup with the keys of the open, unlocked `vault` (quick: no KDF). None if they do not open
    it (another store, or made before a key change): then it needs the secret of its time
    (`open_with_secret`). VaultTampered if they open it but its contents were changed (even with the
    checksum made right)."""
    data = vault.read_with_keys(backup.store)
    return None if data is None else _checked(backup, data, vault.store_id, vault.generation)


def open_with_secret(backup: ReadBackup, secret: str, store_id: str, generation: int) -> CheckedBackup:
    """Open a backup with the passphrase or recovery code that was in use when it was made (Argon2id for
    a passphrase: off the GUI thread), and verify every byte. `store_id` and `generation` are the open
    notes', for the facts. Raises WrongSecret, InvalidRecoveryCode (a code with a typing mistake),
    VaultTooCostly (before any work), VaultTampered."""
    store = backup.store
    if recovery.looks_like_code(secret):
        if not recovery.is_valid(secret):
            raise InvalidRecoveryCode(store.path, recovery.bad_groups(secret))
        kind, seed = "recovery", keys.secret_seed_for(store, "recovery", recovery.to_key_material(secret))
    else:
        kind, seed = "passphrase", keys.passphrase_seed_for(store, secret)
    try:
        key, auth = keys.open_slot(store, kind, seed)
    except NoSuchSlot:
        raise WrongSecret(store.path, kind) from None
    try:
        data = decode_payload(fileformat.decrypt_payload(store, bytes(key)), store.path)
    finally:
        keys.wipe(key)
        for value in auth.values():
            keys.wipe(value)
    return _checked(backup, data, store_id, generation)
