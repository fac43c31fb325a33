"""The files of a notes store on disk: which files make up a store, crash-safe writes, and deleting it.

Files, for a store at `folder/store.scv` (`store_files` and `temp_files` are the one list of them):
    store.scv          the current generation
    store.scv.1 .2 .3  the three previous generations, newest first
    store.scv.session  the notes as they were before this session's first save
    store.scv.before-restore   the notes as they were before the last restore (no save removes it)
    store.scv.day-YYYY-MM-DD   the last state of each of the last MAX_DAY_COPIES days with saves
    store.scv.lock     the single-instance lock (see locking.py); kept until the store is deleted
    .store.scv.tmp-*   temp files during a save; removed on failure and by the next open

A save (see `write_with_generations`): write the new file to a temp file and fsync it; write a copy
of the current file to a second temp file and fsync it; rotate .2 -> .3, .1 -> .2, copy -> .1, each
an atomic rename; fsync the folder; rename the new file over the current one; fsync the folder.
At every instant the current name holds either the old or the new file, whole, and the old one is
also in .1 from before the switch. Any failure before the switch leaves the current file
byte-identical; temp files are removed. There is no non-atomic fallback.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno as errno_codes
import os
import secrets
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from safetyapp.vault import fileformat
from safetyapp.vault.errors import VaultError, VaultWriteError

KEEP_GENERATIONS = 3
MAX_DAY_COPIES = 7
DEFAULT_FILENAME = "store.scv"
FILE_MODE = 0o600
FOLDER_MODE = 0o700
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)


# ---------------------------------------------------------------- the files of a store


def generation_path(path: Path, number: int) -> Path:
    """The file of previous generation `number` (1 = newest) of the store at `path`."""
    return path.with_name(f"{path.name}.{number}")


def generation_paths(path: Path) -> list[Path]:
    """The files of every previous generation the store at `path` can have, newest first."""
    return [generation_path(path, number) for number in range(1, KEEP_GENERATIONS + 1)]


def session_copy_path(path: Path) -> Path:
    return path.with_name(f"{path.name}.session")


def before_restore_path(path: Path) -> Path:
    return path.with_name(f"{path.name}.before-restore")


def day_copy_path(path: Path, day: dt.date) -> Path:
    return path.with_name(f"{path.name}.day-{day.isoformat()}")


def day_copies(path: Path) -> list[Path]:
    """The day copies of the store at `path` that exist, newest first."""
    prefix = f"{path.name}.day-"
    try:
        names = os.listdir(path.parent)
    except OSError:
        return []
    days = []
    for name in names:
        if name.startswith(prefix):
            with contextlib.suppress(ValueError):
                days.append((dt.date.fromisoformat(name[len(prefix) :]), name))
    return [path.parent / name for _, name in sorted(days, reverse=True)]


def earlier_copy_paths(path: Path) -> list[Path]:
    """Every earlier copy the store at `path` can have, numbered from 1 in this order: the previous
    generations (whether they exist or not), the session copy, the before-restore copy, the day copies
    that exist (newest first)."""
    return [*generation_paths(path), session_copy_path(path), before_restore_path(path), *day_copies(path)]


def earlier_copy_path(path: Path, number: int) -> Path:
    """Earlier copy `number` (1-based, as `earlier_copy_paths`); ValueError if there is no such number."""
    copies = earlier_copy_paths(path)
    if not 1 <= number <= len(copies):
        raise ValueError("no such earlier copy")
    return copies[number - 1]


def lock_path(path: Path) -> Path:
    """The single-instance lock file of the store at `path`."""
    return path.with_name(f"{path.name}.lock")


def store_files(path: Path) -> list[Path]:
    """Every file with a fixed name that belongs to the store at `path`, whether it exists or not: the
    store itself, its earlier copies and its lock. Temp files are in `temp_files`."""
    return [path, *earlier_copy_paths(path), lock_path(path)]


def _temp_prefix(path: Path) -> str:
    return f".{path.name}.tmp-"


def temp_files(path: Path) -> list[Path]:
    """The temp files of the store at `path` (and of its earlier copies) that exist now: a save in
    progress, or one that crashed."""
    try:
        names = os.listdir(path.parent)
    except OSError:
        return []
    return [path.parent / name for name in names if name.startswith(f".{path.name}.") and ".tmp-" in name]


def delete_store(path: Path) -> list[Path]:
    """Delete the (closed) store at `path` and every file that goes with it, then its folder if that is
    empty. Returns the files that could not be deleted."""
    left = []
    for file in [*store_files(path), *temp_files(path)]:
        try:
            file.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            left.append(file)
    with contextlib.suppress(OSError):
        path.parent.rmdir()  # only if empty
    return left


# ---------------------------------------------------------------- writing


class FileOps:
    """Every filesystem call a save makes. Tests subclass it to make any single call fail."""

    def read_file(self, path: Path) -> bytes:
        """The bytes of a regular file (fileformat.read_regular): every read of a store, an earlier copy
        or a backup goes through here. FileNotFoundError if there is no such file."""
        return fileformat.read_regular(path)

    def read(self, path: Path) -> bytes | None:
        """The file's bytes, or None if there is no such file."""
        try:
            return self.read_file(path)
        except FileNotFoundError:
            return None

    def create_temp(self, folder: Path, prefix: str) -> tuple[int, Path]:
        # O_EXCL: a file or symlink someone planted at the name is never opened, followed or written.
        flags = (
            os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NO_FOLLOW | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
        )
        while True:
            temp = folder / f"{prefix}{secrets.token_hex(8)}"
            try:
                return os.open(temp, flags, FILE_MODE), temp
            except FileExistsError:
                continue

    def write(self, fd: int, data: bytes) -> None:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]

    def fsync(self, fd: int) -> None:
        if sys.platform == "darwin":
            import fcntl

            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
        else:
            os.fsync(fd)

    def close(self, fd: int) -> None:
        os.close(fd)

    def replace(self, source: Path, target: Path) -> None:
        os.replace(source, target)

    def fsync_dir(self, folder: Path) -> None:
        if sys.platform == "win32":
            return  # Windows cannot open a folder for fsync; MoveFileEx is durable once it returns.
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        except OSError as error:
            # A few file systems cannot fsync a folder; the renames are still atomic there.
            if error.errno not in (errno_codes.EINVAL, errno_codes.ENOTSUP, errno_codes.EBADF):
                raise
        finally:
            os.close(fd)

    def unlink(self, path: Path) -> None:
        os.unlink(path)


