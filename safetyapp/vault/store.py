"""The notes store: one encrypted file, its previous generations, a lock, and the keys while unlocked.

    vault, code = Vault.create(path, passphrase)       # show `code` once, make the user confirm it
    vault = Vault.open(path)                            # header only; takes the single-instance lock
    vault.unlock_with_passphrase(passphrase)            # or _with_recovery(code) / _with_keyring_secret(secret)
    data = vault.data                                   # VaultData
    vault.save(data)
    vault.lock()                                        # forgets the data key and the data
    vault.close()                                       # also releases the lock

The files of a store, and how a save writes them crash-safely, are in `files.py`; the locks that
keep two programs from using it at once in `locking.py`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import TracebackType

from safetyapp.vault import crypto, fileformat, keys, recovery, rotation
from safetyapp.vault.errors import (
    ImageDataRefused,
    InvalidData,
    InvalidRecoveryCode,
    VaultChanged,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultMissing,
    VaultReadOnly,
    VaultTampered,
    VaultTooNew,
    VaultUnreadable,
    VaultWriteError,
)
from safetyapp.vault.files import (
    KEEP_GENERATIONS,
    FileOps,
    GenerationInfo,
    before_restore_path,
    earlier_copy_path,
    earlier_copy_paths,
    keep_extra_copies,
    list_generations,
    make_private_folder,
    remove_stale_temps,
    store_files,
    tighten_file,
    write_file_atomically,
    write_with_generations,
)
from safetyapp.vault.keychange import KeyChanges, check_passphrase
from safetyapp.vault.locking import InstanceLock, locked_by_another_program
from safetyapp.vault.payload import checked_payload, decode_payload, encode_payload
from safetyapp.vault.records import VaultData

Clock = Callable[[], dt.datetime]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# ---------------------------------------------------------------- the vault


def _snapshot(content: bytes | None) -> tuple[int, bytes] | None:
    """What identifies the file content we last saw: its length and trailing 32 bytes (its SHA-256)."""
    return None if content is None else (len(content), content[-fileformat.CHECKSUM_BYTES :])


def _generation_of(content: bytes | None) -> int | None:
    if content is None:
        return None
    try:
        return fileformat.parse(content).header.generation
    except VaultError:
        return None


class Vault(KeyChanges):
    """An open store. Create with `Vault.create` or `Vault.open`; never two at once for one path.

    While unlocked it holds the data key and the data; `lock()` forgets both. The header (store id,
    generation, which slots exist) stays readable while locked. Methods that write raise
    VaultReadOnly on a read-only view (`open_generation`), VaultLocked while locked.
    """

    def __init__(
        self,
        path: Path,
        *,
        source: Path,
        store: fileformat.StoreFile,
        lock: InstanceLock | None,
        io: FileOps,
        now: Clock,
        disk: bytes | None,
        disk_generation: int | None,
    ) -> None:
        self._path = path
        self._source = source
        self._header = store.header
        self._lock_handle = lock
        self._io = io
        self._now = now
        self._snapshot = _snapshot(disk)
        self._disk_generation = disk_generation
        self._key: bytearray | None = None
        self._auth: dict[str, bytearray] = {}  # format 2: every slot's auth key (keys.py)
        self._seeds: dict[str, bytes] = {}  # format 1: the seed of the slot unlocked (rotation.py)
        self._data: VaultData | None = None
        self.permissions_fixed = False
        self.replaced_recovery_code: str | None = None
        self.generation_floor = 0  # saves continue after this generation (the newest seen: seen.py)
        self._saved_before = False  # a save in this session already kept the session copy

    # ------------------------------------------------------------ opening

    @classmethod
    def create(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        kdf_params: crypto.KdfParams | None = None,
        now: Clock = _utc_now,
        io: FileOps | None = None,
    ) -> tuple[Vault, str]:
        """A new, empty, unlocked store with a passphrase slot and a recovery slot, and the recovery code.

        The code is returned once and never kept: show it, have the user confirm it. Without
        `kdf_params` Argon2id is calibrated to about a second on this machine.
        Raises VaultExists if a store (or a previous generation of one) is already there.
        """
        path = Path(path)
        check_passphrase(passphrase)
        params = (kdf_params if kdf_params is not None else crypto.calibrate()).check()
        io = io or FileOps()
        make_private_folder(path.parent)
        lock = InstanceLock.acquire(path)
        try:
            if any(p.exists() for p in (path, *earlier_copy_paths(path))):
                raise VaultExists(path)
            remove_stale_temps(path)
            code = recovery.generate()
            when = now()
            empty = fileformat.Header(
                format_version=fileformat.FORMAT_VERSION,
                store_id=uuid.uuid4().hex,
                generation=1,
                created=when,
                saved=when,
                payload_nonce=b"",
                slots=(),
            )
            made = rotation.rekey(empty, {}, {}, rotation.passphrase_secret(passphrase, params))
            made = rotation.rekey(
                made.header, made.auth, {}, rotation.code_secret("recovery", recovery.to_key_material(code))
            )
            data = VaultData()
            content, _ = fileformat.seal(made.header, made.key, encode_payload(data))
            write_with_generations(io, path, content, None)
            store = fileformat.parse(content, path)
            vault = cls(path, source=path, store=store, lock=lock, io=io, now=now, disk=content, disk_generation=1)
        except BaseException:
            lock.release()
            raise
        vault._key, vault._auth, vault._data = made.key, made.auth, data
        return vault, code

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        generation: int = 0,
        now: Clock = _utc_now,
        io: FileOps | None = None,
    ) -> Vault:
        """Open the store at `path`, locked: reads and checks the header, takes the single-instance lock.

        With `generation` n (an earlier copy's number: files.earlier_copy_paths) the content comes from
        that copy instead, for when the current file is damaged: unlock it, look, and `save` it to make
        it current again (the damaged file is then kept as generation 1). Raises VaultInUse,
        VaultMissing, VaultDamaged, VaultTooNew.
        """
        path = Path(path)
        source = path if generation == 0 else earlier_copy_path(path, generation)
        if not path.parent.is_dir():
            raise VaultMissing(path)
        io = io or FileOps()
        lock = InstanceLock.acquire(path)
        try:
            if locked_by_another_program(source):
                raise VaultInUse(path, "file locked")
            remove_stale_temps(path)
            fixed = tighten_file(path)
            content = fileformat.read_bytes(source, io.read_file)
            store = fileformat.parse(content, source)
            if generation == 0:
                disk: bytes | None = content
                disk_generation: int | None = store.header.generation
            else:
                try:
                    disk = io.read(path)
                except OSError as error:
                    raise VaultUnreadable(path, error.errno) from None
                disk_generation = _generation_of(disk)
            vault = cls(
                path,
                source=source,
                store=store,
                lock=lock,
                io=io,
                now=now,
                disk=disk,
                disk_generation=disk_generation,
            )
        except BaseException:
            lock.release()
            raise
        vault.permissions_fixed = fixed
        return vault

    def open_generation(self, number: int) -> Vault:
        """A read-only view of earlier copy `number` (as list_generations numbers them), to look at.

        If this vault is unlocked and the generation uses the same data key, the view is unlocked
        too; otherwise unlock it with the secret that was valid when it was saved.
        """
        source = earlier_copy_path(self._path, number)
        store = fileformat.parse(fileformat.read_bytes(source, self._io.read_file), source)
        view = Vault(
            self._path,
            source=source,
            store=store,
            lock=None,
            io=self._io,
            now=self._now,
            disk=None,
            disk_generation=None,
        )
        if self._key is not None:
            with contextlib.suppress(VaultTampered, VaultDamaged, VaultTooNew):
                view._finish_unlock(store, bytearray(self._key), {})
        return view

    # ------------------------------------------------------------ state

    @property
    def path(self) -> Path:
        return self._path

    @property
    def source(self) -> Path:
        """The file the content came from: the store itself, or a previous generation."""
        return self._source

    @property
    def read_only(self) -> bool:
        return self._lock_handle is None

    @property
    def is_unlocked(self) -> bool:
        return self._key is not None

    @property
    def header(self) -> fileformat.Header:
        return self._header

    @property
    def store_id(self) -> str:
        return self._header.store_id

    @property
    def generation(self) -> int:
        return self._header.generation

    @property
    def slot_kinds(self) -> tuple[str, ...]:
        return self._header.slot_kinds

    @property
    def data(self) -> VaultData:
        """A copy of the data as last loaded or saved: changing it changes nothing here until it is
        passed to `save`. Raises VaultLocked while locked."""
        if self._key is None or self._data is None:
            raise VaultLocked(self._path)
        return self._data.copy()

    def generations(self) -> list[GenerationInfo]:
        return list_generations(self._path)

    def permission_problems(self) -> list[Path]:
        """Store files and the folder that group or others could read (POSIX); empty if all private."""
        if os.name != "posix":
            return []
        problems = []
        for p in [self._path.parent, *store_files(self._path)]:
            try:
                if os.stat(p).st_mode & 0o077:
                    problems.append(p)
            except OSError:
                continue
        return problems

    # ------------------------------------------------------------ unlocking

    def read_source(self) -> fileformat.StoreFile:
        """The file the content comes from, read (through the vault's file operations) and parsed."""
        return fileformat.parse(fileformat.read_bytes(self._source, self._io.read_file), self._source)

    def _finish_unlock(self, store: fileformat.StoreFile, key: bytearray, auth: dict[str, bytearray]) -> None:
        try:
            data = decode_payload(fileformat.decrypt_payload(store, bytes(key)), store.path)
        except BaseException:
            keys.wipe(key)
            raise
        self._forget_keys()
        self._header = store.header
        self._key, self._auth, self._data = key, auth, data

    def _open_slot(self, store: fileformat.StoreFile, kind: str, seed: bytes) -> None:
        key, auth = keys.open_slot(store, kind, seed)
        self._finish_unlock(store, key, auth)
        if store.header.format_version == 1:
            self._seeds = {kind: seed}  # to keep this secret when the store gets format 2 (rotation.py)

    def unlock_with_passphrase(self, passphrase: str) -> None:
        """Raises WrongSecret, NoSuchSlot, VaultDamaged, VaultTampered. Nothing changes on disk."""
        store = self.read_source()
        self._open_slot(store, "passphrase", keys.passphrase_seed_for(store, passphrase))

    def unlock_with_recovery(self, code: str) -> None:
        """Raises InvalidRecoveryCode (a typo; no cryptography tried) or as unlock_with_passphrase."""
        if not recovery.is_valid(code):
            raise InvalidRecoveryCode(self._path, recovery.bad_groups(code))
        store = self.read_source()
        self._open_slot(store, "recovery", keys.secret_seed_for(store, "recovery", recovery.to_key_material(code)))

    def unlock_with_keyring_secret(self, secret: bytes, store: fileformat.StoreFile | None = None) -> None:
        """Unlock with the secret `enable_keyring_slot` returned (the caller keeps it in the OS keyring).
        `store`: the file as `read_source` gave it (read off the GUI thread), else it is read now."""
        store = store or self.read_source()
        self._open_slot(store, "keyring", keys.secret_seed_for(store, "keyring", bytes(secret)))

    def verify_content(self, content: bytes) -> None:
        """Check that file content is a whole store (VaultDamaged, VaultTooNew) and, while unlocked, that
        it decrypts with this vault's data key (else VaultTampered). Reads nothing from disk."""
        store = fileformat.parse(content, self._path)
        if self._key is not None:
            decode_payload(fileformat.decrypt_payload(store, bytes(self._key)), self._path)

    def read_with_keys(self, store: fileformat.StoreFile) -> VaultData | None:
        """The notes in another store file (a backup), if it was written under this unlocked vault's data
        key (format 2: its key block opens with it; format 1: its payload does); None if not. VaultTampered
        if the key block opens but the payload (or the header it is bound to) was changed."""
        if self._key is None:
            return None
        if store.header.format_version >= 2:
            if keys.open_auth_keys(self._key, store.header.store_id, store.header.keys) is None:
                return None
        else:
            with contextlib.suppress(VaultTampered):
                return decode_payload(fileformat.decrypt_payload(store, bytes(self._key)), store.path)
            return None
        return decode_payload(fileformat.decrypt_payload(store, bytes(self._key)), store.path)

    def reload(self) -> VaultData:
        """Read the file again and decrypt it with the data key already held (no KDF); the new data."""
        if self._key is None:
            raise VaultLocked(self._path)
        store = self.read_source()
        decode_payload(fileformat.decrypt_payload(store, bytes(self._key)), store.path)  # checks before keeping
        self._finish_unlock(store, bytearray(self._key), self._auth)
        return self.data

    def _forget_keys(self) -> None:
        keys.wipe(self._key)
        for value in self._auth.values():
            keys.wipe(value)
        self._key, self._auth, self._seeds = None, {}, {}

    def lock(self) -> None:
        """Forget the data key and the data; the keys are overwritten first. The store stays open (and
        the instance lock held)."""
        self._forget_keys()
        self._data = None

    def close(self) -> None:
        """Lock and release the single-instance lock. The object cannot be used to save afterwards."""
        self.lock()
        if self._lock_handle is not None:
            self._lock_handle.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    # ------------------------------------------------------------ saving

    def _check_writable(self) -> None:
        if self._lock_handle is None:
            raise VaultReadOnly(self._path)
        if not self._lock_handle.held:
            raise VaultReadOnly(self._path, "closed")

    def _writable_key(self) -> bytearray:
        self._check_writable()
        if self._key is None:
            raise VaultLocked(self._path)
        return self._key

    def save(self, data: VaultData) -> None:
        """Write `data` as a new generation. On any error the file on disk and this object's data are
        as they were (see VaultWriteError.committed for the one exception) and `data` is untouched.

        Raises ImageDataRefused if any text carries image data, VaultChanged if the file on disk is
        not the one we loaded or last saved, VaultInUse if another program has locked the store file,
        VaultWriteError if the disk refuses.
        """
        key = self._writable_key()
        found = data.image_data_at()
        if found:
            raise ImageDataRefused(self._path, found[0])
        plaintext = checked_payload(data, self._path)
        if len(plaintext) > fileformat.MAX_PAYLOAD_BYTES:  # a file this app would refuse to read back
            raise InvalidData(self._path, "too-large")
        # A copy is kept, so later changes to `data` do not change what this vault says was saved.
        self._commit(key, plaintext, self._header, data.copy())

    def restore(self, data: VaultData) -> None:
        """Put the notes of a backup (opened and verified: backup.py) in place of these, as a new save
        under this store's keys, so the secrets stay the current ones. The current file is kept first as
        the before-restore copy, which no save removes. Raises as `save`; nothing changes if the copy
        cannot be kept."""
        self._writable_key()
        try:
            current = self._io.read(self._path)
        except OSError as error:
            raise VaultUnreadable(self._path, error.errno) from None
        if current is not None:  # kept until the user deletes it: no save removes it
            write_file_atomically(self._io, before_restore_path(self._path), current)
        self.save(data)

    def _commit(
        self, key: bytearray, plaintext: bytes, header: fileformat.Header, data: VaultData, *, keep_old: bool = True
    ) -> None:
        try:
            old = self._io.read(self._path)
        except OSError as error:
            raise VaultUnreadable(self._path, error.errno) from None
        if _snapshot(old) != self._snapshot:
            raise VaultChanged(self._path, _generation_of(old))
        if locked_by_another_program(self._path):
            raise VaultInUse(self._path, "file locked")
        generation = max(self._header.generation, self._disk_generation or 0, self.generation_floor) + 1
        header = replace(header, generation=generation, saved=self._now())
        content, written = fileformat.seal(header, bytes(key), plaintext)
        try:
            write_with_generations(self._io, self._path, content, old, KEEP_GENERATIONS if keep_old else 0)
        except VaultWriteError as error:
            if error.committed:
                self._after_commit(content, written, data)
            raise
        self._after_commit(content, written, data)
        if keep_old and old is not None:
            # Best effort, after the save: through plain file operations, not the save's own.
            keep_extra_copies(FileOps(), self._path, old, first_save=not self._saved_before, today=written.saved.date())
        self._saved_before = True

    def _after_commit(self, content: bytes, header: fileformat.Header, data: VaultData) -> None:
        self._header = header
        self._source = self._path
        self._snapshot = _snapshot(content)
        self._disk_generation = self._header.generation
        self._data = data
