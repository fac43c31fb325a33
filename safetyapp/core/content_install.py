"""Installing a content pack beside the built-in content, using it, and going back to the built-in.

Installed packs live in the app's data folder, under `content-packs/`:

    content-packs/current.json        which pack is in use (or none), and the newest version ever accepted
    content-packs/pack-4-1a2b3c4d/    the files of pack 4, laid out as under resources/, with the pack's
                                      manifest.json and manifest.sig so they can be checked again

A pack is unpacked into a new folder, checked there with the self-test's content checks, and only then
switched to by replacing `current.json` in one step; the folder of the pack before is removed after.
The built-in files are never changed. A pack older than the newest one ever accepted is refused (no
rollback to out-of-date numbers); going back to the built-in content keeps that memory.

Only `read_installed` and `content_root` run at start; they import nothing heavy.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from safetyapp.core.resources import resources_dir
from safetyapp.private_files import write_private

FOLDER = "content-packs"
CURRENT = "current.json"
KEYS_FOLDER = "pack-keys"
_PACK_FOLDER = re.compile(r"pack-\d{1,9}-[0-9a-f]{8}")


# A NamedTuple, not a dataclass: made before the first paint (docs/architecture.md, start-up).
class InstalledContent(NamedTuple):
    """What `current.json` says: the pack in use (None: the built-in content) and the newest ever seen."""

    version: int | None
    made: str | None
    folder: str | None
    app_min: str | None
    app_max: str | None
    highest: int

    @property
    def in_use(self) -> bool:
        return self.folder is not None


BUILT_IN = InstalledContent(version=None, made=None, folder=None, app_min=None, app_max=None, highest=0)


def packs_dir(data: Path) -> Path:
    return data / FOLDER


def read_installed(data: Path) -> InstalledContent:
    """The installed state; the built-in content when there is none or it cannot be read."""
    try:
        raw = json.loads((packs_dir(data) / CURRENT).read_text(encoding="utf-8")[:10_000])
        highest = raw["highest"]
        folder = raw.get("folder")
        if not isinstance(highest, int) or highest < 0:
            return BUILT_IN
        if folder is None:
            return InstalledContent(None, None, None, None, None, highest)
        if not isinstance(folder, str) or not _PACK_FOLDER.fullmatch(folder):
            return InstalledContent(None, None, None, None, None, highest)
        version, made, app_min, app_max = raw["version"], raw["made"], raw["app_min"], raw["app_max"]
        if not (isinstance(version, int) and all(isinstance(v, str) for v in (made, app_min, app_max))):
            return InstalledContent(None, None, None, None, None, highest)
        return InstalledContent(version, made, folder, app_min, app_max, highest)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return BUILT_IN


def content_root(data: Path, app_version: str) -> Path | None:
    """The folder to read the content from, if a pack is in use, still there and fits this app version
    (an app updated past the pack's range goes back to its own, newer, built-in content)."""
    installed = read_installed(data)
    if installed.folder is None or installed.app_min is None or installed.app_max is None:
        return None
    from safetyapp.core.content_pack import parse_version

    root = packs_dir(data) / installed.folder
    try:
        fits = parse_version(installed.app_min) <= parse_version(app_version) <= parse_version(installed.app_max)
    except ValueError:
        return None
    return root if fits and (root / "contacts.toml").is_file() else None


def trusted_keys(machine_folder: Path | None) -> dict[str, bytes]:
    """The keys a pack may be signed with: those built into the app (`resources/pack-keys/`) and those
    an organisation's IT placed in the machine-wide folder beside the policy file (`pack-keys/`)."""
    from safetyapp.core.content_pack import read_public_keys

    keys = {f"built-in:{name}": key for name, key in read_public_keys(resources_dir() / KEYS_FOLDER).items()}
    if machine_folder is not None:
        keys |= {f"machine:{name}": key for name, key in read_public_keys(machine_folder / KEYS_FOLDER).items()}
    return keys


def _write_state(data: Path, state: InstalledContent) -> None:
    body = {
        "highest": state.highest,
        "folder": state.folder,
        "version": state.version,
        "made": state.made,
        "app_min": state.app_min,
        "app_max": state.app_max,
    }
    write_private(packs_dir(data) / CURRENT, json.dumps(body, indent=1).encode("utf-8"))


def _remove_other_packs(data: Path, keep: str | None) -> None:
    import shutil

    folder = packs_dir(data)
    with contextlib.suppress(OSError):
        for child in folder.iterdir():
            if child.name != keep and (_PACK_FOLDER.fullmatch(child.name) or child.name.startswith(".staging-")):
                shutil.rmtree(child, ignore_errors=True)


def install_pack(
    path: Path,
    data: Path,
    *,
    trusted: dict[str, bytes],
    app_version: str,
    check: Callable[[Path], list[str]] | None = None,
) -> InstalledContent:
    """Check the pack at `path` and put it into use. PackError (nothing changed) if it is unsigned,
    wrongly signed, tampered, damaged, too large, not newer, for another app version or fails the
    content checks (`check`, by default the self-test's `check_resources`)."""
    import secrets
    import shutil

    from safetyapp.core.content_pack import (
        CANNOT_WRITE,
        FAILS_CHECKS,
        NOT_NEWER,
        SAME_VERSION,
        WRONG_APP,
        PackError,
        read_pack,
    )

    pack = read_pack(path, trusted)
    manifest = pack.manifest
    installed = read_installed(data)
    if manifest.version < installed.highest:
        raise PackError(NOT_NEWER, f"pack {manifest.version}; pack {installed.highest} was installed before")
    if manifest.version == installed.version:
        raise PackError(SAME_VERSION, f"pack {manifest.version} is already in use")
    if not manifest.fits(app_version):
        raise PackError(WRONG_APP, f"made for app versions {_dotted(manifest.app_min)} to {_dotted(manifest.app_max)}")
    folder = packs_dir(data)
    staging = folder / f".staging-{secrets.token_hex(4)}"
    final_name = f"pack-{manifest.version}-{secrets.token_hex(4)}"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        staging.mkdir(mode=0o700)
        for name, content in pack.files.items():
            target = staging / name
            target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            write_private(target, content)
        write_private(staging / "manifest.json", pack.manifest_bytes)
        write_private(staging / "manifest.sig", pack.signature)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise PackError(CANNOT_WRITE, error.__class__.__name__) from None
    if check is None:
        from safetyapp.core.checks import check_resources

        check = check_resources
    problems = check(staging)
    if problems:
        shutil.rmtree(staging, ignore_errors=True)
        raise PackError(FAILS_CHECKS, "; ".join(problems[:5]))
    state = InstalledContent(
        version=manifest.version,
        made=manifest.made,
        folder=final_name,
        app_min=_dotted(manifest.app_min),
        app_max=_dotted(manifest.app_max),
        highest=max(installed.highest, manifest.version),
    )
    try:
        os.rename(staging, folder / final_name)
        _write_state(data, state)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(folder / final_name, ignore_errors=True)
        raise PackError(CANNOT_WRITE, error.__class__.__name__) from None
    _remove_other_packs(data, keep=final_name)
    return state


def use_built_in(data: Path) -> InstalledContent:
    """Go back to the content built into the app; the newest version seen is remembered (no rollback)."""
    state = InstalledContent(None, None, None, None, None, read_installed(data).highest)
    packs_dir(data).mkdir(mode=0o700, parents=True, exist_ok=True)
    _write_state(data, state)
    _remove_other_packs(data, keep=None)
    return state


def verify_installed(data: Path, trusted: dict[str, bytes]) -> list[str]:
    """For `--self-test`: the pack in use, checked again (signature, every file, the content checks)."""
    from safetyapp.core.checks import check_resources
    from safetyapp.core.content_pack import PackError, allowed_path, parse_manifest, sha256, verify_signature

    installed = read_installed(data)
    if installed.folder is None:
        return []
    root = packs_dir(data) / installed.folder
    try:
        manifest_bytes = (root / "manifest.json").read_bytes()
        signature = (root / "manifest.sig").read_bytes()
    except OSError:
        return [f"{root}: the content pack's manifest is missing"]
    if not verify_signature(manifest_bytes, signature, trusted):
        return [f"{root}: the content pack is not signed by a trusted key"]
    try:
        manifest = parse_manifest(manifest_bytes)
    except PackError:
        return [f"{root}: the content pack's manifest is damaged"]
    problems = []
    on_disk = {
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and path.name not in ("manifest.json", "manifest.sig")
    }
    for name in sorted(on_disk | set(manifest.files)):
        path = root / name
        if not allowed_path(name) or name not in manifest.files:
            problems.append(f"{path}: not part of the signed pack")
        elif not path.is_file() or sha256(path.read_bytes()) != manifest.files[name]:
            problems.append(f"{path}: changed since the pack was installed")
    return problems or check_resources(root)


def _dotted(version: tuple[int, ...]) -> str:
    return ".".join(str(part) for part in version)


def newest_in_folder(folder: Path, trusted: dict[str, bytes], data: Path, app_version: str) -> Path | None:
    """The newest pack in an organisation's folder that is signed, fits this app and is newer than the
    one in use: the one to install at start. Packs that fail are skipped (IT sees why in --self-test)."""
    from safetyapp.core.content_pack import SUFFIX, PackError, read_pack

    installed = read_installed(data)
    best: tuple[int, Path] | None = None
    try:
        candidates = sorted(path for path in folder.iterdir() if path.name.endswith(SUFFIX))[:100]
    except OSError:
        return None
    for path in candidates:
        try:
            manifest = read_pack(path, trusted).manifest
        except PackError:
            continue
        newer = manifest.version > (installed.version or 0) and manifest.version >= installed.highest
        if newer and manifest.fits(app_version) and (best is None or manifest.version > best[0]):
            best = (manifest.version, path)
    return best[1] if best else None
