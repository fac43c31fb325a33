"""Key slots of format 2: every slot is a recipient, so the data key can change without the secrets.

Each secret (passphrase, recovery code, keyring secret) is stretched to a 32-byte seed: Argon2id for
the passphrase, HKDF-SHA256 for the other two (the same derivations as format 1's slot keys, so a
format 1 slot's key is the seed of the format 2 slot with the same salt). From the seed come two keys:

    identity  an X25519 private key; its public key (the slot's `recipient`) is in the header
    auth      32 bytes kept, sealed under the data key, in the header's key block

To wrap a data key for a slot (as age does for an X25519 recipient): a fresh ephemeral X25519 key,
the shared secret with the recipient, and HKDF(shared secret || auth) gives a one-time wrapping key
for AES-256-GCM. Anyone holding the data key can therefore wrap a NEW data key for every slot
without knowing any secret (it has the recipients and, from the key block, the auth keys), and only
the secret opens the slot. The auth key keeps a stranger who has only the file (and so the public
recipients) from writing a file that opens with the user's secret.

Data keys and auth keys live in `bytearray`s so `wipe` can overwrite them when the notes lock.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import replace
from typing import Any

import cryptography.hazmat.backends.openssl  # noqa: F401  (loaded now, not lazily at the first unlock)
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from safetyapp.vault import crypto, fileformat
from safetyapp.vault.errors import VaultTampered, VaultTooCostly, WrongSecret

PUBLIC_BYTES = 32
_RAW = serialization.Encoding.Raw


def _hkdf(ikm: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=crypto.KEY_BYTES, salt=salt, info=info).derive(ikm)


def _public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(_RAW, serialization.PublicFormat.Raw)


def wipe(buffer: bytearray | None) -> None:
    """Overwrite a key held in a bytearray (what Python can do; see docs/security.md for the limits)."""
    if buffer is not None:
        buffer[:] = bytes(len(buffer))


class Identity:
    """The private side of one slot, derived from its secret's seed."""

    def __init__(self, seed: bytes) -> None:
        self._private = X25519PrivateKey.from_private_bytes(_hkdf(seed, b"safetyapp-vault/2/x25519"))
        self.auth = bytearray(_hkdf(seed, b"safetyapp-vault/2/auth"))
        self.recipient = _public_bytes(self._private.public_key())

    def shared(self, ephemeral: bytes) -> bytes | None:
        """The X25519 shared secret with an ephemeral public key; None for a key that gives none."""
        try:
            return self._private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        except ValueError:
            return None


def passphrase_seed(passphrase: str, salt: bytes, params: crypto.KdfParams) -> bytes:
    return crypto.derive_passphrase_key(passphrase, salt, params)


def secret_seed(kind: str, secret: bytes, salt: bytes) -> bytes:
    return crypto.derive_secret_key(secret, salt, b"safetyapp-vault/" + kind.encode("ascii"))


def _wrapping_key(shared: bytes, auth: bytes | bytearray, ephemeral: bytes, recipient: bytes, kind: str) -> bytes:
    return _hkdf(shared + bytes(auth), b"safetyapp-vault/2/wrap/" + kind.encode("ascii"), ephemeral + recipient)


def wrap_slot(
    store_id: str, slot: fileformat.Slot, auth: bytes | bytearray, data_key: bytes | bytearray
) -> fileformat.Slot:
    """`slot` (its kind, KDF, salt and recipient) with `data_key` wrapped for it afresh: a new
    ephemeral key and nonce. Needs no secret: only the recipient and the slot's auth key."""
    ephemeral_private = X25519PrivateKey.generate()
    ephemeral = _public_bytes(ephemeral_private.public_key())
    shared = ephemeral_private.exchange(X25519PublicKey.from_public_bytes(slot.recipient))
    key = _wrapping_key(shared, auth, ephemeral, slot.recipient, slot.kind)
    slot = replace(slot, ephemeral=ephemeral, nonce=b"", wrapped=b"")
    nonce, wrapped = crypto.wrap_key(key, bytes(data_key), fileformat.recipient_associated_data(store_id, slot))
    return replace(slot, nonce=nonce, wrapped=wrapped)


def new_slot(
    store_id: str, kind: str, kdf: crypto.KdfParams | None, salt: bytes, seed: bytes, data_key: bytes | bytearray
) -> tuple[fileformat.Slot, bytearray]:
    """A format 2 slot for the secret with this seed (made with this KDF and salt), and its auth key."""
    identity = Identity(seed)
    slot = fileformat.Slot(kind=kind, kdf=kdf, salt=salt, nonce=b"", wrapped=b"", recipient=identity.recipient)
    return wrap_slot(store_id, slot, identity.auth, data_key), identity.auth


