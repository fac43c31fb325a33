"""Every form a value could leak in, to look for it in files, memory dumps and store bytes.

A value (a typed username, a passphrase...) is looked for as UTF-8, UTF-16 (little and big endian),
hex (lower and upper case) and base64 (standard and URL-safe alphabets). Inside a longer base64
stream the value's characters depend on where its bytes fall in the 3-byte groups, so the base64 of
the value is taken after 0, 1 and 2 bytes of something else, and only the characters that come from
the value's bytes alone (whole 3-byte groups) are kept.
"""

from __future__ import annotations

import base64

MIN_FORM_LENGTH = 8  # shorter forms would match by chance


def base64_forms(raw: bytes) -> list[tuple[str, bytes]]:
    """The part of the base64 of `raw` that is the same whatever comes before and after it in a stream,
    for each of the three positions `raw` can start at within a 3-byte group."""
    forms = []
    for shift in range(3):
        first_group = 0 if shift == 0 else 1  # a group with a byte from before is not stable
        end_group = (shift + len(raw)) // 3  # a group with a byte from after is not stable
        if end_group <= first_group:
            continue
        for name, encode in (("base64", base64.b64encode), ("base64url", base64.urlsafe_b64encode)):
            text = encode(b"\0" * shift + raw)
            forms.append((f"{name}+{shift}", text[first_group * 4 : end_group * 4]))
    return forms


def all_forms(value: str) -> list[tuple[str, bytes]]:
    """(name of the form, bytes to look for), for every form the value could leak in, each once."""
    raw = value.encode("utf-8")
    forms = [
        ("utf-8", raw),
        ("utf-16-le", value.encode("utf-16-le")),
        ("utf-16-be", value.encode("utf-16-be")),
        ("hex", raw.hex().encode()),
        ("HEX", raw.hex().upper().encode()),
        *base64_forms(raw),
    ]
    unique: dict[bytes, str] = {}
    for name, form in forms:
        unique.setdefault(form, name)
    return [(name, form) for form, name in unique.items()]


def encoded_forms(value: str) -> list[tuple[str, bytes]]:
    """Every form of a canary, for searching whole files: a form shorter than MIN_FORM_LENGTH would match
    by chance, so a canary that has one is refused."""
    forms = all_forms(value)
    for name, form in forms:
        if len(form) < MIN_FORM_LENGTH:
            raise ValueError(f"{name} form of a canary is too short to look for safely; use a longer canary")
    return forms


def encodings(value: str, min_length: int = 6) -> list[bytes]:
    """The bytes of every form of `value` at least `min_length` long, for searching one known buffer
    (a store file's bytes), where a short value is still worth looking for."""
    return [form for _name, form in all_forms(value) if len(form) >= min_length]
