"""What a screen reader gets: the real app on a real X server, its accessibility tree read over AT-SPI
(at-spi2-core in a private D-Bus session) by pyatspi from the system Python, each section opened by
choosing its button through AT-SPI. Fails when a control a keyboard user can reach has no name."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from safetyapp import APP_NAME
from safetyapp.core.settings import Settings
from safetyapp.ui.app.main_window import MainWindow
from tests.helpers.wizard import answer, wizard

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def have_atspi() -> bool:
    if not (Path(BUS_LAUNCHER).exists() and shutil.which("dbus-daemon") and shutil.which("Xvfb")):
        return False
    return subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode == 0


@pytest.fixture
def session_bus() -> Iterator[dict[str, str]]:
    """A private D-Bus session with the AT-SPI bus in it (never the user's own)."""
    if not have_atspi():
        if os.environ.get("CI"):
            pytest.fail("AT-SPI is missing: scripts/setup.sh test installs at-spi2-core and python3-pyatspi")
        pytest.skip("needs at-spi2-core, python3-pyatspi, dbus and Xvfb (scripts/setup.sh test installs them)")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE, text=True
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
    launcher = subprocess.Popen(
        [BUS_LAUNCHER, "--launch-immediately"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(0.5)
    try:
        yield env
    finally:
        for process in (launcher, daemon):
            process.terminate()
            process.wait(timeout=10)


def test_every_control_a_screen_reader_reaches_has_a_name(
    xvfb: str, session_bus: dict[str, str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    (data / "settings").mkdir(parents=True)
    (data / "settings" / "settings.json").write_text(json.dumps({"audience": "parent", "first_run": False}))
    env = {**session_bus, "DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
    app = subprocess.Popen(
        [sys.executable, "-m", "safetyapp", "--data-dir", str(data)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        walked = subprocess.run(
            [SYSTEM_PYTHON, str(HERE / "atspi_walk.py"), APP_NAME],
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
            cwd="/",
        )
    finally:
        app.terminate()
        app.communicate(timeout=30)
    assert walked.returncode == 0, walked.stderr
    result = json.loads(walked.stdout)
    assert result["error"] is None, result["error"]
    sections = result["sections"]
    assert list(sections) == ["Home", "Advice", "What to do now", "My notes", "Get help", "Settings"]
    counts = {section: found["focusable"] for section, found in sections.items()}
    assert len(set(counts.values())) > 1, f"choosing the sections changed nothing: {counts}"
    unnamed = {section: found["unnamed"] for section, found in sections.items() if found["unnamed"]}
    assert unnamed == {}
    # Headings are served as headings (not plain text), so a reader can hear and jump through each page's parts.
    headings = {section: found["headings"] for section, found in sections.items()}
    assert headings["Home"][:2] == ["You are not alone", "Start here"]
    assert headings["What to do now"][0] == "What to do now"
    assert "Where your information is kept" in headings["Settings"]
    assert all(headings.values()), f"a section with no heading: {headings}"


def test_the_plan_steps_are_read_in_order(make_window: Callable[..., MainWindow], qtbot: QtBot) -> None:
    """Qt's accessibility interface (what the AT-SPI bridge serves): the steps come in their numbers' order."""
    page = wizard(make_window(Settings(reader="young", first_run=False)))
    answer(qtbot, page, {"safety": "no", "who": "young", "happening": "threatened-to-share", "paid": "no"})
    assert page.plan is not None and len(page.plan.steps) >= 3

    def step_names(interface: QAccessible.QAccessibleInterface | None) -> Iterator[str]:  # type: ignore[name-defined]
        if interface is None:
            return
        if interface.object() is not None and isinstance(interface.object(), QCheckBox):
            yield interface.text(QAccessible.Text.Name)
        for index in range(interface.childCount()):
            yield from step_names(interface.child(index))

    names = [n for n in step_names(QAccessible.queryAccessibleInterface(page)) if n.startswith("Step ")]
    assert names == [f"Step {number}: {step.action}" for number, step in enumerate(page.plan.steps, start=1)]
