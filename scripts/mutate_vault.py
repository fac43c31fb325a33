"""A small mutation run over safetyapp/vault: break the code on purpose, one mutant at a time, and check
that the tests notice.

    .venv/bin/python scripts/mutate_vault.py [--only NAME ...] [--list]

Each mutant is one exact text replacement in one module, chosen where a slip would weaken the store's
security (a nonce, a flag, a check, a key change). For each, the module is changed, the tests named
with it run (`pytest -x -q`, under scripts/with-keyring.sh), and the module is put back byte for byte,
whatever happens. A mutant is *killed* if those tests fail, *survived* if they pass. The score and the
survivors are printed; docs/security.md records the last run and why each survivor is harmless.

Why not a general tool over every line: on this project's machines a whole-suite run per mutant takes
minutes, so a general run over safetyapp/vault (hundreds of mutants) does not fit. These mutants are the
ones whose survival would matter.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAULT = ROOT / "safetyapp" / "vault"


@dataclass(frozen=True)
class Mutant:
    name: str
    module: str
    old: str
    new: str
    tests: tuple[str, ...]


KEYS = ("tests/vault/test_key_changes.py",)
HOSTILE = ("tests/vault/test_hostile_files.py",)
FORMAT = ("tests/vault/test_fileformat.py", "tests/vault/test_key_changes.py")

MUTANTS = [
    Mutant(
        "nonce counter per process",
        "crypto.py",
        "def new_nonce() -> bytes:\n    return os.urandom(NONCE_BYTES)",
        "_count = [0]\n\n\ndef new_nonce() -> bytes:\n    _count[0] += 1\n"
        "    return _count[0].to_bytes(NONCE_BYTES, 'big')",
        HOSTILE,
    ),
    Mutant(
        "temp file without O_EXCL",
        "files.py",
        "os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NO_FOLLOW",
        "os.O_WRONLY | os.O_CREAT | _NO_FOLLOW",
        HOSTILE,
    ),
    Mutant(
        "temp file without O_EXCL or O_NOFOLLOW",
        "files.py",
        "os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NO_FOLLOW",
        "os.O_WRONLY | os.O_CREAT",
        HOSTILE,
    ),
    Mutant(
        "lock file follows symlinks",
        "locking.py",
        '    | getattr(os, "O_NOFOLLOW", 0)\n',
        "",
        HOSTILE,
    ),
    Mutant(
        "blocking open of the store",
        "fileformat.py",
        '_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)',
        "_READ_FLAGS = os.O_RDONLY",
        ("tests/vault/test_hostile_files.py", "tests/ui/notes/test_unlock.py"),
    ),
    Mutant(
        "no regular-file check",
        "fileformat.py",
        "        if not stat.S_ISREG(info.st_mode):\n",
        "        if False:\n",
        HOSTILE,
    ),
    Mutant(
        "no size cap before reading",
        "fileformat.py",
        "        if info.st_size > limit:\n",
        "        if False:\n",
        HOSTILE,
    ),
    Mutant(
        "cost limit never refuses",
        "keys.py",
        "    if not crypto.affordable(slot.kdf):\n",
        "    if False:\n",
        HOSTILE,
    ),
    Mutant(
        "key change keeps the data key",
        "rotation.py",
        "    key = bytearray(crypto.new_data_key())\n    store_id = header.store_id",
        "    key = bytearray(header.store_id.encode())\n    store_id = header.store_id",
        KEYS,
    ),
    Mutant(
        "earlier copies kept after a key change",
        "keychange.py",
        "        if not added:\n            remove_earlier_copies(self._path)",
        "        pass",
        KEYS,
    ),
    Mutant(
        "auth key left out of the wrapping key",
        "keys.py",
        'return _hkdf(shared + bytes(auth), b"safetyapp-vault/2/wrap/"',
        'return _hkdf(shared, b"safetyapp-vault/2/wrap/"',
        KEYS,
    ),
    Mutant(
        "key block not checked against the slot",
        "keys.py",
        "    if auth is None or set(auth) != set(header.slot_kinds) or not hmac.compare_digest(auth[kind], "
        "identity.auth):",
        "    if auth is None:",
        KEYS,
    ),
    Mutant(
        "recipient not checked",
        "keys.py",
        "    if hmac.compare_digest(identity.recipient, slot.recipient):\n        shared",
        "    if True:\n        shared",
        FORMAT,
    ),
    Mutant(
        "duplicate header keys accepted",
        "fileformat.py",
        '        if key in result:\n            raise ValueError("duplicate key")',
        "        pass",
        FORMAT,
    ),
    Mutant(
        "wipe does not overwrite",
        "keys.py",
        "        buffer[:] = bytes(len(buffer))",
        "        pass",
        KEYS,
    ),
    Mutant(
        "lock does not wipe the data key",
        "store.py",
        "        keys.wipe(self._key)\n",
        "",
        ("tests/vault/test_store.py", "tests/vault/test_key_changes.py"),
    ),
    Mutant(
        "rollback never reported",
        "seen.py",
        "        if not expected and last and last != store_id:",
        "        if False:",
        ("tests/vault/test_rollback.py",),
    ),
    Mutant(
        "older store never reported",
        "seen.py",
        "        elif not expected and generation < newest:",
        "        elif False:",
        ("tests/vault/test_rollback.py",),
    ),
    Mutant(
        "saves do not continue after the newest seen",
        "store.py",
        "self._disk_generation or 0, self.generation_floor) + 1",
        "self._disk_generation or 0) + 1",
        ("tests/vault/test_rollback.py",),
    ),
    Mutant(
        "tighten_file follows symlinks",
        "files.py",
        "os.O_RDONLY | os.O_NONBLOCK | _NO_FOLLOW | os.O_CLOEXEC",
        "os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC",
        HOSTILE,
    ),
    Mutant(
        "a backup opened with its own secret is not verified",
        "backup.py",
        "        data = decode_payload(fileformat.decrypt_payload(store, bytes(key)), store.path)",
        "        data = VaultData()",
        ("tests/vault/test_restore_checks.py",),
    ),
    Mutant(
        "every backup counted as sharing the keys",
        "store.py",
        "            if keys.open_auth_keys(self._key, store.header.store_id, store.header.keys) is None:",
        "            if False:",
        ("tests/vault/test_restore_checks.py",),
    ),
    Mutant(
        "no copy from before the session",
        "store.py",
        "first_save=not self._saved_before",
        "first_save=False",
        ("tests/vault/test_retention.py",),
    ),
    Mutant(
        "no copy from before a restore",
        "store.py",
        "        if current is not None:  # kept until",
        "        if False:  # kept until",
        ("tests/vault/test_retention.py",),
    ),
    Mutant(
        "day copies never pruned",
        "files.py",
        "        for extra in day_copies(path)[MAX_DAY_COPIES:]:",
        "        for extra in day_copies(path)[:0]:",
        ("tests/vault/test_retention.py",),
    ),
    Mutant(
        "payload not bound to the header",
        "fileformat.py",
        "crypto.encrypt_with_nonce(data_key, header.payload_nonce, plaintext, prefix)",
        'crypto.encrypt_with_nonce(data_key, header.payload_nonce, plaintext, b"")',
        FORMAT,
    ),
]


def run(mutant: Mutant) -> bool:
    """True if the tests killed the mutant."""
    path = VAULT / mutant.module
    original = path.read_bytes()
    text = original.decode("utf-8")
    if text.count(mutant.old) != 1:
        raise SystemExit(f"{mutant.name}: the text to change is not in {mutant.module} exactly once")
    try:
        path.write_text(text.replace(mutant.old, mutant.new), encoding="utf-8")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        command = ["scripts/with-keyring.sh", sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider"]
        result = subprocess.run(
            [*command, *mutant.tests], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, check=False
        )
        return result.returncode != 0
    except subprocess.TimeoutExpired:
        return True  # a hang is noticed too
    finally:
        path.write_bytes(original)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    chosen = [m for m in MUTANTS if args.only is None or m.name in args.only]
    if args.list:
        print("\n".join(m.name for m in chosen))
        return 0
    survived = []
    for mutant in chosen:
        killed = run(mutant)
        print(f"{'killed  ' if killed else 'SURVIVED'}  {mutant.name}", flush=True)
        if not killed:
            survived.append(mutant.name)
    print(f"\n{len(chosen) - len(survived)} of {len(chosen)} killed")
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main())
