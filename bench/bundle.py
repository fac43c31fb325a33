"""Size and start-up of the frozen bundle, against a bare PySide6 window frozen with the same options.

    python bench/bundle.py [--runs 10] [--cpu N]

Builds three one-folder bundles in build/bench/ with PyInstaller, in the same run:
- "app": build.spec as shipped (dist/SafetyCompanion is the same recipe);
- "bare": the smallest PySide6 window (bench/first_paint.py bare), with the same excludes and the same
  plugin and library pruning (packaging/bundle_options.py);
- "app-timed": build.spec's recipe around bench/first_paint.py, which prints the first-paint time.
Then compares folder sizes (and compressed: tar.gz, and tar.xz as a .deb compresses), and times process
start to first paint for the frozen bare window and the frozen app, interleaved, median of --runs.
Writes bench/results/bundle.md. Targets: size at most 1.3 times the bare bundle; first paint at most 1.5.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = ROOT / "build" / "bench"

BARE_SPEC = """
import sys
from pathlib import Path
ROOT = Path({root!r})
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_options

a = Analysis([str(ROOT / "bench" / "first_paint.py")], excludes=bundle_options.EXCLUDES + ["safetyapp"], optimize=1)
a.binaries = bundle_options.prune_unreachable([e for e in a.binaries if bundle_options.keep(e[0], ("cy", "pl", "ur"))])
a.datas = [e for e in a.datas if bundle_options.keep(e[0], ("cy", "pl", "ur"))]
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="bare", console=False, strip=False, upx=False)
coll = COLLECT(exe, a.binaries, a.datas, strip=False, upx=False, name="bare")
"""

TIMED_SPEC = """
BENCH_ENTRY = {entry!r}
BENCH_NAME = "app-timed"
SPECPATH = {root!r}
exec(compile(open({spec!r}, encoding="utf-8").read(), {spec!r}, "exec"))
"""


def build(spec_text: str | None, name: str) -> Path:
    spec = ROOT / "build.spec"
    if spec_text is not None:
        spec = WORK / f"{name}.spec"
        spec.write_text(spec_text, encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "ERROR",
         "--workpath", str(WORK / "work" / name), "--distpath", str(WORK / "dist"), str(spec)],
        check=True, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": "0"},
    )  # fmt: skip
    return WORK / "dist" / (name if spec_text is not None else "SafetyCompanion")


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def compressed_sizes(folder: Path) -> tuple[int, int]:
    sizes = []
    for compression in ("gz", "xz"):
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / f"bundle.tar.{compression}"
            with tarfile.open(target, "w:gz" if compression == "gz" else "w:xz") as archive:
                archive.add(folder, arcname=folder.name)
            sizes.append(target.stat().st_size)
    return sizes[0], sizes[1]


def first_paint(program: Path, *args: str, cpu: int | None = None) -> float:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else "xcb")
    start = time.time()
    out = subprocess.run(
        [str(program), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
        preexec_fn=(lambda: os.sched_setaffinity(0, {cpu})) if cpu is not None else None,
    ).stdout.split()
    return (float(out[-1]) - start) * 1000


def mb(size: int) -> str:
    return f"{size / 1_000_000:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--reuse", action="store_true", help="time the bundles already in build/bench (no rebuild)")
    parser.add_argument("--cpu", type=int, default=None, help="run both on this CPU core only (as bench/startup.py)")
    args = parser.parse_args()
    if args.reuse:
        app, bare, timed = (WORK / "dist" / name for name in ("SafetyCompanion", "bare", "app-timed"))
    else:
        shutil.rmtree(WORK, ignore_errors=True)
        WORK.mkdir(parents=True)
        app = build(None, "app")
        bare = build(BARE_SPEC.format(root=str(ROOT)), "bare")
        timed = build(
            TIMED_SPEC.format(entry=str(HERE / "first_paint.py"), root=str(ROOT), spec=str(ROOT / "build.spec")),
            "app-timed",
        )
    sizes = {"bare": folder_size(bare), "app": folder_size(app)}
    packed = {"bare": compressed_sizes(bare), "app": compressed_sizes(app)}

    times: dict[str, list[float]] = {"bare": [], "app": []}
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        (data / "settings").mkdir(parents=True)
        (data / "settings" / "settings.json").write_text(json.dumps({"audience": "parent", "first_run": False}))
        commands: dict[str, tuple[Path, list[str]]] = {
            "bare": (bare / "bare", ["bare"]),
            "app": (timed / "app-timed", ["app", str(data)]),
        }
        for program, arguments in commands.values():  # warm the file cache
            first_paint(program, *arguments, cpu=args.cpu)
        for _ in range(args.runs):
            for kind, (program, arguments) in commands.items():
                times[kind].append(first_paint(program, *arguments, cpu=args.cpu))

    platform_name = os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY") else "offscreen")
    size_ratio = sizes["app"] / sizes["bare"]
    time_ratio = statistics.median(times["app"]) / statistics.median(times["bare"])
    lines = [
        "# Frozen bundle: size and start-up against a bare PySide6 window",
        "",
        f"Measured {time.strftime('%Y-%m-%d')} on {platform.platform()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores, platform {platform_name}; both one-folder bundles built in the same run with "
        f"the same PyInstaller options (packaging/bundle_options.py); {args.runs} start-up runs each, interleaved"
        + (f", both on CPU core {args.cpu} only." if args.cpu is not None else "."),
        "",
        "| bundle | folder MB | tar.gz MB | tar.xz MB | first paint median ms | min ms | max ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for kind in ("bare", "app"):
        values = times[kind]
        lines.append(
            f"| {kind} | {mb(sizes[kind])} | {mb(packed[kind][0])} | {mb(packed[kind][1])} | "
            f"{statistics.median(values):.0f} | {min(values):.0f} | {max(values):.0f} |"
        )
    lines += [
        "",
        f"Size app / bare: **{size_ratio:.2f}** (target: at most 1.3)",
        f"First paint app / bare (medians): **{time_ratio:.2f}** (target: at most 1.5)",
        "",
    ]
    packages = sorted([*(ROOT / "dist").glob("*.deb"), *(ROOT / "dist").glob("*.tar.gz")])
    if packages:
        lines += ["Installers and archives in dist/ (from scripts/package_linux.sh):", ""]
        lines += [f"- {p.name}: {mb(p.stat().st_size)} MB" for p in packages]
        lines.append("")
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "bundle.md").write_text("\n".join(lines))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
