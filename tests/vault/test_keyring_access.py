"""KeyringAccess against injected backends: each kind of unusable keyring gives its own code, nothing is
ever stored in one, and a working backend round-trips secrets. The real Secret Service is in
test_keyring_real.py.

Every backend defined here sets `viable = False`, so keyring's own backend discovery (which registers
every KeyringBackend subclass) can never pick one of them for another test.
"""

from __future__ import annotations

import base64
import logging
import secrets
from collections.abc import Iterator

import keyring
import keyring.core
import pytest
import secretstorage.exceptions
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import InitError, KeyringLocked, NoKeyringError, PasswordSetError

from safetyapp.vault.errors import VaultError
from safetyapp.vault.keyring_access import (
    PROBE_USERNAME,
    SERVICE,
    KeyringAccess,
    KeyringStatus,
    KeyringUnavailable,
    backend_name,
)
from tests.helpers.keyring import MemoryKeyring

STORE_ID = "0123456789abcdef0123456789abcdef"
SECRET = bytes(range(32))


class RaisingKeyring(MemoryKeyring):
    """Raises `error` on every operation (and records any set, which must never come)."""

    error: Exception = RuntimeError("set error in a subclass")

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        self.sets.append((service, username))
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


class NoKeyringKeyring(RaisingKeyring):
    error = NoKeyringError("No recommended backend was available.")


class LockedKeyring(RaisingKeyring):
    error = KeyringLocked("Failed to unlock the collection!")


class InitErrorKeyring(RaisingKeyring):
    error = InitError("Failed to create the collection.")


class DBusErrorKeyring(RaisingKeyring):
    error = secretstorage.exceptions.SecretServiceNotAvailableException("no Secret Service")


class BrokenKeyring(RaisingKeyring):
    error = ValueError("something nobody expected")


# keyrings.alt is not installed here, so this simulates its plaintext backend by taking its module and
# class name (keyrings.alt.file.PlaintextKeyring). It works, which is the danger: it would store.
class PlaintextKeyring(MemoryKeyring):
    priority = 0.5


PlaintextKeyring.__module__ = "keyrings.alt.file"


class AltRegistryKeyring(MemoryKeyring):
    """Another keyrings.alt backend, with a confident priority and a harmless class name."""

    priority = 5


AltRegistryKeyring.__module__ = "keyrings.alt.Windows"


class JsonFileKeyring(MemoryKeyring):
    """A third-party backend whose name says it keeps secrets in a file."""


class LowPriorityKeyring(MemoryKeyring):
    """Nothing in its name, but keyring's own rule: a priority below 1 is not recommended."""

    priority = 0.5


class ForgetfulKeyring(MemoryKeyring):
    """Says it stored the secret, but did not."""

    def set_password(self, service: str, username: str, password: str) -> None:
        self.sets.append((service, username))


class SetLockedKeyring(MemoryKeyring):
    """Reads work (so the status is "ok"), but the write finds the keyring locked."""

    def set_password(self, service: str, username: str, password: str) -> None:
        self.sets.append((service, username))
        raise KeyringLocked("locked while saving")


