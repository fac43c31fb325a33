"""The store file on disk.

Layout of format version 1 (all integers big-endian):

    offset  size  what
    0       8     magic b"SCVAULT\\0"
    8       2     format version (uint16)
    10      4     header length H (uint32, at most 64 KiB)
    14      H     header: UTF-8 JSON (below)
    14+H    8     payload length P (uint64)
    22+H    P     payload: AES-256-GCM ciphertext and tag of the UTF-8 JSON data
    22+H+P  32    SHA-256 of every byte before it

The associated data of the payload is bytes 0 .. 14+H: magic, version and the *whole* header, so
changing any of it (generation, slots, nonce) makes the payload fail authentication.

The envelope every version keeps: the magic first, the version at offset 8, and the SHA-256 of
everything else in the last 32 bytes. So the order of checks is: magic, checksum (a mismatch means
damage, including a bit flip in the version), then the version (newer means "too new"), then the
strict header, then the key slots (none opens: wrong secret), then the payload (fails: tampered).
The checksum is unkeyed on purpose: it tells accidental damage from a wrong passphrase without any
secret; tampering is caught by the AEAD tags.

Header JSON:
    {"format": 1, "store_id": "<32 hex>", "generation": 7,
     "created": "2024-05-01T12:00:00Z", "saved": "2024-05-02T09:30:00.123456Z",
     "cipher": "aes-256-gcm", "nonce": "<base64, 12 bytes>",
     "slots": [{"kind": "passphrase", "kdf": {"name": "argon2id", "memory_kib": 65536, "passes": 9,
                "lanes": 4}, "salt": "<b64>", "nonce": "<b64>", "wrapped": "<b64, 48 bytes>"},
               {"kind": "recovery", "kdf": {"name": "hkdf-sha256"}, ...},
               {"kind": "keyring", "kdf": {"name": "hkdf-sha256"}, ...}]}

Each slot wraps the same random 256-bit data key with AES-256-GCM under a key derived from its
secret; the slot's associated data binds the store id, its kind, its KDF parameters and its salt.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import errno
import hashlib
import hmac
import json
import os
import re
import stat
import struct
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from safetyapp.vault import crypto
from safetyapp.vault.errors import (
    NoSuchSlot,
    VaultDamaged,
    VaultMissing,
    VaultTampered,
    VaultTooNew,
    VaultUnreadable,
)

MAGIC = b"SCVAULT\x00"
FORMAT_VERSION = 2
CHECKSUM_BYTES = 32
MAX_HEADER_BYTES = 64 * 1024
MAX_FILE_BYTES = 32 * 1024 * 1024  # about ten thousand pages of notes; a save that would pass it is refused
CIPHER = "aes-256-gcm"
SLOT_KINDS = ("passphrase", "recovery", "keyring")
_PREFIX = struct.Struct(">8sHI")
_PAYLOAD_LENGTH = struct.Struct(">Q")
MAX_PAYLOAD_BYTES = MAX_FILE_BYTES - MAX_HEADER_BYTES - 1024  # room for the header, lengths, tag, checksum
MIN_FILE_BYTES = _PREFIX.size + _PAYLOAD_LENGTH.size + CHECKSUM_BYTES
WRAPPED_BYTES = crypto.KEY_BYTES + crypto.TAG_BYTES
PUBLIC_KEY_BYTES = 32

_HEX32 = re.compile(r"[0-9a-f]{32}", re.ASCII)
_UTC_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{6})?Z", re.ASCII)
_HEADER_KEYS = frozenset({"format", "store_id", "generation", "created", "saved", "cipher", "nonce", "slots"})
_HEADER_KEYS_2 = _HEADER_KEYS | {"keys"}
_SLOT_KEYS = frozenset({"kind", "kdf", "salt", "nonce", "wrapped"})
_SLOT_KEYS_2 = _SLOT_KEYS | {"recipient", "ephemeral"}
KEY_BLOCK_BYTES = (crypto.NONCE_BYTES + crypto.TAG_BYTES + 64, crypto.NONCE_BYTES + crypto.TAG_BYTES + 1024)
_ARGON_KEYS = frozenset({"name", "memory_kib", "passes", "lanes"})
_HKDF_KEYS = frozenset({"name"})
MAX_GENERATION = 2**53


def utc_text(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).replace(tzinfo=None).isoformat() + "Z"


@dataclass(frozen=True)
class Slot:
    """One way in: the data key wrapped under a key derived from a passphrase, recovery code or secret."""

    kind: str
    kdf: crypto.KdfParams | None  # Argon2id parameters for a passphrase slot; None (HKDF) for the others
    salt: bytes
    nonce: bytes
    wrapped: bytes
    recipient: bytes = b""  # format 2: the X25519 public key of the secret (see keys.py)
    ephemeral: bytes = b""  # format 2: the ephemeral public key the data key was wrapped with

    def kdf_dict(self) -> dict[str, Any]:
        return self.kdf.to_dict() if self.kdf is not None else {"name": "hkdf-sha256"}

    def to_dict(self) -> dict[str, Any]:
        result = {
            "kind": self.kind,
            "kdf": self.kdf_dict(),
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }
        if self.recipient:
            result.update(recipient=_b64(self.recipient), ephemeral=_b64(self.ephemeral))
        return result


@dataclass(frozen=True)
class Header:
    format_version: int
    store_id: str
    generation: int
    created: dt.datetime
    saved: dt.datetime
    payload_nonce: bytes
    slots: tuple[Slot, ...]
    keys: bytes = b""  # format 2: every slot's auth key, sealed under the data key (see keys.py)

    def slot(self, kind: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    @property
    def slot_kinds(self) -> tuple[str, ...]:
        return tuple(s.kind for s in self.slots)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": self.format_version,
            "store_id": self.store_id,
            "generation": self.generation,
            "created": utc_text(self.created),
            "saved": utc_text(self.saved),
            "cipher": CIPHER,
            "nonce": _b64(self.payload_nonce),
            "slots": [s.to_dict() for s in self.slots],
        } | ({"keys": _b64(self.keys)} if self.format_version >= 2 else {})


@dataclass(frozen=True)
class StoreFile:
    """A parsed, checksum-verified store file; the payload is still encrypted."""

    path: Path | None
    header: Header
    associated_data: bytes
    ciphertext: bytes
    checksum: bytes


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# ---------------------------------------------------------------- writing


def encode_prefix(header: Header) -> bytes:
    """Magic, version, header length and header JSON: the associated data of the payload."""
    text = json.dumps(header.to_dict(), sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")
    if len(text) > MAX_HEADER_BYTES:
        raise ValueError("header too large")
    return _PREFIX.pack(MAGIC, header.format_version, len(text)) + text


def assemble(prefix: bytes, ciphertext: bytes) -> bytes:
    body = prefix + _PAYLOAD_LENGTH.pack(len(ciphertext)) + ciphertext
    return body + hashlib.sha256(body).digest()


def seal(header: Header, data_key: bytes, plaintext: bytes) -> tuple[bytes, Header]:
    """The whole file for this header and payload, with a fresh payload nonce (replacing the header's),
    and the header as written. Writes the header's format version (1 only for a store made before
    format 2 whose slots have not been renewed yet)."""
    header = replace(header, payload_nonce=crypto.new_nonce())
    prefix = encode_prefix(header)
    return assemble(prefix, crypto.encrypt_with_nonce(data_key, header.payload_nonce, plaintext, prefix)), header


def slot_associated_data(store_id: str, kind: str, kdf: dict[str, Any], salt: bytes) -> bytes:
    """Format 1: what a slot's wrapped key is bound to."""
    kdf_text = json.dumps(kdf, sort_keys=True, separators=(",", ":")).encode("ascii")
    return b"\x00".join([b"safetyapp-vault-slot/1", store_id.encode("ascii"), kind.encode("ascii"), kdf_text, salt])


