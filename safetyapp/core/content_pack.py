"""A content pack: the advice, contacts, services' words, wizard and guides in one signed file.

A pack is a zip file (`.scpack`) holding `manifest.json`, `manifest.sig` and the content files at the
paths they have under `resources/`. The manifest says the pack's version, the day it was made, the app
versions it fits and each file's SHA-256; `manifest.sig` is an Ed25519 signature of the manifest's exact
bytes by a key the app trusts. Reading a pack checks, before anything is written anywhere:

- the file is a regular file no larger than `MAX_PACK_BYTES`, a zip with at most `MAX_FILES` entries;
- every name is a plain relative path under the content folders (no `..`, no links, no other kinds of
  file), each file no larger than `MAX_FILE_BYTES` however its header describes it;
- the signature is good for one of the trusted keys, and every file is listed with the right SHA-256
  (nothing missing, nothing extra).

Whether a pack is newer than what is installed, fits this app and passes the self-test's content checks
is decided by `core/content_install.py`. Refusals are `PackError`s with a code the UI turns into words.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Final

MAX_PACK_BYTES: Final = 16 * 1024 * 1024
MAX_FILES: Final = 1000
MAX_FILE_BYTES: Final = 1024 * 1024
MAX_MANIFEST_BYTES: Final = 256 * 1024
PACK_FORMAT: Final = 1
SUFFIX: Final = ".scpack"
MANIFEST: Final = "manifest.json"
SIGNATURE: Final = "manifest.sig"

CONTENT_FILES: Final = ("contacts.toml", "languages.toml")
"""Single files a pack may carry, as they are named under `resources/`."""
CONTENT_FOLDERS: Final = ("content", "contact-text", "wizard", "guides")
"""Folders a pack may carry; nothing else (fonts, icons and the trusted keys stay built in)."""
REQUIRED: Final = ("contacts.toml", "languages.toml", "content/points.toml", "wizard/flow.toml")
_SEGMENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,80}")
_SUFFIXES = (".toml", ".md")
_DIGEST = re.compile(r"[0-9a-f]{64}")

# Why a pack was refused; the UI and the command line say each in words.
NOT_A_PACK: Final = "not-a-pack"
TOO_LARGE: Final = "too-large"
DAMAGED: Final = "damaged"
UNSIGNED: Final = "unsigned"
BAD_SIGNATURE: Final = "bad-signature"
TAMPERED: Final = "tampered"
NOT_NEWER: Final = "not-newer"
SAME_VERSION: Final = "same-version"
WRONG_APP: Final = "wrong-app"
FAILS_CHECKS: Final = "fails-checks"
CANNOT_WRITE: Final = "cannot-write"


class PackError(Exception):
    """A pack that cannot be used: `code` says why (one of the codes above), `detail` for IT staff."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Manifest:
    version: int
    made: str
    """The day the pack was made, as YYYY-MM-DD."""
    app_min: tuple[int, ...]
    app_max: tuple[int, ...]
    files: dict[str, str]
    """Each content file's path (as under resources/) and its SHA-256 in hex."""

    def fits(self, app_version: str) -> bool:
        version = parse_version(app_version)
        return self.app_min <= version <= self.app_max


@dataclass(frozen=True)
class Pack:
    """A pack whose signature and files have been checked: its manifest (and exact bytes, so it can be
    checked again), its signature, and the files' contents."""

    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    files: dict[str, bytes]


def parse_version(text: str) -> tuple[int, ...]:
    """ "1.2.3" as (1, 2, 3); ValueError if it is not dotted numbers."""
    parts = text.split(".")
    if not 1 <= len(parts) <= 4 or not all(part.isdigit() and len(part) <= 6 for part in parts):
        raise ValueError(f"not a version: {text!r}")
    numbers = tuple(int(part) for part in parts)
    return numbers + (0,) * (3 - len(numbers)) if len(numbers) < 3 else numbers


def allowed_path(name: str) -> bool:
    """A content file a pack may carry: a plain relative path under the content folders."""
    if name in CONTENT_FILES:
        return True
    segments = name.split("/")
    return (
        2 <= len(segments) <= 3
        and segments[0] in CONTENT_FOLDERS
        and all(_SEGMENT.fullmatch(segment) for segment in segments[1:])
        and segments[-1].endswith(_SUFFIXES)
    )


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# trusted keys ---------------------------------------------------------------------------------------
def read_public_keys(folder: Path) -> dict[str, bytes]:
    """The Ed25519 public keys in `folder` (files `*.pub`, 64 hex characters after any `#` lines),
    by name. A missing folder has none; an unreadable or malformed file is left out."""
    keys: dict[str, bytes] = {}
    try:
        candidates = sorted(folder.glob("*.pub"))
    except OSError:
        return keys
    for path in candidates[:50]:
        try:
            text = path.read_text(encoding="ascii")[:4096]
        except (OSError, UnicodeDecodeError):
            continue
        lines = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
        if len(lines) == 1 and re.fullmatch(r"[0-9a-fA-F]{64}", lines[0]):
            keys[path.stem] = bytes.fromhex(lines[0])
    return keys


def verify_signature(manifest_bytes: bytes, signature: bytes, keys: dict[str, bytes]) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    for public in keys.values():
        try:
            Ed25519PublicKey.from_public_bytes(public).verify(signature, manifest_bytes)
        except (InvalidSignature, ValueError):
            continue
        return True
    return False


