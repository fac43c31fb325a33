"""Earlier copies survive a burst of edits: besides the last three saves, the state from before the
session, one copy per day for the last week, and the notes from before a restore (which no save removes)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from safetyapp.vault.backup import check_with_keys, read_backup, write_backup
from safetyapp.vault.files import MAX_DAY_COPIES, before_restore_path, day_copies, list_generations
from safetyapp.vault.records import Case, VaultData
from safetyapp.vault.store import Vault
from tests.vault.conftest import PASSPHRASE, TEST_PARAMS


def _titles(vault: Vault) -> list[str]:
    return [case.title for case in vault.data.cases]


def _with(data: VaultData, title: str) -> VaultData:
    data.cases.append(Case.new(title))
    return data


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2024, 6, 1, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


def test_a_burst_of_edits_keeps_the_notes_from_before_the_session(tmp_path: Path) -> None:
    path = tmp_path / "notes" / "store.scv"
    clock = Clock()
    vault, _ = Vault.create(path, PASSPHRASE, kdf_params=TEST_PARAMS, now=clock)
    vault.save(_with(vault.data, "before the session"))
    vault.close()
    with Vault.open(path, now=clock) as vault:
        vault.unlock_with_passphrase(PASSPHRASE)
        for n in range(10):  # a wrong turn followed by many autosaves
            vault.save(VaultData([Case.new(f"edit {n}")]))
        found = {info.path.name: info for info in list_generations(path)}
        assert "store.scv.session" in found
        view = vault.open_generation(found["store.scv.session"].number)
        assert _titles(view) == ["before the session"]


def test_one_copy_per_day_for_the_last_week(tmp_path: Path) -> None:
    path = tmp_path / "notes" / "store.scv"
    clock = Clock()
    vault, _ = Vault.create(path, PASSPHRASE, kdf_params=TEST_PARAMS, now=clock)
    for day in range(10):
        clock.now = dt.datetime(2024, 6, 1 + day, 9, 0, tzinfo=dt.UTC)
        for n in range(3):
            vault.save(VaultData([Case.new(f"day {day} save {n}")]))
    days = day_copies(path)
    assert len(days) == MAX_DAY_COPIES
    assert days[0].name == "store.scv.day-2024-06-09" and days[-1].name == "store.scv.day-2024-06-03"
    number = next(info.number for info in list_generations(path) if info.path == days[0])
    assert _titles(vault.open_generation(number)) == ["day 8 save 2"]  # the last state of that day
    vault.close()


def test_the_notes_from_before_a_restore_outlive_later_saves(tmp_path: Path) -> None:
    path = tmp_path / "notes" / "store.scv"
    vault, _ = Vault.create(path, PASSPHRASE, kdf_params=TEST_PARAMS)
    vault.save(_with(vault.data, "in the backup"))
    backup = tmp_path / "backup.scv"
    write_backup(vault, backup)
    vault.save(_with(vault.data, "only here"))
    checked = check_with_keys(vault, read_backup(backup))
    assert checked is not None
    vault.restore(checked.data)
    with vault:
        for n in range(5):
            vault.save(_with(vault.data, f"after the restore {n}"))
        number = next(info.number for info in list_generations(path) if info.path == before_restore_path(path))
        assert _titles(vault.open_generation(number)) == ["in the backup", "only here"]
