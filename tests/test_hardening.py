"""On Linux the app turns core dumps off as it starts: a crash can never write its memory (note text, a
passphrase, a key) to disk."""

from __future__ import annotations

import subprocess
import sys

import pytest

CHECK = """
import ctypes, resource, sys
from safetyapp.app import main
before = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)
main(["--version"])
after = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)
print(before, after, resource.getrlimit(resource.RLIMIT_CORE))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl and core dumps are Linux's")
def test_starting_the_app_turns_core_dumps_off_for_good() -> None:
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    before, after, limit = result.stdout.strip().splitlines()[-1].split(" ", 2)
    assert before == "1" and after == "0"  # PR_GET_DUMPABLE
    assert limit == "(0, 0)"  # soft and hard: it cannot be raised again
