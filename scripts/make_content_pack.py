"""Build and sign a content pack from resources/, for maintainers. See docs/content-packs.md.

    python scripts/make_content_pack.py new-key --private ~/keys/pack-signing.key --public resources/pack-keys/NAME.pub
    python scripts/make_content_pack.py build --key ~/keys/pack-signing.key --version 4 --out advice-4.scpack

The private key is never written inside the repository: `new-key` refuses a path inside it. `build` checks
the content with the same checks as `--self-test` before it signs anything.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safetyapp import __version__  # noqa: E402
from safetyapp.core.checks import check_resources  # noqa: E402
from safetyapp.core.content_pack import build_pack, pack_files_from, parse_version  # noqa: E402


def _inside_repository(path: Path) -> bool:
    return path.resolve().is_relative_to(ROOT)


def new_key(private: Path, public: Path) -> int:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    if _inside_repository(private):
        print(f"refusing to write a private key inside the repository: {private}", file=sys.stderr)
        return 2
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    fd = os.open(private, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(raw.hex() + "\n")
    public_hex = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    public.write_text(
        f"# Safety Companion content pack signing key, made {dt.date.today()}\n{public_hex}\n", encoding="ascii"
    )
    print(f"private key: {private} (keep it offline; see docs/content-packs.md)\npublic key: {public}")
    return 0


def build(args: argparse.Namespace) -> int:
    resources = Path(args.resources)
    problems = check_resources(resources)
    if problems:
        print(f"{len(problems)} problem(s) in {resources}; nothing was signed:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    major, minor, _ = parse_version(__version__)[:3]
    private = bytes.fromhex(Path(args.key).read_text(encoding="ascii").strip())
    data = build_pack(
        pack_files_from(resources),
        version=args.version,
        made=args.made or dt.date.today().isoformat(),
        app_min=args.app_min or __version__,
        app_max=args.app_max or f"{major}.{minor}.999999",
        private_key=private,
    )
    out = Path(args.out)
    out.write_bytes(data)
    print(f"{out}: content pack {args.version}, {len(data)} bytes")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    key = commands.add_parser("new-key", help="make a signing key pair")
    key.add_argument("--private", required=True, help="where to write the private key (outside the repository)")
    key.add_argument("--public", required=True, help="where to write the public key (resources/pack-keys/NAME.pub)")
    pack = commands.add_parser("build", help="build and sign a pack")
    pack.add_argument("--key", required=True, help="the private key file")
    pack.add_argument("--version", required=True, type=int, help="the pack's version: higher than every pack before")
    pack.add_argument("--out", required=True, help="the .scpack file to write")
    pack.add_argument("--resources", default=str(ROOT / "resources"), help="the content to pack")
    pack.add_argument("--made", help="the day it was made, YYYY-MM-DD (default today)")
    pack.add_argument("--app-min", help=f"oldest app version it fits (default {__version__})")
    pack.add_argument("--app-max", help="newest app version it fits (default: this minor version's last)")
    args = parser.parse_args(argv)
    if args.command == "new-key":
        return new_key(Path(args.private), Path(args.public))
    return build(args)


if __name__ == "__main__":
    sys.exit(main())
