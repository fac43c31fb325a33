"""Saving and opening the notes store with 1,000 and 10,000 events, not counting the passphrase KDF.

    python bench/vault_bench.py [--runs 9] [--sizes 1000 10000]

The store is created once (one Argon2id derivation at the minimum cost), with a keyring slot. Then:
- save: `Vault.save(data)`: check, serialise, encrypt, write temp files, fsync, rotate generations,
  rename, fsync the folder;
- open: `Vault.open(path)` + `unlock_with_keyring_secret` (HKDF, no deliberate cost) + parsing all
  the data: what a reopen costs when no passphrase has to be typed.
Median of several runs, wall-clock and CPU time. Then the passphrase unlock at the cost this machine
calibrates to (`crypto.calibrate()`: about 1 s, 64 to 256 MiB): wall-clock time of a whole
`unlock_with_passphrase`, and the peak memory of a fresh process doing one unlock (its peak RSS, and
how much it rose during the unlock; Linux's VmHWM). Writes bench/results/vault.md.
Targets: under 50 ms at 1,000 events and under 300 ms at 10,000, for both.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from safetyapp.vault import crypto  # noqa: E402
from safetyapp.vault.records import Account, Case, Demand, Event, ReportMade, VaultData  # noqa: E402
from safetyapp.vault.store import Vault  # noqa: E402

TARGETS = {1000: 50.0, 10000: 300.0}
KINDS = ("first-contact", "asked-for-images", "threatened", "demanded-money", "paid", "blocked", "reported", "other")


def make_data(events: int, cases: int = 10) -> VaultData:
    """`events` events spread over `cases` cases, each with accounts, demands and reports, realistic text."""
    start = dt.datetime(2024, 5, 1, 18, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    data = VaultData()
    for c in range(cases):
        case = Case.new(f"Case {c}: Instagram account that messaged in May")
        case.notes = "Told my mum on Tuesday. School DSL knows. " * 3
        case.accounts = [
            Account("instagram", f"user_{c}_{i}", "Display Name", f"https://instagram.example/user_{c}_{i}", "note")
            for i in range(3)
        ]
        case.demands = [Demand("350", "GBP", "gift-card", "Steam cards, photos of the codes", "")]
        case.reports = [ReportMade("CEOP", dt.date(2024, 5, 5), f"REF-{c:05d}")]
        per_case = events // cases + (1 if c < events % cases else 0)
        case.events = [
            Event(
                start + dt.timedelta(minutes=7 * i),
                KINDS[i % len(KINDS)],
                f"Message {i}: said he would send the pictures to my friends unless I paid by tonight.",
            )
            for i in range(per_case)
        ]
        data.cases.append(case)
    return data


def measure(action: Callable[[], object], runs: int) -> tuple[list[float], list[float]]:
    wall, cpu = [], []
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - w0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return wall, cpu


def _reopen(path: Path, secret: bytes, cases: int) -> None:
    vault = Vault.open(path)
    vault.unlock_with_keyring_secret(secret)
    assert len(vault.data.cases) == cases
    vault.close()


_PEAK = """
import sys
from safetyapp.vault.store import Vault
def peak_kib():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
vault = Vault.open(sys.argv[1])
before = peak_kib()
vault.unlock_with_passphrase(sys.argv[2])
print(before, peak_kib())
"""


def kdf_lines(runs: int) -> list[str]:
    """Unlock time and memory at the calibrated Argon2id cost."""
    params = crypto.calibrate()
    passphrase = "benchmark passphrase"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "notes" / "store.scv"
        vault, _ = Vault.create(path, passphrase, kdf_params=params)
        vault.save(make_data(100))
        vault.lock()
        wall, _ = measure(partial(vault.unlock_with_passphrase, passphrase), runs)
        vault.close()
        out = subprocess.run(
            [sys.executable, "-c", _PEAK, str(path), passphrase],
            cwd=HERE.parent,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
    before, after = int(out[0]) / 1024, int(out[1]) / 1024  # VmHWM (peak resident memory), KiB
    return [
        "## Passphrase unlock at the calibrated cost",
        "",
        f"`crypto.calibrate()` chose Argon2id with {params.memory_kib // 1024} MiB, {params.passes} passes, "
        f"{params.lanes} lanes (this machine has {(crypto.physical_memory_kib() or 0) // 1024 // 1024} GiB).",
        "",
        "| what | median | min | max |",
        "|---|---|---|---|",
        f"| unlock with the passphrase (ms, {runs} runs) | {statistics.median(wall):.0f} | {min(wall):.0f} | "
        f"{max(wall):.0f} |",
        f"| peak memory of a process doing one unlock (MiB) | {after:.0f} | | |",
        f"| rise in peak memory during the unlock (MiB) | {after - before:.0f} | | |",
        "",
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--kdf-runs", type=int, default=5)
    args = parser.parse_args()

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "notes" / "store.scv"
        vault, _ = Vault.create(path, "benchmark passphrase", kdf_params=crypto.MINIMUM_PARAMS)
        secret = vault.enable_keyring_slot()
        for size in args.sizes:
            data = make_data(size)
            vault.save(data)  # warm up: the file cache, the generations exist from here on
            save_wall, save_cpu = measure(partial(vault.save, data), args.runs)
            file_size = path.stat().st_size
            vault.close()
            reopen = partial(_reopen, path, secret, len(data.cases))
            reopen()
            open_wall, open_cpu = measure(reopen, args.runs)
            vault = Vault.open(path)
            vault.unlock_with_keyring_secret(secret)
            for name, wall, cpu in (("save", save_wall, save_cpu), ("open", open_wall, open_cpu)):
                rows.append((size, name, wall, cpu, file_size))
        vault.close()

    lines = [
        "# Notes store: save and open, without the passphrase KDF",
        "",
        f"Measured {time.strftime('%Y-%m-%d')} on {platform.platform()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores; {args.runs} runs each. Events spread over 10 cases (3 accounts, a demand and "
        "a report each). Save includes fsync of two temp files and the folder; open is `Vault.open` plus a "
        "keyring-slot unlock (HKDF) plus parsing every record.",
        "",
        "| events | operation | median ms | min ms | max ms | median CPU ms | file size | target ms | |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for size, name, wall, cpu, file_size in rows:
        median = statistics.median(wall)
        target = TARGETS.get(size)
        verdict = "" if target is None else ("ok" if median < target else "**over**")
        lines.append(
            f"| {size:,} | {name} | {median:.1f} | {min(wall):.1f} | {max(wall):.1f} | "
            f"{statistics.median(cpu):.1f} | {file_size / 1024:.0f} KiB | {target or ''} | {verdict} |"
        )
    lines.append("")
    lines.extend(kdf_lines(args.kdf_runs))
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "vault.md").write_text("\n".join(lines))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
