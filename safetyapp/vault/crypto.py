"""The cryptography of the notes store, and nothing else: key derivation, key wrapping, payload sealing.

- Passphrases: Argon2id (`cryptography`), parameters stored with each slot and range-checked before
  use, at least 64 MiB and 3 passes; `calibrate` picks the memory (64 to 256 MiB, by the machine's
  memory) and passes so one derivation takes about a second on this machine; `affordable` refuses
  parameters costing more than twice that before any work. Passphrases are Unicode-normalised (NFC)
  first, so the same passphrase typed on a keyboard that composes accents differently still opens
  the store.
- Recovery codes and keyring secrets carry 128 bits or more of randomness, so they need no slow
  KDF: HKDF-SHA256 with a per-slot salt turns them into a slot key.
- AES-256-GCM for both wrapping the data key and sealing the payload, with a fresh random 96-bit
  nonce for every encryption and associated data binding what the ciphertext belongs to.
"""

from __future__ import annotations

import math
import os
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
SALT_BYTES = 16
MIN_SALT_BYTES = 16
MAX_SALT_BYTES = 64

MIN_MEMORY_KIB = 64 * 1024
MAX_MEMORY_KIB = 1024 * 1024
MIN_PASSES = 3
MAX_PASSES = 20
MIN_LANES = 1
MAX_LANES = 16
DEFAULT_LANES = 4


class KdfParamsOutOfRange(ValueError):
    """Argon2id parameters outside the allowed ranges (too weak, or so large they would hang the app)."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters: memory in KiB, passes (iterations), lanes (parallelism)."""

    memory_kib: int = MIN_MEMORY_KIB
    passes: int = MIN_PASSES
    lanes: int = DEFAULT_LANES

    def in_range(self) -> bool:
        return (
            all(type(v) is int for v in (self.memory_kib, self.passes, self.lanes))
            and MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB
            and MIN_PASSES <= self.passes <= MAX_PASSES
            and MIN_LANES <= self.lanes <= MAX_LANES
            # Argon2 needs at least 8 KiB per lane; always true within the ranges, checked anyway.
            and self.memory_kib >= 8 * self.lanes
        )

    def check(self) -> KdfParams:
        if not self.in_range():
            raise KdfParamsOutOfRange("Argon2id parameters out of range")
        return self

    def to_dict(self) -> dict[str, Any]:
        return {"name": "argon2id", "memory_kib": self.memory_kib, "passes": self.passes, "lanes": self.lanes}


MINIMUM_PARAMS = KdfParams()


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, then UTF-8: "é" typed as one character or as e + combining accent gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_passphrase_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The 256-bit slot key for a passphrase. Refuses out-of-range parameters before doing any work."""
    params.check()
    if not MIN_SALT_BYTES <= len(salt) <= MAX_SALT_BYTES:
        raise ValueError("salt length out of range")
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.passes,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalise_passphrase(passphrase))


def derive_secret_key(secret: bytes, salt: bytes, info: bytes) -> bytes:
    """The 256-bit slot key for a high-entropy secret (recovery code, keyring secret): HKDF-SHA256."""
    if not MIN_SALT_BYTES <= len(salt) <= MAX_SALT_BYTES:
        raise ValueError("salt length out of range")
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(secret)


def random_bytes(count: int) -> bytes:
    return os.urandom(count)


def new_data_key() -> bytes:
    return os.urandom(KEY_BYTES)


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def new_nonce() -> bytes:
    return os.urandom(NONCE_BYTES)


def encrypt(key: bytes, plaintext: bytes, associated_data: bytes) -> tuple[bytes, bytes]:
    """AES-256-GCM with a fresh random nonce: returns (nonce, ciphertext with tag)."""
    nonce = new_nonce()
    return nonce, encrypt_with_nonce(key, nonce, plaintext, associated_data)


def encrypt_with_nonce(key: bytes, nonce: bytes, plaintext: bytes, associated_data: bytes) -> bytes:
    """AES-256-GCM with a nonce the caller made with new_nonce() for this one encryption (for when the
    nonce must be part of the associated data, as in the store file's header)."""
    if len(key) != KEY_BYTES or len(nonce) != NONCE_BYTES:
        raise ValueError("bad key or nonce length")
    return AESGCM(key).encrypt(nonce, plaintext, associated_data)


def decrypt(key: bytes, nonce: bytes, ciphertext: bytes, associated_data: bytes) -> bytes | None:
    """The plaintext, or None if the key is wrong or anything (ciphertext, nonce, associated data) changed."""
    if len(key) != KEY_BYTES or len(nonce) != NONCE_BYTES or len(ciphertext) < TAG_BYTES:
        return None
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, associated_data)
    except InvalidTag:
        return None


def wrap_key(slot_key: bytes, data_key: bytes, associated_data: bytes) -> tuple[bytes, bytes]:
    """Encrypt the data key under a slot key: (nonce, wrapped key of 48 bytes)."""
    if len(data_key) != KEY_BYTES:
        raise ValueError("data key must be 32 bytes")
    return encrypt(slot_key, data_key, associated_data)


