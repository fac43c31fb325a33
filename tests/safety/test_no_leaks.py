"""Nothing left lying around: after each variant of the scripted session (normal exit, quick exit,
SIGKILL with the notes open, restore from a backup), no value typed in (username, profile link, demand,
event, case name, passphrase) and not the recovery code may be found in any file the app could have
written: its data, settings, logs and cache, the whole private home, TMPDIR, XDG_RUNTIME_DIR, the
backup, and (with scripts/with-keyring.sh) gnome-keyring's files. Each value is looked for as UTF-8,
UTF-16 LE/BE, hex and base64 at all three alignments (see sweep.py).

The sweep is shown to work first: values planted in every form are found, in a folder of its own and
in a real session's folders. The notes store is then opened to show it really holds the values (so
the sweep looked at a store full of them, encrypted).
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from safetyapp.vault.store import Vault
from tests.safety.conftest import STRACE, VARIANTS, Run, skip_or_fail
from tests.safety.session import AFTER_BACKUP_TITLE, CANARIES
from tests.safety.sweep import encoded_forms, sweep
from tests.safety.trace import read_trace

VALUE = CANARIES["username"]
RAW = VALUE.encode("utf-8")


def _planted_streams() -> list[tuple[str, bytes]]:
    """(what, file content): the value written as a program would write it, inside other bytes."""
    rng = random.Random(7)

    def noise(n: int) -> bytes:
        return bytes(rng.randrange(256) for _ in range(n))

    streams = [
        ("utf-8 in a log line", b"2025-06-03 WARNING something: " + RAW + b"\n"),
        ("utf-16-le", noise(5) + ("name=" + VALUE).encode("utf-16-le") + noise(4)),
        ("utf-16-be", noise(4) + ("name=" + VALUE).encode("utf-16-be") + noise(3)),
        ("hex", b"blob " + (noise(3) + RAW + noise(2)).hex().encode()),
        ("HEX", b"BLOB " + (noise(2) + RAW + noise(5)).hex().upper().encode()),
    ]
    for before in range(6):  # every alignment, twice, and the end of the value at every alignment too
        for after in (0, 1, 2):
            middle = noise(before) + RAW + noise(after)
            streams.append((f"base64, {before} bytes before", b"data=" + base64.b64encode(middle)))
            streams.append((f"base64url, {before} bytes before", base64.urlsafe_b64encode(middle) + b"\n"))
    return streams


PLANTED = [pytest.param(what, content, id=f"{what}, {i}") for i, (what, content) in enumerate(_planted_streams())]


@pytest.mark.parametrize(("what", "content"), PLANTED)
def test_the_sweep_finds_a_value_in_every_form(what: str, content: bytes, tmp_path: Path) -> None:
    planted = tmp_path / "deep" / "er" / "file.bin"
    planted.parent.mkdir(parents=True)
    planted.write_bytes(content)
    (tmp_path / "other.txt").write_text("nothing here", encoding="utf-8")
    result = sweep([tmp_path], {"username": VALUE})
    assert [f.path for f in result.findings if f.canary == "username"] != [], what
    assert {f.path for f in result.findings} == {planted}
    # The same bytes with one character in the middle of the value changed are not reported.
    changed = VALUE.replace("_user_", "_usar_")
    assert sweep([tmp_path], {"username": changed}).findings == []


def test_the_sweep_finds_a_value_in_a_file_name(tmp_path: Path) -> None:
    (tmp_path / f"report for {VALUE}.txt").write_text("", encoding="utf-8")
    findings = sweep([tmp_path], {"username": VALUE}).findings
    assert [(f.form, f.in_name) for f in findings] == [("utf-8", True)]


def test_every_form_is_long_enough_to_mean_something() -> None:
    run_canaries = {**CANARIES, "recovery_code": "31RZ7-1G0WC-2SHWW-WB3ZM-53ZDM-8JC5Q-Z65MM"}
    wanted = {"utf-8", "utf-16-le", "utf-16-be", "hex", "HEX", "base64+0", "base64+1", "base64+2"}
    for value in run_canaries.values():
        forms = encoded_forms(value)
        assert wanted <= {name for name, _ in forms}
        assert min(len(form) for _, form in forms) >= 12


@pytest.mark.slow
def test_the_sweep_finds_values_planted_in_a_session_folder(session_runs: Callable[[str], Run]) -> None:
    run = session_runs("normal")
    run.check_completed()
    passphrase = CANARIES["passphrase"].encode()
    planted = {
        run.data_dir / "logs" / "planted.log": ("username", ("x" + VALUE).encode("utf-16-le")),
        run.home / ".cache" / "planted" / "blob": ("passphrase", base64.b64encode(b"\1" + passphrase + b"\2")),
        run.tmp / "planted.tmp": ("event", CANARIES["event"].encode().hex().upper().encode()),
    }
    try:
        for path, (_name, content) in planted.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        found = {(f.canary, f.path) for f in sweep(run.sweep_roots(), run.canaries()).findings}
        assert found == {(name, path) for path, (name, _content) in planted.items()}
    finally:
        for path in planted:
            path.unlink(missing_ok=True)
        (run.home / ".cache" / "planted").rmdir()


def _stored_values(run: Run) -> list[str]:
    with Vault.open(run.store) as vault:
        vault.unlock_with_passphrase(CANARIES["passphrase"])
        return [
            value
            for case in vault.data.cases
            for value in (
                case.title,
                *(a.username for a in case.accounts),
                *(a.profile_link for a in case.accounts),
                *(e.text for e in case.events),
                *(d.payment_details for d in case.demands),
            )
        ]


@pytest.mark.slow
@pytest.mark.parametrize("variant", VARIANTS)
def test_nothing_is_left_lying_around(variant: str, session_runs: Callable[[str], Run]) -> None:
    run = session_runs(variant)
    run.check_completed()
    canaries = run.canaries()
    result = sweep(run.sweep_roots(), canaries)
    print(
        f"{variant}: swept {result.files} files, {result.bytes} bytes in {len(result.roots)} folders "
        f"for {len(canaries)} values in {result.forms} forms; session {run.seconds:.1f} s"
    )
    assert run.store.is_file() and result.files > 3
    assert result.findings == [], "\n".join(str(f) for f in result.findings)
    # Nor in what the app printed (Qt warnings, a traceback).
    printed = run.stderr.encode("utf-8")
    assert [name for name, value in canaries.items() for _, form in encoded_forms(value) if form in printed] == []

    # The sweep did look at the values: the store holds them (encrypted), and for "restore" it holds the
    # backup's notes, not what was written after the backup.
    stored = _stored_values(run)
    for name in ("case_title", "username", "profile_link", "event", "demand"):
        assert CANARIES[name] in stored, name
    assert AFTER_BACKUP_TITLE not in stored
    if variant == "restore":
        assert run.event("restored")["titles"] == [CANARIES["case_title"]]


@pytest.mark.slow
@pytest.mark.parametrize("variant", ["normal", "quick"])
def test_the_clipboard_is_cleared_on_leaving(variant: str, session_runs: Callable[[str], Run]) -> None:
    run = session_runs(variant)
    run.check_completed()
    assert run.event("copied")["held"], "the session should have copied the username"
    left = run.event("clipboard-after-exit")["text"]
    assert not any(value in left for value in run.canaries().values())


@pytest.mark.slow
@pytest.mark.parametrize("variant", VARIANTS)
def test_the_app_writes_only_in_its_own_folders(variant: str, session_runs: Callable[[str], Run]) -> None:
    """Every file the app created or opened for writing (from the strace of the session) is in the run's
    private folders, or is a device such as /dev/null."""
    if STRACE is None:
        skip_or_fail("strace is not installed (scripts/setup.sh test installs it)")
    run = session_runs(variant)
    run.check_completed()
    written: set[Path] = set()
    for trace in run.traces:
        written |= read_trace(trace).written
    base = run.base.resolve()
    outside = sorted(
        str(path)
        for path in written
        if not path.resolve().is_relative_to(base) and not str(path).startswith(("/dev/", "/proc/self/"))
    )
    print(f"{variant}: {len(written)} files written, {len(outside)} outside the private folders")
    assert outside == []


@pytest.mark.slow
@pytest.mark.parametrize("variant", VARIANTS)
def test_with_a_data_dir_nothing_is_kept_outside_it(variant: str, session_runs: Callable[[str], Run]) -> None:
    """With --data-dir (as with --portable) the app keeps its files there and in the backup folder the user
    chose: nothing stays in the home folder, TMPDIR or XDG_RUNTIME_DIR once it has ended."""
    run = session_runs(variant)
    run.check_completed()
    left = sorted(
        str(path.relative_to(run.base))
        for root in (run.home, run.tmp, run.runtime)
        for path in root.rglob("*")
        if not path.is_dir()
    )
    assert left == []
    # Qt's file dialog settings are kept in the app's cache folder, and name no folder the user chose.
    for kept in run.data_dir.rglob("QtProject.conf"):
        text = kept.read_text(encoding="utf-8", errors="replace")
        for chosen in (run.exports, run.backups):
            assert str(chosen) not in text and chosen.name not in text, f"{kept} remembers {chosen}"