def _quiet_unlink(io: FileOps, path: Path) -> None:
    with contextlib.suppress(OSError):
        io.unlink(path)


def _write_temp(io: FileOps, folder: Path, prefix: str, data: bytes) -> Path:
    fd, temp = io.create_temp(folder, prefix)
    try:
        try:
            io.write(fd, data)
            io.fsync(fd)
        finally:
            io.close(fd)
    except BaseException:
        _quiet_unlink(io, temp)
        raise
    return temp


def write_with_generations(
    io: FileOps, path: Path, new: bytes, old: bytes | None, keep: int = KEEP_GENERATIONS
) -> None:
    """Put `new` at `path` crash-safely, keeping `old` (the current content, if any) as generation 1.

    Raises VaultWriteError; `committed` is true only if `new` is already in place (the final folder
    fsync failed). Otherwise the file at `path` is untouched.
    """
    folder = path.parent
    prefix = _temp_prefix(path)
    temps: list[Path] = []
    try:
        temps.append(_write_temp(io, folder, prefix, new))
        if old is not None and keep > 0:
            temps.append(_write_temp(io, folder, prefix, old))
            for number in range(keep - 1, 0, -1):
                with contextlib.suppress(FileNotFoundError):
                    io.replace(generation_path(path, number), generation_path(path, number + 1))
            io.replace(temps[-1], generation_path(path, 1))
            temps.pop()
            io.fsync_dir(folder)
        io.replace(temps[0], path)
        temps.clear()
    except OSError as error:
        for temp in temps:
            _quiet_unlink(io, temp)
        raise VaultWriteError(path, error.errno) from None
    try:
        io.fsync_dir(folder)
    except OSError as error:
        raise VaultWriteError(path, error.errno, committed=True) from None