# reading --------------------------------------------------------------------------------------------
def _read_pack_bytes(path: Path) -> bytes:
    """The whole file, if it is a regular file of a sane size (a FIFO or device is never opened for long)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise PackError(NOT_A_PACK, f"cannot be opened ({error.__class__.__name__})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise PackError(NOT_A_PACK, "not a regular file")
        if info.st_size > MAX_PACK_BYTES:
            raise PackError(TOO_LARGE, f"{info.st_size} bytes; at most {MAX_PACK_BYTES}")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_PACK_BYTES + 1)
    except OSError as error:
        raise PackError(NOT_A_PACK, f"cannot be read ({error.__class__.__name__})") from None
    finally:
        os.close(fd)
    if len(data) > MAX_PACK_BYTES:
        raise PackError(TOO_LARGE, f"more than {MAX_PACK_BYTES} bytes")
    return data


def _member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if (
        info.file_size > limit
        or info.flag_bits & 0x1
        or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
    ):
        raise PackError(TOO_LARGE if info.file_size > limit else DAMAGED, info.filename)
    if stat.S_ISLNK(info.external_attr >> 16) or info.is_dir():
        raise PackError(DAMAGED, f"{info.filename}: not a plain file")
    with archive.open(info) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:  # the header understated the size
        raise PackError(TOO_LARGE, info.filename)
    return data


def parse_manifest(data: bytes) -> Manifest:
    try:
        raw = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates)
        if not isinstance(raw, dict) or raw.get("format") != PACK_FORMAT:
            raise ValueError("unknown format")
        version, made, files = raw["version"], raw["made"], raw["files"]
        if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version < 10**9:
            raise ValueError("version")
        if not isinstance(made, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", made):
            raise ValueError("made")
        if not isinstance(files, dict) or not all(
            isinstance(name, str)
            and allowed_path(name)
            and isinstance(digest, str)
            and re.fullmatch(r"[0-9a-f]{64}", digest)
            for name, digest in files.items()
        ):
            raise ValueError("files")
        app_min, app_max = parse_version(raw["app_min"]), parse_version(raw["app_max"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError) as error:
        raise PackError(DAMAGED, f"manifest: {error}") from None
    return Manifest(version=version, made=made, app_min=app_min, app_max=app_max, files=dict(files))


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def read_pack(path: Path, trusted: dict[str, bytes]) -> Pack:
    """The pack at `path`, signed by one of the `trusted` keys, with every file as its manifest says.

    PackError if not; nothing is written anywhere either way."""
    data = _read_pack_bytes(path)
    import io

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise PackError(NOT_A_PACK, f"not a content pack ({error.__class__.__name__})") from None
    if len(infos) > MAX_FILES + 2:
        raise PackError(TOO_LARGE, f"{len(infos)} entries")
    names = [info.filename for info in infos]
    if len(set(names)) != len(names):
        raise PackError(DAMAGED, "a file is named twice")
    by_name = dict(zip(names, infos, strict=True))
    if MANIFEST not in by_name:
        raise PackError(NOT_A_PACK, "no manifest")
    if SIGNATURE not in by_name:
        raise PackError(UNSIGNED, "no signature")
    try:
        manifest_bytes = _member(archive, by_name.pop(MANIFEST), MAX_MANIFEST_BYTES)
        signature = _member(archive, by_name.pop(SIGNATURE), 64)
        if len(signature) != 64:
            raise PackError(BAD_SIGNATURE, "not an Ed25519 signature")
        if not verify_signature(manifest_bytes, signature, trusted):
            raise PackError(BAD_SIGNATURE, "not signed by a trusted key")
        manifest = parse_manifest(manifest_bytes)
        if set(by_name) != set(manifest.files):
            raise PackError(TAMPERED, "the files differ from the manifest's list")
        missing = [name for name in REQUIRED if name not in by_name]
        if missing:
            raise PackError(DAMAGED, "missing " + ", ".join(missing))
        files: dict[str, bytes] = {}
        total = 0
        for name, info in sorted(by_name.items()):
            content = _member(archive, info, MAX_FILE_BYTES)
            total += len(content)
            if total > 2 * MAX_PACK_BYTES:
                raise PackError(TOO_LARGE, "too much content")
            if sha256(content) != manifest.files[name]:
                raise PackError(TAMPERED, f"{name}: not as signed")
            files[name] = content
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, RuntimeError) as error:
        raise PackError(DAMAGED, f"{error.__class__.__name__}") from None
    return Pack(manifest=manifest, manifest_bytes=manifest_bytes, signature=signature, files=files)


# making (for maintainers: scripts/make_content_pack.py) -------------------------------------------
def pack_files_from(resources: Path) -> dict[str, bytes]:
    """Every content file under a `resources/` folder that a pack carries."""
    files: dict[str, bytes] = {}
    for name in CONTENT_FILES:
        files[name] = (resources / name).read_bytes()
    for folder in CONTENT_FOLDERS:
        base = resources / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            name = path.relative_to(resources).as_posix()
            if path.is_file() and allowed_path(name):
                files[name] = path.read_bytes()
    return files


def build_pack(
    files: dict[str, bytes], *, version: int, made: str, app_min: str, app_max: str, private_key: bytes
) -> bytes:
    """A signed pack of `files` (path under resources/ -> bytes); `private_key` is a raw Ed25519 key."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    manifest = {
        "format": PACK_FORMAT,
        "version": version,
        "made": made,
        "app_min": app_min,
        "app_max": app_max,
        "files": {name: sha256(data) for name, data in sorted(files.items())},
    }
    manifest_bytes = json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8")
    signature = Ed25519PrivateKey.from_private_bytes(private_key).sign(manifest_bytes)
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(SIGNATURE, signature)
        for name, data in sorted(files.items()):
            archive.writestr(name, data)
    return buffer.getvalue()
