"""The README's performance numbers, generated from bench/RESULTS.md (never typed by hand: the
README once said 460 B where the run had measured 462 B).

    python bench/readme_figures.py          # rewrite README.md's marked parts
    python bench/readme_figures.py --check  # exit 1 if README.md differs (tests do this)

Two kinds of marked parts in README.md:
- the block between `<!-- bench-figures:begin -->` and `<!-- bench-figures:end -->`: the run's
  date and machine, the goals table and the main figures;
- inline numbers, `<!-- bench:KEY -->462 B<!-- /bench -->`, KEY one of INLINE below.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import goals, results  # noqa: E402

README = ROOT / "README.md"
BLOCK = re.compile(r"(<!-- bench-figures:begin -->\n).*?(<!-- bench-figures:end -->)", flags=re.S)
INLINE_MARK = re.compile(r"(<!-- bench:([\w-]+) -->)(.*?)(<!-- /bench -->)")

#: inline numbers: KEY -> (script, the figure's description starts with, field)
INLINE = {
    "refresh-bytes": ("outbox_bench.py", "bytes on the wire: refreshing My requests", "value"),
    "refresh-full": ("outbox_bench.py", "bytes on the wire: refreshing My requests", "floor"),
}

#: the table's rows: (what the README calls it, script, the figure's description starts with)
ROWS = (
    (
        "start-up to the first painted main window (offscreen, server running)",
        "startup_bench.py",
        "start-up to first paint, app against",
    ),
    ("peak memory up to the first paint", "startup_bench.py", "peak resident memory"),
    (
        "longest GUI-thread stall submitting with a 10 MB photo to a server answering after 2 s",
        "responsiveness_bench.py",
        "submitting a request with a",
    ),
    (
        "longest GUI-thread stall while the clerk workspace loads its queue",
        "responsiveness_bench.py",
        "the clerk workspace loading its queue",
    ),
    (
        "GET one page of the Open311 list, 1,000,000 requests, 8 connections, PostgreSQL",
        "server_bench.py",
        "postgresql: GET Open311 list, one page of 50, 8 conn.",
    ),
    ("the same on SQLite", "server_bench.py", "sqlite: GET Open311 list, one page of 50, 8 conn."),
    (
        "POST an Open311 create, 8 connections, PostgreSQL",
        "server_bench.py",
        "postgresql: POST Open311 create, 8 conn.",
    ),
    (
        "GET the clerk queue's first page with its counts (1,000,000 requests), 8 connections, "
        "PostgreSQL",
        "server_bench.py",
        "postgresql: GET clerk queue, one page of 100, 8 conn.",
    ),
    (
        "GET a further page of the clerk queue, as scrolling asks for it (`counts=false`), same",
        "server_bench.py",
        "postgresql: GET clerk queue, page 2 of 100, without counts (scrolling), 8 conn.",
    ),
    (
        "200 citizens for 10 min, 2 server processes, PostgreSQL: requests per second",
        "load_bench.py",
        "requests per second (all actions)",
    ),
    ("the same: latency p50 / p99", "load_bench.py", "latency p50 / p99"),
    (
        "bytes on the wire refreshing My requests (unchanged)",
        "outbox_bench.py",
        "bytes on the wire: refreshing My requests",
    ),
    (
        "bytes on the wire uploading a 12 MP photo (prepared by the app: 1600 px, JPEG 85)",
        "photo_bench.py",
        "bytes on the wire uploading it",
    ),
    (
        "a request with 2 photos through the outbox over 64 kbit/s, 400 ms round trips",
        "slow_line_bench.py",
        "time from the outbox's kick to sent",
    ),
    (
        "the clerk scrolls a 100,000-request queue to its end: resident memory",
        "clerk_queue_bench.py",
        "resident memory before opening the queue",
    ),
)


def find(reports: list[dict], script: str, start: str) -> tuple[dict, dict] | None:
    """(the report, its figure) for the first figure of `script` whose description starts
    with `start`."""
    for report in reports:
        if report.get("script") != script:
            continue
        for figure in report["figures"]:
            if figure["what"].startswith(start):
                return report, figure
    return None


def machine_facts(text: str) -> dict[str, str]:
    facts = {}
    for line in text.split("## ", 1)[0].splitlines():
        cells = [c.strip() for c in line.split("|")[1:-1]]
        if len(cells) == 2 and cells[0] and cells[0] not in ("machine", "---"):
            facts[cells[0]] = cells[1]
    return facts


def block(text: str) -> str:
    reports = results.reports(text)
    facts = machine_facts(text)
    lines = [
        f"Generated from `bench/RESULTS.md` (`python bench/readme_figures.py`): the run of "
        f"{results.run_time(text)} UTC on {facts.get('CPU', '?')}, {facts.get('cores', '?')} "
        f"cores, load average {facts.get('load average at start', '?')} at the start; a "
        "section not run then says there when it was. Absolute numbers are noisy, the ratios "
        "less so.",
        "",
        "Goals (issue 19), from the same file:",
        "",
        goals.table([g for report in reports for g in goals.from_report(report)]),
        "",
        "| what | ours | floor, same run | ratio | run |",
        "|---|---|---|---|---|",
    ]
    for label, script, start in ROWS:
        found = find(reports, script, start)
        if found is None:
            lines.append(f"| {label} | not in bench/RESULTS.md | | | |")
            continue
        report, figure = found
        ratio = "" if figure["ratio"] is None else f"{figure['ratio']:.3g}"
        when = report.get("kept_from") or report.get("when") or results.run_time(text)
        cells = (label, figure["value"], figure["floor"], ratio, when)
        lines.append("| " + " | ".join(results.cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


def inline(text: str, key: str) -> str:
    script, start, field = INLINE[key]
    found = find(results.reports(text), script, start)
    if found is None:
        raise KeyError(f"bench/RESULTS.md has no figure for {key!r} ({script}: {start}…)")
    value = found[1][field]
    return value.split(" (")[0]  # "262,434 B (the first full download)" -> "262,434 B"


def generate(readme: str, results_text: str) -> str:
    if not BLOCK.search(readme):
        raise ValueError("README.md has no <!-- bench-figures:begin/end --> block")
    out = BLOCK.sub(lambda m: m.group(1) + block(results_text) + m.group(2), readme)
    return INLINE_MARK.sub(
        lambda m: m.group(1) + inline(results_text, m.group(2)) + m.group(4), out
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if README.md differs")
    args = parser.parse_args()
    readme = README.read_text(encoding="utf-8")
    fresh = generate(readme, results.RESULTS.read_text(encoding="utf-8"))
    if args.check:
        if fresh != readme:
            print("README.md's figures differ from bench/RESULTS.md: run bench/readme_figures.py")
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
