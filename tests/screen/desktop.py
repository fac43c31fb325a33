"""An X screen for the real-screen tests and the journey benchmark: Xvfb with the openbox window manager
and a taskbar strip (an xmessage window reserving the bottom 40 px) the app's window must keep clear of."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

TOOLS = ("Xvfb", "openbox", "xdotool", "xprop", "xmessage")
TASKBAR = 40


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _wait_for(check: Callable[[], object], what: str, timeout: float = 15.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
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


DRIVER = Path(__file__).with_name("driver.py")


def walk(size: str, out: Path, options: list[str], timeout: float = 900) -> dict[str, object]:
    """Start a desktop of `size`, run the app through tests/screen/driver.py with `options`, and return
    its report (screenshots are left in `out`)."""
    desktop = Desktop(size)
    try:
        run = subprocess.run(
            [sys.executable, str(DRIVER), str(out), str(out / "data"), *options],
            env=desktop.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    finally:
        desktop.close()
    report_file = out / "report.json"
    if not report_file.is_file():
        raise AssertionError(f"the walk at {size} {options} did not finish:\n{run.stderr[-3000:]}")
    report: dict[str, object] = json.loads(report_file.read_text())
    report["size"], report["screenshots"] = size, str(out)
    return report
