"""Content packs: a signed update installs, is used, survives a restart and can be undone; every kind of
bad pack is refused with its own reason and changes nothing (core/content_pack.py, content_install.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safetyapp import __version__
from safetyapp.core.content_install import (
    InstalledContent,
    content_root,
    install_pack,
    read_installed,
    use_built_in,
    verify_installed,
)
from safetyapp.core.content_pack import MAX_FILE_BYTES, PackError
from safetyapp.core.library import Library
from tests.helpers.content_packs import CHANGED_HOURS, SigningKey, make_pack, manifest_of, rewrite, shipped_files


@pytest.fixture(scope="module")
def key() -> SigningKey:
    return SigningKey.make()


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def install(pack: Path, data: Path, key: SigningKey, app_version: str = __version__) -> InstalledContent:
    return install_pack(pack, data, trusted=key.trusted(), app_version=app_version)


def snapshot(data: Path) -> dict[str, bytes]:
    return {str(p.relative_to(data)): p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file()}


def test_a_signed_pack_is_used_and_survives_a_restart(tmp_path: Path, data: Path, key: SigningKey) -> None:
    pack = make_pack(tmp_path, key, version=2)
    state = install(pack, data, key)
    root = content_root(data, __version__)  # what the next start reads
    assert root is not None and state.version == 2 and read_installed(data).made == "2027-03-03"
    assert Library("en-GB", root).contacts["childline"].hours == CHANGED_HOURS
    assert oct((root / "contacts.toml").stat().st_mode & 0o777) == "0o600"
    assert verify_installed(data, key.trusted()) == []


def test_going_back_to_the_built_in_content_keeps_rollback_memory(tmp_path: Path, data: Path, key: SigningKey) -> None:
    install(make_pack(tmp_path, key, version=3), data, key)
    use_built_in(data)
    assert content_root(data, __version__) is None
    assert not list((data / "content-packs").glob("pack-*"))
    with pytest.raises(PackError) as refused:
        install(make_pack(tmp_path, key, version=2), data, key)
    assert refused.value.code == "not-newer"
    install(make_pack(tmp_path, key, version=3, name="again.scpack"), data, key)  # the same one again is fine
    assert content_root(data, __version__) is not None


def test_a_newer_pack_replaces_the_older_one(tmp_path: Path, data: Path, key: SigningKey) -> None:
    install(make_pack(tmp_path, key, version=2), data, key)
    install(make_pack(tmp_path, key, version=5), data, key)
    assert read_installed(data).version == 5
    assert len(list((data / "content-packs").glob("pack-*"))) == 1


def test_a_pack_for_other_app_versions_stops_being_used_when_the_app_moves_on(
    tmp_path: Path, data: Path, key: SigningKey
) -> None:
    install(make_pack(tmp_path, key, app_min="0.0.1", app_max=__version__), data, key)
    assert content_root(data, __version__) is not None
    assert content_root(data, "99.0.0") is None  # the newer app's own content is used


def _wrong_key(tmp_path: Path, key: SigningKey) -> Path:
    return make_pack(tmp_path, SigningKey.make())


def _unsigned(tmp_path: Path, key: SigningKey) -> Path:
    pack = make_pack(tmp_path, key)
    rewrite(pack, {"manifest.sig": None})
    return pack


def _tampered(tmp_path: Path, key: SigningKey) -> Path:
    pack = make_pack(tmp_path, key)
    contacts = shipped_files()["contacts.toml"].replace(b"0800 1111", b"0800 1112")
    rewrite(pack, {"contacts.toml": contacts})
    return pack


def _extra_file(tmp_path: Path, key: SigningKey) -> Path:
    pack = make_pack(tmp_path, key)
    rewrite(pack, {"content/en-GB/extra.md": b"+++\n+++\n"})
    return pack


def _escaping_path(tmp_path: Path, key: SigningKey) -> Path:
    pack = make_pack(tmp_path, key)
    rewrite(pack, {"../../outside.toml": b"x = 1\n"})
    return pack


def _older_app(tmp_path: Path, key: SigningKey) -> Path:
    return make_pack(tmp_path, key, app_min="0.0.1", app_max="0.0.2")


def _damaged(tmp_path: Path, key: SigningKey) -> Path:
    pack = make_pack(tmp_path, key)
    pack.write_bytes(pack.read_bytes()[: len(pack.read_bytes()) // 2])
    return pack


def _not_a_pack(tmp_path: Path, key: SigningKey) -> Path:
    path = tmp_path / "photo.scpack"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    return path


def _too_large_file(tmp_path: Path, key: SigningKey) -> Path:
    files = shipped_files()
    files["content/en-GB/huge.md"] = b"x" * (MAX_FILE_BYTES + 1)
    return make_pack(tmp_path, key, files=files)


def _fails_checks(tmp_path: Path, key: SigningKey) -> Path:
    files = shipped_files()
    page = files["content/en-GB/young-reporting.md"].decode("utf-8")
    files["content/en-GB/young-reporting.md"] = (page + "\nCall 0800 000 0000 now.\n").encode("utf-8")  # typed number
    return make_pack(tmp_path, key, files=files)


def _a_fifo(tmp_path: Path, key: SigningKey) -> Path:
    import os

    path = tmp_path / "fifo.scpack"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize(
    ("make_bad", "code"),
    [
        (_wrong_key, "bad-signature"),
        (_unsigned, "unsigned"),
        (_tampered, "tampered"),
        (_extra_file, "tampered"),
        (_escaping_path, "tampered"),
        (_older_app, "wrong-app"),
        (_damaged, "not-a-pack"),
        (_not_a_pack, "not-a-pack"),
        (_too_large_file, "too-large"),
        (_fails_checks, "fails-checks"),
        (_a_fifo, "not-a-pack"),
    ],
)
def test_a_bad_pack_is_refused_and_changes_nothing(
    tmp_path: Path, data: Path, key: SigningKey, make_bad: object, code: str
) -> None:
    install(make_pack(tmp_path, key, version=1, name="good.scpack"), data, key)
    before = snapshot(data)
    bad = make_bad(tmp_path, key)  # type: ignore[operator]
    with pytest.raises(PackError) as refused:
        install(bad, data, key)
    assert refused.value.code == code
    assert snapshot(data) == before  # the pack in use, its files and the state are untouched
    assert Library("en-GB", content_root(data, __version__)).contacts["childline"].hours == CHANGED_HOURS


def test_an_older_or_the_same_pack_is_refused(tmp_path: Path, data: Path, key: SigningKey) -> None:
    install(make_pack(tmp_path, key, version=4), data, key)
    for version, code in ((3, "not-newer"), (4, "same-version")):
        with pytest.raises(PackError) as refused:
            install(make_pack(tmp_path, key, version=version, name=f"v{version}.scpack"), data, key)
        assert refused.value.code == code


def test_a_changed_file_of_the_installed_pack_is_reported_by_the_self_test_check(
    tmp_path: Path, data: Path, key: SigningKey
) -> None:
    install(make_pack(tmp_path, key), data, key)
    root = content_root(data, __version__)
    assert root is not None
    (root / "contacts.toml").write_text((root / "contacts.toml").read_text() + "\n# edited\n")
    assert any("changed since" in problem for problem in verify_installed(data, key.trusted()))


def test_the_manifest_lists_every_file_with_its_digest(tmp_path: Path, key: SigningKey) -> None:
    manifest = manifest_of(make_pack(tmp_path, key))
    files = manifest["files"]
    assert isinstance(files, dict) and "wizard/flow.toml" in files and "contacts.toml" in files
    assert json.dumps(manifest)  # plain JSON
