"""A secret that is changed or removed opens nothing written afterwards (format 2 key rotation).

Each case keeps what an attacker would have kept: a copy of the store made before the change (an
earlier copy, a backup, a copied file) and the old secret. After the change that pair must neither
open the current store nor let anyone write notes into it that the new secret then opens.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from safetyapp.vault import crypto, fileformat, keys, recovery
from safetyapp.vault.errors import NoSuchSlot, VaultDamaged, VaultTampered, WrongSecret
from safetyapp.vault.files import list_generations
from safetyapp.vault.store import Vault
from tests.vault.conftest import PASSPHRASE, TEST_PARAMS, Template, build, split

WRITTEN_BEFORE = Path(__file__).parent / "data" / "store-schema-1.scv"


def _old_key_cannot_reach(store_path: Path, old_key: bytes, passphrase: str = PASSPHRASE) -> None:
    """The data key of a copy made before the change neither decrypts the current store nor forges
    notes into it: a payload sealed under the old key behind the current header is refused by
    whoever opens it with the current passphrase."""
    current = fileformat.read(store_path)
    with pytest.raises(VaultTampered):
        fileformat.decrypt_payload(current, old_key)
    forged, _ = fileformat.seal(current.header, old_key, b'{"schema": 1, "cases": []}')
    store = fileformat.parse(forged)
    new_key = keys.unwrap_with_passphrase(store, passphrase)
    assert new_key != old_key
    with pytest.raises(VaultTampered):
        fileformat.decrypt_payload(store, new_key)


def _keep_a_copy(store_path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "kept-by-someone.scv"
    shutil.copyfile(store_path, copy)
    return copy


def test_a_changed_passphrase_opens_nothing_written_afterwards(
    unlocked: Vault, store_path: Path, template: Template, tmp_path: Path
) -> None:
    assert list_generations(store_path)  # earlier copies under the old passphrase exist
    kept = _keep_a_copy(store_path, tmp_path)
    old_key = keys.unwrap_with_passphrase(fileformat.read(kept), PASSPHRASE)
    unlocked.change_passphrase("the new passphrase")
    assert list_generations(store_path) == []  # removed at that moment
    with pytest.raises(WrongSecret):
        keys.unwrap_with_passphrase(fileformat.read(store_path), PASSPHRASE)
    _old_key_cannot_reach(store_path, old_key, "the new passphrase")
    # The copy made before still opens with the passphrase of its time (a backup stays a backup).
    assert keys.unwrap_with_passphrase(fileformat.read(kept), PASSPHRASE) == old_key
    unlocked.close()
    with Vault.open(store_path) as again:
        again.unlock_with_passphrase("the new passphrase")
        assert again.data == template.data
        again.lock()
        again.unlock_with_recovery(template.recovery_code)  # the other slots keep working
        again.lock()
        again.unlock_with_keyring_secret(template.keyring_secret)


def test_a_new_recovery_code_makes_the_old_one_open_nothing(
    unlocked: Vault, store_path: Path, template: Template, tmp_path: Path
) -> None:
    kept = _keep_a_copy(store_path, tmp_path)
    old_key = keys.unwrap_with_passphrase(fileformat.read(kept), PASSPHRASE)
    code = unlocked.replace_recovery_code()
    assert list_generations(store_path) == []
    old_material = recovery.to_key_material(template.recovery_code)
    with pytest.raises(WrongSecret):
        keys.unwrap_with_secret(fileformat.read(store_path), "recovery", old_material)
    _old_key_cannot_reach(store_path, old_key)
    unlocked.close()
    with Vault.open(store_path) as again:
        again.unlock_with_recovery(code)
        assert again.data == template.data


def test_a_keyring_turned_off_leaves_a_secret_that_opens_nothing(
    unlocked: Vault, store_path: Path, template: Template, tmp_path: Path
) -> None:
    kept = _keep_a_copy(store_path, tmp_path)
    _, old_header, _ = split(kept.read_bytes())
    old_key = keys.unwrap_with_secret(fileformat.read(kept), "keyring", template.keyring_secret)
    unlocked.disable_keyring_slot()
    assert list_generations(store_path) == []
    with pytest.raises(NoSuchSlot):
        keys.unwrap_with_secret(fileformat.read(store_path), "keyring", template.keyring_secret)
    _old_key_cannot_reach(store_path, old_key)
    # Someone puts the old keyring slot back into the current header: it opens only the OLD key,
    # which does not open the current key block.
    _, header, payload = split(store_path.read_bytes())
    header["slots"].append(old_header["slots"][2])
    planted = fileformat.parse(build(header, payload, fileformat.FORMAT_VERSION))
    with pytest.raises(VaultTampered):
        keys.unwrap_with_secret(planted, "keyring", template.keyring_secret)


def test_a_replaced_keyring_secret_opens_nothing(unlocked: Vault, store_path: Path, template: Template) -> None:
    new_secret = unlocked.enable_keyring_slot()
    with pytest.raises(WrongSecret):
        keys.unwrap_with_secret(fileformat.read(store_path), "keyring", template.keyring_secret)
    assert keys.unwrap_with_secret(fileformat.read(store_path), "keyring", new_secret)


def test_forgot_passphrase_reset_makes_the_old_passphrase_open_nothing(
    opened: Vault, store_path: Path, template: Template
) -> None:
    opened.reset_passphrase_with_recovery(template.recovery_code, "the new passphrase")
    assert list_generations(store_path) == []
    with pytest.raises(WrongSecret):
        keys.unwrap_with_passphrase(fileformat.read(store_path), PASSPHRASE)


def test_adding_the_keyring_keeps_the_earlier_copies(make_vault: Callable[..., tuple[Vault, str]]) -> None:
    vault, _ = make_vault()
    vault.save(vault.data)
    vault.enable_keyring_slot()
    assert [g.number for g in list_generations(vault.path)] == [1, 2, 4]  # 4: from before the session
    view = vault.open_generation(1)
    assert view.is_unlocked  # a new way in changes nothing for the old ones: same data key


def test_a_slot_from_a_stranger_does_not_open_even_with_the_public_recipient(unlocked: Vault, store_path: Path) -> None:
    """Someone with only the file knows every slot's recipient; without the auth key (sealed under the
    data key) they cannot wrap a key of their own that a real secret then opens."""
    content = store_path.read_bytes()
    store = fileformat.parse(content)
    slot = store.header.slot("passphrase")
    assert slot is not None
    their_key = crypto.new_data_key()
    guessed_auth = bytes(32)
    forged_slot = keys.wrap_slot(store.header.store_id, slot, guessed_auth, their_key)
    _, header, payload = split(content)
    header["slots"][0] = forged_slot.to_dict()
    forged = fileformat.parse(build(header, payload, fileformat.FORMAT_VERSION))
    with pytest.raises(WrongSecret):
        keys.unwrap_with_passphrase(forged, PASSPHRASE)


def test_a_header_with_a_duplicate_key_is_damaged(template: Template) -> None:
    content = template.path.read_bytes()
    _, header, payload = split(content)
    text = json.dumps(header, sort_keys=True, separators=(",", ":"))
    doubled = text.replace('"generation":', '"generation":1,"generation":', 1)
    assert doubled != text
    body = build(header, payload, fileformat.FORMAT_VERSION)
    length = len(json.dumps(header, sort_keys=True, separators=(",", ":")).encode())
    bad = body[:10] + len(doubled).to_bytes(4, "big") + doubled.encode() + body[14 + length : -32]
    from tests.helpers.store_files import fix_checksum

    with pytest.raises(VaultDamaged) as caught:
        fileformat.parse(fix_checksum(bad + bytes(32)))
    assert caught.value.detail == "header-json"


# ---------------------------------------------------------------- a store made before format 2


@pytest.fixture
def old_store(tmp_path: Path) -> Path:
    path = tmp_path / "notes" / "store.scv"
    path.parent.mkdir(mode=0o700)
    shutil.copyfile(WRITTEN_BEFORE, path)
    path.chmod(0o600)
    return path


def test_a_format_1_store_gets_new_keys_and_a_new_code_at_its_first_change(old_store: Path) -> None:
    with Vault.open(old_store) as vault:
        vault.unlock_with_passphrase(PASSPHRASE)
        data = vault.data
        vault.save(data)  # an ordinary save keeps format 1
        assert fileformat.read(old_store).header.format_version == 1
        old_key = keys.unwrap_with_passphrase(fileformat.read(old_store), PASSPHRASE)
        vault.change_passphrase("the new passphrase", kdf_params=TEST_PARAMS)
        code = vault.replaced_recovery_code
        assert code is not None and recovery.is_valid(code)  # its old code could not be kept: show this one
    assert fileformat.read(old_store).header.format_version == 2
    assert list_generations(old_store) == []
    _old_key_cannot_reach(old_store, old_key, "the new passphrase")
    with Vault.open(old_store) as again:
        again.unlock_with_recovery(code)
        assert again.data == data
        again.lock()
        again.unlock_with_passphrase("the new passphrase")
        assert again.data == data


def test_a_format_1_store_keeps_its_passphrase_when_it_gets_a_new_code(old_store: Path) -> None:
    with Vault.open(old_store) as vault:
        vault.unlock_with_passphrase(PASSPHRASE)
        code = vault.replace_recovery_code()
        assert vault.replaced_recovery_code is None  # the code it asked for is the only new one
    with Vault.open(old_store) as again:
        again.unlock_with_passphrase(PASSPHRASE)
        again.lock()
        again.unlock_with_recovery(code)


def test_wipe_overwrites_a_key_in_place() -> None:
    key = bytearray(crypto.new_data_key())
    held = key  # another reference to the same buffer, as a caller would have
    keys.wipe(key)
    assert held == bytes(crypto.KEY_BYTES)


def test_a_key_block_that_does_not_match_the_slot_is_refused(store_path: Path, template: Template) -> None:
    """Only someone holding the data key could write such a file; refusing it means a later key change
    never wraps a new key with an auth key the secret would not give (which would lock the user out)."""
    store = fileformat.read(store_path)
    data_key = keys.unwrap_with_passphrase(store, PASSPHRASE)
    plaintext = fileformat.decrypt_payload(store, data_key)
    wrong = {kind: bytearray(32) for kind in store.header.slot_kinds}
    header = dataclasses.replace(store.header, keys=keys.seal_auth_keys(data_key, store.header.store_id, wrong))
    forged, _ = fileformat.seal(header, data_key, plaintext)
    with pytest.raises(VaultTampered):
        keys.unwrap_with_secret(fileformat.parse(forged), "keyring", template.keyring_secret)
