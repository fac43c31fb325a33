"""The real app on real screens: Xvfb with the openbox window manager and a 40 px taskbar strip the
window must keep clear of, at 1024x600 (small school laptops), 1366x768 and 1920x1080.

One app start per screen size (tests/screen/driver.py walks Home, Advice, Get help, Settings and
the wizard's first question, and reports); each test reads that report. The screenshots are kept
in the test's temporary folder (the path is printed when a test fails).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

TOOLS = ("Xvfb", "openbox", "xdotool", "xprop", "xmessage")
pytestmark = pytest.mark.slow

SIZES = ("1024x600", "1366x768", "1920x1080")
STEPS = ("home", "advice", "help", "settings", "wizard")
TASKBAR = 40
DRIVER = Path(__file__).with_name("driver.py")


def _need_tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:  # scripts/setup.sh test installs them: missing tools are a failure, not a skip
        pytest.fail(f"the real-screen tests need {', '.join(missing)} (run scripts/setup.sh test)")


def _wait_for(check: object, what: str, timeout: float = 15.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()  # type: ignore[operator]
        if result:
            return str(result)
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


class Desktop:
    """An X screen with a window manager and a taskbar, until closed."""

    def __init__(self, size: str) -> None:
        width, height = (int(n) for n in size.split("x"))
        read, write = os.pipe()
        self.processes: list[subprocess.Popen[bytes]] = []
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp", "-noreset"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.processes.append(server)
        os.close(write)
        with os.fdopen(read) as pipe:
            self.display = ":" + pipe.readline().strip()
        self.env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        self.env.update(DISPLAY=self.display, DBUS_SESSION_BUS_ADDRESS="disabled:", QT_QPA_PLATFORM="xcb")
        self._start(["openbox"])
        _wait_for(lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in self._x(["xprop", "-root"]), "openbox")
        self._start(["xmessage", "-name", "taskbar", "-geometry", f"{width}x{TASKBAR}+0+{height - TASKBAR}", " "])
        panel = _wait_for(lambda: self._x(["xdotool", "search", "--name", "taskbar"]).split()[:1], "the taskbar")
        panel_id = panel.strip("[]'\" ")
        strut = f"0,0,0,{TASKBAR},0,0,0,0,0,0,0,{width - 1}"
        self._x(
            ["xprop", "-id", panel_id, "-f", "_NET_WM_STRUT_PARTIAL", "32c", "-set", "_NET_WM_STRUT_PARTIAL", strut]
        )
        self._x(["xprop", "-id", panel_id, "-f", "_NET_WM_STRUT", "32c", "-set", "_NET_WM_STRUT", f"0,0,0,{TASKBAR}"])
        want = f"0, 0, {width}, {height - TASKBAR}"
        _wait_for(lambda: want in self._x(["xprop", "-root", "_NET_WORKAREA"]), "the work area without the taskbar")

    def _start(self, command: list[str]) -> None:
        self.processes.append(
            subprocess.Popen(command, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        )

    def _x(self, command: list[str]) -> str:
        return subprocess.run(command, env=self.env, capture_output=True, text=True, check=False).stdout

    def close(self) -> None:
        for process in reversed(self.processes):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture(scope="module", params=SIZES)
def walk(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    """The report of one walk through the app on a screen of one size."""
    _need_tools()
    size = str(request.param)
    out = tmp_path_factory.mktemp(f"screen-{size}")
    desktop = Desktop(size)
    try:
        run = subprocess.run(
            [sys.executable, str(DRIVER), str(out), str(out / "data")],
            env=desktop.env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        desktop.close()
    report_file = out / "report.json"
    assert report_file.is_file(), f"the walk at {size} did not finish:\n{run.stderr[-3000:]}"
    report = json.loads(report_file.read_text())
    report["size"], report["screenshots"] = size, str(out)
    yield report


def test_the_window_fits_the_screen_without_the_taskbar(walk: dict[str, object]) -> None:
    available, frame = walk["available"], walk["frame"]
    assert isinstance(available, list) and isinstance(frame, list)
    x, y, width, height = (int(n) for n in available)
    fx, fy, fwidth, fheight = (int(n) for n in frame)
    screen_height = int(str(walk["size"]).split("x")[1])
    assert height == screen_height - TASKBAR, "Qt does not see the taskbar"
    assert x <= fx and y <= fy and fx + fwidth <= x + width and fy + fheight <= y + height, walk
    assert fheight >= height - 2, f"the window does not use the screen's height: {walk}"


def test_the_keyboard_starts_on_the_page_never_on_quick_exit(walk: dict[str, object]) -> None:
    assert not walk["first_focus_is_quick_exit"], walk["first_focus"]
    assert walk["first_focus_on_page"], walk["first_focus"]


@pytest.mark.parametrize("step", STEPS)
def test_every_control_a_step_needs_is_on_screen_and_whole(walk: dict[str, object], step: str) -> None:
    steps = walk["steps"]
    assert isinstance(steps, dict)
    problems = steps[step]
    assert not problems, f"{walk['size']} {step} (screenshots in {walk['screenshots']}):\n" + "\n".join(problems)
