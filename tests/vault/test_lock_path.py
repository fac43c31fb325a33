"""A symbolic link planted at the store's lock path is refused, never followed (nothing is created
where it points)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from safetyapp.vault.errors import VaultLockFailed
from safetyapp.vault.files import lock_path
from safetyapp.vault.locking import InstanceLock


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX symbolic links")
def test_a_symlink_at_the_lock_path_is_not_followed(tmp_path: Path) -> None:
    store = tmp_path / "notes" / "store.scv"
    store.parent.mkdir()
    elsewhere = tmp_path / "created-elsewhere"
    lock_path(store).symlink_to(elsewhere)
    with pytest.raises(VaultLockFailed):
        InstanceLock.acquire(store)
    assert not elsewhere.exists()
