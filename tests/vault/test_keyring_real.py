"""KeyringAccess against a real Secret Service: gnome-keyring in a D-Bus session.

Run them with scripts/with-keyring.sh, which starts a private D-Bus session with an unlocked
gnome-keyring in a throw-away home:

    scripts/with-keyring.sh .venv/bin/python -m pytest -m keyring tests/vault -q

Without a session bus or a Secret Service these tests skip, saying why; with
SAFETYAPP_REQUIRE_KEYRING=1 (as scripts/test.sh sets) they fail instead, so a broken set-up cannot
pass as a skip. The test that locks a keyring runs only in with-keyring.sh's throw-away keyring
(SAFETYAPP_THROWAWAY_KEYRING=1), never in someone's real one.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import closing, suppress
from pathlib import Path

import keyring
import pytest
import secretstorage
from keyring.backend import KeyringBackend
from keyring.backends import SecretService, chainer
from keyring.errors import PasswordDeleteError
from secretstorage.util import DBusAddressWrapper, format_secret, open_session

from safetyapp.vault.keyring_access import SERVICE, KeyringAccess, KeyringStatus, KeyringUnavailable

pytestmark = pytest.mark.keyring

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = os.environ.get("SAFETYAPP_REQUIRE_KEYRING") == "1"
THROWAWAY = os.environ.get("SAFETYAPP_THROWAWAY_KEYRING") == "1"


def _active_backend() -> KeyringBackend:
    backend = keyring.get_keyring()
    if isinstance(backend, chainer.ChainerBackend) and backend.backends:
        return next(iter(backend.backends))
    return backend


def _why_no_secret_service() -> str | None:
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    if not address or address.startswith("disabled:"):
        return "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset): run under scripts/with-keyring.sh"
    try:
        SecretService.Keyring.priority  # noqa: B018 (raises if no Secret Service answers on the bus)
    except Exception as exc:
        return f"no Secret Service on the session bus: {type(exc).__name__}: {exc}"
    active = _active_backend()
    if not isinstance(active, SecretService.Keyring):
        return f"the active keyring backend is {type(active).__module__}.{type(active).__name__}, not SecretService"
    return None


def _skip_or_fail(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"SAFETYAPP_REQUIRE_KEYRING=1 but {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture
def access() -> KeyringAccess:
    reason = _why_no_secret_service()
    if reason is not None:
        _skip_or_fail(reason)
    return KeyringAccess()


@pytest.fixture
def store_id(access: KeyringAccess) -> Iterator[str]:
    """A fresh store id; its entry is removed afterwards even if the test failed half way."""
    value = uuid.uuid4().hex
    yield value
    with suppress(PasswordDeleteError):
        keyring.get_keyring().delete_password(SERVICE, value)


def _items(store_id: str) -> list[bytes]:
    """The secrets the Secret Service itself holds for this store, asked directly (not through keyring)."""
    with closing(secretstorage.dbus_init()) as connection:
        found = secretstorage.search_items(connection, {"service": SERVICE, "username": store_id})
        return [item.get_secret() for item in found]


def test_status_is_ok_with_secret_service(access: KeyringAccess) -> None:
    assert access.status() == KeyringStatus(usable=True, backend="SecretService", reason="ok")


def test_round_trip(access: KeyringAccess, store_id: str) -> None:
    secret = secrets.token_bytes(32)
    assert access.load_secret(store_id) is None
    access.save_secret(store_id, secret)
    # It is in the Secret Service, as base64 under our service name: not somewhere else.
    assert _items(store_id) == [base64.b64encode(secret)]
    assert access.load_secret(store_id) == secret
    access.delete_secret(store_id)
    assert access.load_secret(store_id) is None
    assert _items(store_id) == []
    access.delete_secret(store_id)  # again: nothing there is fine


def test_saving_again_replaces(access: KeyringAccess, store_id: str) -> None:
    first, second = secrets.token_bytes(32), secrets.token_bytes(32)
    access.save_secret(store_id, first)
    access.save_secret(store_id, second)
    assert access.load_secret(store_id) == second
    assert _items(store_id) == [base64.b64encode(second)]


def test_another_process_reads_the_secret(access: KeyringAccess, store_id: str) -> None:
    """As the app would on its next start: the secret lives in the daemon, not in this process."""
    secret = secrets.token_bytes(32)
    access.save_secret(store_id, secret)
    code = (
        "import hashlib, sys\n"
        "from safetyapp.vault.keyring_access import KeyringAccess\n"
        "value = KeyringAccess().load_secret(sys.argv[1])\n"
        "print(KeyringAccess().status().backend, hashlib.sha256(value).hexdigest() if value else None)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", code, store_id], capture_output=True, text=True, env=env, timeout=60, check=True
    )
    assert result.stdout.split() == ["SecretService", hashlib.sha256(secret).hexdigest()]


@pytest.fixture
def own_collection(access: KeyringAccess) -> Iterator[str]:
    """A collection of our own in the throw-away gnome-keyring (made and removed with gnome-keyring's
    internal interface, which needs no password prompt); the login collection is left alone."""
    if not THROWAWAY:
        pytest.skip("locks a keyring, so runs only in the throw-away keyring of scripts/with-keyring.sh")
    with closing(secretstorage.dbus_init()) as connection:
        session = open_session(connection)
        internal = DBusAddressWrapper(
            "/org/freedesktop/secrets", "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface", connection
        )
        properties = {"org.freedesktop.Secret.Collection.Label": ("s", "safetyapp lock test")}
        master = format_secret(session, secrets.token_bytes(16), "text/plain")
        (path,) = internal.call("CreateWithMasterPassword", "a{sv}(oayays)", properties, master)
    yield path
    with closing(secretstorage.dbus_init()) as connection:
        # Delete works on a locked collection (secretstorage's Collection.delete refuses one).
        DBusAddressWrapper(path, "org.freedesktop.Secret.Collection", connection).call("Delete", "")


def test_a_locked_keyring_is_refused(own_collection: str, store_id: str) -> None:
    backend = SecretService.Keyring().with_properties(preferred_collection=own_collection)
    access = KeyringAccess(backend)
    assert access.status() == KeyringStatus(True, "SecretService", "ok")
    access.save_secret(store_id, b"before locking")

    with closing(secretstorage.dbus_init()) as connection:
        secretstorage.Collection(connection, own_collection).lock()

    # Unlocking needs a prompt, which cannot be shown here (no display), so the keyring stays locked.
    assert access.status() == KeyringStatus(False, "SecretService", "locked")
    for attempt in (
        lambda: access.save_secret(store_id, b"after locking"),
        lambda: access.load_secret(store_id),
        lambda: access.delete_secret(store_id),
    ):
        with pytest.raises(KeyringUnavailable) as caught:
            attempt()
        assert caught.value.reason == "locked"
