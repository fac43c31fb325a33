"""Property test over checking a backup before a restore: a damaged backup (bytes flipped, cut short,
inserted or deleted) is always refused with a VaultError naming it (or, if the notes' keys no longer
open it, left for its own secret), and the store and its older generations are left exactly as they
were. SAFETYAPP_FUZZ_EXAMPLES=N runs N examples instead of 120."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safetyapp.vault.backup import check_with_keys, read_backup
from safetyapp.vault.errors import VaultError
from safetyapp.vault.store import Vault
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
    template: Template, unlocked: Vault, steps: list[tuple[str, int, int]]
) -> None:
    good = template.path.read_bytes()
    damaged = mutate(good, steps)
    before = snapshot(unlocked.path.parent)
    with tempfile.TemporaryDirectory() as folder:
        backup = Path(folder) / "backup.scv"
        backup.write_bytes(damaged)
        try:
            checked = check_with_keys(unlocked, read_backup(backup))
        except VaultError as error:
            assert str(backup) in str(error)
            assert snapshot(unlocked.path.parent) == before
            assert backup.read_bytes() == damaged
        else:
            assert checked is None or damaged == good, "a changed backup was accepted"
            assert snapshot(unlocked.path.parent) == before
