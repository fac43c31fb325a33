"""Which passphrases My notes accepts, and a strong one to suggest.

A passphrase must be at least `MIN_LENGTH` characters and rated at least `MIN_SCORE` ("safely
unguessable": about 10^8 guesses or more) by zxcvbn, which knows common passwords, names, words,
keyboard patterns, dates and repeats. Its English feedback is never used: the UI says why in its own
words from the code `problem()` gives. The store refuses too (`require_strong`), so no way round the UI
can set a weak one.

`suggest()` gives five words from the EFF large word list (7,776 words, as shipped in the `xkcdpass`
package), each chosen with `secrets`. Words that could hurt someone being blackmailed with images
("expose", "shame", "photo", "extortion"...) are left out first: about 7,700 words stay, so five give
about 64 bits.
"""

from __future__ import annotations

import functools
import secrets
import unicodedata
from importlib import resources
from typing import Final

from zxcvbn import zxcvbn

MIN_LENGTH: Final = 10
MIN_SCORE: Final = 3
SUGGESTED_WORDS: Final = 5
TOO_SHORT: Final = "too-short"
TOO_GUESSABLE: Final = "too-guessable"
# zxcvbn rates at most this many characters; a longer passphrase is rated by its beginning.
_RATED_LENGTH: Final = 72
# Words anyone would try first against this app's notes.
# Words starting with these are never suggested: nobody in this situation should be handed "undress
# revenge" as a passphrase.
_HURTFUL_STARTS: Final = (
    "abus", "black", "blood", "body", "bully", "camera", "coerc", "cry", "dead", "death", "die", "drunk",
    "expos", "extort", "fear", "filth", "flirt", "grave", "grief", "guilt", "hate", "hurt", "jail", "kiss",
    "knife", "mourn", "naked", "nud", "panic", "photo", "prison", "revenge", "scam", "scar", "secret",
    "sedu", "shame", "stab", "strip", "threat", "undress", "video",
)  # fmt: skip
_APP_WORDS: Final = ("safety", "companion", "safetycompanion", "notes", "mynotes", "passphrase", "password")


class WeakPassphrase(ValueError):
    """The passphrase breaks the rule: `code` is TOO_SHORT or TOO_GUESSABLE."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _normal(passphrase: str) -> str:
    return unicodedata.normalize("NFC", passphrase)


def score(passphrase: str) -> int:
    """zxcvbn's score, 0 (a common password) to 4 (very hard to guess)."""
    rated = _normal(passphrase)[:_RATED_LENGTH]
    if not rated:
        return 0
    return int(zxcvbn(rated, user_inputs=list(_APP_WORDS))["score"])


def problem(passphrase: str) -> str | None:
    """None if the passphrase may be used; otherwise TOO_SHORT or TOO_GUESSABLE."""
    if len(_normal(passphrase)) < MIN_LENGTH:
        return TOO_SHORT
    if score(passphrase) < MIN_SCORE:
        return TOO_GUESSABLE
    return None


def require_strong(passphrase: str) -> None:
    """Raise WeakPassphrase unless the passphrase may be used."""
    found = problem(passphrase)
    if found is not None:
        raise WeakPassphrase(found)


@functools.cache
def word_list() -> tuple[str, ...]:
    """The EFF large word list, as xkcdpass ships it, less the words that could hurt."""
    text = resources.files("xkcdpass").joinpath("static", "eff-long").read_text(encoding="utf-8")
    words = [line.strip() for line in text.splitlines() if line.strip()]
    if len(words) != 7776:
        raise RuntimeError("the EFF large word list is not complete")
    return tuple(word for word in words if not word.startswith(_HURTFUL_STARTS))


def suggest(count: int = SUGGESTED_WORDS) -> str:
    """`count` random words, separated by spaces, that pass the rule."""
    words = word_list()
    while True:
        suggestion = " ".join(secrets.choice(words) for _ in range(count))
        if problem(suggestion) is None:
            return suggestion
