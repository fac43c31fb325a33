"""The app on a real X server (Xvfb): the window appears, with Qt's xcb libraries really present."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("xwininfo") is None,
    reason="needs Xvfb and xwininfo (installed by scripts/test.sh)",
)


def test_the_window_opens_on_a_real_screen(xvfb: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=xvfb, DBUS_SESSION_BUS_ADDRESS="disabled:")
    app = subprocess.Popen(
        [sys.executable, "-m", "safetyapp", "--data-dir", str(tmp_path / "data")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        seen = ""
        while time.monotonic() < deadline and app.poll() is None:
            seen = subprocess.run(
                ["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True, check=False
            ).stdout
            if '"Safety Companion"' in seen:
                break
            time.sleep(0.3)
        assert app.poll() is None, app.communicate()[1]
        assert '"Safety Companion"' in seen
    finally:
        app.terminate()
        app.wait(timeout=10)
