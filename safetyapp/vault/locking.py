"""Who may use a store: the single-instance lock, and another program's lock on the store file.

store.scv.lock     the single-instance lock (flock / msvcrt.locking), held while a Vault is open;
                   the OS drops it if the process dies. Never deleted while the store exists.
store.scv          another program's exclusive lock on the store file itself is respected too:
                   the store is then neither opened nor written over (VaultInUse).
"""

from __future__ import annotations

import errno as errno_codes
import os
import stat
import sys
from pathlib import Path

from safetyapp.vault.errors import VaultInUse, VaultLockFailed
from safetyapp.vault.files import FILE_MODE, lock_path, tighten_file

_LOCK_FLAGS = (
    os.O_RDONLY
    | os.O_CREAT
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class InstanceLock:
    """An exclusive lock on `<store>.lock`, held while a Vault is open; the OS drops it if the process dies."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, store_path: Path) -> InstanceLock:
        """Raises VaultInUse if another window or program holds it, VaultLockFailed if it cannot be taken.

        The lock file is opened read-only (created 0600 if missing, never through a symlink, never
        waiting on a FIFO): a lock needs no write access, so on a
        read-only disk or folder the notes can still be opened and read (saving then fails with its
        own reason), and the open handle never keeps a disk from being made read-only.
        """
        path = lock_path(store_path)
        try:
            fd = os.open(path, _LOCK_FLAGS, FILE_MODE)
        except OSError as error:  # a symlink planted at the path (ELOOP) is refused, never followed
            raise VaultLockFailed(store_path, error.errno) from None
        try:
            regular = stat.S_ISREG(os.fstat(fd).st_mode)
        except OSError:
            regular = False
        if not regular:  # a FIFO or device planted at the path
            os.close(fd)
            raise VaultLockFailed(store_path, errno_codes.EINVAL)
        try:
            cls._lock(fd)
        except OSError as error:
            os.close(fd)
            if error.errno in (errno_codes.EAGAIN, errno_codes.EWOULDBLOCK, errno_codes.EACCES, errno_codes.EDEADLK):
                raise VaultInUse(store_path) from None
            raise VaultLockFailed(store_path, error.errno) from None
        tighten_file(path)
        return cls(path, fd)

    @staticmethod
    def _lock(fd: int) -> None:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if sys.platform == "win32":
                import msvcrt

                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        finally:
            os.close(fd)

    def __del__(self) -> None:
        self.release()


def locked_by_another_program(path: Path) -> bool:
    """True if some other process holds an exclusive lock (flock or fcntl/lockf) on the store file
    itself. The vault's own lock is `<store>.lock`; a program that locks the store file directly is
    saying it is using it, so the store is neither opened nor written over meanwhile. POSIX only:
    on Windows such a program makes reading or replacing the file fail instead."""
    if os.name != "posix":
        return False
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)  # never waits on a FIFO
    except OSError:
        return False  # missing or unreadable: reading or writing says why
    try:
        for lock in (fcntl.flock, fcntl.lockf):  # two separate kinds of lock on Linux: test both
            try:
                lock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except OSError as error:
                if error.errno in (errno_codes.EAGAIN, errno_codes.EWOULDBLOCK, errno_codes.EACCES):
                    return True
                continue  # this kind of lock is not supported here
            lock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)
