"""Store files changed on purpose, as an attacker or careful damage would change them."""

from __future__ import annotations

import hashlib
import struct


def fix_checksum(content: bytes) -> bytes:
    """The file with its unkeyed checksum made right again: what a deliberate change would look like."""
    body = content[:-32]
    return body + hashlib.sha256(body).digest()


def too_new(content: bytes) -> bytes:
    """The same store file claiming a newer format version, with a correct checksum."""
    return fix_checksum(content[:8] + struct.pack(">H", 99) + content[10:])
