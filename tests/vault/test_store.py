"""The store as the app uses it: create, unlock every way, save, fail safely, never clash with itself."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import errno
import os
import shutil
import stat
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from safetyapp.vault import crypto, fileformat, recovery
from safetyapp.vault.errors import (
    ImageDataRefused,
    InvalidData,
    InvalidRecoveryCode,
    NoSuchSlot,
    VaultChanged,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultMissing,
    VaultReadOnly,
    VaultWriteError,
    WrongSecret,
)
from safetyapp.vault.files import FileOps, generation_path, list_generations, lock_path, session_copy_path
from safetyapp.vault.records import Case, Event, VaultData
from safetyapp.vault.store import Vault
from tests.helpers.leaks import encodings
from tests.helpers.store_files import FailingOps
from tests.vault.conftest import CANARIES, PASSPHRASE, TEST_PARAMS, Template

ROOT = Path(__file__).resolve().parents[2]
MakeVault = Callable[..., tuple[Vault, str]]


def _changed(data: VaultData, note: str = "changed") -> VaultData:
    new = copy.deepcopy(data)
    new.cases[0].notes = note
    new.cases[0].events.append(Event(dt.datetime(2024, 5, 6, 10, 0, tzinfo=dt.UTC), "reported", "told CEOP"))
    return new


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# ---------------------------------------------------------------- creating and every way in


def test_a_new_store_is_unlocked_empty_and_has_a_valid_recovery_code(make_vault: MakeVault) -> None:
    vault, code = make_vault()
    assert recovery.is_valid(code)
    assert vault.is_unlocked and vault.data == VaultData()
    assert vault.slot_kinds == ("passphrase", "recovery")
    assert vault.generation == 1
    assert code not in vault.path.read_bytes().decode("latin-1")


def test_round_trip_through_every_slot(store_path: Path, template: Template) -> None:
    unlocks: list[Callable[[Vault], None]] = [
        lambda v: v.unlock_with_passphrase(template.passphrase),
        lambda v: v.unlock_with_recovery(template.recovery_code),
        lambda v: v.unlock_with_recovery(template.recovery_code.lower().replace("-", " ")),
        lambda v: v.unlock_with_keyring_secret(template.keyring_secret),
    ]
    for unlock in unlocks:
        with Vault.open(store_path) as vault:
            assert not vault.is_unlocked
            with pytest.raises(VaultLocked):
                _ = vault.data
            assert vault.has_keyring_slot
            unlock(vault)
            assert vault.data == template.data
            assert vault.data.cases[0].accounts[0].username == CANARIES["username"]


def test_saved_data_comes_back_after_closing(unlocked: Vault, template: Template) -> None:
    new = _changed(unlocked.data, "second save")
    unlocked.save(new)
    unlocked.close()
    with Vault.open(unlocked.path) as again:
        again.unlock_with_passphrase(template.passphrase)
        assert again.data == new
        assert again.data.cases[0].events[-1].when.tzinfo is not None


@pytest.mark.parametrize(
    "passphrase",
    [
        "Zoë Ångström",
        "café crème brûlée",
        "پاس ورڈ محفوظ",  # Urdu
        "Źdźbło trawy 🐈‍⬛",
    ],
)
def test_unicode_passphrases_in_either_normal_form(make_vault: MakeVault, passphrase: str) -> None:
    nfc, nfd = unicodedata.normalize("NFC", passphrase), unicodedata.normalize("NFD", passphrase)
    vault, _ = make_vault(passphrase=nfc)
    vault.close()
    with Vault.open(vault.path) as again:
        again.unlock_with_passphrase(nfd)
        assert again.is_unlocked


def test_a_wrong_passphrase_changes_nothing(opened: Vault, template: Template) -> None:
    before = _files(opened.path.parent)
    with pytest.raises(WrongSecret) as caught:
        opened.unlock_with_passphrase(template.passphrase.upper())
    assert caught.value.code == "wrong-secret"
    assert template.passphrase.upper() not in str(caught.value)
    assert not opened.is_unlocked
    with pytest.raises(VaultLocked):
        _ = opened.data
    assert _files(opened.path.parent) == before
    opened.unlock_with_passphrase(template.passphrase)  # and the right one still works
    assert opened.is_unlocked


def test_a_mistyped_recovery_code_is_caught_before_any_cryptography(
    opened: Vault, template: Template, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_crypto(*_: object) -> bytes:
        raise AssertionError("cryptography ran for a code with a typo")

    monkeypatch.setattr(crypto, "derive_secret_key", no_crypto)
    plain = template.recovery_code.replace("-", "")
    typo = plain[:7] + ("X" if plain[7] != "X" else "Y") + plain[8:]
    with pytest.raises(InvalidRecoveryCode) as caught:
        opened.unlock_with_recovery(typo)
    assert caught.value.bad_groups == (1,)
    with pytest.raises(InvalidRecoveryCode):
        opened.reset_passphrase_with_recovery(typo, "a whole new sentence")


def test_a_valid_but_wrong_recovery_code_is_a_wrong_secret(opened: Vault) -> None:
    with pytest.raises(WrongSecret):
        opened.unlock_with_recovery(recovery.generate())


def test_keyring_unlock_without_a_keyring_slot(make_vault: MakeVault) -> None:
    vault, _ = make_vault()
    vault.lock()
    with pytest.raises(NoSuchSlot):
        vault.unlock_with_keyring_secret(bytes(32))


def test_lock_forgets_the_key_and_the_data(unlocked: Vault, template: Template) -> None:
    unlocked.lock()
    assert not unlocked.is_unlocked
    with pytest.raises(VaultLocked):
        _ = unlocked.data
    with pytest.raises(VaultLocked):
        unlocked.save(template.data)
    assert unlocked.slot_kinds == ("passphrase", "recovery", "keyring")  # the header stays readable
    assert unlocked._key is None and unlocked._data is None
    unlocked.unlock_with_keyring_secret(template.keyring_secret)
    assert unlocked.data == template.data


# ---------------------------------------------------------------- secrets: change, reset, keyring


def test_change_passphrase_keeps_the_data_and_the_other_slots(unlocked: Vault, template: Template) -> None:
    unlocked.change_passphrase("a whole new sentence")
    assert unlocked.header.slot("passphrase").kdf == TEST_PARAMS  # type: ignore[union-attr]
    unlocked.close()
    with Vault.open(unlocked.path) as vault:
        with pytest.raises(WrongSecret):
            vault.unlock_with_passphrase(template.passphrase)
        vault.unlock_with_passphrase("a whole new sentence")
        assert vault.data == template.data
        vault.lock()
        vault.unlock_with_recovery(template.recovery_code)
        vault.lock()
        vault.unlock_with_keyring_secret(template.keyring_secret)
        assert vault.data == template.data


def test_change_passphrase_refuses_weak_parameters_and_empty_passphrases(unlocked: Vault) -> None:
    with pytest.raises(crypto.KdfParamsOutOfRange):
        unlocked.change_passphrase("a whole new sentence", kdf_params=crypto.KdfParams(passes=1))
    with pytest.raises(ValueError):
        unlocked.change_passphrase("")


def test_change_passphrase_saves_what_is_on_disk_not_unsaved_edits(unlocked: Vault, template: Template) -> None:
    unlocked.data.cases[0].notes = "typed but not saved"
    unlocked.change_passphrase("another one for the drawer")
    assert unlocked.data == template.data


def test_forgot_passphrase_resets_it_with_the_recovery_code(opened: Vault, template: Template) -> None:
    assert not opened.is_unlocked
    opened.reset_passphrase_with_recovery(template.recovery_code.lower(), "remembered it now, at last")
    assert opened.is_unlocked and opened.data == template.data
    opened.close()
    with Vault.open(opened.path) as vault:
        vault.unlock_with_passphrase("remembered it now, at last")
        assert vault.data == template.data
        vault.lock()
        vault.unlock_with_recovery(template.recovery_code)  # the code keeps working


def test_a_new_recovery_code_replaces_the_old(unlocked: Vault, template: Template) -> None:
    code = unlocked.replace_recovery_code()
    assert code != template.recovery_code
    unlocked.lock()
    with pytest.raises(WrongSecret):
        unlocked.unlock_with_recovery(template.recovery_code)
    unlocked.unlock_with_recovery(code)
    assert unlocked.data == template.data


def test_keyring_slot_on_off_and_on_again(make_vault: MakeVault) -> None:
    vault, _ = make_vault()
    first = vault.enable_keyring_slot()
    assert len(first) == 32 and vault.has_keyring_slot
    vault.lock()
    vault.unlock_with_keyring_secret(first)
    vault.disable_keyring_slot()
    assert not vault.has_keyring_slot
    vault.lock()
    with pytest.raises(NoSuchSlot):
        vault.unlock_with_keyring_secret(first)
    vault.unlock_with_passphrase(PASSPHRASE)
    second = vault.enable_keyring_slot()
    assert second != first
    vault.lock()
    with pytest.raises(WrongSecret):
        vault.unlock_with_keyring_secret(first)
    vault.unlock_with_keyring_secret(second)
    generation = vault.generation
    vault.disable_keyring_slot()
    vault.disable_keyring_slot()  # nothing to do: no new generation
    assert vault.generation == generation + 1


# ---------------------------------------------------------------- generations


def test_each_save_is_a_new_generation_and_three_are_kept(unlocked: Vault) -> None:
    start = unlocked.generation
    saved = []
    for i in range(5):
        data = _changed(unlocked.data, f"save {i}")
        unlocked.save(data)
        saved.append(data)
        assert unlocked.generation == start + i + 1
    generations = unlocked.generations()
    # The last three saves; 4, from before this session; 6, the template's day (saved on an earlier day).
    assert [g.number for g in generations] == [1, 2, 3, 4, 6]
    assert [g.generation for g in generations] == [start + 4, start + 3, start + 2, start, start]
    assert all(g.status == "ok" for g in generations)
    view = unlocked.open_generation(1)
    assert view.read_only and view.is_unlocked  # same data key: opened with the key we hold
    assert view.data == saved[3]
    with pytest.raises(VaultReadOnly):
        view.save(view.data)
    assert not generation_path(unlocked.path, 4).exists()


def test_an_older_generation_can_be_opened_with_its_own_secret(opened: Vault, template: Template) -> None:
    view = opened.open_generation(2)
    assert not view.is_unlocked
    view.unlock_with_recovery(template.recovery_code)
    assert view.data == VaultData()  # generation 1 was the empty store as created


def test_a_damaged_store_can_be_brought_back_from_a_generation(store_path: Path, template: Template) -> None:
    broken = bytearray(store_path.read_bytes())
    broken[300] ^= 0xFF
    store_path.write_bytes(bytes(broken))
    with pytest.raises(VaultDamaged):
        Vault.open(store_path)
    generations = list_generations(store_path)
    assert [g.status for g in generations] == ["ok", "ok", "ok"]  # .1, .2, the session copy
    with Vault.open(store_path, generation=1) as vault:
        vault.unlock_with_passphrase(template.passphrase)
        assert vault.data == template.data
        vault.save(vault.data)
    assert generation_path(store_path, 1).read_bytes() == bytes(broken)  # the damaged file is kept too
    with Vault.open(store_path) as vault:
        assert vault.slot_kinds == ("passphrase", "recovery")  # generation 1 was saved before the keyring slot
        vault.unlock_with_passphrase(template.passphrase)
        assert vault.data == template.data


def test_stale_temp_files_from_a_crash_are_removed_on_open(store_path: Path) -> None:
    stale = store_path.with_name(f".{store_path.name}.tmp-0123456789abcdef")
    stale.write_bytes(b"half a file")
    unrelated = store_path.with_name("keep-me.txt")
    unrelated.write_text("mine")
    Vault.open(store_path).close()
    assert not stale.exists() and unrelated.exists()


# ---------------------------------------------------------------- two windows, one store


def test_a_second_open_in_the_same_process_is_refused(opened: Vault) -> None:
    with pytest.raises(VaultInUse) as caught:
        Vault.open(opened.path)
    assert caught.value.code == "in-use"
    opened.close()
    Vault.open(opened.path).close()


CHILD = """
import sys
from safetyapp.vault.errors import VaultError
from safetyapp.vault.store import Vault
try:
    vault = Vault.open(sys.argv[1])
