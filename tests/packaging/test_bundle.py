"""The frozen one-folder bundle: it runs with no Python, checks itself, finds the keyring, ships what it
needs and nothing that could go online or show an image."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from safetyapp import __version__
from tests.packaging.conftest import PROGRAM, frozen_env

pytestmark = pytest.mark.slow


def run_frozen(program: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args], capture_output=True, text=True, timeout=120, env=env or frozen_env(), cwd="/"
    )


def test_the_frozen_program_passes_its_self_test_and_finds_the_real_keyring(bundle: Path) -> None:
    result = run_frozen(PROGRAM, "--self-test")
    assert result.returncode == 0, result.stderr
    assert "Self-test passed" in result.stdout
    keyring_line = next(line for line in result.stdout.splitlines() if line.startswith("Keyring:"))
    if os.environ.get("SAFETYAPP_REQUIRE_KEYRING"):  # the test command runs in a session with gnome-keyring
        assert keyring_line == "Keyring: SecretService (usable)"
    if keyring_line.endswith("(usable)"):  # never a failing, null or plaintext backend in use
        backend = keyring_line.removeprefix("Keyring: ").removesuffix(" (usable)")
        assert backend.lower() not in ("fail", "null", "plaintextkeyring", "encryptedkeyring"), keyring_line
    else:
        assert keyring_line.endswith("My notes will ask for the passphrase."), keyring_line


def test_without_a_keyring_the_frozen_program_says_notes_use_the_passphrase_alone(bundle: Path) -> None:
    env = frozen_env(DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent/bus")
    result = run_frozen(PROGRAM, "--self-test", env=env)
    assert result.returncode == 0, result.stderr
    assert "My notes will ask for the passphrase." in result.stdout


def test_the_frozen_program_reports_its_version(bundle: Path) -> None:
    result = run_frozen(PROGRAM, "--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_the_bundle_holds_the_translations_and_leaves_out_network_image_and_plaintext_parts(bundle: Path) -> None:
    files = {path.relative_to(bundle).as_posix() for path in bundle.rglob("*")}
    names = {Path(name).name for name in files}
    for language in ("cy", "pl", "ur"):
        assert f"safetyapp_{language}.qm" in names
    # Qt's own buttons and dialogs: Qt's translation (Polish), or the app's own where Qt has none (Welsh, Urdu)
    assert {"qtbase_pl.qm", "qtwords_cy.qm", "qtwords_pl.qm", "qtwords_ur.qm"} <= names
    assert not {name for name in names if name.startswith("qtbase_") and name[7:-3] not in ("cy", "pl", "ur")}
    assert any(name.endswith("young-what-to-do-now.md") for name in files)
    assert not [name for name in files if "keyrings" in name.split("/")]  # keyrings.alt: plaintext backends
    plugins = {name.split("/plugins/")[1].split("/")[0] for name in files if "/plugins/" in name}
    assert "platforms" in plugins and "printsupport" in plugins
    assert not plugins & {"imageformats", "tls", "networkinformation", "iconengines"}
    assert not [name for name in names if name.startswith(("libssl", "libgtk-3", "libQt6Quick", "libQt6Svg"))]


def test_a_damaged_install_names_what_is_missing_and_still_starts(bundle: Path, tmp_path: Path) -> None:
    copy = tmp_path / "damaged"
    subprocess.run(["cp", "-al", str(bundle), str(copy)], check=True)  # hard links: cheap and separate
    internal = copy / "_internal" / "safetyapp"
    page = internal / "resources" / "content" / "en-GB" / "parent-reporting.md"
    translation = internal / "i18n" / "safetyapp_pl.qm"
    page.unlink()
    translation.unlink()
    result = run_frozen(copy / "SafetyCompanion", "--self-test")
    assert result.returncode == 1
    assert "safetyapp_pl.qm: missing" in result.stderr
    assert "parent-reporting" in result.stderr
    # The app itself still starts and shows what it has; the missing translation means English.
    data = tmp_path / "data"
    process = subprocess.Popen(
        [str(copy / "SafetyCompanion"), "--data-dir", str(data), "--lang", "pl"],
        env=frozen_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for _ in range(100):
            if (data / "data" / "instance.lock").exists():
                break
            assert process.poll() is None, process.communicate()
            subprocess.run(["sleep", "0.1"], check=True)
        subprocess.run(["sleep", "1"], check=True)
        assert process.poll() is None, "the damaged install did not keep running"
    finally:
        process.terminate()
        process.communicate(timeout=30)
    assert process.returncode == 0
    shutil.rmtree(copy)


def test_a_policy_file_beside_a_portable_copy_is_read_and_a_broken_one_named(bundle: Path, tmp_path: Path) -> None:
    copy = tmp_path / "usb"
    subprocess.run(["cp", "-al", str(bundle), str(copy)], check=True)
    (copy / "portable-mode.txt").write_text("portable\n", encoding="utf-8")
    policy = copy / "policy.json"
    policy.write_text('{"organisation": "Ysgol Glan Môr", "notes_enabled": false}', encoding="utf-8")
    good = run_frozen(copy / "SafetyCompanion", "--self-test")
    assert good.returncode == 0, good.stderr
    assert f"Policy: {policy}" in good.stdout
    policy.write_text('{"organisation": "Ysgol Glan Môr",', encoding="utf-8")
    broken = run_frozen(copy / "SafetyCompanion", "--self-test")
    assert broken.returncode == 1
    assert f"policy: {policy}: not valid JSON" in broken.stderr


def test_the_frozen_program_imports_a_signed_content_pack_and_refuses_a_tampered_one(
    bundle: Path, tmp_path: Path
) -> None:
    """The bundle carries what a pack needs (Ed25519 from cryptography, zipfile, the content checks)."""
    from tests.helpers.content_packs import SigningKey, make_pack, rewrite

    key = SigningKey.make()
    machine = tmp_path / "etc-xdg"
    key.install_for_machine(machine / "SafetyCompanion")
    env = frozen_env(XDG_CONFIG_DIRS=str(machine), HOME=str(tmp_path / "home"))
    data = tmp_path / "user"
    tampered = make_pack(tmp_path, key, version=3, name="tampered.scpack")
    rewrite(tampered, {"wizard/flow.toml": b"# emptied\n"})
    refused = run_frozen(PROGRAM, "--import-content", str(tampered), "--data-dir", str(data), env=env)
    assert refused.returncode == 1 and "changed after it was signed" in refused.stderr

    pack = make_pack(tmp_path, key, version=2)
    installed = run_frozen(PROGRAM, "--import-content", str(pack), "--data-dir", str(data), env=env)
    assert installed.returncode == 0, installed.stderr
    checked = run_frozen(PROGRAM, "--self-test", "--data-dir", str(data), env=env)
    assert checked.returncode == 0, checked.stderr
    assert "Content: pack 2, made 2027-03-03" in checked.stdout
