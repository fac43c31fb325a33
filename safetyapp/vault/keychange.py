"""Changing the ways into a store: passphrase, recovery code, keyring slot. Each change gives the store
a new data key (rotation.py) and removes the earlier copies the old secret opens.

`KeyChanges` is part of `Vault` (store.py); it is kept here so each module holds one job.
"""

from __future__ import annotations

from pathlib import Path

from safetyapp.vault import crypto, fileformat, keys, passphrase_rules, recovery, rotation
from safetyapp.vault.errors import VaultWriteError
from safetyapp.vault.files import remove_earlier_copies
from safetyapp.vault.payload import decode_payload
from safetyapp.vault.records import VaultData

KEYRING_SECRET_BYTES = 32


def check_passphrase(passphrase: str) -> None:
    if not isinstance(passphrase, str):
        raise TypeError("passphrase must be a string")
    if not passphrase:
        raise ValueError("passphrase must not be empty")
    passphrase_rules.require_strong(passphrase)  # WeakPassphrase, a ValueError: the UI says why first


class KeyChanges:
    """The key-changing methods of `Vault`; the attributes and methods below are Vault's."""

    _path: Path
    _header: fileformat.Header
    _key: bytearray | None
    _auth: dict[str, bytearray]
    _seeds: dict[str, bytes]
    _data: VaultData | None
    replaced_recovery_code: str | None

    def _writable_key(self) -> bytearray:
        raise NotImplementedError

    def _check_writable(self) -> None:
        raise NotImplementedError

    def read_source(self) -> fileformat.StoreFile:
        raise NotImplementedError

    def _forget_keys(self) -> None:
        raise NotImplementedError

    def _commit(
        self, key: bytearray, plaintext: bytes, header: fileformat.Header, data: VaultData, *, keep_old: bool = True
    ) -> None:
        raise NotImplementedError

    def unlock_with_recovery(self, code: str) -> None:
        raise NotImplementedError

    @property
    def has_keyring_slot(self) -> bool:
        return self._header.slot("keyring") is not None

    def _saved_plaintext(self, key: bytearray) -> tuple[bytes, VaultData]:
        """The payload as saved on disk now (not any unsaved edits), for re-keying without touching data."""
        store = self.read_source()
        plaintext = fileformat.decrypt_payload(store, bytes(key))
        return plaintext, decode_payload(plaintext, store.path)

    def _rekey(self, new: rotation.Secret | None, remove: str | None = None) -> None:
        """Write the saved notes under a new data key (rotation.py), then remove the earlier copies made
        under the old keys. A new slot for a format 2 store that has none of its kind keeps the data
        key (nothing old is taken away). If a format 1 store's recovery code had to be replaced, the
        new one is in `replaced_recovery_code` (show it); else that is None."""
        key = self._writable_key()
        plaintext, data = self._saved_plaintext(key)
        adding = new is not None and remove is None and self._header.format_version >= 2
        if adding and new is not None and self._header.slot(new.kind) is None:
            made = rotation.add_slot(self._header, key, self._auth, new)
        else:
            made = rotation.rekey(self._header, self._auth, self._seeds, new, remove)
            adding = False
        try:
            self._commit(made.key, plaintext, made.header, data, keep_old=adding)
        except VaultWriteError as error:
            if not error.committed:
                keys.wipe(made.key)
                raise
            self._took_keys(made, adding)
            raise
        except BaseException:
            keys.wipe(made.key)
            raise
        self._took_keys(made, adding)

    def _took_keys(self, made: rotation.Rekeyed, added: bool) -> None:
        old_data = self._data
        self._forget_keys()
        self._key, self._auth, self._data = made.key, made.auth, old_data
        self.replaced_recovery_code = made.recovery_code
        if not added:
            remove_earlier_copies(self._path)

    def change_passphrase(self, new_passphrase: str, *, kdf_params: crypto.KdfParams | None = None) -> None:
        """A new passphrase (fresh salt; same Argon2id parameters unless given) and a new data key; the
        earlier copies, which the old passphrase opens, are removed. The other slots keep working."""
        check_passphrase(new_passphrase)
        self._writable_key()
        current = self._header.slot("passphrase")
        if kdf_params is not None:
            params = kdf_params.check()
        elif current is not None and current.kdf is not None:
            params = current.kdf
        else:
            params = crypto.calibrate()
        self._rekey(rotation.passphrase_secret(new_passphrase, params))

    def reset_passphrase_with_recovery(self, code: str, new_passphrase: str) -> None:
        """Forgot the passphrase: unlock with the recovery code and set a new passphrase (as
        change_passphrase). Leaves the store unlocked; the recovery code keeps working."""
        check_passphrase(new_passphrase)
        self._check_writable()
        self.unlock_with_recovery(code)
        self.change_passphrase(new_passphrase)

    def replace_recovery_code(self) -> str:
        """A new recovery code (show it once) and a new data key; the old code opens nothing written
        from now on, and the earlier copies it opens are removed."""
        self._writable_key()
        code = recovery.generate()
        self._rekey(rotation.code_secret("recovery", recovery.to_key_material(code)))
        return code

    def enable_keyring_slot(self) -> bytes:
        """Add (or replace) a keyring slot; returns its random secret for the caller to put in the OS
        keyring. This module never touches the keyring. The data key itself never leaves the store."""
        self._writable_key()
        secret = crypto.random_bytes(KEYRING_SECRET_BYTES)
        self._rekey(rotation.code_secret("keyring", secret))
        return secret

    def disable_keyring_slot(self) -> None:
        """Remove the keyring slot, if there is one (the caller also deletes the secret from the keyring),
        with a new data key: the secret left in the keyring opens nothing written from now on."""
        self._writable_key()
        if self.has_keyring_slot:
            self._rekey(None, "keyring")