def recipient_associated_data(store_id: str, slot: Slot) -> bytes:
    """Format 2: what a slot's wrapped key is bound to, its recipient and ephemeral key included."""
    kdf_text = json.dumps(slot.kdf_dict(), sort_keys=True, separators=(",", ":")).encode("ascii")
    parts = [b"safetyapp-vault-slot/2", store_id.encode("ascii"), slot.kind.encode("ascii"), kdf_text, slot.salt]
    return b"\x00".join([*parts, slot.recipient, slot.ephemeral])


# ---------------------------------------------------------------- reading


_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def read_regular(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes. The open never blocks (a FIFO or device
    planted at the path is refused at once, never read); OSError otherwise: FileNotFoundError if
    absent, EINVAL if not a regular file, EFBIG if larger than `limit`."""
    fd = os.open(path, _READ_FLAGS)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        if info.st_size > limit:
            raise OSError(errno.EFBIG, "file too large")
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:  # it grew while being read
            raise OSError(errno.EFBIG, "file too large")
        return data
    finally:
        os.close(fd)


def read_bytes(path: Path, read: Callable[[Path], bytes] | None = None) -> bytes:
    """The file's bytes, read by `read` (a FileOps' read_file; read_regular if None); VaultMissing if
    absent, VaultUnreadable if it cannot be read or is not a regular file, VaultDamaged if larger than
    any store this app writes."""
    try:
        return (read or read_regular)(path)
    except FileNotFoundError:
        raise VaultMissing(path) from None
    except IsADirectoryError:
        raise VaultUnreadable(path, None) from None
    except OSError as error:
        if error.errno == errno.EFBIG:
            raise VaultDamaged(path, "too-large") from None
        raise VaultUnreadable(path, error.errno) from None


def read(path: Path) -> StoreFile:
    return parse(read_bytes(path), path)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError("duplicate key")
        result[key] = value
    return result


def no_constants(name: str) -> Any:
    raise ValueError("non-finite number")


def strict_json(data: bytes) -> Any:
    """json.loads that refuses duplicate keys and NaN/Infinity; raises ValueError for anything wrong."""
    try:
        return json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=no_constants)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def parse(data: bytes, path: Path | None = None) -> StoreFile:
    """Check and split a store file without any secret. Raises VaultDamaged or VaultTooNew."""
    if not data:
        raise VaultDamaged(path, "empty")
    if not data.startswith(MAGIC):
        raise VaultDamaged(path, "not-a-store" if len(data) >= len(MAGIC) else "truncated")
    if len(data) < MIN_FILE_BYTES:
        raise VaultDamaged(path, "truncated")
    body, checksum = data[:-CHECKSUM_BYTES], data[-CHECKSUM_BYTES:]
    if not hmac.compare_digest(hashlib.sha256(body).digest(), checksum):
        raise VaultDamaged(path, "truncated" if _looks_truncated(data) else "checksum")
    _, version, header_length = _PREFIX.unpack_from(data)
    if version == 0:
        raise VaultDamaged(path, "version")
    if version > FORMAT_VERSION:
        raise VaultTooNew(path, version)
    if header_length > MAX_HEADER_BYTES:
        raise VaultDamaged(path, "header-size")
    payload_at = _PREFIX.size + header_length + _PAYLOAD_LENGTH.size
    if payload_at > len(body):
        raise VaultDamaged(path, "header-size")
    (payload_length,) = _PAYLOAD_LENGTH.unpack_from(body, _PREFIX.size + header_length)
    if payload_at + payload_length != len(body):
        raise VaultDamaged(path, "payload-size")
    if payload_length < crypto.TAG_BYTES:
        raise VaultDamaged(path, "payload-size")
    prefix = body[: _PREFIX.size + header_length]
    try:
        raw = strict_json(prefix[_PREFIX.size :])
    except ValueError:
        raise VaultDamaged(path, "header-json") from None
    header = _header_from(raw, version, path)
    return StoreFile(path=path, header=header, associated_data=prefix, ciphertext=body[payload_at:], checksum=checksum)


def _looks_truncated(data: bytes) -> bool:
    if len(data) < _PREFIX.size:
        return True
    _, _, header_length = _PREFIX.unpack_from(data)
    at = _PREFIX.size + header_length
    if header_length > MAX_HEADER_BYTES:
        return False
    if at + _PAYLOAD_LENGTH.size > len(data):
        return True
    (payload_length,) = _PAYLOAD_LENGTH.unpack_from(data, at)
    return at + _PAYLOAD_LENGTH.size + payload_length + CHECKSUM_BYTES > len(data)


def _fail(path: Path | None, detail: str) -> VaultDamaged:
    return VaultDamaged(path, detail)


def _expect_object(value: object, keys: frozenset[str], path: Path | None, detail: str) -> dict[str, Any]:
    if type(value) is not dict or value.keys() != keys:
        raise _fail(path, detail)
    return value


def _bytes(value: object, low: int, high: int, path: Path | None, detail: str) -> bytes:
    if type(value) is not str or len(value) > 4 * high:
        raise _fail(path, detail)
    try:
        decoded = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise _fail(path, detail) from None
    if not low <= len(decoded) <= high or _b64(decoded) != value:
        raise _fail(path, detail)
    return decoded


def _time(value: object, path: Path | None, detail: str) -> dt.datetime:
    if type(value) is not str or not _UTC_TEXT.fullmatch(value):
        raise _fail(path, detail)
    try:
        return dt.datetime.fromisoformat(value[:-1]).replace(tzinfo=dt.UTC)
    except ValueError:
        raise _fail(path, detail) from None


def _slot_from(value: object, version: int, path: Path | None) -> Slot:
    raw = _expect_object(value, _SLOT_KEYS if version == 1 else _SLOT_KEYS_2, path, "slot")
    kind = raw["kind"]
    if type(kind) is not str or kind not in SLOT_KINDS:
        raise _fail(path, "slot-kind")
    kdf_raw = raw["kdf"]
    params: crypto.KdfParams | None = None
    if kind == "passphrase":
        kdf = _expect_object(kdf_raw, _ARGON_KEYS, path, "kdf")
        if kdf["name"] != "argon2id":
            raise _fail(path, "kdf")
        params = crypto.KdfParams(memory_kib=kdf["memory_kib"], passes=kdf["passes"], lanes=kdf["lanes"])
        # Range-checked here, before anything could use them: a file asking for 64 GiB or 10^9 passes
        # is damaged (or hostile), not a reason to hang the machine.
        if not params.in_range():
            raise _fail(path, "kdf-params")
    else:
        kdf = _expect_object(kdf_raw, _HKDF_KEYS, path, "kdf")
        if kdf["name"] != "hkdf-sha256":
            raise _fail(path, "kdf")
    return Slot(
        kind=kind,
        kdf=params,
        salt=_bytes(raw["salt"], crypto.MIN_SALT_BYTES, crypto.MAX_SALT_BYTES, path, "slot-salt"),
        nonce=_bytes(raw["nonce"], crypto.NONCE_BYTES, crypto.NONCE_BYTES, path, "slot-nonce"),
        wrapped=_bytes(raw["wrapped"], WRAPPED_BYTES, WRAPPED_BYTES, path, "slot-wrapped"),
        recipient=_public(raw, "recipient", version, path),
        ephemeral=_public(raw, "ephemeral", version, path),
    )


def _public(raw: dict[str, Any], name: str, version: int, path: Path | None) -> bytes:
    if version == 1:
        return b""
    return _bytes(raw[name], PUBLIC_KEY_BYTES, PUBLIC_KEY_BYTES, path, "slot-" + name)


def _header_from(raw: object, version: int, path: Path | None) -> Header:
    header = _expect_object(raw, _HEADER_KEYS if version == 1 else _HEADER_KEYS_2, path, "header")
    if type(header["format"]) is not int or header["format"] != version:
        raise _fail(path, "header-version")
    store_id = header["store_id"]
    if type(store_id) is not str or not _HEX32.fullmatch(store_id):
        raise _fail(path, "store-id")
    generation = header["generation"]
    if type(generation) is not int or not 0 <= generation < MAX_GENERATION:
        raise _fail(path, "generation")
    if header["cipher"] != CIPHER:
        raise _fail(path, "cipher")
    slots_raw = header["slots"]
    if type(slots_raw) is not list or not 1 <= len(slots_raw) <= len(SLOT_KINDS):
        raise _fail(path, "slots")
    slots = tuple(_slot_from(s, version, path) for s in slots_raw)
    if len({s.kind for s in slots}) != len(slots):
        raise _fail(path, "slots")
    return Header(
        format_version=version,
        store_id=store_id,
        generation=generation,
        created=_time(header["created"], path, "created"),
        saved=_time(header["saved"], path, "saved"),
        payload_nonce=_bytes(header["nonce"], crypto.NONCE_BYTES, crypto.NONCE_BYTES, path, "nonce"),
        slots=slots,
        keys=_bytes(header["keys"], *KEY_BLOCK_BYTES, path, "keys") if version >= 2 else b"",
    )


# ---------------------------------------------------------------- opening


def slot_of(store: StoreFile, kind: str) -> Slot:
    slot = store.header.slot(kind)
    if slot is None:
        raise NoSuchSlot(store.path, kind)
    return slot


def decrypt_payload(store: StoreFile, data_key: bytes) -> bytes:
    """The plaintext payload, or VaultTampered if it (or the header it is bound to) was changed."""
    plaintext = crypto.decrypt(data_key, store.header.payload_nonce, store.ciphertext, store.associated_data)
    if plaintext is None:
        raise VaultTampered(store.path, "payload")
    return plaintext
