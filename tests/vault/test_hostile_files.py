"""Files planted where the store looks (a FIFO, a symlink, a huge file, absurd cost parameters) are
refused at once: nothing hangs, nothing heavy runs before a secret, nothing is followed or overwritten.

Each open that could hang runs in a thread with a deadline, so a regression fails instead of hanging
the suite (the thread is left behind as a daemon).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from safetyapp.vault import crypto, fileformat, files
from safetyapp.vault.errors import VaultDamaged, VaultLockFailed, VaultTooCostly, VaultUnreadable
from safetyapp.vault.files import generation_path, list_generations, lock_path
from safetyapp.vault.store import Vault
from tests.helpers.store_files import fix_checksum
from tests.vault.conftest import PASSPHRASE, build, split

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs and O_NOFOLLOW are POSIX")


def _finishes(work: Callable[[], object], seconds: float = 10.0) -> object:
    """What `work` returned or raised, failing the test if it takes longer than `seconds`."""
    result: list[object] = []

    def run() -> None:
        try:
            result.append(work())
        except Exception as error:  # the outcome under test
            result.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "it hung"
    return result[0]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    notes = tmp_path / "notes"
    notes.mkdir(mode=0o700)
    return notes


def test_a_fifo_at_the_store_path_is_refused_at_once(folder: Path) -> None:
    os.mkfifo(folder / "store.scv")
    outcome = _finishes(lambda: Vault.open(folder / "store.scv"))
    assert isinstance(outcome, VaultUnreadable)


def test_a_fifo_as_an_earlier_copy_is_listed_as_unreadable(store_path: Path) -> None:
    generation_path(store_path, 2).unlink()
    os.mkfifo(generation_path(store_path, 2))
    found = _finishes(lambda: list_generations(store_path))
    assert isinstance(found, list)
    assert [g.status for g in found] == ["ok", "unreadable", "ok"]  # .1, .2, the session copy


def test_a_fifo_at_the_lock_path_is_refused(store_path: Path) -> None:
    os.mkfifo(lock_path(store_path))
    assert isinstance(_finishes(lambda: Vault.open(store_path)), VaultLockFailed)


def test_a_symlink_at_the_lock_path_is_not_followed(store_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "someone-elses-file"
    target.write_bytes(b"keep me")
    target.chmod(0o644)
    lock_path(store_path).symlink_to(target)
    with pytest.raises(VaultLockFailed):
        Vault.open(store_path)
    assert target.read_bytes() == b"keep me" and (target.stat().st_mode & 0o777) == 0o644
    dangling = tmp_path / "not-there-yet"
    lock_path(store_path).unlink()
    lock_path(store_path).symlink_to(dangling)
    with pytest.raises(VaultLockFailed):
        Vault.open(store_path)
    assert not dangling.exists()


def test_a_symlinked_store_file_is_not_made_private_through_the_link(store_path: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.scv"
    store_path.rename(elsewhere)
    elsewhere.chmod(0o644)
    store_path.symlink_to(elsewhere)
    assert not files.tighten_file(store_path)
    assert (elsewhere.stat().st_mode & 0o777) == 0o644


@pytest.fixture
def predictable_temp_names(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Temp names come from this list first: a test can plant something where the next one will be."""
    names = ["planted0", "planted1", "planted2", "planted3"]
    real = files.secrets.token_hex

    def token_hex(count: int) -> str:
        return names.pop(0) if names else real(count)

    monkeypatch.setattr(files.secrets, "token_hex", token_hex)
    yield names


