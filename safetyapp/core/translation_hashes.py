"""Which translations were made from the English as it is now.

Each translated advice page records, in its header, `source_hash`: a short hash of the English page's
title, summary and body it was translated from. Each wizard translation (resources/wizard/<language>.toml)
records the same for every string, in its `[source-hashes]` table. When the English changes, its hash
changes, the recorded one no longer matches, and that translation is out of date: the app shows the
English for that part, with the usual "not translated yet" note, until a translator updates it and
`scripts/mark_translations.py --update` records the new hash. No Qt.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

HASH_LENGTH = 12
"""Hex digits kept: enough that an unrelated change never matches by chance."""
HASHES_TABLE = "source-hashes"
"""The table in a wizard translation that maps each string key to the hash of its English."""


def source_hash(text: str) -> str:
    """A short hash of English text; spaces at line ends and blank lines around it do not count."""
    lines = (line.rstrip() for line in text.strip().splitlines())
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:HASH_LENGTH]


def page_source_hash(title: str, summary: str, body: str) -> str:
    """The hash of what a translator translates on a page: its title, summary and body."""
    return source_hash(f"{title}\n{summary}\n{body}")


def out_of_date_keys(english: Mapping[str, str], translated: Mapping[str, str], hashes: Mapping[str, str]) -> set[str]:
    """The translated keys whose recorded hash (none counts as none) is not the hash of their English now."""
    return {key for key in translated if key in english and hashes.get(key) != source_hash(english[key])}
