"""Backups of the whole store (to a USB stick, say) and restoring one.

A backup is a byte-for-byte copy of the current store file: the same format, still encrypted, opened
with the passphrase, recovery code or keyring secret that were valid when it was made. It is written
crash-safely (temp file beside the destination, fsync, atomic rename, fsync the folder), so an
existing backup at the destination is either kept whole or replaced whole.

Restoring puts a backup in place of the current store, keeping the current one as generation 1
(and the older generations rotated) and as the "before restore" copy, which no later save removes,
so a restore can itself be undone.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from safetyapp.vault import fileformat
from safetyapp.vault.errors import VaultUnreadable
from safetyapp.vault.files import (
    FileOps,
    before_restore_path,
    make_private_folder,
    remove_stale_temps,
    store_files,
    write_file_atomically,
    write_with_generations,
)
from safetyapp.vault.locking import InstanceLock
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


def _info(path: Path, content: bytes) -> BackupInfo:
    header = fileformat.parse(content, path).header
    return BackupInfo(
        path=path,
        format_version=header.format_version,
        store_id=header.store_id,
        generation=header.generation,
        created=header.created,
        saved=header.saved,
        slot_kinds=header.slot_kinds,
        size=len(content),
    )


def inspect_backup(path: Path | str) -> BackupInfo:
    """Check a backup without any secret: VaultMissing, VaultUnreadable, VaultDamaged, or VaultTooNew
    (made by a newer version of the app: refused, because this version cannot read it safely)."""
    path = Path(path)
    return _info(path, fileformat.read_bytes(path))


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
    info = _info(vault.path, content)
    vault.verify_content(content)
    write_file_atomically(io or FileOps(), dest, content)
    return BackupInfo(**{**info.__dict__, "path": dest})


@dataclass(frozen=True)
class CheckedBackup:
    """A backup checked against the open notes before a restore. `verified`: it opened with the data key
    the notes have now and every byte was authenticated, so it is this store, and `saves_newer` (its
    generation minus the current one; negative if older) and `info.saved` can be trusted. Otherwise it
    opens only with a secret of another time (or is another store): nothing in its header is trusted."""

    info: BackupInfo
    verified: bool
    saves_newer: int = 0


def check_against(vault: Vault, backup_path: Path | str) -> CheckedBackup:
    """Check a backup with the keys of the open, unlocked `vault`, before anything changes. Raises
    VaultDamaged, VaultTooNew, VaultUnreadable, VaultMissing as `inspect_backup`, and VaultTampered if
    it shares the notes' keys but its contents were changed (even with the checksum made right)."""
    path = Path(backup_path)
    content = fileformat.read_bytes(path)
    info = _info(path, content)
    if not vault.shares_keys(content):
        return CheckedBackup(info, verified=False)
    vault.verify_content(content)  # VaultTampered if the payload (or the header it is bound to) changed
    return CheckedBackup(info, verified=True, saves_newer=info.generation - vault.generation)


def restore_backup(vault_path: Path | str, backup_path: Path | str, *, io: FileOps | None = None) -> BackupInfo:
    """Put the backup at `backup_path` in place of the store at `vault_path`, keeping the current store
    as generation 1. The store must not be open (close the Vault first; else VaultInUse). Afterwards,
    open it again and unlock it with a secret that was valid for the backup.

    Refuses a damaged backup (VaultDamaged) or one from a newer version (VaultTooNew), leaving
    everything as it was.
    """
    vault_path, backup = Path(vault_path), Path(backup_path)
    if _same_file(vault_path, backup):
        raise ValueError("the backup is the store itself")
    content = fileformat.read_bytes(backup)
    info = _info(backup, content)
    make_private_folder(vault_path.parent)
    io = io or FileOps()
    lock = InstanceLock.acquire(vault_path)
    try:
        remove_stale_temps(vault_path)
        try:
            current = io.read(vault_path)
        except OSError as error:
            raise VaultUnreadable(vault_path, error.errno) from None
        if current is not None:  # kept until the user deletes it: no save removes it
            write_file_atomically(io, before_restore_path(vault_path), current)
        write_with_generations(io, vault_path, content, current)
    finally:
        lock.release()
    return info
