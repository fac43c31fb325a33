"""The file on disk: damaged, wrong secret, tampered and too new are told apart, each with its own error."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from safetyapp.vault import crypto, fileformat, keys, recovery
from safetyapp.vault.errors import (
    NoSuchSlot,
    VaultDamaged,
    VaultError,
    VaultMissing,
    VaultTampered,
    VaultTooNew,
    WrongSecret,
)
from safetyapp.vault.records import SCHEMA_VERSION
from safetyapp.vault.store import Vault
from tests.helpers.store_files import fix_checksum
from tests.vault.conftest import CANARIES, TEST_PARAMS, Template, build, split


def _content(path: Path) -> bytes:
    return path.read_bytes()


def _data_key(template: Template) -> bytes:
    store = fileformat.read(template.path)
    return keys.unwrap_with_secret(store, "keyring", template.keyring_secret)


def test_the_layout_is_magic_version_header_payload_checksum(template: Template) -> None:
    content = _content(template.path)
    assert content.startswith(b"SCVAULT\x00\x00\x02")
    assert content[-32:] == hashlib.sha256(content[:-32]).digest()
    version, header, payload = split(content)
    assert version == 2
    assert header["format"] == 2
    assert header["generation"] == 3  # created, saved, keyring slot added
    assert header["cipher"] == "aes-256-gcm"
    assert [s["kind"] for s in header["slots"]] == ["passphrase", "recovery", "keyring"]
    assert header["slots"][0]["kdf"] == {"name": "argon2id", "memory_kib": 65536, "passes": 3, "lanes": 4}
    assert len(payload) > 16


def test_the_header_tells_what_it_can_without_a_secret(template: Template) -> None:
    store = fileformat.read(template.path)
    assert store.header.slot_kinds == ("passphrase", "recovery", "keyring")
    assert store.header.slot("passphrase") is not None
    assert store.header.slot("passphrase").kdf == TEST_PARAMS  # type: ignore[union-attr]
    assert len(store.header.store_id) == 32


def test_the_header_holds_nothing_the_user_typed(template: Template) -> None:
    _, header, _ = split(_content(template.path))
    text = json.dumps(header)
    for canary in CANARIES.values():
        assert canary not in text


# ---------------------------------------------------------------- the four kinds of failure


@pytest.mark.parametrize(
    ("damage", "detail"),
    [
        (lambda b: b"", "empty"),
        (lambda b: b[:5], "truncated"),
        (lambda b: b[: len(b) // 2], "truncated"),
        (lambda b: b[:-1], "truncated"),
        (lambda b: b + b"\n", "checksum"),
        (lambda b: b[:200] + bytes([b[200] ^ 0x01]) + b[201:], "checksum"),
        (lambda b: b[:-40] + bytes(8) + b[-32:], "checksum"),
        (lambda b: b"PK\x03\x04" + b[4:], "not-a-store"),
        (lambda b: b[:9] + b"\x07" + b[10:], "checksum"),  # a bit flip in the version is damage, not "too new"
        (lambda b: bytes(len(b)), "not-a-store"),
    ],
)
def test_damage_is_reported_as_damage(
    template: Template, tmp_path: Path, damage: Callable[[bytes], bytes], detail: str
) -> None:
    path = tmp_path / "store.scv"
    path.write_bytes(damage(_content(template.path)))
    with pytest.raises(VaultDamaged) as caught:
        fileformat.read(path)
    assert caught.value.detail == detail
    assert caught.value.path == path
    assert caught.value.code == "damaged"


def test_a_wrong_secret_is_not_damage(template: Template) -> None:
    store = fileformat.read(template.path)
    with pytest.raises(WrongSecret) as caught:
        keys.unwrap_with_passphrase(store, template.passphrase + " ")
    assert caught.value.code == "wrong-secret"
    with pytest.raises(WrongSecret):
        keys.unwrap_with_secret(store, "recovery", bytes(18))
    with pytest.raises(WrongSecret):
        keys.unwrap_with_secret(store, "keyring", bytes(32))


def test_changed_contents_with_a_fixed_checksum_are_tampering(template: Template) -> None:
    content = bytearray(_content(template.path))
    content[-40] ^= 0x20  # inside the payload ciphertext
    store = fileformat.parse(fix_checksum(bytes(content)))
    key = keys.unwrap_with_secret(store, "keyring", template.keyring_secret)
    with pytest.raises(VaultTampered) as caught:
        fileformat.decrypt_payload(store, key)
    assert caught.value.code == "tampered"


@pytest.mark.parametrize(
    "change",
    [
        lambda h: h.update(generation=h["generation"] + 100),
        lambda h: h.update(saved="2030-01-01T00:00:00Z"),
        lambda h: h.update(created="2000-01-01T00:00:00Z"),
        lambda h: h["slots"].pop(),  # someone removes the keyring slot... we open with recovery
    ],
)
def test_a_changed_header_is_tampering_because_it_is_bound_to_the_payload(
    template: Template, change: Callable[[dict[str, Any]], None]
) -> None:
    version, header, payload = split(_content(template.path))
    change(header)
    store = fileformat.parse(build(header, payload, version))
    with pytest.raises(VaultTampered):  # the key block (slots) or the payload (the rest) refuses
        key = keys.unwrap_with_secret(store, "recovery", recovery.to_key_material(template.recovery_code))
        fileformat.decrypt_payload(store, key)


def test_a_slot_moved_from_another_store_does_not_open(template: Template) -> None:
    version, header, payload = split(_content(template.path))
    header["store_id"] = "0" * 32
    store = fileformat.parse(build(header, payload, version))
    with pytest.raises(WrongSecret):
        keys.unwrap_with_secret(store, "keyring", template.keyring_secret)


def test_a_newer_format_is_too_new_not_damaged(template: Template, tmp_path: Path) -> None:
    _, header, payload = split(_content(template.path))
    header["format"] = fileformat.FORMAT_VERSION + 1
    path = tmp_path / "future.scv"
    path.write_bytes(build(header, payload, version=fileformat.FORMAT_VERSION + 1))
    with pytest.raises(VaultTooNew) as caught:
        fileformat.read(path)
    assert caught.value.version == fileformat.FORMAT_VERSION + 1 and caught.value.code == "too-new"
    # Even if the rest would not make sense to us: a future version may change everything after the version.
    path.write_bytes(fix_checksum(fileformat.MAGIC + b"\x00\x09" + b"anything at all" + bytes(40)))
    with pytest.raises(VaultTooNew):
        fileformat.read(path)


def test_newer_data_inside_a_current_file_is_too_new(template: Template, store_path: Path) -> None:
    key = _data_key(template)
    store = fileformat.read(store_path)
    future = json.dumps({"schema": SCHEMA_VERSION + 1, "cases": [], "tags": ["new"]}).encode()
    content, _ = fileformat.seal(store.header, key, future)
    store_path.write_bytes(content)
    vault = Vault.open(store_path)
    try:
        with pytest.raises(VaultTooNew):
            vault.unlock_with_keyring_secret(template.keyring_secret)
        assert not vault.is_unlocked
    finally:
        vault.close()


def test_well_encrypted_nonsense_is_damage(template: Template, store_path: Path) -> None:
    key = _data_key(template)
    store = fileformat.read(store_path)
    for payload in (b"not json", b'{"schema": 1}', b"[1,2]", "\udcff".encode("utf-8", "surrogatepass") * 2):
        content, _ = fileformat.seal(store.header, key, payload)
        store_path.write_bytes(content)
        with Vault.open(store_path) as vault, pytest.raises(VaultDamaged) as caught:
            vault.unlock_with_keyring_secret(template.keyring_secret)
        assert caught.value.detail is not None and caught.value.detail.startswith("payload")


def test_a_missing_file_is_missing(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing):
        fileformat.read(tmp_path / "nothing.scv")


def test_no_slot_of_that_kind(template: Template) -> None:
    version, header, payload = split(_content(template.path))
    header["slots"] = header["slots"][:2]
    store = fileformat.parse(build(header, payload, version))
    with pytest.raises(NoSuchSlot):
        keys.unwrap_with_secret(store, "keyring", template.keyring_secret)


# ---------------------------------------------------------------- strict header, range checks before use


def _slot(header: dict[str, Any]) -> dict[str, Any]:
    return header["slots"][0]


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        (lambda h: _slot(h)["kdf"].update(memory_kib=4 * 1024 * 1024), "kdf-params"),
        (lambda h: _slot(h)["kdf"].update(memory_kib=1024), "kdf-params"),
        (lambda h: _slot(h)["kdf"].update(passes=1), "kdf-params"),
        (lambda h: _slot(h)["kdf"].update(passes=10**12), "kdf-params"),
        (lambda h: _slot(h)["kdf"].update(lanes=0), "kdf-params"),
        (lambda h: _slot(h)["kdf"].update(lanes=64), "kdf-params"),
        (lambda h: _slot(h)["kdf"].update(passes="3"), "kdf-params"),
        (lambda h: _slot(h)["kdf"].update(passes=3.0), "kdf-params"),
        (lambda h: _slot(h)["kdf"].update(name="scrypt"), "kdf"),
        (lambda h: _slot(h)["kdf"].pop("lanes"), "kdf"),
        (lambda h: _slot(h).update(kind="fingerprint"), "slot-kind"),
        (lambda h: _slot(h).update(salt="AAAA"), "slot-salt"),
        (lambda h: _slot(h).update(salt="not base64!"), "slot-salt"),
        (lambda h: _slot(h).update(wrapped=base64.b64encode(bytes(47)).decode()), "slot-wrapped"),
        (lambda h: _slot(h).update(nonce=None), "slot-nonce"),
        (lambda h: h["slots"].append(h["slots"][0]), "slots"),
        (lambda h: h.update(slots=[]), "slots"),
        (lambda h: h.update(slots={}), "slots"),
        (lambda h: h.update(generation=-1), "generation"),
        (lambda h: h.update(generation=True), "generation"),
        (lambda h: h.update(generation=2**60), "generation"),
        (lambda h: h.update(store_id="../../etc"), "store-id"),
        (lambda h: h.update(cipher="rot13"), "cipher"),
        (lambda h: h.update(format=0), "header-version"),
        (lambda h: h.update(saved="yesterday"), "saved"),
        (lambda h: h.update(created="2024-13-01T00:00:00Z"), "created"),
        (lambda h: h.update(nonce=base64.b64encode(bytes(8)).decode()), "nonce"),
        (lambda h: h.update(extra="field"), "header"),
        (lambda h: h.pop("saved"), "header"),
    ],
)
def test_a_header_outside_what_we_write_is_damage_and_nothing_is_derived(
    template: Template, change: Callable[[dict[str, Any]], None], detail: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_kdf(*_: object) -> bytes:
        raise AssertionError("the KDF ran on a header that should have been refused")

    monkeypatch.setattr(crypto, "derive_passphrase_key", no_kdf)
    version, header, payload = split(_content(template.path))
    change(header)
    with pytest.raises(VaultDamaged) as caught:
        fileformat.parse(build(header, payload, version))
    assert caught.value.detail == detail


@pytest.mark.parametrize(
    "header_text",
    [
        b'{"format":1,"format":1}',
        b'{"generation": NaN}',
        b"[" * 5000 + b"]" * 5000,
        b"\xff\xfe{}",
        b"",
        b"null",
    ],
)
def test_header_json_is_read_strictly(template: Template, header_text: bytes) -> None:
    _, _, payload = split(_content(template.path))
    body = fileformat.MAGIC + b"\x00\x01" + len(header_text).to_bytes(4, "big") + header_text
    body += len(payload).to_bytes(8, "big") + payload
    with pytest.raises(VaultDamaged):
        fileformat.parse(body + hashlib.sha256(body).digest())


def test_length_fields_that_do_not_add_up_are_damage(template: Template) -> None:
    content = _content(template.path)
    header_length = int.from_bytes(content[10:14], "big")
    for new_length in (header_length + 1, header_length - 1, 2**31, 0):
        forged = content[:10] + new_length.to_bytes(4, "big") + content[14:]
        with pytest.raises(VaultDamaged):
            fileformat.parse(fix_checksum(forged))
    at = 14 + header_length
    payload_length = int.from_bytes(content[at : at + 8], "big")
    for new_payload_length in (payload_length + 1, 2**63, 3):
        forged = content[:at] + new_payload_length.to_bytes(8, "big") + content[at + 8 :]
        with pytest.raises(VaultDamaged):
            fileformat.parse(fix_checksum(forged))


def test_every_error_is_a_vault_error_with_a_code_and_the_path(template: Template, tmp_path: Path) -> None:
    path = tmp_path / "x.scv"
    path.write_bytes(b"rubbish")
    with pytest.raises(VaultError) as caught:
        fileformat.read(path)
    assert caught.value.code == "damaged" and caught.value.path == path
    assert str(path) in str(caught.value)


def test_sealing_always_uses_a_fresh_nonce(template: Template) -> None:
    key = _data_key(template)
    header = fileformat.read(template.path).header
    first, h1 = fileformat.seal(header, key, b"{}")
    second, h2 = fileformat.seal(header, key, b"{}")
    assert h1.payload_nonce != h2.payload_nonce != header.payload_nonce
    assert first != second
