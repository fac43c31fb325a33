"""Real faults, not simulated ones: a small tmpfs that fills up or is remounted read-only, a real
second process holding a lock, a real second copy of the app.

Mounting needs root. CI runs the tests as root; elsewhere, without root, the tests that mount are
skipped with the reason (and in CI, with CI set, they fail instead of skipping).

The My notes fixtures (quick Argon2id, in-memory keyring, test clock, stand-in dialogs) are the ones
tests/ui/notes uses, imported from there.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.ui.notes.conftest import (  # noqa: F401  (fixtures, registered by being imported)
    _memoised_kdf,
    harness,
    make_page,
    notes_context,
    template,
)

ROOT = Path(__file__).resolve().parents[2]
DISK_SIZE = 4 * 1024 * 1024

# The real program (safetyapp.app.main) with one observer: it prints what its claim on the data folder
# gave, when its event loop runs, and each request to come to the front (an offscreen window cannot be
# watched from outside).
FIRST_COPY = r"""
import sys
from PySide6.QtCore import QTimer
from safetyapp.ui.app import single_instance

claim = single_instance.SingleInstance.claim

def reporting_claim(self, **options):
    outcome = claim(self, **options)
    self.show_requested.connect(lambda: print("show-requested", flush=True))
    QTimer.singleShot(0, lambda: print("running", flush=True))  # once the event loop runs
    print("claimed", outcome, "guarded" if self.guarded else "unguarded", flush=True)
    return outcome

single_instance.SingleInstance.claim = reporting_claim
from safetyapp.app import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture(autouse=True)
def _clean_clipboard() -> Iterator[None]:
    """As in tests/ui/notes: clear the clipboard while the app is alive (only if a test made one)."""
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()


def cannot_run(reason: str) -> None:
    """Skip, except in CI (the CI runner is root and must run every fault test)."""
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the fault tests: {reason}")
    pytest.skip(reason)


def need_root() -> None:
    if not sys.platform.startswith("linux"):
        cannot_run("mounting a small tmpfs needs Linux")
    if os.geteuid() != 0:
        cannot_run("mounting a small tmpfs needs root (CI runs the tests as root)")


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


@dataclass
class SmallDisk:
    """A tmpfs of DISK_SIZE bytes mounted at `path`, that a test fills up or makes read-only."""

    path: Path

    @property
    def filler(self) -> Path:
        return self.path / "filler.bin"

    def free_bytes(self) -> int:
        stats = os.statvfs(self.path)
        return stats.f_bavail * stats.f_frsize

    def fill(self, leave: int = 0) -> None:
        """Fill the disk to the last byte, then free `leave` bytes (rounded to the disk's pages)."""
        chunk = b"\0" * 65536
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            while True:
                try:
                    os.write(fd, chunk)
                except OSError as error:
                    assert error.errno == errno.ENOSPC
                    break
        finally:
            os.close(fd)
        assert self.free_bytes() == 0
        if leave:
            os.truncate(self.filler, max(0, self.filler.stat().st_size - leave))

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)

    def remount(self, mode: str) -> None:
        result = _run("mount", "-o", f"remount,{mode}", str(self.path))
        assert result.returncode == 0, result.stderr


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    need_root()
    point = tmp_path / "disk"
    point.mkdir()
    mounted = _run("mount", "-t", "tmpfs", "-o", f"size={DISK_SIZE},mode=0700", "tmpfs", str(point))
    if mounted.returncode != 0:
        cannot_run(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield SmallDisk(point)
    finally:
        if _run("umount", str(point)).returncode != 0:
            _run("umount", "-l", str(point))  # something still has a file open: detach it anyway


NOBODY_PRELUDE = """
import errno, fcntl, json, os, sys, tempfile

def drop_privileges():
    # Called after the imports: Python itself may live where nobody cannot read (say, under /root).
    if os.geteuid() == 0:
        os.setgroups([])
        os.setgid(65534)
        os.setuid(65534)
    assert os.geteuid() != 0
"""


def as_nobody(code: str, *args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    """Run Python `code` as the user nobody, so file permissions apply (root ignores them); `code`
    imports what it needs, then calls drop_privileges(). Without root it runs as this user, whose
    permissions apply anyway."""
    prelude = NOBODY_PRELUDE
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "HOME": "/nonexistent",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    return subprocess.run(
        [sys.executable, "-c", prelude + code, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd="/",
    )


def folder_state(folder: Path, *, folder_times: bool = True) -> dict[str, tuple[object, ...]]:
    """Everything about a folder tree that a write would change: each entry's kind, mode, size,
    modification and change times, and each file's bytes. Without `folder_times`, the times of the
    folders themselves are left out (a temp file made and removed again changes them)."""
    state: dict[str, tuple[object, ...]] = {}
    for path in sorted([folder, *folder.rglob("*")]):
        info = path.lstat()
        times: tuple[int, ...] = (info.st_mtime_ns, info.st_ctime_ns)
        if path.is_dir() and not folder_times:
            times = ()
        content = path.read_bytes() if path.is_file() and not path.is_symlink() else b""
        state[str(path.relative_to(folder))] = (info.st_mode, info.st_size, *times, content)
    return state