def unwrap_key(slot_key: bytes, nonce: bytes, wrapped: bytes, associated_data: bytes) -> bytes | None:
    """The data key, or None if this slot key does not open the slot."""
    key = decrypt(slot_key, nonce, wrapped, associated_data)
    return key if key is not None and len(key) == KEY_BYTES else None


def time_derivation(params: KdfParams) -> float:
    """Seconds one Argon2id derivation with these parameters takes here."""
    start = time.perf_counter()
    derive_passphrase_key("calibration", bytes(SALT_BYTES), params)
    return time.perf_counter() - start


TARGET_SECONDS = 1.0
CALIBRATED_MEMORY_MAX_KIB = 256 * 1024
COST_HEADROOM = 2  # refuse parameters costing more than this many times what this machine would choose


def physical_memory_kib() -> int | None:
    """This machine's memory in KiB, or None if the OS will not say."""
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 1024
    except (AttributeError, ValueError, OSError):
        return None


def memory_for_this_machine() -> int:
    """Argon2id memory for a new passphrase here: a thirty-second of the machine's memory, from 64 MiB
    (at most 2 GiB of memory) up to 256 MiB (8 GiB or more), in whole MiB."""
    total = physical_memory_kib()
    if total is None:
        return MIN_MEMORY_KIB
    return max(MIN_MEMORY_KIB, min(CALIBRATED_MEMORY_MAX_KIB, total // 32 // 1024 * 1024))


_minimum_seconds: list[float] = []


def _seconds_at_minimum() -> float:
    """How long the minimum parameters take here: the quickest of three, measured once per run (off
    the GUI thread: the first passphrase unlock), so a moment of load counts as little as it can."""
    if not _minimum_seconds:
        _minimum_seconds.append(max(min(time_derivation(MINIMUM_PARAMS) for _ in range(3)), 1e-3))
    return _minimum_seconds[0]


def affordable(params: KdfParams) -> bool:
    """Whether these parameters cost at most COST_HEADROOM times what `calibrate` would choose here,
    in memory and in time: checked before any passphrase is stretched, so a file cannot make one
    attempt take minutes or most of the machine's memory. The minimum is always affordable."""
    if params.memory_kib <= MIN_MEMORY_KIB and params.passes <= MIN_PASSES:
        return True
    memory = memory_for_this_machine()
    if params.memory_kib > COST_HEADROOM * memory:
        return False
    unit = _seconds_at_minimum() / (MIN_MEMORY_KIB * MIN_PASSES)  # seconds per KiB-pass, about
    # What calibrate would choose costs about TARGET_SECONDS, or its starting point if that is slower.
    chosen = max(TARGET_SECONDS, unit * memory * MIN_PASSES)
    return unit * params.memory_kib * params.passes <= COST_HEADROOM * chosen


def calibrate(
    target_seconds: float = TARGET_SECONDS,
    *,
    memory_kib: int | None = None,
    lanes: int = DEFAULT_LANES,
    measure: Callable[[KdfParams], float] = time_derivation,
) -> KdfParams:
    """Parameters for which one derivation takes about `target_seconds` on this machine.

    Memory stays at `memory_kib` (by default `memory_for_this_machine`: 64 to 256 MiB) and passes
    rise from 3; only if 20 passes are still too quick does memory rise (to at most twice where it
    started); if 3 passes are already too slow, memory falls (to 64 MiB at least). Never below the
    minimums, never above the maximums: a very slow machine gets the minimum even if that takes
    longer than the target.
    """
    memory = memory_kib if memory_kib is not None else memory_for_this_machine()
    params = KdfParams(memory_kib=memory, passes=MIN_PASSES, lanes=lanes).check()
    for _ in range(3):
        elapsed = measure(params)
        if elapsed <= 0:
            break
        scale = target_seconds / elapsed
        if 0.8 <= scale <= 1.25:
            break
        wanted_passes = params.passes * scale
        if wanted_passes < MIN_PASSES and params.memory_kib > MIN_MEMORY_KIB:
            # A slow machine: less memory rather than a much longer wait (never below the minimum).
            lower = int(params.memory_kib * wanted_passes / MIN_PASSES) // 1024 * 1024
            new = replace(params, passes=MIN_PASSES, memory_kib=max(MIN_MEMORY_KIB, lower))
        elif wanted_passes <= MAX_PASSES:
            new = replace(params, passes=max(MIN_PASSES, min(MAX_PASSES, math.ceil(wanted_passes - 0.25))))
        else:
            wanted_memory = int(params.memory_kib * wanted_passes / MAX_PASSES) // 1024 * 1024
            ceiling = min(MAX_MEMORY_KIB, COST_HEADROOM * memory)  # so `affordable` still accepts it here
            memory_kib_new = max(MIN_MEMORY_KIB, min(ceiling, wanted_memory))
            new = replace(params, passes=MAX_PASSES, memory_kib=memory_kib_new)
        if new == params:
            break
        params = new
    return params.check()
