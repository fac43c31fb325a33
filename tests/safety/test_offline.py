"""The app never goes online: every variant of the scripted session runs under `strace -f`, and not one
call, in any thread or child, may use an internet address family (AF_INET or AF_INET6). Unix sockets
(D-Bus for the keyring and for sleep/screen-lock signals) are fine.

Without strace these tests skip, unless SAFETYAPP_REQUIRE_KEYRING=1 (scripts/test.sh) or CI is set:
then they fail, so a set-up without strace cannot pass as a skip.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.safety.conftest import REQUIRED, STRACE, VARIANTS, Run, skip_or_fail
from tests.safety.trace import Trace, read_trace, strace_command

pytestmark = pytest.mark.slow


def needs_strace() -> str:
    if STRACE is None:
        skip_or_fail("strace is not installed (scripts/setup.sh test installs it)")
    assert STRACE is not None
    return STRACE


def test_the_trace_shows_internet_sockets_when_there_are_some(tmp_path: Path) -> None:
    """The check below can fail: a process that makes (but never connects) internet sockets is caught."""
    strace = needs_strace()
    output = tmp_path / "trace"
    code = "import socket\nfor f in (socket.AF_INET, socket.AF_INET6, socket.AF_UNIX):\n socket.socket(f).close()"
    subprocess.run([*strace_command(strace, output), sys.executable, "-c", code], check=True, timeout=60)
    trace = read_trace(output)
    assert trace.families["AF_INET"] >= 1 and trace.families["AF_INET6"] >= 1 and trace.families["AF_UNIX"] >= 1
    assert len(trace.internet_calls) >= 2
    assert trace.network_calls >= 3


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_app_never_goes_online(variant: str, session_runs: Callable[[str], Run]) -> None:
    needs_strace()
    run = session_runs(variant)
    run.check_completed()
    trace = Trace()
    for path in run.traces:
        trace.add(read_trace(path))
    families = ", ".join(f"{family} {count}" for family, count in sorted(trace.families.items())) or "none"
    print(
        f"{variant}: {trace.network_calls} network calls ({families}); "
        f"{len(trace.internet_calls)} with AF_INET/AF_INET6; {len(trace.written)} files written"
    )
    # The trace followed the app itself: it saw the notes being written.
    assert any(path.name.startswith("store.scv") for path in trace.written), "strace did not follow the app"
    assert trace.internet_calls == [], "\n".join(trace.internet_calls[:20])
    if REQUIRED:
        # The keyring part ran too, over D-Bus (a unix socket), inside scripts/with-keyring.sh.
        assert run.event("keyring")["usable"], run.event("keyring")
        assert trace.families["AF_UNIX"] > 0
