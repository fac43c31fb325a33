"""Key derivation, calibration and AEAD: the parameters that keep a stolen store file closed."""

from __future__ import annotations

import time
import unicodedata

import pytest

from safetyapp.vault import crypto
from safetyapp.vault.crypto import KdfParams, KdfParamsOutOfRange, calibrate
from tests.vault.conftest import REAL_DERIVE, TEST_PARAMS

SALT = bytes(range(16))


def test_the_minimum_is_64_mib_and_3_passes() -> None:
    assert KdfParams(64 * 1024, 3, 4) == crypto.MINIMUM_PARAMS
    assert TEST_PARAMS.in_range()


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(memory_kib=64 * 1024 - 1),
        KdfParams(memory_kib=1024 * 1024 + 1),
        KdfParams(memory_kib=2**40),
        KdfParams(passes=2),
        KdfParams(passes=21),
        KdfParams(passes=10**9),
        KdfParams(lanes=0),
        KdfParams(lanes=17),
        KdfParams(passes=True),
        KdfParams(memory_kib=65536.0),  # type: ignore[arg-type]
    ],
)
def test_parameters_out_of_range_are_refused_before_any_work(
    params: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_argon2(**_: object) -> None:
        raise AssertionError("Argon2id was set up with parameters out of range")

    monkeypatch.setattr(crypto, "Argon2id", no_argon2)
    assert not params.in_range()
    with pytest.raises(KdfParamsOutOfRange):
        REAL_DERIVE("anything", SALT, params)


def test_composed_and_decomposed_accents_give_the_same_key_and_another_salt_does_not() -> None:
    nfc = unicodedata.normalize("NFC", "Zoë Ångström ☂")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    key = REAL_DERIVE(nfc, SALT, TEST_PARAMS)
    assert len(key) == 32
    assert REAL_DERIVE(nfd, SALT, TEST_PARAMS) == key
    assert REAL_DERIVE(nfc, bytes(16), TEST_PARAMS) != key


def test_secret_slot_keys_depend_on_secret_salt_and_purpose() -> None:
    key = crypto.derive_secret_key(b"s" * 18, SALT, b"recovery")
    assert len(key) == 32
    assert crypto.derive_secret_key(b"s" * 18, SALT, b"keyring") != key
    assert crypto.derive_secret_key(b"t" * 18, SALT, b"recovery") != key
    with pytest.raises(ValueError):
        crypto.derive_secret_key(b"s", b"short", b"recovery")


def test_every_encryption_uses_a_fresh_nonce() -> None:
    key = crypto.new_data_key()
    nonces = set()
    ciphertexts = set()
    for _ in range(50):
        nonce, ct = crypto.encrypt(key, b"same plaintext", b"ad")
        nonces.add(nonce)
        ciphertexts.add(ct)
    assert len(nonces) == 50 and len(ciphertexts) == 50


def test_decryption_fails_closed_on_any_change() -> None:
    key = crypto.new_data_key()
    nonce, ct = crypto.encrypt(key, b"notes", b"header")
    assert crypto.decrypt(key, nonce, ct, b"header") == b"notes"
    assert crypto.decrypt(crypto.new_data_key(), nonce, ct, b"header") is None
    assert crypto.decrypt(key, nonce, ct, b"Header") is None
    assert crypto.decrypt(key, bytes(12), ct, b"header") is None
    assert crypto.decrypt(key, nonce, bytes([ct[0] ^ 1]) + ct[1:], b"header") is None
    assert crypto.decrypt(key, nonce, ct[:-1], b"header") is None
    assert crypto.decrypt(key, nonce[:-1], ct, b"header") is None
    assert crypto.decrypt(key[:16], nonce, ct, b"header") is None


def test_a_wrapped_key_opens_only_with_its_slot_key_and_binding() -> None:
    slot_key, data_key = crypto.new_data_key(), crypto.new_data_key()
    nonce, wrapped = crypto.wrap_key(slot_key, data_key, b"slot")
    assert len(wrapped) == 48
    assert crypto.unwrap_key(slot_key, nonce, wrapped, b"slot") == data_key
    assert crypto.unwrap_key(crypto.new_data_key(), nonce, wrapped, b"slot") is None
    assert crypto.unwrap_key(slot_key, nonce, wrapped, b"other slot") is None
    with pytest.raises(ValueError):
        crypto.wrap_key(slot_key, b"short", b"slot")


# ---------------------------------------------------------------- calibration


def _machine(seconds_per_pass_per_gib: float) -> tuple[list[KdfParams], object]:
    tried: list[KdfParams] = []

    def measure(params: KdfParams) -> float:
        tried.append(params)
        return seconds_per_pass_per_gib * params.passes * params.memory_kib / (1024 * 1024)

    return tried, measure


def test_calibration_raises_passes_to_reach_the_target() -> None:
    # About 0.17 s for 3 passes at 64 MiB, as measured on the development machine.
    tried, measure = _machine(0.17 / 3 * 16)
    params = calibrate(0.5, memory_kib=64 * 1024, measure=measure)  # type: ignore[arg-type]
    assert params.memory_kib == 64 * 1024
    assert params.passes == 9
    assert 0.4 <= measure(params) <= 0.625  # type: ignore[operator]
    assert len(tried) <= 3


def test_a_slow_machine_still_gets_the_minimum() -> None:
    _, measure = _machine(40.0)
    assert calibrate(0.5, memory_kib=64 * 1024, measure=measure) == crypto.MINIMUM_PARAMS  # type: ignore[arg-type]


def test_a_very_fast_machine_gets_more_memory_within_the_cap() -> None:
    _, measure = _machine(0.01)
    params = calibrate(0.5, memory_kib=64 * 1024, measure=measure)  # type: ignore[arg-type]
    assert params.passes == crypto.MAX_PASSES
    # Memory rises at most to twice where it started, so the store stays affordable on this machine.
    assert crypto.MIN_MEMORY_KIB < params.memory_kib <= 2 * crypto.MIN_MEMORY_KIB
    assert params.in_range()
    _, instant = _machine(1e-9)
    fastest = calibrate(0.5, memory_kib=64 * 1024, measure=instant)  # type: ignore[arg-type]
    assert fastest == KdfParams(2 * crypto.MIN_MEMORY_KIB, crypto.MAX_PASSES, 4)


def _real_time(params: KdfParams) -> float:
    start = time.perf_counter()
    REAL_DERIVE("calibration", SALT, params)
    return time.perf_counter() - start


def test_calibration_on_this_machine_lands_near_the_target() -> None:
    target = 0.3
    params = calibrate(target, memory_kib=64 * 1024, measure=_real_time)
    assert params.in_range()
    took = _real_time(params)
    assert took < target * 5  # generous: other work on the machine slows it down
    if params != crypto.MINIMUM_PARAMS:
        assert took > target / 3


def test_a_slow_machine_gets_less_memory_rather_than_a_long_wait() -> None:
    _, measure = _machine(4.0)  # 3 passes at 256 MiB would take 3 s
    params = calibrate(1.0, memory_kib=256 * 1024, measure=measure)  # type: ignore[arg-type]
    assert params.passes == crypto.MIN_PASSES
    assert crypto.MIN_MEMORY_KIB <= params.memory_kib < 256 * 1024
    assert measure(params) <= 1.25  # type: ignore[operator]