except VaultError as error:
    print(error.code)
else:
    print("opened")
    vault.close()
"""


def _child_open(path: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=60, env=env, check=True
    )
    return result.stdout.strip()


def test_a_second_process_cannot_open_the_store(unlocked: Vault) -> None:
    before = _files(unlocked.path.parent)
    assert _child_open(unlocked.path) == "in-use"
    assert _files(unlocked.path.parent) == before
    unlocked.save(_changed(unlocked.data))  # and we can still save
    unlocked.close()
    assert _child_open(unlocked.path) == "opened"


def test_save_refuses_to_overwrite_a_newer_generation(unlocked: Vault, template: Template, tmp_path: Path) -> None:
    # Another copy of the store moves on by two saves (say, a sync tool or a second computer) and
    # its file lands over ours while we have it open.
    elsewhere = tmp_path / "elsewhere" / "store.scv"
    elsewhere.parent.mkdir()
    shutil.copyfile(unlocked.path, elsewhere)
    with Vault.open(elsewhere) as other:
        other.unlock_with_keyring_secret(template.keyring_secret)
        other.save(_changed(other.data, "from elsewhere 1"))
        other.save(_changed(other.data, "from elsewhere 2"))
        newer, newer_generation = elsewhere.read_bytes(), other.generation
    unlocked.path.write_bytes(newer)
    mine = _changed(unlocked.data, "mine")
    before = unlocked.data
    with pytest.raises(VaultChanged) as caught:
        unlocked.save(mine)
    assert caught.value.disk_generation == newer_generation
    assert unlocked.path.read_bytes() == newer
    assert unlocked.data == before and mine.cases[0].notes == "mine"


def test_save_refuses_when_the_file_was_replaced_by_an_older_one(unlocked: Vault) -> None:
    older = generation_path(unlocked.path, 1).read_bytes()
    unlocked.path.write_bytes(older)
    with pytest.raises(VaultChanged):
        unlocked.save(unlocked.data)
    assert unlocked.path.read_bytes() == older


# ---------------------------------------------------------------- failing saves


def _copy_store(store_path: Path, folder: Path) -> Path:
    folder.mkdir(mode=0o700)
    for source in store_path.parent.iterdir():
        shutil.copy2(source, folder / source.name)
    return folder / store_path.name


def test_a_failure_at_every_step_of_a_save_leaves_the_old_file_and_the_data(
    store_path: Path, template: Template, tmp_path: Path
) -> None:
    counting = FailingOps()
    counted = _copy_store(store_path, tmp_path / "count")
    with Vault.open(counted, io=counting) as vault:
        vault.unlock_with_keyring_secret(template.keyring_secret)
        vault.save(_changed(vault.data))
    steps = counting.calls
    assert steps[0] == "read" and steps[-2:] == ["replace->store.scv", "fsync_dir"]
    assert len(steps) >= 14, steps

    for at, step in enumerate(steps):
        path = _copy_store(store_path, tmp_path / f"step{at}")
        before = _files(path.parent)
        ops = FailingOps(fail_at=at)
        with Vault.open(path, io=ops) as vault:
            vault.unlock_with_keyring_secret(template.keyring_secret)
            old = vault.data
            old_dict = copy.deepcopy(old.to_dict())
            new = _changed(old, f"attempt at step {at}")
            new_dict = copy.deepcopy(new.to_dict())

            with pytest.raises(VaultError) as caught:
                vault.save(new)

            assert new.to_dict() == new_dict, step  # the caller's data is untouched
            leftovers = [p.name for p in path.parent.iterdir() if ".tmp-" in p.name]
            assert leftovers == [], step
            committed = isinstance(caught.value, VaultWriteError) and caught.value.committed
            if committed:
                assert at == len(steps) - 1, step  # only the last folder fsync comes after the switch
                assert vault.data == new
            else:
                assert path.read_bytes() == before[path.name], step
                assert vault.data == old and old.to_dict() == old_dict, step
                # Every state there was is still in some file (rotation may have been half done).
                assert {before[n] for n in before if n.startswith(path.name) and not n.endswith(".lock")} <= set(
                    _files(path.parent).values()
                ), step
            # The failure was a single step: trying again works, and what is on disk is the new data.
            vault.save(new)
        with Vault.open(path) as again:
            again.unlock_with_keyring_secret(template.keyring_secret)
            assert again.data == new, step


def open_with(store_path: Path, template: Template, io: FileOps) -> Vault:
    """The store opened and unlocked with file operations of the test's choosing."""
    vault = Vault.open(store_path, io=io)
    vault.unlock_with_keyring_secret(template.keyring_secret)
    return vault


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.ENOSPC, "disk-full"),
        (errno.EROFS, "read-only"),
        (errno.EACCES, "permission-denied"),
        (errno.EIO, "other"),
    ],
)
def test_a_failed_save_says_why(store_path: Path, template: Template, code: int, reason: str) -> None:
    before = store_path.read_bytes()
    ops = FailingOps(code=code)
    with open_with(store_path, template, ops) as vault:
        ops.fail_at = len(ops.calls) + 1  # the save's second step: creating the temp file
        with pytest.raises(VaultWriteError) as caught:
            vault.save(_changed(vault.data))
    assert caught.value.reason == reason and not caught.value.committed
    assert store_path.read_bytes() == before


