"""Fixtures for the notes store tests.

Argon2id at its minimum allowed cost (64 MiB, 3 passes) still takes a noticeable fraction of a second,
so: one template store is made per session and copied for each test, and passphrase derivations are
memoised for the session (the real function runs on every cache miss, so wrong passphrases and new
salts are still derived for real). `REAL_DERIVE` is the unwrapped function for the crypto tests.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from safetyapp.vault import crypto, fileformat
from safetyapp.vault.records import Account, Case, Demand, Event, ReportMade, VaultData
from safetyapp.vault.store import Vault

TEST_PARAMS = crypto.KdfParams(memory_kib=64 * 1024, passes=3, lanes=4)
PASSPHRASE = "Zoë's blue bicycle ☂ 2024"
REAL_DERIVE = crypto.derive_passphrase_key
FIXED_NOW = dt.datetime(2024, 6, 1, 9, 30, tzinfo=dt.UTC)

# Distinctive values that must never appear, in any encoding, in any file the store writes.
CANARIES = {
    "username": "shadowfox_9914x",
    "display_name": "Ellie ✿ Harper",
    "profile_link": "https://snapchat.example/add/shadowfox_9914x",
    "account_notes": "met on the bus-stop group chat",
    "event_text": "said he would send the photos to my whole school",
    "payment_details": "bc1qcanarywallet7h3kz5q0x9",
    "amount": "350.75",
    "reference": "CEOP-REF-55123",
    "case_notes": "Mum knows. Told Mr Okafor on Tuesday.",
    "title": "Instagram man in May",
}

_derived: dict[tuple[bytes, bytes, crypto.KdfParams], bytes] = {}


def _cached_derive(passphrase: str, salt: bytes, params: crypto.KdfParams) -> bytes:
    key = (crypto.normalise_passphrase(passphrase), salt, params)
    if key not in _derived:
        _derived[key] = REAL_DERIVE(passphrase, salt, params)
    return _derived[key]


@pytest.fixture(scope="session", autouse=True)
def _memoised_kdf() -> Iterator[None]:
    patch = pytest.MonkeyPatch()
    patch.setattr(crypto, "derive_passphrase_key", _cached_derive)
    yield
    patch.undo()


def sample_data(now: dt.datetime = FIXED_NOW) -> VaultData:
    """A realistic case with every kind of record, holding the canary values."""
    c = CANARIES
    london = dt.timezone(dt.timedelta(hours=1))
    case = Case.new(c["title"], now=now)
    case.notes = c["case_notes"]
    case.accounts = [
        Account("instagram", c["username"], c["display_name"], c["profile_link"], c["account_notes"]),
        Account("snapchat", "second.account", "", "", ""),
    ]
    case.events = [
        Event(dt.datetime(2024, 5, 3, 21, 14, tzinfo=london), "first-contact", "added me"),
        Event(dt.datetime(2024, 5, 4, 7, 2, tzinfo=london), "threatened", c["event_text"]),
        Event(dt.datetime(2024, 5, 4, 7, 30, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=45))), "other", ""),
        Event(dt.datetime(2024, 5, 4, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5))), "blocked", "blocked him"),
    ]
    case.demands = [Demand(c["amount"], "GBP", "cryptocurrency", c["payment_details"], "")]
    case.reports = [ReportMade("CEOP", dt.date(2024, 5, 5), c["reference"])]
    return VaultData([case, Case.new("", now=now)])


@dataclass(frozen=True)
class Template:
    path: Path
    passphrase: str
    recovery_code: str
    keyring_secret: bytes
    data: VaultData


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """A store with all three slots, two saves of the sample data behind it (generations .1 and .2)."""
    path = tmp_path_factory.mktemp("template") / "notes" / "store.scv"
    vault, code = Vault.create(path, PASSPHRASE, kdf_params=TEST_PARAMS, now=lambda: FIXED_NOW)
    data = sample_data()
    vault.save(data)
    secret = vault.enable_keyring_slot()
    vault.close()
    return Template(path=path, passphrase=PASSPHRASE, recovery_code=code, keyring_secret=secret, data=data)


@pytest.fixture
def store_path(template: Template, tmp_path: Path) -> Path:
    """A private copy of the template store (current file and its generations) in a 0700 folder."""
    folder = tmp_path / "notes"
    folder.mkdir(mode=0o700)
    for source in template.path.parent.iterdir():
        if source.name.startswith(template.path.name) and not source.name.endswith(".lock"):
            shutil.copyfile(source, folder / source.name)
            os.chmod(folder / source.name, 0o600)
    return folder / template.path.name


@pytest.fixture
def opened(store_path: Path) -> Iterator[Vault]:
    vault = Vault.open(store_path)
    yield vault
    vault.close()


@pytest.fixture
def unlocked(opened: Vault, template: Template) -> Vault:
    opened.unlock_with_keyring_secret(template.keyring_secret)
    return opened


@pytest.fixture
def make_vault(tmp_path: Path) -> Iterator[Callable[..., tuple[Vault, str]]]:
    """Create a fresh store (one real Argon2id derivation) in this test's folder."""
    made: list[Vault] = []

    def make(name: str = "store.scv", passphrase: str = PASSPHRASE, **kwargs: Any) -> tuple[Vault, str]:
        kwargs.setdefault("kdf_params", TEST_PARAMS)
        vault, code = Vault.create(tmp_path / "fresh" / name, passphrase, **kwargs)
        made.append(vault)
        return vault, code

    yield make
    for vault in made:
        vault.close()


# ---------------------------------------------------------------- helpers for building odd files


def split(content: bytes) -> tuple[int, dict[str, Any], bytes]:
    """(version, header dict, payload ciphertext) of a store file."""
    _, version, length = struct.unpack_from(">8sHI", content)
    header = fileformat.strict_json(content[14 : 14 + length])
    payload = content[14 + length + 8 : -32]
    return version, header, payload


def build(header: dict[str, Any], payload: bytes, version: int = 1, magic: bytes = fileformat.MAGIC) -> bytes:
    """A store file with this header and payload and a *correct* checksum: what an attacker (or a
    careful bit of damage) could produce. The payload is not re-encrypted."""
    text = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    body = magic + struct.pack(">HI", version, len(text)) + text + struct.pack(">Q", len(payload)) + payload
    return body + hashlib.sha256(body).digest()