class LeakyErrorKeyring(MemoryKeyring):
    """Puts the password in its error message; that message must go no further."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError(f"could not store {password}")


# ---------------------------------------------------------------- unusable backends


UNUSABLE: list[tuple[type[KeyringBackend], str, str]] = [
    (fail.Keyring, "fail", "no-backend"),
    (NoKeyringKeyring, "NoKeyringKeyring", "no-backend"),
    (null.Keyring, "null", "null-backend"),
    (PlaintextKeyring, "PlaintextKeyring", "plaintext-backend"),
    (AltRegistryKeyring, "AltRegistryKeyring", "plaintext-backend"),
    (JsonFileKeyring, "JsonFileKeyring", "plaintext-backend"),
    (LowPriorityKeyring, "LowPriorityKeyring", "plaintext-backend"),
    (LockedKeyring, "LockedKeyring", "locked"),
    (InitErrorKeyring, "InitErrorKeyring", "locked"),
    (DBusErrorKeyring, "DBusErrorKeyring", "locked"),
    (BrokenKeyring, "BrokenKeyring", "error"),
]


@pytest.mark.parametrize(("backend_class", "name", "reason"), UNUSABLE, ids=[r[1] for r in UNUSABLE])
def test_unusable_backend_gives_its_code(backend_class: type[KeyringBackend], name: str, reason: str) -> None:
    assert KeyringAccess(backend_class()).status() == KeyringStatus(usable=False, backend=name, reason=reason)


@pytest.mark.parametrize(("backend_class", "name", "reason"), UNUSABLE, ids=[r[1] for r in UNUSABLE])
def test_unusable_backend_is_refused_and_stores_nothing(
    backend_class: type[KeyringBackend], name: str, reason: str
) -> None:
    backend = backend_class()
    access = KeyringAccess(backend)
    with pytest.raises(KeyringUnavailable) as saving:
        access.save_secret(STORE_ID, SECRET)
    assert (saving.value.reason, saving.value.backend) == (reason, name)
    assert isinstance(saving.value, VaultError)
    assert saving.value.code == "keyring-unavailable"
    with pytest.raises(KeyringUnavailable, match=reason):
        access.load_secret(STORE_ID)
    with pytest.raises(KeyringUnavailable, match=reason):
        access.delete_secret(STORE_ID)
    if isinstance(backend, MemoryKeyring):
        assert backend.sets == []
        assert backend.entries == {}
        # A plaintext backend was never even read: the refusal comes from its name or priority alone.
        if reason == "plaintext-backend":
            assert backend.gets == []


def test_plaintext_backend_holding_an_entry_is_not_read() -> None:
    backend = PlaintextKeyring()
    backend.entries[(SERVICE, STORE_ID)] = base64.b64encode(SECRET).decode()
    with pytest.raises(KeyringUnavailable, match="plaintext-backend"):
        KeyringAccess(backend).load_secret(STORE_ID)
    assert backend.gets == []


def test_a_priority_that_raises_a_wrapped_dbus_error_means_locked() -> None:
    class Unreachable(MemoryKeyring):
        @property
        def priority(self) -> float:  # type: ignore[override]
            try:
                raise secretstorage.exceptions.SecretServiceNotAvailableException("no daemon")
            except secretstorage.exceptions.SecretStorageException as e:
                raise RuntimeError("Unable to initialize SecretService") from e

    assert KeyringAccess(Unreachable()).status() == KeyringStatus(False, "Unreachable", "locked")


def test_status_never_raises_when_choosing_the_backend_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> KeyringBackend:
        raise RuntimeError("bad keyringrc.cfg")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    access = KeyringAccess()  # looks the backend up on use, so making one never fails
    assert access.status() == KeyringStatus(False, "unknown", "error")
    with pytest.raises(KeyringUnavailable, match="error"):
        access.save_secret(STORE_ID, SECRET)


# ---------------------------------------------------------------- a working backend


def test_working_backend_is_ok() -> None:
    backend = MemoryKeyring()
    assert KeyringAccess(backend).status() == KeyringStatus(usable=True, backend="MemoryKeyring", reason="ok")
    # The status really asked the keyring, for a probe entry only.
    assert backend.gets == [(SERVICE, PROBE_USERNAME)]
    assert backend.sets == []


def test_round_trip() -> None:
    backend = MemoryKeyring()
    access = KeyringAccess(backend)
    secret = secrets.token_bytes(32)
    assert access.load_secret(STORE_ID) is None
    access.save_secret(STORE_ID, secret)
    # Stored as base64 text under our service, with the store id as the user name, and nothing else.
    assert backend.entries == {(SERVICE, STORE_ID): base64.b64encode(secret).decode("ascii")}
    assert access.load_secret(STORE_ID) == secret
    access.delete_secret(STORE_ID)
    assert backend.entries == {}
    assert access.load_secret(STORE_ID) is None


def test_stores_are_kept_apart_and_saving_replaces() -> None:
    access = KeyringAccess(MemoryKeyring())
    other = "fedcba9876543210fedcba9876543210"
    access.save_secret(STORE_ID, b"first")
    access.save_secret(other, b"other")
    access.save_secret(STORE_ID, b"second")
    assert access.load_secret(STORE_ID) == b"second"
    assert access.load_secret(other) == b"other"
    access.delete_secret(other)
    assert access.load_secret(STORE_ID) == b"second"


def test_deleting_what_is_not_there_is_fine() -> None:
    KeyringAccess(MemoryKeyring()).delete_secret(STORE_ID)


def test_default_backend_is_the_one_keyring_chooses(monkeypatch: pytest.MonkeyPatch) -> None:
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    access = KeyringAccess()
    assert access.status().backend == "MemoryKeyring"
    access.save_secret(STORE_ID, SECRET)
    assert (SERVICE, STORE_ID) in backend.entries


@pytest.fixture
def chain(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[KeyringBackend]]:
    """The backends keyring's ChainerBackend chains, highest priority first."""
    chained: list[KeyringBackend] = []
    monkeypatch.setattr(chainer.ChainerBackend, "backends", chained)
    yield chained


