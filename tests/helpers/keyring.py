"""A keyring kept in a dict, for tests where the real Secret Service is not the point (the real one,
gnome-keyring over D-Bus, is tested in tests/vault/test_keyring_real.py and by the safety session)."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """A working keyring in a dict that counts what it was asked. `locked = True` makes every call
    fail as a locked keyring does. `viable = False`: keyring itself never picks it for another test."""

    priority: float = 5
    viable = False

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.sets: list[tuple[str, str]] = []
        self.gets: list[tuple[str, str]] = []
        self.locked = False

    def _check(self) -> None:
        if self.locked:
            raise KeyringLocked("locked")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        self.gets.append((service, username))
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.sets.append((service, username))
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise PasswordDeleteError("no such entry") from None
