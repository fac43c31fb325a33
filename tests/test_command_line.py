"""The command line: --version, --self-test, and a clear sentence when there is no screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from safetyapp import __version__

ROOT = Path(__file__).resolve().parent.parent


def run_app(*args: str, env: dict[str, str] | None = None, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "safetyapp", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env or dict(os.environ),
        cwd=ROOT,
    )


def test_version() -> None:
    result = run_app("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"Safety Companion {__version__}"


def test_self_test_passes_on_the_shipped_resources() -> None:
    result = run_app("--self-test")
    assert result.returncode == 0, result.stderr
    assert "Self-test passed" in result.stdout


def test_without_a_screen_it_says_so_plainly() -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    result = run_app(env=env)
    assert result.returncode == 2
    assert "needs a screen" in result.stderr
    assert "qt.qpa" not in result.stderr and "Aborted" not in result.stderr


def test_self_test_names_a_broken_page_with_its_line(tmp_path: Path) -> None:
    """Runs the real program against a damaged copy of the package's resources."""
    copy = tmp_path / "checkout"
    shutil.copytree(ROOT / "safetyapp", copy / "safetyapp", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "resources", copy / "resources")
    shutil.copytree(ROOT / "i18n", copy / "i18n")
    page = copy / "resources" / "content" / "en-GB" / "adult-reporting.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    lines[2] = 'title = "unfinished'
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(copy))
    result = subprocess.run(
        [sys.executable, "-m", "safetyapp", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=copy,
    )
    assert result.returncode == 1
    assert "adult-reporting.md:3" in result.stderr


@pytest.mark.slow
def test_the_wheel_carries_resources_and_translations(tmp_path: Path) -> None:
    """Build the real wheel, install it into a folder, and run its self-test from there."""
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr
    wheel = next(wheels.glob("safety_companion-*.whl"))
    target = tmp_path / "installed"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
    assert (target / "safetyapp" / "resources" / "contacts.toml").is_file()
    assert sorted(p.name for p in (target / "safetyapp" / "i18n").glob("*.qm")) == [
        "qtwords_cy.qm",  # Qt's own dialog words where Qt has no translation
        "qtwords_pl.qm",
        "qtwords_ur.qm",
        "safetyapp_cy.qm",
        "safetyapp_pl.qm",
        "safetyapp_ur.qm",
    ]
    env = dict(os.environ, PYTHONPATH=str(target))
    where = subprocess.run(
        [sys.executable, "-c", "import safetyapp, sys; print(safetyapp.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert where.stdout.strip().startswith(str(target))
    result = subprocess.run(
        [sys.executable, "-m", "safetyapp", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr


def test_import_content_installs_a_signed_pack_and_self_test_reports_it(tmp_path: Path) -> None:
    """IT's way in: `--import-content FILE`, with the key trusted machine-wide; a bad pack changes nothing."""
    from tests.helpers.content_packs import SigningKey, make_pack, rewrite

    key = SigningKey.make()
    machine = tmp_path / "etc-xdg"
    key.install_for_machine(machine / "SafetyCompanion")
    env = dict(os.environ, XDG_CONFIG_DIRS=str(machine))
    data = tmp_path / "user"
    tampered = make_pack(tmp_path, key, version=3, name="tampered.scpack")
    rewrite(tampered, {"languages.toml": b"[x]\n"})

    refused = run_app("--import-content", str(tampered), "--data-dir", str(data), env=env)
    assert refused.returncode == 1
    assert "changed after it was signed" in refused.stderr and "Nothing was changed" in refused.stderr

    installed = run_app("--import-content", str(make_pack(tmp_path, key, version=2)), "--data-dir", str(data), env=env)
    assert installed.returncode == 0, installed.stderr
    assert "installed content pack 2" in installed.stdout

    checked = run_app("--self-test", "--data-dir", str(data), env=env)
    assert checked.returncode == 0, checked.stderr
    assert "Content: pack 2, made 2027-03-03" in checked.stdout

    untrusted = dict(os.environ, XDG_CONFIG_DIRS=str(tmp_path / "nowhere"))
    failing = run_app("--self-test", "--data-dir", str(data), env=untrusted)
    assert failing.returncode == 1 and "not signed by a trusted key" in failing.stderr


def test_a_pack_made_by_the_maintainers_script_installs(tmp_path: Path) -> None:
    """scripts/make_content_pack.py: a new key (never inside the repository), then a signed pack of
    resources/ that the app installs with that key trusted."""
    script = [sys.executable, str(ROOT / "scripts" / "make_content_pack.py")]
    inside = subprocess.run(
        [*script, "new-key", "--private", str(ROOT / "leaked.key"), "--public", str(tmp_path / "k.pub")],
        capture_output=True,
        text=True,
    )
    assert inside.returncode == 2 and not (ROOT / "leaked.key").exists()
    machine = tmp_path / "etc-xdg" / "SafetyCompanion"
    (machine / "pack-keys").mkdir(parents=True)
    made = subprocess.run(
        [
            *script,
            "new-key",
            "--private",
            str(tmp_path / "signing.key"),
            "--public",
            str(machine / "pack-keys" / "t.pub"),
        ],
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr
    assert oct((tmp_path / "signing.key").stat().st_mode & 0o777) == "0o600"
    pack = tmp_path / "advice-7.scpack"
    built = subprocess.run(
        [*script, "build", "--key", str(tmp_path / "signing.key"), "--version", "7", "--out", str(pack)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    env = dict(os.environ, XDG_CONFIG_DIRS=str(machine.parent))
    installed = run_app("--import-content", str(pack), "--data-dir", str(tmp_path / "user"), env=env)
    assert installed.returncode == 0, installed.stderr
    assert "installed content pack 7" in installed.stdout
