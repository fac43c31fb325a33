"""Kill a process that is saving, at random moments, many times: the store always opens, to the last
or the previous saved state, never to garbage.

A child process opens the store and saves in a tight loop, each save numbering its state and
reporting it once `save()` has returned. The parent kills it with SIGKILL at a random moment, then
opens the store itself. If the child last reported state n, the store must hold n (the kill came
between saves, or before the switch) or n + 1 (after the switch, before the report). Every previous
generation must open too, and hold an earlier state. Rounds: 30 by default (quick enough for every
run), 500 with SAFETYAPP_LONG_TESTS=1, or SAFETYAPP_KILL_ROUNDS to choose; SAFETYAPP_KILL_SEED to
repeat a run.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from safetyapp.vault.files import KEEP_GENERATIONS, list_generations
from safetyapp.vault.records import Case, Event, VaultData
from safetyapp.vault.store import Vault
from tests.vault.conftest import FIXED_NOW, TEST_PARAMS

ROOT = Path(__file__).resolve().parents[2]
LONG = os.environ.get("SAFETYAPP_LONG_TESTS") == "1"
ROUNDS = int(os.environ.get("SAFETYAPP_KILL_ROUNDS", "500" if LONG else "30"))

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

CHILD = r"""
import sys
from safetyapp.vault.records import Event
from safetyapp.vault.store import Vault

path, secret = sys.argv[1], bytes.fromhex(sys.argv[2])
vault = Vault.open(path)
vault.unlock_with_keyring_secret(secret)
data = vault.data
state = int(data.cases[0].title)
print("ready", state, flush=True)
while True:
    state += 1
    data.cases[0].title = str(state)
    # Vary the size so the file grows and shrinks: the kill lands at different offsets of a write.
    data.cases[0].events[state % len(data.cases[0].events)].text = "x" * (state * 37 % 3000)
    vault.save(data)
    print(state, flush=True)
"""


def _state(vault: Vault) -> int:
    """The state number saved in the store; -1 for the empty store as first created."""
    cases = vault.data.cases
    return int(cases[0].title) if cases else -1


def test_sigkill_at_random_moments_during_saves_never_loses_the_store(tmp_path: Path) -> None:
    seed = int(os.environ.get("SAFETYAPP_KILL_SEED", str(random.randrange(2**32))))
    rng = random.Random(seed)
    path = tmp_path / "notes" / "store.scv"
    vault, _ = Vault.create(path, "kill test: seven quiet ladders", kdf_params=TEST_PARAMS)
    case = Case.new("0", now=FIXED_NOW)
    case.events = [Event(FIXED_NOW, "other", f"event {i}") for i in range(300)]
    vault.save(VaultData([case]))
    secret = vault.enable_keyring_slot()
    vault.close()

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    state = 0
    killed_after_saves = 0
    killed_mid_write = 0  # temp files left behind: the kill came between creating and renaming them
    for round_number in range(ROUNDS):
        where = f"seed {seed}, round {round_number}"
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), secret.hex()],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        ready = child.stdout.readline().split()
        assert ready == ["ready", str(state)], (where, ready, child.stderr.read() if child.stderr else "")
        time.sleep(rng.uniform(0.0, 0.12))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        reported = [int(line) for line in child.stdout.read().split()]
        child.stdout.close()
        if child.stderr:
            child.stderr.close()
        last = reported[-1] if reported else state
        killed_after_saves += bool(reported)
        killed_mid_write += any(".tmp-" in p.name for p in path.parent.iterdir())

        with Vault.open(path) as again:  # the lock died with the child
            again.unlock_with_keyring_secret(secret)
            now = _state(again)
            assert now in (last, last + 1), where
            previous = now
            for info in list_generations(path):
                assert info.status == "ok", (where, info)
                older = again.open_generation(info.number)
                assert older.is_unlocked, (where, info)
                assert _state(older) <= now, (where, info)  # never from the future
                if info.number <= KEEP_GENERATIONS:  # the previous generations: newest first
                    assert _state(older) <= previous, (where, info)
                    previous = _state(older)
            leftovers = [p.name for p in path.parent.iterdir() if ".tmp-" in p.name]
            assert leftovers == [], where  # removed when the store was opened
        state = now

    assert killed_after_saves >= ROUNDS // 2, f"seed {seed}: the kills mostly missed the saving loop"
    print(f"seed {seed}: {ROUNDS} kills, {killed_after_saves} after a save, {killed_mid_write} mid-write")
