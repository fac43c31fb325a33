"""Runs of the scripted session (tests/safety/session.py), shared by the safety tests.

Each variant runs once per test session, in a process of its own, with its own private home, XDG
folders, TMPDIR, XDG_RUNTIME_DIR and --data-dir, under strace when strace is installed (every network
call and every file the app creates is recorded; see `trace.py`). The runs are made when a test first
asks for them, so `-k` picks only what it needs.

    normal     a whole session, then the window is closed
    quick      a whole session, then quick exit (Shift three times)
    kill       a whole session, then SIGKILL while the notes are saved but open
    restore    a copy of "normal"'s folders, then a second start: a backup restored, then closed
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.safety.session import CANARIES

ROOT = Path(__file__).resolve().parents[2]
VARIANTS = ("normal", "quick", "kill", "restore")
# A broken set-up must fail, not skip: scripts/test.sh sets SAFETYAPP_REQUIRE_KEYRING=1, CI sets CI.
REQUIRED = os.environ.get("SAFETYAPP_REQUIRE_KEYRING") == "1" or bool(os.environ.get("CI"))
STRACE = shutil.which("strace")
# The throw-away home of scripts/with-keyring.sh, where gnome-keyring keeps its files (read now, before
# any test points HOME elsewhere). Never someone's real home.
KEYRING_HOME = Path(os.environ["HOME"]) if os.environ.get("SAFETYAPP_THROWAWAY_KEYRING") == "1" else None
RUN_TIMEOUT_S = 120


def skip_or_fail(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"SAFETYAPP_REQUIRE_KEYRING=1 or CI is set, but {reason}", pytrace=False)
    pytest.skip(reason)


@dataclass
class Run:
    """One variant: its folders, what the driver reported, and the traces of its processes."""

    variant: str
    base: Path
    events: list[dict[str, Any]] = field(default_factory=list)
    stderr: str = ""
    returncodes: list[int] = field(default_factory=list)
    traces: list[Path] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def home(self) -> Path:
        return self.base / "home"

    @property
    def tmp(self) -> Path:
        return self.base / "tmp"

    @property
    def runtime(self) -> Path:
        return self.base / "runtime"

    @property
    def data_dir(self) -> Path:
        return self.base / "appdata"

    @property
    def backups(self) -> Path:
        return self.base / "usb"

    @property
    def exports(self) -> Path:
        """Where the session saves its reports: unencrypted by design, so they are checked and deleted
        (as the app tells the user to) before anything is swept."""
        return self.base / "exports"

    @property
    def store(self) -> Path:
        return self.data_dir / "data" / "notes" / "store.scv"

    def sweep_roots(self) -> list[Path]:
        """Everything the app could write to: its data, settings, logs and cache (all in --data-dir), the
        whole private home (XDG config, data, cache, state), TMPDIR, XDG_RUNTIME_DIR, the backup folder,
        and gnome-keyring's files when the keyring is with-keyring.sh's throw-away one."""
        roots = [self.data_dir, self.home, self.tmp, self.runtime, self.backups]
        return roots + ([KEYRING_HOME] if KEYRING_HOME is not None else [])

    def event(self, name: str) -> dict[str, Any]:
        found = [e for e in self.events if e["event"] == name]
        assert found, f"the {self.variant} session never reported {name!r}; stderr:\n{self.stderr[-3000:]}"
        return found[-1]

    def check_completed(self) -> None:
        """The script ran to its end, and the app ended as this variant should (killed, for "kill")."""
        tail = self.stderr[-4000:]
        errors = [e["message"] for e in self.events if e["event"] == "error"]
        assert not errors, f"the {self.variant} session failed:\n{errors[0]}\nstderr:\n{tail}"
        self.event("done")
        if self.variant == "kill":
            self.event("ready-to-kill")
            assert self.returncodes == [-signal.SIGKILL], (self.returncodes, tail)
        else:
            assert all(code == 0 for code in self.returncodes), (self.returncodes, tail)

    def canaries(self) -> dict[str, str]:
        """Every value typed in, and the recovery code shown, as shown and as typed without dashes."""
        code = self.event("recovery-code")["code"]
        return {**CANARIES, "recovery_code": code, "recovery_code_compact": code.replace("-", "")}


def _environment(run: Run) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "QT_", "SAFETYAPP_", "PYTEST")) and key not in ("HOME", "TMPDIR", "TMP", "TEMP")
    }
    env.update(
        HOME=str(run.home),
        XDG_CONFIG_HOME=str(run.home / ".config"),
        XDG_DATA_HOME=str(run.home / ".local" / "share"),
        XDG_CACHE_HOME=str(run.home / ".cache"),
        XDG_STATE_HOME=str(run.home / ".local" / "state"),
        XDG_RUNTIME_DIR=str(run.runtime),
        TMPDIR=str(run.tmp),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def _command(run: Run, phase: str, exit_how: str) -> list[str]:
    command = [
        sys.executable,
        "-m",
        "tests.safety.session",
        "--data-dir",
        str(run.data_dir),
        "--exports",
        str(run.exports),
        "--backups",
        str(run.backups),
        "--phase",
        phase,
        "--exit",
        exit_how,
    ]
    if STRACE is None:
        return command
    from tests.safety.trace import strace_command

    trace = run.base.parent / f"{run.base.name}-{phase}.strace"
    run.traces.append(trace)
    return strace_command(STRACE, trace) + command


def _start(run: Run, phase: str, exit_how: str, stdin: str = "") -> None:
    """Run one process of the session; for exit "kill", SIGKILL it once it says the notes are saved."""
    stderr_path = run.base.parent / f"{run.base.name}-{phase}.stderr"
    with open(stderr_path, "w+", encoding="utf-8", errors="replace") as stderr:
        process = subprocess.Popen(
            _command(run, phase, exit_how),
            cwd=ROOT,
            env=_environment(run),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        assert process.stdin is not None and process.stdout is not None
        app_pid: list[int] = []

        def stop() -> None:  # too long: the app (which strace would leave running), then strace
            for pid in app_pid:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
            process.kill()

        timer = threading.Timer(RUN_TIMEOUT_S, stop)
        timer.start()
        try:
            process.stdin.write(stdin)
            process.stdin.close()
            for line in process.stdout:
                event = json.loads(line)
                run.events.append(event)
                if event["event"] == "started":
                    app_pid.append(int(event["pid"]))
                elif event["event"] == "ready-to-kill":
                    os.kill(int(event["pid"]), signal.SIGKILL)  # the app itself (strace then ends too)
            process.wait(timeout=RUN_TIMEOUT_S)
        finally:
            timer.cancel()
            if process.poll() is None:
                stop()
                process.wait()
        stderr.seek(0)
        run.stderr += stderr.read()
        run.returncodes.append(process.returncode)


def _fresh(base: Path) -> Run:
    run = Run(variant=base.name, base=base)
    for folder in (run.home, run.tmp, run.runtime):
        folder.mkdir(parents=True)
        os.chmod(folder, 0o700)
    return run


def _check_reports_then_delete(run: Run) -> None:
    """The reports were really written (the username is in the text one), then they go."""
    paths = [Path(p) for p in run.event("reports")["paths"]]
    text = next(p for p in paths if p.suffix == ".txt")
    assert CANARIES["username"] in text.read_text(encoding="utf-8")
    pdf = next(p for p in paths if p.suffix == ".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    shutil.rmtree(run.exports)


def make_run(variant: str, base: Path, normal: Callable[[], Run]) -> Run:
    started = time.monotonic()
    if variant == "restore":
        source = normal()
        shutil.copytree(source.base, base, symlinks=True)
        run = Run(variant=variant, base=base, events=list(source.events))
        code = source.event("recovery-code")["code"]
        _start(run, "restore", "normal", stdin=json.dumps({"recovery_code": code}) + "\n")
    else:
        run = _fresh(base)
        _start(run, "session", variant)
        if variant != "kill" or run.exports.exists():
            _check_reports_then_delete(run)
    run.seconds = time.monotonic() - started
    return run


@pytest.fixture(scope="session")
def session_runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Run]]:
    """`session_runs(variant)`: the run of that variant, made the first time it is asked for."""
    made: dict[str, Run] = {}
    top = tmp_path_factory.mktemp("safety-sessions")

    def get(variant: str) -> Run:
        assert variant in VARIANTS
        if variant not in made:
            made[variant] = make_run(variant, top / variant, lambda: get("normal"))
        return made[variant]

    yield get
    for run in made.values():
        unlocked = [e["how"] for e in run.events if e["event"] == "unlocked"]
        keyring = next((e for e in run.events if e["event"] == "keyring"), {})
        print(
            f"safety session {run.variant}: {run.seconds:.1f} s, exit statuses {run.returncodes}, "
            f"keyring usable {keyring.get('usable')} ({keyring.get('reason')}), second start unlocked by {unlocked}"
        )
