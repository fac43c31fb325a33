"""The first minute, counted: for each reader, the actions from starting the app to the first
instruction, and the key presses from starting the app to the plan's first step by keyboard alone.

The real app runs under Xvfb with openbox and a taskbar strip (tests/screen/desktop.py), from its
first start; the keys are real key presses sent through X by xdotool (tests/screen/driver.py: Tab to
the next control, the arrow keys within the answers, Return or Space on the one wanted).

    python bench/journeys.py [--size 1366x768] [--out bench/results/journeys.md]

Targets (issue 16): 1 action to the first instruction; 15 key presses or fewer for a young person.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safetyapp.core.readers import READERS  # noqa: E402
from tests.screen.desktop import missing_tools, walk  # noqa: E402

ACTION_TARGET = 1
KEY_TARGETS = {"young": 15}


def measure(reader: str, size: str, language: str) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        return walk(size, Path(folder), ["--keys", reader, "--language", language])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--language", default="en-GB")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "journeys.md")
    args = parser.parse_args()
    if missing := missing_tools():
        print(f"needs {', '.join(missing)} (scripts/setup.sh test)", file=sys.stderr)
        return 2
    rows = []
    for reader in READERS:
        report = measure(reader, args.size, args.language)
        keys = report.get("keys")
        assert isinstance(keys, dict), report
        actions = report.get("actions_to_first_instruction")
        presses = keys["presses"] if keys.get("reached_plan") else None
        target = KEY_TARGETS.get(reader)
        met = "" if target is None else ("met" if presses is not None and int(str(presses)) <= target else "MISSED")
        rows.append(
            f"| {reader} | {actions} | {'yes' if report.get('reader_instruction_after_one_choice') else 'no'} "
            f"| {presses} | {target if target is not None else '-'} {met} | {' '.join(map(str, keys['keys']))} |"
        )
        print(rows[-1], flush=True)
    lines = [
        f"## {dt.date.today().isoformat()}: {args.size}, {args.language}, 100% text, light",
        "",
        "Actions to the first instruction: 0 when the welcome screen already shows it. 'Own rules after one choice':",
        "Home's 'Do these things now' for that reader is on the first screenful after choosing who you are.",
        "",
        "| Reader | Actions to the first instruction (target 1) | Own rules after one choice | Key presses to the "
        "plan's first step | Target | Keys |",
        "|---|---|---|---|---|---|",
        *rows,
        "",
    ]
    out: Path = args.out
    previous = (
        out.read_text()
        if out.exists()
        else "# The first minute: journeys\n\nNewest first. `python bench/journeys.py`\n\n"
    )
    head, _, rest = previous.partition("\n## ")
    out.write_text(head.rstrip() + "\n\n" + "\n".join(lines) + ("\n## " + rest if rest else ""))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
