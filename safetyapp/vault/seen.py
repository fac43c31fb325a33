"""Rollback memory: which store this app last opened here, and the newest save of it it has seen.

Kept outside the store, in a small file in the app's data folder, so that someone who copies an
earlier copy or an old backup over the store (putting back notes from before something was added) or
puts another store in its place is noticed when the notes are opened. The file holds no secret and
no note: store ids (random) and generation numbers only, for at most MAX_STORES stores. It is
checked only after an unlock, against the authenticated header, and never blocks anyone from their
notes: the page says plainly what it found.

    {"format": 1, "last": "<store id>", "stores": {"<store id>": 42, ...}}
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from safetyapp.vault import fileformat
from safetyapp.vault.errors import VaultError
from safetyapp.vault.files import FileOps, write_file_atomically

log = logging.getLogger(__name__)

FILENAME = "notes-seen.json"
MAX_STORES = 20
MAX_BYTES = 16 * 1024


@dataclass(frozen=True)
class Found:
    """What opening a store showed: `older_by` saves older than the newest seen of it, or another store
    than the one last opened here. `newest` is the newest generation seen (saves continue after it)."""

    older_by: int = 0
    other_store: bool = False
    newest: int = 0


class SeenStores:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> tuple[str, dict[str, int]]:
        try:
            raw = fileformat.strict_json(fileformat.read_regular(self.path, MAX_BYTES))
        except (OSError, ValueError, UnicodeDecodeError):
            return "", {}  # missing or unreadable: nothing remembered (never a reason to refuse)
        if type(raw) is not dict or raw.get("format") != 1 or type(raw.get("stores")) is not dict:
            return "", {}
        stores = {
            key: value
            for key, value in raw["stores"].items()
            if type(value) is int and 0 <= value < fileformat.MAX_GENERATION
        }
        last = raw.get("last")
        return (last if type(last) is str else ""), stores

    def opened(self, store_id: str, generation: int, *, expected: bool = False) -> Found:
        """Compare a store just unlocked with what was seen, then remember it. `expected`: the user
        chose this (set it up, restored a backup, opened an earlier copy): nothing to say."""
        last, stores = self._read()
        newest = stores.get(store_id, 0)
        found = Found(newest=max(newest, generation))
        if not expected and last and last != store_id:
            found = Found(other_store=True, newest=found.newest)
        elif not expected and generation < newest:
            found = Found(older_by=newest - generation, newest=newest)
        self.remember(store_id, generation, stores=stores)
        return found

    def remember(self, store_id: str, generation: int, *, stores: dict[str, int] | None = None) -> None:
        """Note that `store_id` is the store here now, saved at least up to `generation`."""
        if stores is None:
            _, stores = self._read()
        stores = dict(stores)
        stores[store_id] = max(stores.pop(store_id, 0), generation)  # moved to the end: the newest
        while len(stores) > MAX_STORES:
            stores.pop(next(iter(stores)))
        text = json.dumps({"format": 1, "last": store_id, "stores": stores}, separators=(",", ":"))
        if not self.path.parent.is_dir():
            return
        try:
            write_file_atomically(FileOps(), self.path, text.encode("ascii"))
        except VaultError:  # a full disk must not stop anyone using their notes
            log.warning("could not write the rollback memory")
