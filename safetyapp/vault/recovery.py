"""Recovery codes: shown once, printed or written down, typed back in when the passphrase is forgotten.

A code is 7 groups of 5 Crockford base32 characters, for example `7KQ2M-0XH4T-...`. In each group
the first 4 characters are random (28 in all: 140 bits) and the 5th is a check character, so a
typo is caught, and the group named, before any cryptography runs.

The check character makes each group, read as 5 symbols s0..s4 of GF(32), satisfy
    a^1*s0 + a^2*s1 + a^3*s2 + a^4*s3 + a^5*s4 = group number (1..7)
for a primitive element a. Every single wrong character and every swap of two neighbouring
characters in a group changes the left side, so it is always caught; a group typed in the wrong
place is caught too, because each group's sum must equal its own number.

Input is forgiving: case does not matter, spaces and dashes are ignored, O reads as 0, and I and L
read as 1 (Crockford's rules).
"""

from __future__ import annotations

import secrets
import unicodedata

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_VALUE.update({"O": 0, "I": 1, "L": 1})
_SEPARATORS = frozenset(" \t\r\n-_.\u2010\u2011\u2012\u2013\u2014\u2212\u00a0")

GROUPS = 7
DATA_PER_GROUP = 4
GROUP_SIZE = DATA_PER_GROUP + 1
LENGTH = GROUPS * GROUP_SIZE
RANDOM_BITS = GROUPS * DATA_PER_GROUP * 5  # 140
KEY_MATERIAL_BYTES = (RANDOM_BITS + 7) // 8  # 18

# Problem codes for the UI.
EMPTY = "empty"
BAD_CHARACTER = "bad-character"
TOO_SHORT = "too-short"
TOO_LONG = "too-long"
CHECK_FAILED = "check-failed"

# GF(2^5) with the primitive polynomial x^5 + x^2 + 1.
_EXP = [0] * 62
_LOG = [0] * 32
_x = 1
for _i in range(31):
    _EXP[_i] = _EXP[_i + 31] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0b100000:
        _x ^= 0b100101


def _mul(a: int, b: int) -> int:
    if a == 0 or b == 0:
        return 0
    return _EXP[_LOG[a] + _LOG[b]]


_WEIGHTS = [_EXP[j + 1] for j in range(GROUP_SIZE)]  # a^1 .. a^5
_INV_LAST = _EXP[31 - 5]  # (a^5)^-1


def _syndrome(symbols: list[int], group: int) -> int:
    total = group + 1
    for weight, symbol in zip(_WEIGHTS, symbols, strict=False):
        total ^= _mul(weight, symbol)
    return total


def _check_symbol(data: list[int], group: int) -> int:
    return _mul(_INV_LAST, _syndrome(data, group))


def _clean(text: str) -> str:
    # Repeated until stable: dropping a separator or upper-casing can leave a sequence that NFKC composes
    # further (say "R" + spacing cedilla -> "R" + space + combining cedilla -> "R" + combining cedilla).
    for _ in range(4):
        cleaned = "".join(ch for ch in unicodedata.normalize("NFKC", text).upper() if ch not in _SEPARATORS)
        if cleaned == text:
            break
        text = cleaned
    return text


def _format(symbols: str) -> str:
    return "-".join(symbols[i : i + GROUP_SIZE] for i in range(0, len(symbols), GROUP_SIZE))


def generate() -> str:
    """A new recovery code from the OS's secure random source, formatted in dashed groups."""
    value = secrets.randbits(RANDOM_BITS)
    data = [(value >> (5 * k)) & 31 for k in range(GROUPS * DATA_PER_GROUP)]
    out = []
    for g in range(GROUPS):
        group = data[g * DATA_PER_GROUP : (g + 1) * DATA_PER_GROUP]
        out.extend([*group, _check_symbol(group, g)])
    return _format("".join(ALPHABET[s] for s in out))


def normalise(text: str) -> str:
    """The canonical form of what the user typed: upper case, O/I/L mapped, separators dropped, and
    dashes put back between groups when the length is right. Idempotent."""
    cleaned = "".join(ALPHABET[_VALUE[ch]] if ch in _VALUE else ch for ch in _clean(text))
    return _format(cleaned) if len(cleaned) == LENGTH else cleaned


def _symbols(text: str) -> list[int] | None:
    cleaned = _clean(text)
    if len(cleaned) != LENGTH or any(ch not in _VALUE for ch in cleaned):
        return None
    return [_VALUE[ch] for ch in cleaned]


def bad_groups(text: str) -> tuple[int, ...]:
    """The groups (0-based) whose check character does not match; empty if the length or characters are
    wrong (see find_problem) or if the code is valid."""
    symbols = _symbols(text)
    if symbols is None:
        return ()
    return tuple(g for g in range(GROUPS) if _syndrome(symbols[g * GROUP_SIZE : (g + 1) * GROUP_SIZE], g) != 0)


def find_problem(text: str) -> str | None:
    """What is wrong with a typed code (EMPTY, BAD_CHARACTER, TOO_SHORT, TOO_LONG, CHECK_FAILED), or None."""
    cleaned = _clean(text)
    if not cleaned:
        return EMPTY
    if any(ch not in _VALUE for ch in cleaned):
        return BAD_CHARACTER
    if len(cleaned) < LENGTH:
        return TOO_SHORT
    if len(cleaned) > LENGTH:
        return TOO_LONG
    return CHECK_FAILED if bad_groups(cleaned) else None


def group_matches(code: str, number: int, typed: str) -> bool:
    """True if `typed` is group `number` (1 to GROUPS, from the left) of `code`, read as forgivingly as a
    whole code is (case, spaces and dashes do not matter; O is 0, I and L are 1)."""
    if not 1 <= number <= GROUPS:
        raise ValueError("no such group")
    cleaned, group = _clean(typed), _clean(code)[(number - 1) * GROUP_SIZE : number * GROUP_SIZE]
    if len(cleaned) != GROUP_SIZE or len(group) != GROUP_SIZE or any(ch not in _VALUE for ch in cleaned + group):
        return False
    return [_VALUE[ch] for ch in cleaned] == [_VALUE[ch] for ch in group]


def looks_like_code(text: str) -> bool:
    """True if `text` has a recovery code's length and characters (valid or with a typing mistake)."""
    return _symbols(text) is not None


def is_valid(text: str) -> bool:
    return find_problem(text) is None


def to_key_material(text: str) -> bytes:
    """The 140 random bits of a valid code as 18 bytes; raises ValueError if the code is not valid."""
    symbols = _symbols(text)
    if symbols is None or bad_groups(text):
        raise ValueError("not a valid recovery code")
    value = 0
    for g in range(GROUPS):
        for k in range(DATA_PER_GROUP):
            value |= symbols[g * GROUP_SIZE + k] << (5 * (g * DATA_PER_GROUP + k))
    return value.to_bytes(KEY_MATERIAL_BYTES, "big")
