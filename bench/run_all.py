"""`make bench`: every benchmark in turn, then bench/RESULTS.md with the machine, the date and
every figure beside its floor.

    python bench/run_all.py [--quick] [--only startup,server,...] [--note TEXT] [--out FILE]

Each benchmark runs as its own process with `--report` (a JSON file of its figures); one that
fails is reported as failed and the others still run (the exit status is then 1).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import machine  # noqa: E402

BENCHMARKS = (
    ("startup", "startup_bench.py"),
    ("responsiveness", "responsiveness_bench.py"),
    ("server", "server_bench.py"),
    ("query plans", "query_plans.py"),
    ("load", "load_bench.py"),
    ("outbox", "outbox_bench.py"),
    ("photo", "photo_bench.py"),
    ("clerk queue", "clerk_queue_bench.py"),
)


def cell(text: str) -> str:
    return text.replace("|", "\\|")


def section(name: str, script: str, report: dict | None, seconds: float, failed: str) -> str:
    if report is None:
        return f"## {name} (`bench/{script}`)\n\nFAILED after {seconds:.0f} s: {failed}\n"
    lines = [f"## {report['title']}", "", f"`bench/{script}`, {seconds:.0f} s.", ""]
    lines += ["| figure | value | floor / compared with | ratio |", "|---|---|---|---|"]
    for figure in report["figures"]:
        value = "" if figure["ratio"] is None else f"{figure['ratio']:.3g}"
        lines.append(
            f"| {cell(figure['what'])} | {cell(figure['value'])} | {cell(figure['floor'])} "
            f"| {value} |"
        )
    lines += [""] + [f"- {cell(note)}" for note in report["notes"]]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument(
        "--only", help="comma-separated names: " + ", ".join(n for n, _ in BENCHMARKS)
    )
    parser.add_argument("--note", default="", help="a sentence for the top of RESULTS.md")
    parser.add_argument("--out", help="default: bench/RESULTS.md (a temporary file with --quick)")
    args = parser.parse_args()
    wanted = set(args.only.split(",")) if args.only else {n for n, _ in BENCHMARKS}
    folder = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    out_path = args.out or str(
        folder / "RESULTS.md" if args.quick else ROOT / "bench" / "RESULTS.md"
    )
    began = time.perf_counter()
    header = [
        "# Benchmark results",
        "",
        f"Run by `make bench` (bench/run_all.py{' --quick' if args.quick else ''}) on "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC.",
    ]
    if args.note:
        header += ["", args.note]
    header += ["", "| machine | |", "|---|---|"]
    header += [f"| {k} | {cell(v)} |" for k, v in machine().items()]
    header += [
        "",
        "Every figure is measured beside its floor (the same stack doing nothing of the app's) "
        "in the same run, and the ratio is value / floor: machines are noisy, ratios less so.",
        "",
    ]
    sections, status = [], 0
    for name, script in BENCHMARKS:
        if name not in wanted:
            continue
        print(f"== {name}: bench/{script}", flush=True)
        out = folder / f"{script}.json"
        command = [sys.executable, str(ROOT / "bench" / script), "--report", str(out)]
        started = time.perf_counter()
        result = subprocess.run([*command, *(["--quick"] if args.quick else [])], check=False)
        seconds = time.perf_counter() - started
        if result.returncode == 0 and out.exists():
            sections.append(section(name, script, json.loads(out.read_text()), seconds, ""))
        else:
            status = 1
            sections.append(section(name, script, None, seconds, f"exit {result.returncode}"))
    total = time.perf_counter() - began
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    footer = f"All of it took {total / 60:.1f} minutes; load average at the end: {load}.\n"
    Path(out_path).write_text("\n".join(header) + "\n" + "\n".join(sections) + "\n" + footer)
    print(f"wrote {out_path} ({total / 60:.1f} min)")
    return status


if __name__ == "__main__":
    sys.exit(main())
