"""The .deb installs under /opt with a launcher, menu entry and icons, runs, and uninstalls without a
trace; the portable .tar.gz runs from any folder and writes nothing outside it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tarfile
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging.conftest import LinuxPackages, frozen_env

pytestmark = pytest.mark.slow

# Where a package may put files, and where dpkg keeps what it knows about one.
WATCHED = (
    "/opt",
    "/usr/bin",
    "/usr/share/applications",
    "/usr/share/metainfo",
    "/usr/share/icons/hicolor",
    "/usr/share/doc",
    "/var/lib/dpkg/info",
)


def snapshot() -> set[str]:
    found: set[str] = set()
    for top in WATCHED:
        for folder, dirs, files in os.walk(top):
            found.update(os.path.join(folder, name) for name in dirs + files)
    return found


def dpkg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["dpkg", *args], capture_output=True, text=True, timeout=300)


@pytest.fixture
def clean_system() -> Iterator[None]:
    if os.geteuid() != 0 or shutil.which("dpkg") is None:
        pytest.skip("installing a .deb needs root and dpkg (CI runs the tests as root on Debian)")
    dpkg("--purge", "safetycompanion")  # left over from an interrupted run
    yield
    dpkg("--purge", "safetycompanion")


def test_the_deb_installs_runs_and_removes_without_a_trace(linux_packages: LinuxPackages, clean_system: None) -> None:
    before = snapshot()
    installed = dpkg("--install", str(linux_packages.deb))
    assert installed.returncode == 0, installed.stderr

    assert Path("/opt/safetycompanion/SafetyCompanion").is_file()
    launcher = shutil.which("safetycompanion", path="/usr/bin")
    assert launcher == "/usr/bin/safetycompanion"
    desktop = Path("/usr/share/applications/safetycompanion.desktop").read_text(encoding="utf-8")
    assert "Exec=safetycompanion" in desktop and "Icon=safetycompanion" in desktop
    assert Path("/usr/share/icons/hicolor/256x256/apps/safetycompanion.png").is_file()
    # Software centres find it: the installed metainfo is valid, offline, and names the installed entry.
    validated = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", "/usr/share/metainfo/safetycompanion.metainfo.xml"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert validated.returncode == 0, validated.stdout + validated.stderr
    # Nothing in the installed program can be changed by an ordinary user.
    writable = [p for p in Path("/opt/safetycompanion").rglob("*") if not p.is_symlink() and p.stat().st_mode & 0o022]
    assert not writable, writable[:5]

    result = subprocess.run(
        ["safetycompanion", "--self-test"], capture_output=True, text=True, timeout=120, env=frozen_env(), cwd="/"
    )
    assert result.returncode == 0, result.stderr
    assert "Self-test passed" in result.stdout

    removed = dpkg("--purge", "safetycompanion")
    assert removed.returncode == 0, removed.stderr
    after = snapshot()
    assert after - before == set(), sorted(after - before)[:20]
    assert dpkg("--status", "safetycompanion").returncode != 0


# ------------------------------------------------------------------ portable

# System calls that change the file system, and where in each the path is.
WRITE_CALLS = re.compile(
    r"^(?:\[pid\s+\d+\]\s+|\d+\s+)?(openat|open|creat|mkdir|mkdirat|rename|renameat2?|unlink|unlinkat|rmdir|"
    r"link|linkat|symlink|symlinkat|truncate|chmod|fchmodat|utimensat)\((.*)\)\s+=\s+\d+"
)


def written_paths(trace: str) -> list[str]:
    """Paths the program changed: successful opens for writing, and every successful mkdir/rename/..."""
    paths = []
    for line in trace.splitlines():
        match = WRITE_CALLS.match(line.strip())
        if not match:
            continue
        call, args = match.groups()
        if call in ("openat", "open") and not re.search(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC", args):
            continue
        if call == "utimensat" and '"' not in args:
            continue  # futimens on an open file: the open was already counted
        paths += re.findall(r'"((?:[^"\\]|\\.)*)"', args)
    return paths


def test_the_portable_archive_runs_with_a_read_only_home_and_writes_only_in_its_folder(
    linux_packages: LinuxPackages,
) -> None:
    if os.geteuid() != 0 or shutil.which("strace") is None or shutil.which("setpriv") is None:
        pytest.skip("needs root (to run as another user, so read-only folders really are read-only) and strace")
    place = Path(tempfile.mkdtemp(prefix="portable-"))
    try:
        place.chmod(0o755)
        with tarfile.open(linux_packages.tarball) as archive:
            archive.extractall(place, filter="tar")
        (folder,) = place.iterdir()
        assert (folder / "portable-mode.txt").is_file()
        # The USB stick belongs to the user; the home, XDG and temp folders exist but cannot be written.
        subprocess.run(["chown", "-R", "nobody:nogroup", str(folder)], check=True)
        home = place / "home"
        for sub in ("", ".config", ".local/share", ".cache", ".local/state", "tmp", "runtime"):
            (home / sub).mkdir(parents=True, exist_ok=True)
        subprocess.run(["chmod", "-R", "a-w", str(home)], check=True)
        env = frozen_env(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local/share"),
            XDG_CACHE_HOME=str(home / ".cache"),
            XDG_STATE_HOME=str(home / ".local/state"),
            XDG_RUNTIME_DIR=str(home / "runtime"),
            TMPDIR=str(home / "tmp"),
        )
        trace = place / "trace"
        command = [
            "strace", "-f", "-z", "-qq", "-s", "4096", "-o", str(trace),
            "-e", "trace=%file",
            "setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
            str(folder / "SafetyCompanion"),
        ]  # fmt: skip
        process = subprocess.Popen(command, env=env, cwd=str(folder), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        data = folder / "SafetyCompanionData"
        deadline = time.monotonic() + 60
        while not (data / "data" / "instance.lock").exists():
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the portable app did not start"
            time.sleep(0.1)
        time.sleep(2)  # let it settle after the first paint
        assert process.poll() is None
        # The program is setpriv's child under strace: end it as a logout would.
        subprocess.run(["pkill", "-TERM", "-f", str(folder / "SafetyCompanion")], check=False)
        _, errors = process.communicate(timeout=60)
        assert process.returncode == 0, errors.decode(errors="replace")[-2000:]

        assert (data / "settings").is_dir() and (data / "logs").is_dir()
        outside = sorted(
            {
                path
                for path in written_paths(trace.read_text(errors="replace"))
                if not path.startswith(str(folder) + "/") and not path.startswith(("/dev/", "/proc/self/"))
            }
        )
        assert outside == [], outside
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(place)], check=False)
        shutil.rmtree(place, ignore_errors=True)
