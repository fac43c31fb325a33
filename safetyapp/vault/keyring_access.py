"""The OS keyring, for the optional "unlock automatically on this computer account" key slot.

A thin, honest wrapper over the `keyring` library. It keeps one secret per store (the keyring slot's
secret from `Vault.enable_keyring_slot`, never the data key), base64 encoded, under the service
`SERVICE` with the store's id as the user name.

Honest means: `status()` really asks the keyring (a read of a probe entry) and says why it cannot be
used, as a short code the UI turns into a sentence:

    "ok"                 usable
    "no-backend"         no keyring at all (keyring's `fail` backend, `NoKeyringError`)
    "null-backend"       keyring's `null` backend, which silently stores nothing
    "plaintext-backend"  a backend that keeps secrets in a file or in the clear (`keyrings.alt`,
                         a module or class name that says plaintext or file, or a priority below 1,
                         which keyring itself uses for "not recommended")
    "locked"             the keyring is locked or the Secret Service could not be reached
                         (`KeyringLocked`, `InitError`, D-Bus and SecretStorage errors)
    "error"              anything else
    "portable"           `NoKeyring`: the app runs in portable mode, where the keyring is never asked
                         (asking it, or keeping a secret in it, would leave a trace on the computer)

and every operation checks the status first and refuses with `KeyringUnavailable` (carrying the same
code) when it is not "ok", so nothing ever falls back to plaintext. Operations that fail half way raise
`KeyringUnavailable` too. `load_secret` may also give the code "bad-entry": an entry is there but is
not one this module wrote.

No user-facing text here. Secrets are never logged, and exception messages from backends are not
passed on (only their class names), in case a backend puts a value in one.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from safetyapp.vault.errors import VaultError

log = logging.getLogger(__name__)

SERVICE: Final = "Safety Companion notes"
PROBE_USERNAME: Final = "status-probe"

OK: Final = "ok"
NO_BACKEND: Final = "no-backend"
NULL_BACKEND: Final = "null-backend"
PLAINTEXT_BACKEND: Final = "plaintext-backend"
LOCKED: Final = "locked"
ERROR: Final = "error"
BAD_ENTRY: Final = "bad-entry"  # only from load_secret, never a status
PORTABLE: Final = "portable"  # NoKeyring: the app runs portable and never asks the keyring

# Words in a backend's module or class name that mean the secret ends up in a file or in the clear.
_PLAINTEXT_WORDS: Final = frozenset({"plaintext", "plain", "cleartext", "unencrypted", "insecure", "file", "files"})
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
# Packages whose exceptions mean "the Secret Service (D-Bus) could not be reached or unlocked".
_DBUS_PACKAGES: Final = ("secretstorage", "jeepney", "dbus", "dbus_next", "gi")
_STORE_ID = re.compile(r"[A-Za-z0-9._-]{1,128}")

_T = TypeVar("_T")


@dataclass(frozen=True)
class KeyringStatus:
    """Whether the keyring can hold a secret. `backend` names the backend (for example "SecretService",
    "WinVaultKeyring", "fail"); `reason` is one of the codes in the module docstring."""

    usable: bool
    backend: str
    reason: str


class KeyringUnavailable(VaultError):
    """The keyring cannot be used for this. `reason` is a status code ("locked", "plaintext-backend", ...)
    or "bad-entry"; `backend` names the backend; `cause` is the class name of the backend's exception,
    if there was one (never its message)."""

    code = "keyring-unavailable"

    def __init__(self, reason: str, backend: str, cause: str | None = None) -> None:
        self.reason = reason
        self.backend = backend
        self.cause = cause
        super().__init__(None, reason if cause is None else f"{reason}, {cause}")


def backend_name(backend: KeyringBackend) -> str:
    """A short name: the class name, or for keyring's many classes called `Keyring`, their module's name
    (keyring.backends.SecretService.Keyring -> "SecretService")."""
    cls = type(backend)
    if cls.__name__ == "Keyring":
        return cls.__module__.rpartition(".")[2] or cls.__name__
    return cls.__name__


def _is_plaintext_name(backend: KeyringBackend) -> bool:
    cls = type(backend)
    module = cls.__module__ or ""
    if module == "keyrings.alt" or module.startswith("keyrings.alt."):
        return True
    words = {w.lower() for w in _WORD.findall(f"{module}.{cls.__qualname__}")}
    return not words.isdisjoint(_PLAINTEXT_WORDS)


def _reason_for(exc: BaseException) -> str:
    """The status code for an exception raised by a backend (or by keyring while choosing one)."""
    if isinstance(exc, keyring.errors.NoKeyringError):
        return NO_BACKEND
    if isinstance(exc, keyring.errors.KeyringLocked | keyring.errors.InitError):
        return LOCKED
    # A D-Bus or SecretStorage error, raised as it is or wrapped (SecretService's priority check
    # raises RuntimeError from SecretStorageException).
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        for cls in type(current).__mro__:
            if (cls.__module__ or "").partition(".")[0] in _DBUS_PACKAGES:
                return LOCKED
        current = current.__cause__ or current.__context__
    return ERROR


def _check_store_id(store_id: str) -> None:
    if not isinstance(store_id, str) or not _STORE_ID.fullmatch(store_id):
        raise ValueError("store_id must be 1 to 128 letters, digits, '.', '_' or '-'")


class KeyringAccess:
    """The keyring secret of each store. Pass `backend` to use a particular one (tests do); by default
    the one keyring chooses (`keyring.get_keyring()`), looked up on first use.

    When keyring chains several backends, only the first (the one keyring writes to) is used, for
    reading too, so a secret is never read from a lower-priority (perhaps plaintext) backend.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._given = backend

    # ------------------------------------------------------------ status

    def _backend(self) -> KeyringBackend:
        backend = self._given if self._given is not None else keyring.get_keyring()
        if isinstance(backend, chainer.ChainerBackend):
            chained = list(backend.backends)
            if chained:
                return chained[0]
        return backend

    def status(self) -> KeyringStatus:
        """Whether the keyring is usable now, found by asking it. Never raises."""
        return self._probe()[0]

    def _probe(self) -> tuple[KeyringStatus, KeyringBackend | None]:
        try:
            backend = self._backend()
        except Exception as exc:
            log.debug("choosing a keyring backend failed: %s", type(exc).__name__)
            return KeyringStatus(False, "unknown", _reason_for(exc)), None
        name = backend_name(backend)
        result = self._check(backend, name)
        log.debug("keyring status: %s (%s)", result.reason, result.backend)
        return result, backend

    @staticmethod
    def _check(backend: KeyringBackend, name: str) -> KeyringStatus:
        try:
            if isinstance(backend, chainer.ChainerBackend):  # a chain with nothing in it
                return KeyringStatus(False, name, NO_BACKEND)
            if isinstance(backend, fail.Keyring):
                return KeyringStatus(False, name, NO_BACKEND)
            if isinstance(backend, null.Keyring):
                return KeyringStatus(False, name, NULL_BACKEND)
            if _is_plaintext_name(backend):
                return KeyringStatus(False, name, PLAINTEXT_BACKEND)
            if float(backend.priority) < 1:
                return KeyringStatus(False, name, PLAINTEXT_BACKEND)
            backend.get_password(SERVICE, PROBE_USERNAME)
        except Exception as exc:
            log.debug("keyring probe failed: %s", type(exc).__name__)
            return KeyringStatus(False, name, _reason_for(exc))
        return KeyringStatus(True, name, OK)

    def _usable_backend(self) -> tuple[KeyringBackend, str]:
        """The backend, if the status is "ok"; KeyringUnavailable otherwise."""
        current, backend = self._probe()
        if not current.usable or backend is None:
            raise KeyringUnavailable(current.reason, current.backend)
        return backend, current.backend

    @staticmethod
    def _call(name: str, operation: Callable[[], _T]) -> _T:
        try:
            return operation()
        except Exception as exc:
            log.debug("keyring operation failed: %s", type(exc).__name__)
            raise KeyringUnavailable(_reason_for(exc), name, type(exc).__name__) from None

    # ------------------------------------------------------------ secrets

    def save_secret(self, store_id: str, secret: bytes) -> None:
        """Keep `secret` for the store `store_id`, replacing any there; read back to be sure it is kept."""
        _check_store_id(store_id)
        if not isinstance(secret, bytes | bytearray) or not secret:
            raise ValueError("secret must be non-empty bytes")
        backend, name = self._usable_backend()
        encoded = base64.b64encode(bytes(secret)).decode("ascii")
        self._call(name, lambda: backend.set_password(SERVICE, store_id, encoded))
        if self._call(name, lambda: backend.get_password(SERVICE, store_id)) != encoded:
            raise KeyringUnavailable(ERROR, name, "not-stored")

    def load_secret(self, store_id: str) -> bytes | None:
        """The secret kept for `store_id`, or None if there is none."""
        _check_store_id(store_id)
        backend, name = self._usable_backend()
        value = self._call(name, lambda: backend.get_password(SERVICE, store_id))
        if value is None:
            return None
        if not isinstance(value, str):
            raise KeyringUnavailable(BAD_ENTRY, name)
        try:
            secret = base64.b64decode(value.encode("ascii"), validate=True)
        except (UnicodeEncodeError, binascii.Error):
            raise KeyringUnavailable(BAD_ENTRY, name) from None
        if not secret:
            raise KeyringUnavailable(BAD_ENTRY, name)
        return secret

    def delete_secret(self, store_id: str) -> None:
        """Remove the secret kept for `store_id`. Nothing kept is not an error."""
        _check_store_id(store_id)
        backend, name = self._usable_backend()
        try:
            backend.delete_password(SERVICE, store_id)
        except keyring.errors.PasswordDeleteError:
            # Most backends say this when there is no such entry; make sure that is why.
            if self._call(name, lambda: backend.get_password(SERVICE, store_id)) is not None:
                raise KeyringUnavailable(ERROR, name, "PasswordDeleteError") from None
        except Exception as exc:
            log.debug("keyring operation failed: %s", type(exc).__name__)
            raise KeyringUnavailable(_reason_for(exc), name, type(exc).__name__) from None


class NoKeyring(KeyringAccess):
    """Portable mode: the keyring is never asked, read or written. Its status is always "portable", and
    every operation refuses with KeyringUnavailable("portable") without touching the keyring library."""

    def _probe(self) -> tuple[KeyringStatus, KeyringBackend | None]:
        return KeyringStatus(False, "none", PORTABLE), None
