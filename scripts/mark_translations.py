"""List the translations made from English that has changed since, or record that they are up to date.

Each translated advice page records in its header (`source_hash`) a short hash of the English page it was
made from, and each translated platform guide (resources/guides/<language>/<id>.toml) in its `source_hash`
line; each wizard translation (resources/wizard/<language>.toml) records one for every string in its
`[source-hashes]` table. When the English changes, the app shows the English for that part, with the
usual "not translated yet" note, until the translation is updated (see safetyapp/core/translation_hashes.py).

    .venv/bin/python scripts/mark_translations.py
        Lists every translation that is out of date; exits 1 if there is any.
    .venv/bin/python scripts/mark_translations.py --update [--language cy] [ID_OR_KEY ...]
        After a translator has updated translations: records the English they now match. Only the pages
        and guides (by id) and wizard strings (by key) named, if any are named; else every one.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from safetyapp.core.content import english_hash
from safetyapp.core.guides import GuideLibrary, english_guide_hash
from safetyapp.core.library import Library
from safetyapp.core.resources import SOURCE_LANGUAGE, resources_dir
from safetyapp.core.translation_hashes import HASHES_TABLE, source_hash
from safetyapp.core.wizard.loader import flow_file, load_flow

_HASH_LINE = re.compile(r"^source_hash\s*=")


def _flatten(data: Mapping[str, object], prefix: str = "") -> Iterator[str]:
    for name, value in data.items():
        if isinstance(value, dict):
            yield from _flatten(value, f"{prefix}{name}.")
        else:
            yield f"{prefix}{name}"


def _languages(root: Path) -> list[str]:
    folders = {p.name for p in (root / "content").iterdir() if p.is_dir()}
    folders |= {p.name for p in (root / "guides").iterdir() if p.is_dir()}
    overlays = {p.stem for p in (root / "wizard").glob("*.toml") if p.stem != "flow"}
    return sorted((folders | overlays) - {SOURCE_LANGUAGE})


def _page_header(lines: list[str]) -> tuple[range, int]:
    """Where a page's `source_hash` line may be (its +++ header), and where a new one goes (its end)."""
    close = lines.index("+++", 1)
    return range(1, close), close


def _guide_top(lines: list[str]) -> tuple[range, int]:
    """Where a guide's `source_hash` line may be (anywhere), and where a new one goes (after `name`)."""
    return range(len(lines)), next(n for n, text in enumerate(lines) if text.startswith("name ")) + 1


def _check_hash(
    path: Path, want: str, where: Callable[[list[str]], tuple[range, int]], label: str, mark: bool
) -> str | None:
    """None if `path` records `want`; else `label`, and with `mark` the `source_hash` line is written."""
    lines = path.read_text(encoding="utf-8").split("\n")
    region, insert_at = where(lines)
    found = [n for n in region if _HASH_LINE.match(lines[n])]
    if found and tomllib.loads(lines[found[0]]).get("source_hash") == want:
        return None
    if mark:
        line = f'source_hash = "{want}"'
        if found:
            lines[found[0]] = line
        else:
            lines.insert(insert_at, line)
        path.write_text("\n".join(lines), encoding="utf-8")
    return label + (" (now marked up to date)" if mark else "")


def mark_pages(root: Path, language: str, wanted: set[str], update: bool) -> list[str]:
    """The out-of-date pages of `language`; with `update`, records the English hash in those `wanted`."""
    english = Library(SOURCE_LANGUAGE, root).content.pages
    stale = []
    for path in sorted((root / "content" / language).glob("*.md")):
        source = english.get(path.stem)
        if source is not None and source.ok:
            mark = update and (not wanted or path.stem in wanted)
            label = f"{language}: page {path.stem!r}"
            stale.append(_check_hash(path, english_hash(source), _page_header, label, mark))
    return [line for line in stale if line]


def mark_guides(root: Path, language: str, wanted: set[str], update: bool) -> list[str]:
    """The out-of-date guides of `language`; with `update`, records the English hash in those `wanted`."""
    english = GuideLibrary.load(root / "guides", language=SOURCE_LANGUAGE).guides
    stale = []
    for path in sorted((root / "guides" / language).glob("*.toml")):
        source = english.get(path.stem)
        if source is not None and source.ok:
            mark = update and (not wanted or path.stem in wanted)
            label = f"{language}: guide {path.stem!r}"
            stale.append(_check_hash(path, english_guide_hash(source), _guide_top, label, mark))
    return [line for line in stale if line]


def mark_wizard(root: Path, language: str, wanted: set[str], update: bool) -> list[str]:
    """The out-of-date wizard strings of `language`; with `update`, records the English hash of those `wanted`."""
    path = root / "wizard" / f"{language}.toml"
    if not path.is_file():
        return []
    english = load_flow(flow_file(root)).english
    text = path.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    hashes = dict(data.pop(HASHES_TABLE, {}))
    keys = [key for key in _flatten(data) if key in english]
    report = []
    for key in keys:
        want = source_hash(english[key])
        if hashes.get(key) == want:
            continue
        marked = update and (not wanted or key in wanted)
        if marked:
            hashes[key] = want
        report.append(f"{language}: wizard string {key!r}" + (" (now marked up to date)" if marked else ""))
    if update:
        body = text.split(f"\n[{HASHES_TABLE}]\n", 1)[0].rstrip("\n")
        table = "\n".join(f"{json.dumps(key)} = {json.dumps(hashes[key])}" for key in keys if key in hashes)
        path.write_text(
            f"{body}\n\n[{HASHES_TABLE}]\n"
            "# The hash of the English each string above was translated from (scripts/mark_translations.py).\n"
            f"{table}\n",
            encoding="utf-8",
        )
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--update", action="store_true", help="record that these translations match the English now")
    parser.add_argument("--language", action="append", help="only this language (may be repeated)")
    parser.add_argument("--root", type=Path, default=None, help="the resources folder (default: the app's)")
    parser.add_argument("items", nargs="*", help="with --update: only these page ids and wizard string keys")
    args = parser.parse_args(argv)
    root = args.root if args.root is not None else resources_dir()
    wanted = set(args.items)
    report = []
    for language in args.language or _languages(root):
        report += mark_pages(root, language, wanted, args.update)
        report += mark_guides(root, language, wanted, args.update)
        report += mark_wizard(root, language, wanted, args.update)
    for line in report:
        print(line)
    left = [line for line in report if not line.endswith("(now marked up to date)")]
    if left:
        print(f"{len(left)} translation(s) out of date: shown in English until a translator updates them.")
    return 1 if left else 0


if __name__ == "__main__":
    raise SystemExit(main())
