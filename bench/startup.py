"""Time from process start to the first paint of the main window: the app against a bare PySide6 window.

    python bench/startup.py [--runs 10] [--cpu N]

--cpu N runs both programs on CPU core N only (Linux): on a small shared machine this removes most of
the noise that moving between cores adds, and is equally fair to both.

Both run from compiled bytecode, as they would when installed, and are measured in the same
run, interleaved, on a real X server if DISPLAY is set (else offscreen).
Writes bench/results/startup.md. The app should be within 1.35 times the bare window (median; issue 14).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def once(kind: str, data_dir: Path, cpu: int | None = None) -> float:
    env = dict(os.environ)
    # As installed (a wheel or the frozen bundle), the app runs from compiled bytecode: let the
    # warm-up runs write it, instead of recompiling every module on every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else "xcb")
    start = time.time()
    out = subprocess.run(
        [sys.executable, str(HERE / "first_paint.py"), kind, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
        preexec_fn=(lambda: os.sched_setaffinity(0, {cpu})) if cpu is not None else None,
    ).stdout.split()
    return (float(out[-1]) - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--cpu", type=int, default=None, help="run both on this CPU core only")
    args = parser.parse_args()
    results: dict[str, list[float]] = {"bare": [], "app": []}
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        (data / "settings").mkdir(parents=True)
        (data / "settings" / "settings.json").write_text(json.dumps({"audience": "parent", "first_run": False}))
        once("bare", data, args.cpu), once("app", data, args.cpu)  # warm the file cache
        for _ in range(args.runs):
            for kind in ("bare", "app"):
                results[kind].append(once(kind, data, args.cpu))
    platform_name = os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY") else "offscreen")
    bare, app = statistics.median(results["bare"]), statistics.median(results["app"])
    lines = [
        "# Start-up: process start to first paint of the main window",
        "",
        f"Measured {time.strftime('%Y-%m-%d')} on {platform.platform()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores, platform {platform_name}; "
        f"{args.runs} runs each, interleaved"
        + (f", both on CPU core {args.cpu} only." if args.cpu is not None else "."),
        "",
        "| program | median ms | min ms | max ms |",
        "|---|---|---|---|",
    ]
    for kind in ("bare", "app"):
        values = results[kind]
        lines.append(f"| {kind} | {statistics.median(values):.0f} | {min(values):.0f} | {max(values):.0f} |")
    lines += ["", f"App / bare (medians): **{app / bare:.2f}** (target: at most 1.35)", ""]
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "startup.md").write_text("\n".join(lines))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
