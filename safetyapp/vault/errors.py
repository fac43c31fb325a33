"""What can go wrong with the notes store, each with a short machine code the UI turns into words.

No message here ever carries note content: only the store's path, our own fixed codes, and (for
write failures) the OS error number. The UI chooses what to say from `code`, `detail` and `reason`.
"""

from __future__ import annotations

import errno as errno_codes
from pathlib import Path
from typing import ClassVar


class VaultError(Exception):
    """Base class. `code` names the kind of problem; `detail` (optional) says which part, in our words."""

    code: ClassVar[str] = "vault-error"

    def __init__(self, path: Path | str | None, detail: str | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self.detail = detail
        text = self.code if detail is None else f"{self.code} ({detail})"
        super().__init__(f"{text}: {self.path}" if self.path is not None else text)


class VaultDamaged(VaultError):
    """The file is not a whole, well-formed store: checksum wrong, truncated, or unparseable."""

    code = "damaged"


class WrongSecret(VaultError):
    """The file is whole, but no key slot opens with the passphrase, code or secret given."""

    code = "wrong-secret"


class NoSuchSlot(VaultError):
    """The store has no key slot of that kind (for example no keyring slot)."""

    code = "no-slot"


class InvalidRecoveryCode(VaultError):
    """The recovery code has a typo (its check characters do not match); no cryptography was tried."""

    code = "recovery-code-invalid"

    def __init__(self, path: Path | str | None, bad_groups: tuple[int, ...] = ()) -> None:
        self.bad_groups = bad_groups
        super().__init__(path, "groups " + ",".join(str(g + 1) for g in bad_groups) if bad_groups else None)


class VaultTampered(VaultError):
    """A key slot opened, but the contents or the header fail authentication: changed on purpose or by damage."""

    code = "tampered"


class VaultTooNew(VaultError):
    """Written by a newer version of the app than this one."""

    code = "too-new"

    def __init__(self, path: Path | str | None, version: int, detail: str | None = None) -> None:
        self.version = version
        super().__init__(path, detail if detail is not None else f"version {version}")


class VaultTooCostly(VaultError):
    """The passphrase slot asks for far more memory or time than this computer would use (more than
    twice its own calibration): refused before any work, so a file cannot freeze or exhaust it."""

    code = "too-costly"


class VaultInUse(VaultError):
    """Another window or program has this store open."""

    code = "in-use"


class VaultLockFailed(VaultError):
    """The single-instance lock could not be taken at all (for example on a network folder without locks)."""

    code = "lock-failed"

    def __init__(self, path: Path | str | None, errno: int | None) -> None:
        self.errno = errno
        self.reason = _reason(errno)
        super().__init__(path, None if errno is None else f"errno {errno}")


class VaultChanged(VaultError):
    """The file on disk changed since we read it (a newer generation); saving would overwrite it."""

    code = "changed"

    def __init__(self, path: Path | str | None, disk_generation: int | None) -> None:
        self.disk_generation = disk_generation
        super().__init__(path, None if disk_generation is None else f"generation {disk_generation} on disk")


class VaultLocked(VaultError):
    """The store is locked: unlock it first."""

    code = "locked"


class VaultReadOnly(VaultError):
    """This is a view of an older generation or a backup; it cannot be saved."""

    code = "read-only"


class VaultMissing(VaultError):
    """There is no store file there."""

    code = "missing"


class VaultExists(VaultError):
    """A store file is already there; creating a new one would replace it."""

    code = "exists"


class InvalidData(VaultError):
    """The data handed to save() would not read back (a wrong type, a duplicate case id): a bug in the
    caller. Nothing was written; `detail` says where, for example "cases[0].events[3].when"."""

    code = "invalid-data"


class ImageDataRefused(VaultError):
    """Something in the data carries image data; the store never holds images."""

    code = "image-data"


def _reason(errno: int | None) -> str:
    if errno in (errno_codes.ENOSPC, getattr(errno_codes, "EDQUOT", -1)):
        return "disk-full"
    if errno == errno_codes.EROFS:
        return "read-only"
    if errno in (errno_codes.EACCES, errno_codes.EPERM):
        return "permission-denied"
    return "other"


class VaultUnreadable(VaultError):
    """The file could not be read at all (permission denied, I/O error)."""

    code = "unreadable"

    def __init__(self, path: Path | str | None, errno: int | None) -> None:
        self.errno = errno
        self.reason = _reason(errno)
        super().__init__(path, self.reason)


class VaultWriteError(VaultError):
    """A save failed. Unless `committed` is true, the file on disk is exactly as it was before.

    `committed` is true only when the new file was already in place and a later step (making the
    rename durable) failed: then the new state is what the store holds.
    """

    code = "write-failed"

    def __init__(self, path: Path | str | None, errno: int | None, *, committed: bool = False) -> None:
        self.errno = errno
        self.reason = _reason(errno)
        self.committed = committed
        super().__init__(path, self.reason + (", committed" if committed else ""))