def test_a_chain_uses_only_its_first_backend(chain: list[KeyringBackend]) -> None:
    first, plaintext = MemoryKeyring(), PlaintextKeyring()
    plaintext.entries[(SERVICE, STORE_ID)] = base64.b64encode(b"planted").decode()
    chain.extend([first, plaintext])
    access = KeyringAccess(chainer.ChainerBackend())
    assert access.status() == KeyringStatus(True, "MemoryKeyring", "ok")
    assert access.load_secret(STORE_ID) is None  # not the planted one from the plaintext backend
    access.save_secret(STORE_ID, SECRET)
    assert access.load_secret(STORE_ID) == SECRET
    assert plaintext.gets == []
    assert plaintext.sets == []


def test_a_chain_led_by_a_plaintext_backend_is_refused(chain: list[KeyringBackend]) -> None:
    plaintext = PlaintextKeyring()
    chain.extend([plaintext, MemoryKeyring()])
    assert KeyringAccess(chainer.ChainerBackend()).status().reason == "plaintext-backend"


def test_an_empty_chain_is_no_backend(chain: list[KeyringBackend]) -> None:
    assert KeyringAccess(chainer.ChainerBackend()).status() == KeyringStatus(False, "ChainerBackend", "no-backend")


# ---------------------------------------------------------------- failures after a good status


def test_a_write_that_finds_the_keyring_locked_is_refused() -> None:
    backend = SetLockedKeyring()
    access = KeyringAccess(backend)
    assert access.status().usable
    with pytest.raises(KeyringUnavailable) as caught:
        access.save_secret(STORE_ID, SECRET)
    assert (caught.value.reason, caught.value.cause) == ("locked", "KeyringLocked")
    assert backend.entries == {}


def test_a_write_that_is_silently_dropped_is_noticed() -> None:
    with pytest.raises(KeyringUnavailable) as caught:
        KeyringAccess(ForgetfulKeyring()).save_secret(STORE_ID, SECRET)
    assert (caught.value.reason, caught.value.cause) == ("error", "not-stored")


@pytest.mark.parametrize("value", ["not base64!", "QUJ", "", "ÄÖÜ"], ids=["junk", "unpadded", "empty", "non-ascii"])
def test_an_entry_we_did_not_write_is_a_bad_entry(value: str) -> None:
    backend = MemoryKeyring()
    backend.entries[(SERVICE, STORE_ID)] = value
    with pytest.raises(KeyringUnavailable, match="bad-entry"):
        KeyringAccess(backend).load_secret(STORE_ID)


def test_the_secret_is_never_logged_or_put_in_an_error(caplog: pytest.LogCaptureFixture) -> None:
    secret = secrets.token_bytes(32)
    forms = [base64.b64encode(secret).decode(), secret.hex(), repr(secret)]
    caplog.set_level(logging.DEBUG)
    access = KeyringAccess(MemoryKeyring())
    access.save_secret(STORE_ID, secret)
    access.load_secret(STORE_ID)
    access.delete_secret(STORE_ID)
    with pytest.raises(KeyringUnavailable) as caught:
        KeyringAccess(LeakyErrorKeyring()).save_secret(STORE_ID, secret)
    assert caught.value.cause == "PasswordSetError"
    shown = [caplog.text, str(caught.value), repr(caught.value)]
    for form in forms:
        assert not any(form in text for text in shown)


@pytest.mark.parametrize("store_id", ["", "has space", "a/b", "x" * 129, "ü"])
def test_bad_store_ids_are_programming_errors(store_id: str) -> None:
    backend = MemoryKeyring()
    with pytest.raises(ValueError):
        KeyringAccess(backend).save_secret(store_id, SECRET)
    assert backend.sets == []


def test_an_empty_secret_is_refused() -> None:
    with pytest.raises(ValueError):
        KeyringAccess(MemoryKeyring()).save_secret(STORE_ID, b"")


def test_backend_names() -> None:
    assert backend_name(null.Keyring()) == "null"
    assert backend_name(MemoryKeyring()) == "MemoryKeyring"
