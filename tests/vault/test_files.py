"""Which files make up a store, and deleting all of them (and nothing else)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from safetyapp.vault.files import (
    before_restore_path,
    day_copy_path,
    delete_store,
    generation_path,
    lock_path,
    session_copy_path,
    store_files,
    temp_files,
)
from safetyapp.vault.store import Vault


def test_the_store_files_are_the_store_its_earlier_copies_and_its_lock(store_path: Path) -> None:
    gens = [generation_path(store_path, n) for n in (1, 2, 3)]
    kept = [session_copy_path(store_path), before_restore_path(store_path)]
    assert store_files(store_path) == [store_path, *gens, *kept, lock_path(store_path)]
    day = day_copy_path(store_path, dt.date(2024, 5, 30))
    day.write_bytes(b"")
    assert store_files(store_path) == [store_path, *gens, *kept, day, lock_path(store_path)]


def test_temp_files_are_only_the_stores_own(store_path: Path) -> None:
    assert temp_files(store_path) == []
    ours = store_path.with_name(f".{store_path.name}.tmp-0123456789abcdef")
    ours.write_bytes(b"half a file")
    store_path.with_name(".other.scv.tmp-0123456789abcdef").write_bytes(b"not ours")
    assert temp_files(store_path) == [ours]


def test_delete_store_removes_every_file_of_the_store_and_then_the_empty_folder(store_path: Path) -> None:
    Vault.open(store_path).close()  # leaves the lock file behind, as a real store has
    store_path.with_name(f".{store_path.name}.tmp-0123456789abcdef").write_bytes(b"half a file")
    assert delete_store(store_path) == []
    assert not store_path.parent.exists()


def test_delete_store_keeps_other_files_and_so_the_folder(store_path: Path) -> None:
    mine = store_path.with_name("keep-me.txt")
    mine.write_text("mine")
    assert delete_store(store_path) == []
    assert sorted(p.name for p in store_path.parent.iterdir()) == ["keep-me.txt"]