class DiskFullMidWrite(FileOps):
    def write(self, fd: int, data: bytes) -> None:
        os.write(fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_disk_that_fills_up_half_way_leaves_no_half_file(store_path: Path, template: Template) -> None:
    with open_with(store_path, template, DiskFullMidWrite()) as vault:
        before = _files(store_path.parent)
        with pytest.raises(VaultWriteError) as caught:
            vault.save(_changed(vault.data))
    assert caught.value.reason == "disk-full"
    assert _files(store_path.parent) == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX and a non-root user")
def test_a_read_only_folder_fails_cleanly(unlocked: Vault) -> None:
    before = unlocked.path.read_bytes()
    os.chmod(unlocked.path.parent, 0o500)
    try:
        with pytest.raises(VaultWriteError) as caught:
            unlocked.save(_changed(unlocked.data))
        assert caught.value.reason == "permission-denied"
    finally:
        os.chmod(unlocked.path.parent, 0o700)
    assert unlocked.path.read_bytes() == before


def test_image_data_is_never_saved(unlocked: Vault) -> None:
    before = unlocked.path.read_bytes()
    data = _changed(unlocked.data)
    data.cases[0].accounts[0].notes = "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD"
    with pytest.raises(ImageDataRefused) as caught:
        unlocked.save(data)
    assert caught.value.detail == "cases[0].accounts[0].notes"
    assert unlocked.path.read_bytes() == before


def test_data_that_would_not_read_back_is_never_written(unlocked: Vault) -> None:
    before = _files(unlocked.path.parent)
    data = _changed(unlocked.data)
    data.cases[0].events[0].when = dt.datetime(2024, 5, 1, 12, 0)  # naive: a bug in the caller
    with pytest.raises(InvalidData) as caught:
        unlocked.save(data)
    assert caught.value.detail == "cases[0].events[0].when"
    data.cases[0].events[0].when = dt.datetime(9999, 12, 31, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    with pytest.raises(InvalidData) as caught:  # would overflow when moved to UTC
        unlocked.save(data)
    assert caught.value.detail == "unserialisable"
    assert _files(unlocked.path.parent) == before


def test_text_no_encoder_likes_is_still_saved(unlocked: Vault, template: Template) -> None:
    data = _changed(unlocked.data)
    data.cases[0].notes = "broken paste \ud83d end, nul \x00, bidi \u202e"
    unlocked.save(data)
    assert unlocked.reload() == data


# ---------------------------------------------------------------- privacy on disk


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_files_and_folder_are_for_this_user_only_whatever_the_umask(tmp_path: Path) -> None:
    old_umask = os.umask(0)
    try:
        path = tmp_path / "a" / "b" / "store.scv"
        vault, _ = Vault.create(path, PASSPHRASE, kdf_params=TEST_PARAMS)
        for i in range(4):
            vault.save(VaultData([Case.new(f"case {i}")]))
        vault.close()
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    names = [path, lock_path(path), session_copy_path(path)] + [generation_path(path, n) for n in (1, 2, 3)]
    for name in names:
        assert stat.S_IMODE(name.stat().st_mode) == 0o600, name
    assert sorted(p.name for p in path.parent.iterdir()) == sorted(n.name for n in names)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_store_someone_made_readable_is_made_private_again(store_path: Path) -> None:
    os.chmod(store_path, 0o644)
    with Vault.open(store_path) as vault:
        assert vault.permissions_fixed
        assert stat.S_IMODE(store_path.stat().st_mode) == 0o600
        assert vault.permission_problems() == []
    os.chmod(store_path.parent, 0o755)
    with Vault.open(store_path) as vault:
        assert vault.permission_problems() == [store_path.parent]


def test_no_file_holds_what_the_user_typed_in_any_encoding(unlocked: Vault, template: Template) -> None:
    unlocked.enable_keyring_slot()  # a new keyring secret: new keys, the earlier copies go
    for _ in range(3):
        unlocked.save(_changed(unlocked.data))
    files = _files(unlocked.path.parent)
    assert len(files) == 5  # store, .1, .2, .3, lock
    for name, content in files.items():
        for field, canary in CANARIES.items():
            for form in encodings(canary):
                assert form not in content, (name, field, form)
        for secret in (template.passphrase, template.recovery_code, template.recovery_code.replace("-", "")):
            for form in encodings(secret):
                assert form not in content, (name, "secret")
        for form in (template.keyring_secret, template.keyring_secret.hex().encode()):
            assert form not in content


# ---------------------------------------------------------------- odds and ends


def test_the_clock_is_injectable(store_path: Path, template: Template) -> None:
    moment = dt.datetime(2031, 2, 3, 4, 5, 6, tzinfo=dt.UTC)
    with Vault.open(store_path, now=lambda: moment) as vault:
        vault.unlock_with_keyring_secret(template.keyring_secret)
        vault.save(vault.data)
        assert vault.header.saved == moment
    assert fileformat.read(store_path).header.saved == moment
    assert list_generations(store_path)[0].saved == template_saved(template)


def template_saved(template: Template) -> dt.datetime:
    return fileformat.read(template.path).header.saved


def test_create_refuses_to_replace_anything(store_path: Path, tmp_path: Path) -> None:
    before = _files(store_path.parent)
    with pytest.raises(VaultExists):
        Vault.create(store_path, PASSPHRASE, kdf_params=TEST_PARAMS)
    store_path.unlink()
    with pytest.raises(VaultExists):  # the previous generations are still someone's notes
        Vault.create(store_path, PASSPHRASE, kdf_params=TEST_PARAMS)
    del before[store_path.name]
    assert {k: v for k, v in _files(store_path.parent).items() if not k.endswith(".lock")} == before
    with pytest.raises(ValueError):
        Vault.create(tmp_path / "new" / "store.scv", "", kdf_params=TEST_PARAMS)
    with pytest.raises(crypto.KdfParamsOutOfRange):
        Vault.create(tmp_path / "new" / "store.scv", PASSPHRASE, kdf_params=crypto.KdfParams(memory_kib=1024))
    assert not (tmp_path / "new" / "store.scv").exists()


def test_opening_where_there_is_no_store(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing):
        Vault.open(tmp_path / "no such folder" / "store.scv")
    with pytest.raises(VaultMissing):
        Vault.open(tmp_path / "store.scv")
    assert not (tmp_path / "no such folder").exists()


def test_a_closed_vault_cannot_save(unlocked: Vault) -> None:
    data = unlocked.data
    unlocked.close()
    with pytest.raises((VaultReadOnly, VaultLocked)):
        unlocked.save(data)


def test_reload_reads_the_file_again_with_the_key_held(unlocked: Vault, template: Template) -> None:
    unlocked.data.cases[0].title = "edited in memory"
    assert unlocked.reload() == template.data


def test_the_header_says_which_slots_exist_while_locked(opened: Vault) -> None:
    assert opened.slot_kinds == ("passphrase", "recovery", "keyring")
    assert dataclasses.is_dataclass(opened.header)
    assert opened.store_id == fileformat.read(opened.path).header.store_id


def test_data_is_a_copy_as_last_loaded_or_saved(unlocked: Vault, template: Template) -> None:
    handed_out = unlocked.data
    handed_out.cases[0].title = "changed but not saved"
    handed_out.cases[0].events.clear()
    assert unlocked.data == template.data
    unlocked.save(handed_out)
    handed_out.cases[0].title = "changed after saving"
    assert unlocked.data.cases[0].title == "changed but not saved"
    assert unlocked.reload() == unlocked.data
