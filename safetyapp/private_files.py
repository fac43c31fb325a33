"""Files and folders only this user can read: every file the app writes outside the notes store (a report,
a plan or recovery code saved as a PDF, the settings, the log) and the app's own folders.

A file is written to a new temporary file in the same folder, created exclusively (O_EXCL) and never
through a symbolic link (O_NOFOLLOW), with mode 0600 whatever the umask; it is flushed to disk and then
renamed over the target. Renaming replaces a symbolic link planted at the target instead of following
it, and a file planted at the temporary name is never opened: the next name is tried. Folders are made
0700 whatever the umask, and an existing folder that others can read or write is made private again.

Both `core` and `vault` may import this module (it imports nothing from the app): see
docs/architecture.md.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
_TRIES = 20
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def _temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.urandom(6).hex()}.tmp")  # (not secrets: it loads OpenSSL)


def _open_new(path: Path) -> tuple[int, Path]:
    """A new, empty temporary file beside `path`, open for writing: (descriptor, its path)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC | _BINARY
    for _ in range(_TRIES):
        temp = _temp_name(path)
        try:
            return os.open(temp, flags, FILE_MODE), temp
        except FileExistsError:  # something is there already (perhaps planted): never touch it
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(path.parent))


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | _CLOEXEC)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path`, readable by this user only, replacing whatever is there (a file, or a
    symbolic link, which is replaced and not followed). Raises OSError; then `path` is as it was and no
    temporary file is left."""
    if path.is_dir() and not path.is_symlink():
        raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
    fd, temp = _open_new(path)
    try:
        with os.fdopen(fd, "wb") as out:
            if os.name == "posix":
                os.fchmod(out.fileno(), FILE_MODE)
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _sync_folder(path.parent)


def open_private_append(path: Path) -> int:
    """A descriptor for appending to `path` (the log), made 0600 if new; never through a symbolic link.
    An existing file of this user's is made 0600 too. Raises OSError."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | _NOFOLLOW | _CLOEXEC | _BINARY, FILE_MODE)
    if os.name == "posix":
        try:
            if stat.S_IMODE(os.fstat(fd).st_mode) != FILE_MODE:
                os.fchmod(fd, FILE_MODE)
        except OSError:
            os.close(fd)
            raise
    return fd


def make_private_folder(folder: Path) -> bool:
    """Make `folder` (and any missing parents) 0700 whatever the umask, or make an existing one private
    again if others could read or write it. False if that was not possible (a read-only disk, a folder
    of another user's): the caller reports it. Raises OSError only if the folder cannot be made at all."""
    missing: list[Path] = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for level in reversed(missing):
        with contextlib.suppress(FileExistsError):
            level.mkdir(mode=FOLDER_MODE)
        if os.name == "posix":
            os.chmod(level, FOLDER_MODE)  # mkdir's mode is cut by the umask only, but be exact
    return is_private(folder) or _fix(folder)


def is_private(folder: Path) -> bool:
    """Whether nobody but this user can read, write or enter `folder` (always True off POSIX, where the
    user's own profile keeps it)."""
    if os.name != "posix":
        return True
    return stat.S_IMODE(os.stat(folder).st_mode) & 0o077 == 0


def _fix(folder: Path) -> bool:
    try:
        if os.lstat(folder).st_uid != os.getuid():
            return False
        os.chmod(folder, FOLDER_MODE, follow_symlinks=False)
    except (OSError, NotImplementedError):
        return False
    return is_private(folder)
