"""Store files changed on purpose, as an attacker or careful damage would change them, and file
operations that fail on purpose, as a full or failing disk would."""

from __future__ import annotations

import errno
import hashlib
import struct
from pathlib import Path

from safetyapp.vault.files import FileOps


def fix_checksum(content: bytes) -> bytes:
    """The file with its unkeyed checksum made right again: what a deliberate change would look like."""
    body = content[:-32]
    return body + hashlib.sha256(body).digest()


def too_new(content: bytes) -> bytes:
    """The same store file claiming a newer format version, with a correct checksum."""
    return fix_checksum(content[:8] + struct.pack(">H", 99) + content[10:])


class FailingOps(FileOps):
    """Real file operations, except that call number `fail_at` (0-based) raises OSError(`code`)."""

    def __init__(self, fail_at: int | None = None, code: int = errno.EIO) -> None:
        self.calls: list[str] = []
        self.fail_at = fail_at
        self.code = code

    def _step(self, name: str) -> None:
        self.calls.append(name)
        if len(self.calls) - 1 == self.fail_at:
            raise OSError(self.code, f"injected failure at {name}")

    def read(self, path: Path) -> bytes | None:
        self._step("read")
        return super().read(path)

    def create_temp(self, folder: Path, prefix: str) -> tuple[int, Path]:
        self._step("create_temp")
        return super().create_temp(folder, prefix)

    def write(self, fd: int, data: bytes) -> None:
        self._step("write")
        super().write(fd, data)

    def fsync(self, fd: int) -> None:
        self._step("fsync")
        super().fsync(fd)

    def close(self, fd: int) -> None:
        self._step("close")
        super().close(fd)

    def replace(self, source: Path, target: Path) -> None:
        self._step(f"replace->{target.name}")
        super().replace(source, target)

    def fsync_dir(self, folder: Path) -> None:
        self._step("fsync_dir")
        super().fsync_dir(folder)

    def unlink(self, path: Path) -> None:
        self._step("unlink")
        super().unlink(path)
