"""`safetyapp --import-content FILE`: install a content pack from the command line, for IT staff."""

from __future__ import annotations

import sys
from pathlib import Path

from safetyapp import __version__
from safetyapp.core.paths import AppPaths

REASONS = {
    "not-a-pack": "it is not a Safety Companion content pack",
    "too-large": "it is larger than a content pack can be",
    "damaged": "it is damaged",
    "unsigned": "it is not signed",
    "bad-signature": "it is not signed by a key this app trusts",
    "tampered": "it was changed after it was signed",
    "not-newer": "it is older than the content already installed",
    "same-version": "this content pack is already in use",
    "wrong-app": "it was made for another version of the app",
    "fails-checks": "its content did not pass the app's checks",
    "cannot-write": "the app's data folder cannot be written to",
}
"""For IT staff, in English like the rest of the command line; the window says these in the user's
language (ui/pages/content_updates.py)."""


def import_content(pack: Path, paths: AppPaths) -> int:
    from safetyapp.core.content_install import install_pack, trusted_keys
    from safetyapp.core.content_pack import PackError
    from safetyapp.core.policy import policy_file

    paths.create()
    machine = policy_file(portable=paths.portable).parent
    try:
        state = install_pack(pack, paths.data, trusted=trusted_keys(machine), app_version=__version__)
    except PackError as error:
        print(f"{pack}: not installed: {REASONS.get(error.code, error.code)}.", file=sys.stderr)
        if error.detail:
            print(f"  ({error.detail})", file=sys.stderr)
        print("Nothing was changed.", file=sys.stderr)
        return 1
    print(f"{pack}: installed content pack {state.version} (made {state.made}) for {paths.data}.")
    return 0
