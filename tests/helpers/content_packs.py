"""Signed content packs made in the test, with a key made in the test: no private key is ever committed."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from safetyapp import __version__
from safetyapp.core.content_pack import build_pack, pack_files_from
from tests.conftest import ROOT

RESOURCES = ROOT / "resources"
CHANGED_HOURS = "Phone any time, day or night; free to call (as a test pack says)"


@dataclass(frozen=True)
class SigningKey:
    private: bytes
    public: bytes

    @classmethod
    def make(cls) -> SigningKey:
        key = Ed25519PrivateKey.generate()
        private = key.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return cls(private, public)

    def trusted(self) -> dict[str, bytes]:
        return {"test": self.public}

    def install_for_machine(self, machine_folder: Path) -> None:
        """Trust this key machine-wide, as IT would: `pack-keys/NAME.pub` beside the policy file."""
        keys = machine_folder / "pack-keys"
        keys.mkdir(parents=True, exist_ok=True)
        (keys / "test.pub").write_text(f"# made by a test\n{self.public.hex()}\n", encoding="ascii")


def shipped_files(*, changed_hours: str | None = CHANGED_HOURS) -> dict[str, bytes]:
    """The shipped content, with Childline's hours changed so a test can see the pack is in use."""
    files = pack_files_from(RESOURCES)
    if changed_hours is not None:
        text = files["contacts.toml"].decode("utf-8")
        start = text.index('id = "childline"')
        hours = text.index("hours = ", start)
        end = text.index("\n", hours)
        files["contacts.toml"] = (text[:hours] + f'hours = "{changed_hours}"' + text[end:]).encode("utf-8")
    return files


def make_pack(
    folder: Path,
    key: SigningKey,
    *,
    version: int = 2,
    files: dict[str, bytes] | None = None,
    app_min: str = __version__,
    app_max: str = "999.0.0",
    name: str | None = None,
) -> Path:
    data = build_pack(
        files if files is not None else shipped_files(),
        version=version,
        made="2027-03-03",
        app_min=app_min,
        app_max=app_max,
        private_key=key.private,
    )
    path = folder / (name or f"advice-{version}.scpack")
    path.write_bytes(data)
    return path


def rewrite(pack: Path, change: dict[str, bytes | None]) -> None:
    """Replace (or, with None, drop) entries of a pack without signing it again: a tampered copy."""
    with zipfile.ZipFile(pack) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    for name, data in change.items():
        if data is None:
            entries.pop(name, None)
        else:
            entries[name] = data
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    pack.write_bytes(buffer.getvalue())


def manifest_of(pack: Path) -> dict[str, object]:
    with zipfile.ZipFile(pack) as archive:
        manifest: dict[str, object] = json.loads(archive.read("manifest.json"))
    return manifest
