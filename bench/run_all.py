"""`make bench`: every benchmark in turn, then bench/RESULTS.md with the machine, the date and
every figure beside its floor.

    python bench/run_all.py [--quick] [--only startup,server,...] [--note TEXT] [--out FILE]
    python bench/run_all.py --notes-only   # RESULTS.md again, with bench/NOTES.md as it is now

Each benchmark runs as its own process with `--report` (a JSON file of its figures); one that
fails is reported as failed and the others still run (the exit status is then 1). At the end,
the goals the benchmarks stated are printed as one table beside their figures (bench/goals.py)
and put at the top of RESULTS.md. With --only, the sections of the benchmarks not run are
kept from the RESULTS.md being replaced (marked with the date of their run), so the goals table
still covers them.

What was tried and what bounds a figure short of its goal is written by hand in bench/NOTES.md
(profiles, not guesses), and put below the goals table at every run: a run never overwrites it.
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
NOTES = ROOT / "bench" / "NOTES.md"
sys.path.insert(0, str(ROOT))

from bench import goals, results  # noqa: E402
from bench.common import machine  # noqa: E402

BENCHMARKS = (
    ("startup", "startup_bench.py"),
    ("responsiveness", "responsiveness_bench.py"),
    ("server", "server_bench.py"),
    ("query plans", "query_plans.py"),
    ("load", "load_bench.py"),
    ("outbox", "outbox_bench.py"),
    ("slow line", "slow_line_bench.py"),
    ("photo", "photo_bench.py"),
    ("clerk queue", "clerk_queue_bench.py"),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument(
        "--only", help="comma-separated names: " + ", ".join(n for n, _ in BENCHMARKS)
    )
    parser.add_argument("--note", default="", help="a sentence for the top of RESULTS.md")
    parser.add_argument("--out", help="default: bench/RESULTS.md (a temporary file with --quick)")
    parser.add_argument(
        "--notes-only",
        action="store_true",
        help="run nothing: write RESULTS.md again from its own figures and bench/NOTES.md",
    )
    args = parser.parse_args()
    if args.notes_only:
        wanted: set[str] = set()
    else:
        wanted = set(args.only.split(",")) if args.only else {n for n, _ in BENCHMARKS}
    folder = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    out_path = args.out or str(
        folder / "RESULTS.md" if args.quick else ROOT / "bench" / "RESULTS.md"
    )
    began = time.perf_counter()
    now = f"{datetime.now(UTC):%Y-%m-%d %H:%M}"
    previous = Path(out_path).read_text(encoding="utf-8") if Path(out_path).exists() else ""
    keep = args.only or args.notes_only
    kept = {r["script"]: r for r in results.reports(previous)} if keep else {}
    for report in kept.values():
        if not args.notes_only:
            report.setdefault("kept_from", report.get("when") or results.run_time(previous))
    header = [
        "# Benchmark results",
        "",
        f"Run by `make bench` (bench/run_all.py{' --quick' if args.quick else ''}) on {now} UTC.",
    ]
    if args.note:
        header += ["", args.note]
    header += ["", "| machine | |", "|---|---|"]
    header += [f"| {k} | {results.cell(v)} |" for k, v in machine().items()]
    header += [
        "",
        "Every figure is measured beside its floor (the same stack doing nothing of the app's) "
        "in the same run, and the ratio is value / floor: machines are noisy, ratios less so.",
        "",
    ]
    sections, status, reports = [], 0, []
    for name, script in BENCHMARKS:
        if name not in wanted:
            if script in kept:
                reports.append(kept[script])
                sections.append(results.section(kept[script]))
            continue
        print(f"== {name}: bench/{script}", flush=True)
        out = folder / f"{script}.json"
        command = [sys.executable, str(ROOT / "bench" / script), "--report", str(out)]
        started = time.perf_counter()
        result = subprocess.run([*command, *(["--quick"] if args.quick else [])], check=False)
        seconds = time.perf_counter() - started
        if result.returncode == 0 and out.exists():
            report = json.loads(out.read_text(encoding="utf-8"))
            report.update(script=script, seconds=seconds, when=now)
            reports.append(report)
            sections.append(results.section(report))
        else:
            status = 1
            sections.append(results.failed(name, script, seconds, f"exit {result.returncode}"))
    total = time.perf_counter() - began
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    footer = f"All of it took {total / 60:.1f} minutes; load average at the end: {load}.\n"
    if args.notes_only:  # the run's own header, machine and duration, as they were
        header = [*previous.split("\n## Goals")[0].rstrip().splitlines(), ""]
        footer = next(
            (line + "\n" for line in previous.splitlines() if line.startswith("All of it took")),
            "",
        )
    summary = goals.table([g for report in reports for g in goals.from_report(report)])
    header += ["## Goals (issue 19)", "", summary, ""]
    if NOTES.exists() and not args.quick:
        header += [NOTES.read_text(encoding="utf-8").strip(), ""]
    Path(out_path).write_text("\n".join(header) + "\n" + "\n".join(sections) + "\n" + footer)
    print(f"wrote {out_path} ({total / 60:.1f} min)\n\n{summary}")
    return status


if __name__ == "__main__":
    sys.exit(main())