def write_file_atomically(io: FileOps, path: Path, data: bytes) -> None:
    """Temp file in the same folder, fsync, rename over `path`, fsync the folder. For backups."""
    write_with_generations(io, path, data, None, keep=0)


def remove_stale_temps(path: Path) -> None:
    """Delete temp files a crashed save left behind (only while holding the lock)."""
    for temp in temp_files(path):
        with contextlib.suppress(OSError):
            os.unlink(temp)


def make_private_folder(folder: Path) -> None:
    """Create the store's folder readable by this user only (0700) if it does not exist yet."""
    if not folder.is_dir():
        folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(folder, FOLDER_MODE)


def tighten_file(path: Path) -> bool:
    """Make a store file 0600 if group or others could read it; True if it had to be changed. A symlink
    or anything but a regular file at the path is left alone (its target is never changed)."""
    if os.name != "posix":
        return False
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | _NO_FOLLOW | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        info = os.fstat(fd)
        if stat.S_ISREG(info.st_mode) and info.st_mode & 0o077:
            os.fchmod(fd, FILE_MODE)
            return True
    except OSError:
        pass
    finally:
        os.close(fd)
    return False


# ---------------------------------------------------------------- earlier copies


@dataclass(frozen=True)
class GenerationInfo:
    """A previous generation file: `number` 1 is the newest. `status` is "ok", or the error code of
    why it cannot be opened ("damaged", "too-new", "unreadable")."""

    number: int
    path: Path
    status: str
    generation: int | None = None
    saved: dt.datetime | None = None
    store_id: str | None = None
    slot_kinds: tuple[str, ...] = ()


def list_generations(path: Path) -> list[GenerationInfo]:
    """The earlier copies of the store at `path` that exist, numbered as `earlier_copy_paths`. Reads
    headers only; needs no lock and works when the current file is damaged or missing."""
    found = []
    for number, gen in enumerate(earlier_copy_paths(Path(path)), 1):
        if not gen.exists():
            continue
        try:
            header = fileformat.read(gen).header
        except VaultError as error:
            found.append(GenerationInfo(number=number, path=gen, status=error.code))
            continue
        found.append(
            GenerationInfo(
                number=number,
                path=gen,
                status="ok",
                generation=header.generation,
                saved=header.saved,
                store_id=header.store_id,
                slot_kinds=header.slot_kinds,
            )
        )
    return found


def remove_earlier_copies(path: Path) -> list[Path]:
    """Delete every earlier copy of the store at `path` (after its keys changed: the old secret opens
    them). Returns the files that could not be deleted."""
    left = []
    for file in earlier_copy_paths(path):
        try:
            os.unlink(file)
        except FileNotFoundError:
            continue
        except OSError:
            left.append(file)
    return left


def keep_extra_copies(io: FileOps, path: Path, old: bytes, *, first_save: bool, today: dt.date) -> None:
    """After a save that replaced `old`: keep it as the session copy if this was the session's first
    save, and as its day's copy if it was saved on an earlier day than `today` and that day has none;
    then drop day copies beyond MAX_DAY_COPIES. Best effort: the save itself has already succeeded."""
    with contextlib.suppress(VaultError, OSError):
        if first_save:
            write_file_atomically(io, session_copy_path(path), old)
        old_day = fileformat.parse(old).header.saved.date()
        if old_day < today and not day_copy_path(path, old_day).exists():
            write_file_atomically(io, day_copy_path(path, old_day), old)
        for extra in day_copies(path)[MAX_DAY_COPIES:]:
            os.unlink(extra)