def passphrase_seed_for(store: fileformat.StoreFile, passphrase: str) -> bytes:
    """Argon2id with the slot's (already range-checked) parameters: the passphrase slot's seed.
    VaultTooCostly, before any work, if they cost more than twice what this machine would choose."""
    slot = fileformat.slot_of(store, "passphrase")
    assert slot.kdf is not None
    if not crypto.affordable(slot.kdf):
        raise VaultTooCostly(store.path)
    return passphrase_seed(passphrase, slot.salt, slot.kdf)


def secret_seed_for(store: fileformat.StoreFile, kind: str, secret: bytes) -> bytes:
    return secret_seed(kind, secret, fileformat.slot_of(store, kind).salt)


def open_slot(store: fileformat.StoreFile, kind: str, seed: bytes) -> tuple[bytearray, dict[str, bytearray]]:
    """The data key and (format 2) every slot's auth key, from one slot's seed. Raises NoSuchSlot,
    WrongSecret, or VaultTampered if the key block does not match the slot that opened."""
    header = store.header
    slot = fileformat.slot_of(store, kind)
    if header.format_version == 1:
        ad = fileformat.slot_associated_data(header.store_id, kind, slot.kdf_dict(), slot.salt)
        key = crypto.unwrap_key(seed, slot.nonce, slot.wrapped, ad)
        if key is None:
            raise WrongSecret(store.path, kind)
        return bytearray(key), {}
    identity = Identity(seed)
    opened = None
    if hmac.compare_digest(identity.recipient, slot.recipient):
        shared = identity.shared(slot.ephemeral)
        if shared is not None:
            wrapping = _wrapping_key(shared, identity.auth, slot.ephemeral, slot.recipient, kind)
            ad = fileformat.recipient_associated_data(header.store_id, slot)
            opened = crypto.unwrap_key(wrapping, slot.nonce, slot.wrapped, ad)
    if opened is None:
        raise WrongSecret(store.path, kind)
    data_key = bytearray(opened)
    auth = open_auth_keys(data_key, header.store_id, header.keys)
    if auth is None or set(auth) != set(header.slot_kinds) or not hmac.compare_digest(auth[kind], identity.auth):
        raise VaultTampered(store.path, "keys")
    return data_key, auth


def unwrap_with_passphrase(store: fileformat.StoreFile, passphrase: str) -> bytes:
    """The data key (any format), or WrongSecret."""
    return bytes(open_slot(store, "passphrase", passphrase_seed_for(store, passphrase))[0])


def unwrap_with_secret(store: fileformat.StoreFile, kind: str, secret: bytes) -> bytes:
    """The data key from the recovery or keyring slot (any format), or WrongSecret."""
    return bytes(open_slot(store, kind, secret_seed_for(store, kind, secret))[0])


# ---------------------------------------------------------------- the key block


def _key_block_ad(store_id: str) -> bytes:
    return b"safetyapp-vault-keys/2\x00" + store_id.encode("ascii")


def seal_auth_keys(data_key: bytes | bytearray, store_id: str, auth: dict[str, bytearray]) -> bytes:
    """The auth keys of every slot, sealed under the data key: nonce || ciphertext."""
    text = json.dumps({kind: bytes(value).hex() for kind, value in sorted(auth.items())}).encode("ascii")
    nonce, sealed = crypto.encrypt(bytes(data_key), text, _key_block_ad(store_id))
    return nonce + sealed


def open_auth_keys(data_key: bytes | bytearray, store_id: str, block: bytes) -> dict[str, bytearray] | None:
    """The auth keys from a key block, or None if it does not open with this data key or is malformed."""
    nonce, sealed = block[: crypto.NONCE_BYTES], block[crypto.NONCE_BYTES :]
    text = crypto.decrypt(bytes(data_key), nonce, sealed, _key_block_ad(store_id))
    if text is None:
        return None
    try:
        raw: Any = json.loads(text)
        if type(raw) is not dict:
            return None
        keys = {kind: bytearray(bytes.fromhex(value)) for kind, value in raw.items() if type(value) is str}
    except ValueError:
        return None
    if len(keys) != len(raw) or any(len(v) != crypto.KEY_BYTES for v in keys.values()):
        return None
    return keys