def test_a_file_planted_at_the_temp_path_is_never_followed_or_overwritten(
    unlocked: Vault, store_path: Path, tmp_path: Path, predictable_temp_names: list[str]
) -> None:
    target = tmp_path / "victim"
    target.write_bytes(b"not yours")
    link = store_path.parent / ".store.scv.tmp-planted0"
    link.symlink_to(target)
    plain = store_path.parent / ".store.scv.tmp-planted1"
    plain.write_bytes(b"planted")
    unlocked.save(unlocked.data)
    assert target.read_bytes() == b"not yours"
    assert link.is_symlink() and plain.read_bytes() == b"planted"
    assert "planted0" not in predictable_temp_names  # the planted names were tried, and skipped
    unlocked.lock()
    unlocked.unlock_with_passphrase(PASSPHRASE)  # the save went to fresh names and is whole


def test_a_huge_file_is_refused_before_it_is_read(folder: Path) -> None:
    huge = folder / "store.scv"
    with open(huge, "wb") as handle:
        handle.truncate(fileformat.MAX_FILE_BYTES + 1)  # sparse: costs no disk
    outcome = _finishes(lambda: Vault.open(huge), 5.0)
    assert isinstance(outcome, VaultDamaged) and outcome.detail == "too-large"


def test_absurd_but_in_range_cost_parameters_are_refused_before_any_work(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, header, payload = split(store_path.read_bytes())
    header["slots"][0]["kdf"].update(memory_kib=crypto.MAX_MEMORY_KIB, passes=crypto.MAX_PASSES)
    store_path.write_bytes(fix_checksum(build(header, payload, fileformat.FORMAT_VERSION)))
    stretched: list[crypto.KdfParams] = []

    def spy(passphrase: str, salt: bytes, params: crypto.KdfParams) -> bytes:
        stretched.append(params)
        return bytes(32)

    monkeypatch.setattr(crypto, "derive_passphrase_key", spy)
    monkeypatch.setattr(crypto, "_seconds_at_minimum", lambda: 0.2)
    monkeypatch.setattr(crypto, "memory_for_this_machine", lambda: 256 * 1024)
    with Vault.open(store_path) as vault, pytest.raises(VaultTooCostly):
        vault.unlock_with_passphrase(PASSPHRASE)
    assert stretched == []


def test_what_this_machine_calibrates_to_is_affordable_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "_seconds_at_minimum", lambda: 0.25)
    memory = crypto.memory_for_this_machine()
    assert 64 * 1024 <= memory <= 256 * 1024 and memory % 1024 == 0

    def measure(params: crypto.KdfParams) -> float:
        return 0.25 * params.memory_kib * params.passes / (64 * 1024 * 3)

    params = crypto.calibrate(measure=measure)
    assert params.memory_kib == memory and 0.8 <= measure(params) <= 1.25
    assert crypto.affordable(params)
    assert not crypto.affordable(crypto.KdfParams(memory, min(crypto.MAX_PASSES, params.passes * 3), 4))


# ---------------------------------------------------------------- nonces across processes

_NONCES = """
import sys
from safetyapp.vault import crypto, fileformat
from safetyapp.vault.fileformat import Header
import datetime as dt
now = dt.datetime.now(dt.UTC)
header = Header(2, "0" * 32, 1, now, now, b"", (), bytes(60))
for _ in range(200):
    print(crypto.new_nonce().hex())
    print(crypto.encrypt(bytes(32), b"x", b"")[0].hex())
    print(fileformat.seal(header, bytes(32), b"{}")[1].payload_nonce.hex())
"""


def test_nonces_are_distinct_across_many_processes(tmp_path: Path) -> None:
    """A nonce counter kept per process would start again at every launch: many launches must never
    give the same nonce twice, whichever way a nonce is made."""
    root = Path(__file__).resolve().parents[2]
    runs = [
        subprocess.Popen([sys.executable, "-c", _NONCES], cwd=root, stdout=subprocess.PIPE, text=True)
        for _ in range(12)
    ]
    seen: list[str] = []
    for run in runs:
        out, _ = run.communicate(timeout=120)
        assert run.returncode == 0
        seen.extend(out.split())
    assert len(seen) == 12 * 600
    assert len(set(seen)) == len(seen)
