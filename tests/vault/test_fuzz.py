"""Property tests over the file parser: random and mutated files never crash it, never take long,
always give a VaultError, and never change anything on disk."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safetyapp.vault import crypto, fileformat
from safetyapp.vault.errors import VaultError
from safetyapp.vault.payload import decode_payload
from safetyapp.vault.store import Vault
from tests.helpers.mutations import mutate, mutation
from tests.vault.conftest import Template, build, split

FUZZ = settings(
    max_examples=150,
    deadline=dt.timedelta(milliseconds=300),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def original(template: Template) -> bytes:
    return template.path.read_bytes()


@pytest.fixture
def fast_fake_kdf(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Mutated headers may name any in-range Argon2id cost; what is tested here is the parser, so the
    passphrase path runs a stand-in that still insists on the range check."""

    def fake(passphrase: str, salt: bytes, params: crypto.KdfParams) -> bytes:
        params.check()
        return hashlib.sha256(crypto.normalise_passphrase(passphrase) + salt).digest()

    monkeypatch.setattr(crypto, "derive_passphrase_key", fake)
    yield


@pytest.fixture
def arena(tmp_path: Path) -> Path:
    folder = tmp_path / "fuzz"
    folder.mkdir(mode=0o700)
    return folder


def _try_everything(path: Path, template: Template) -> list[str]:
    """Open and try every way in; returns "ok" or the error code for each. Only VaultError may escape."""
    before = path.read_bytes()
    before_names = sorted(p.name for p in path.parent.iterdir())
    outcomes = []
    try:
        with Vault.open(path) as vault:
            for unlock in (
                lambda: vault.unlock_with_keyring_secret(template.keyring_secret),
                lambda: vault.unlock_with_recovery(template.recovery_code),
                lambda: vault.unlock_with_passphrase(template.passphrase),
            ):
                try:
                    unlock()
                    outcomes.append("ok")
                except VaultError as error:
                    outcomes.append(error.code)
                vault.lock()
    except VaultError as error:
        outcomes.append(error.code)
    assert path.read_bytes() == before, "the parser changed the file"
    after_names = sorted(p.name for p in path.parent.iterdir())
    assert [n for n in after_names if n not in before_names] in ([], [path.name + ".lock"])
    return outcomes


@FUZZ
@given(st.binary(max_size=2048))
def test_random_bytes_are_damage(data: bytes) -> None:
    with pytest.raises(VaultError):
        fileformat.parse(data)


@FUZZ
@given(version=st.integers(0, 0xFFFF), rest=st.binary(max_size=512))
def test_random_bytes_behind_the_magic_with_a_good_checksum(version: int, rest: bytes) -> None:
    body = fileformat.MAGIC + version.to_bytes(2, "big") + rest
    with pytest.raises(VaultError):
        fileformat.parse(body + hashlib.sha256(body).digest())


@FUZZ
@given(steps=st.lists(mutation, min_size=1, max_size=4), fix=st.booleans())
def test_mutated_files_give_a_vault_error_and_stay_as_they_are(
    original: bytes,
    template: Template,
    arena: Path,
    fast_fake_kdf: None,
    steps: list[tuple[str, int, int]],
    fix: bool,
) -> None:
    data = mutate(original, steps)
    if fix and len(data) > 32:
        # A forged checksum takes the mutation past the damage check, into the header and the slots.
        data = data[:-32] + hashlib.sha256(data[:-32]).digest()
    path = arena / "store.scv"
    path.write_bytes(data)
    outcomes = _try_everything(path, template)
    if data != original and not fix:
        assert outcomes in (["damaged"], ["too-new"]), outcomes
    if data != original:
        assert "ok" not in outcomes[:2], outcomes


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=16),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)
# Values that pass the header's type and range checks, so mutations also reach the slots and the AEAD.
plausible = st.one_of(
    st.sampled_from([0, 1, 2, 3, 4, 16, 20, 65536, 1048576, "argon2id", "hkdf-sha256", "aes-256-gcm"]),
    st.sampled_from(["passphrase", "recovery", "keyring", "2024-01-01T00:00:00Z", "0" * 32, "f" * 32]),
    st.integers(0, 2**20),
    st.binary(min_size=12, max_size=12).map(lambda b: base64.b64encode(b).decode()),
    st.binary(min_size=16, max_size=16).map(lambda b: base64.b64encode(b).decode()),
    st.binary(min_size=48, max_size=48).map(lambda b: base64.b64encode(b).decode()),
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _set(root: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    target = root
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return root


@FUZZ
@given(data=st.data(), replacement=plausible | json_values, version=st.sampled_from([2, 2, 2, 1, 3, 0]))
def test_structurally_mutated_headers_give_a_vault_error(
    original: bytes,
    template: Template,
    arena: Path,
    fast_fake_kdf: None,
    data: st.DataObject,
    replacement: Any,
    version: int,
) -> None:
    _, header, payload = split(original)
    where = data.draw(st.sampled_from(_paths(header)))
    mutated = _set(json.loads(json.dumps(header)), where, replacement)
    path = arena / "store.scv"
    path.write_bytes(build(mutated, payload, version=version))
    outcomes = _try_everything(path, template)
    if mutated != header or version != fileformat.FORMAT_VERSION:
        assert "ok" not in outcomes, outcomes


@FUZZ
@given(json_values)
def test_any_decrypted_json_is_data_or_a_vault_error(value: Any) -> None:
    with contextlib.suppress(VaultError):
        decode_payload(json.dumps(value).encode(), None)


@FUZZ
@given(st.binary(max_size=256))
def test_any_decrypted_bytes_are_data_or_a_vault_error(value: bytes) -> None:
    with contextlib.suppress(VaultError):
        decode_payload(value, None)


def test_the_fuzz_arena_is_private(arena: Path) -> None:
    if os.name == "posix":
        assert arena.stat().st_mode & 0o077 == 0
