"""Two copies of the app at once, as real processes (offscreen): the second asks the first to come to
the front and exits straight away, having written nothing; separate data folders are separate apps.

The first copy is the real program (safetyapp.app.main) with one observer added: it prints when it
has claimed the data folder, when its event loop runs, and when it is asked to come to the front
(an offscreen window cannot be watched from outside). The second copy is `python -m safetyapp` as is.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from safetyapp.core.paths import resolve_paths
from safetyapp.ui.app import single_instance
from safetyapp.ui.app.single_instance import FIRST, NO_ANSWER, SingleInstance, server_name
from tests.faults.conftest import FIRST_COPY, ROOT, folder_state

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="runs the app offscreen on Linux")


def app_env(home: Path) -> dict[str, str]:
    temp = home.parent / "temp"
    temp.mkdir(exist_ok=True)
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "TMPDIR": str(temp),
    }


class FirstCopy:
    def __init__(self, env: dict[str, str], *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", FIRST_COPY, *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        assert self.process.stdout is not None
        self.claimed = self.process.stdout.readline().split()
        if self.claimed[:2] == ["claimed", "first"]:
            assert self.process.stdout.readline().strip() == "running"

    def next_line(self, timeout: float = 10) -> str:
        """The next line the first copy prints, or "" if none comes in time."""
        import selectors

        assert self.process.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            if not selector.select(timeout):
                return ""
        return self.process.stdout.readline().strip()

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        self.process.communicate(timeout=30)


@pytest.fixture
def first_copy(tmp_path: Path) -> Iterator[Callable[..., FirstCopy]]:
    started: list[FirstCopy] = []

    def start(*args: str, home: Path = tmp_path / "home") -> FirstCopy:
        started.append(FirstCopy(app_env(home), *args))
        return started[-1]

    yield start
    for copy in started:
        copy.stop()


def second_copy(home: Path, *args: str, timeout: int = 60) -> tuple[subprocess.CompletedProcess[str], float]:
    began = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "safetyapp", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=app_env(home),
        cwd=ROOT,
    )
    return result, time.monotonic() - began


def test_a_second_copy_brings_the_first_to_the_front_and_writes_nothing(
    first_copy: Callable[..., FirstCopy], tmp_path: Path
) -> None:
    folder = tmp_path / "appdata"
    first = first_copy("--data-dir", str(folder))
    assert first.claimed == ["claimed", "first", "guarded"]
    time.sleep(0.5)  # let the first copy finish its after-first-paint work
    before = folder_state(folder)
    timings = []
    for _ in range(3):
        result, took = second_copy(tmp_path / "home", "--data-dir", str(folder))
        assert result.returncode == 0, result.stderr
        assert first.next_line() == "show-requested"
        timings.append(took)
    assert folder_state(folder) == before  # not a file, folder, time or permission changed
    assert max(timings) < 10, timings
    print("second copy exit times: " + ", ".join(f"{t:.2f} s" for t in timings))


def test_after_the_first_copy_is_killed_the_next_start_is_the_first(
    first_copy: Callable[..., FirstCopy], tmp_path: Path
) -> None:
    folder = tmp_path / "appdata"
    first_copy("--data-dir", str(folder)).stop(signal.SIGKILL)
    assert list((tmp_path / "temp").iterdir()) == []  # no socket file left on the computer
    again = first_copy("--data-dir", str(folder))
    assert again.claimed == ["claimed", "first", "guarded"]
    result, _ = second_copy(tmp_path / "home", "--data-dir", str(folder))
    assert result.returncode == 0, result.stderr
    assert again.next_line() == "show-requested"  # the new copy listens, not the dead one


def test_separate_data_folders_are_separate_apps(first_copy: Callable[..., FirstCopy], tmp_path: Path) -> None:
    one = first_copy("--data-dir", str(tmp_path / "one"))
    two = first_copy("--data-dir", str(tmp_path / "two"))
    default = first_copy()  # the user's own folders, under this test's HOME
    assert one.claimed[:2] == two.claimed[:2] == default.claimed[:2] == ["claimed", "first"]
    for copy in (one, two, default):
        assert copy.next_line(timeout=1) == ""  # none was asked to come to the front


def test_portable_mode_data_dir_and_the_users_folders_have_different_names(tmp_path: Path) -> None:
    program = tmp_path / "usb-stick"
    program.mkdir()
    folders = [
        resolve_paths(program=program).data,
        resolve_paths(portable=True, program=program).data,
        resolve_paths(data_dir=tmp_path / "mine").data,
    ]
    assert len({server_name(f) for f in folders}) == 3
    for folder in folders:
        # A hash: nothing of the folder (or the user's name in it) shows in the socket's name.
        digest = server_name(folder).removeprefix("safetycompanion-")
        assert len(digest) == 32 and set(digest) <= set("0123456789abcdef")


def test_version_and_self_test_run_while_the_app_is_open(first_copy: Callable[..., FirstCopy], tmp_path: Path) -> None:
    first = first_copy()  # the user's own folders
    assert first.claimed[:2] == ["claimed", "first"]
    version, _ = second_copy(tmp_path / "home", "--version")
    assert version.returncode == 0 and version.stdout.startswith("Safety Companion ")
    selftest, _ = second_copy(tmp_path / "home", "--self-test", timeout=180)
    assert selftest.returncode == 0, selftest.stderr
    assert first.next_line(timeout=1) == ""  # neither asked the app to come to the front


LOCK_HOLDER = r"""
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDONLY | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
print("locked", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def hung_first_copy(tmp_path: Path) -> Iterator[Path]:
    """Another process holds the data folder's instance lock but never answers (as if it hung)."""
    folder = tmp_path / "appdata"
    paths = resolve_paths(data_dir=folder)
    paths.create()
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(paths.data / single_instance.LOCK_NAME)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    try:
        yield folder
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()


def test_when_the_first_copy_does_not_answer_the_second_says_so_and_writes_nothing(
    hung_first_copy: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from safetyapp.ui.app.application import run

    monkeypatch.setattr(single_instance, "ANSWER_TIMEOUT_MS", 600)
    paths = resolve_paths(data_dir=hung_first_copy)
    before = folder_state(hung_first_copy)
    shown: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, read_and_close)
            return
        shown.append(box.text())
        box.accept()

    QTimer.singleShot(50, read_and_close)
    began = time.monotonic()
    assert run(paths, prepare=lambda: pytest.fail("a second copy must not make folders or logs")) == 1
    assert shown and "already open, but it is not answering" in shown[0]
    assert time.monotonic() - began < 5
    assert folder_state(hung_first_copy) == before


def test_claim_release_and_claim_again_in_one_process(tmp_path: Path, qapp: QApplication) -> None:
    first = SingleInstance(tmp_path / "data")
    assert first.claim() == FIRST and first.guarded and first.listening
    # A first copy whose event loop is stuck (here: blocked by this very call) does not answer.
    assert SingleInstance(tmp_path / "data", timeout_ms=300).claim() == NO_ANSWER
    first.release()
    assert not first.guarded and not first.listening
    again = SingleInstance(tmp_path / "data")
    assert again.claim() == FIRST
    again.release()
