"""A store written by an earlier version still opens, and its payload is written back byte for byte.

`data/store-schema-1.scv` was written by this app (format 1, data schema 1) from `sample_data()` with
the test passphrase, before records were encoded from their field descriptions. Any change to how
records are encoded that would change a byte of the payload fails here.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from safetyapp.vault import fileformat, keys
from safetyapp.vault.payload import decode_payload, encode_payload
from safetyapp.vault.records import VaultData
from safetyapp.vault.store import Vault
from tests.vault.conftest import PASSPHRASE, sample_data

WRITTEN_BEFORE = Path(__file__).parent / "data" / "store-schema-1.scv"


def _sample_with_ids_of(data: VaultData) -> VaultData:
    """sample_data() as it was written: the same, but for the random case ids."""
    sample = sample_data()
    for written, case in zip(data.cases, sample.cases, strict=True):
        case.id = written.id
    return sample


def test_a_store_written_before_opens_and_its_payload_round_trips_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "notes" / "store.scv"
    path.parent.mkdir(mode=0o700)
    shutil.copyfile(WRITTEN_BEFORE, path)
    path.chmod(0o600)
    store = fileformat.read(path)
    plaintext = fileformat.decrypt_payload(store, keys.unwrap_with_passphrase(store, PASSPHRASE))
    data = decode_payload(plaintext, path)
    expected = _sample_with_ids_of(data)
    assert data == expected
    assert encode_payload(data) == plaintext
    assert encode_payload(expected) == plaintext
    with Vault.open(path) as vault:
        vault.unlock_with_passphrase(PASSPHRASE)
        assert vault.data == expected
        vault.save(vault.data)
        vault.lock()
        vault.unlock_with_passphrase(PASSPHRASE)
        assert vault.data == expected
