"""The payload codec: the notes as the JSON that is encrypted inside a store file.

UTF-8 JSON of `VaultData.to_dict()`, compact and unescaped; lone surrogates are kept (surrogatepass).
`checked_payload` refuses data that would not read back, so such a store is never written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from safetyapp.vault import fileformat
from safetyapp.vault.errors import InvalidData, VaultDamaged, VaultTooNew
from safetyapp.vault.records import RecordError, RecordTooNew, VaultData


def decode_payload(plaintext: bytes, path: Path | None) -> VaultData:
    """The data in an authenticated payload; VaultTooNew for a newer schema, VaultDamaged if malformed."""
    try:
        raw = json.loads(plaintext.decode("utf-8", "surrogatepass"), parse_constant=fileformat.no_constants)
        return VaultData.from_dict(raw)
    except RecordTooNew as error:
        raise VaultTooNew(path, error.schema, "data schema") from None
    except RecordError as error:
        raise VaultDamaged(path, f"payload {error.where}") from None
    except (ValueError, RecursionError):
        raise VaultDamaged(path, "payload") from None


def encode_payload(data: VaultData) -> bytes:
    return _encode(data.to_dict())


def _encode(raw: dict[str, Any]) -> bytes:
    # surrogatepass: a lone surrogate the user managed to type (or paste) is kept, not a crash.
    return json.dumps(raw, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


def checked_payload(data: VaultData, path: Path | None) -> bytes:
    """The payload for `data`, after checking that it will read back: a store that cannot be read
    again must never be written. Raises InvalidData (nothing written) if it would not."""
    try:
        data.check()
    except RecordError as error:
        raise InvalidData(path, error.where) from None
    try:
        raw = data.to_dict()
    except Exception:  # for example a time that overflows when moved to UTC
        raise InvalidData(path, "unserialisable") from None
    try:
        return _encode(raw)
    except (TypeError, ValueError):
        raise InvalidData(path, "unserialisable") from None
