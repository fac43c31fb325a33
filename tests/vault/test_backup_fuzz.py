"""Property test over restoring a backup: a damaged backup (bytes flipped, cut short, inserted or deleted)
is always refused with a VaultError naming it, and the store and its older generations are left exactly
as they were. SAFETYAPP_FUZZ_EXAMPLES=N runs N examples instead of 120."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safetyapp.vault.backup import restore_backup
from safetyapp.vault.errors import VaultError
from tests.helpers.mutations import mutate, mutation
from tests.vault.conftest import Template


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@settings(
    max_examples=int(os.environ.get("SAFETYAPP_FUZZ_EXAMPLES", "120")),
    deadline=dt.timedelta(seconds=2),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(mutation, min_size=1, max_size=4))
def test_a_damaged_backup_is_refused_and_the_store_is_untouched(
    template: Template, store_path: Path, steps: list[tuple[str, int, int]]
) -> None:
    good = template.path.read_bytes()
    damaged = mutate(good, steps)
    before = snapshot(store_path.parent)
    with tempfile.TemporaryDirectory() as folder:
        backup = Path(folder) / "backup.scv"
        backup.write_bytes(damaged)
        try:
            restore_backup(store_path, backup)
        except VaultError as error:
            assert str(backup) in str(error)
            assert snapshot(store_path.parent) == before
            assert backup.read_bytes() == damaged
        else:
            assert damaged == good, "a changed backup was accepted"
