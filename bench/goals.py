"""The performance goals beside their figures: one table (figure, now, goal, met?) from whatever
the benchmarks reported, the app's and the server's alike.

    python bench/goals.py REPORT.json|FOLDER ...     # the --report files of bench scripts
    python bench/some_bench.py | python bench/goals.py -   # the BENCH-GOAL lines of a run

A benchmark states a goal by passing `goal=Goal(...)` to `Report.add` (bench/common.py): the
figure's JSON report then carries {"name", "now", "goal", "met"} and its output a
`BENCH-GOAL {...}` line. Nothing here knows which goals exist: a new script's goals appear by
themselves. bench/run_all.py prints this table at the end of `make bench` and puts it at the
top of bench/RESULTS.md.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import GOAL_LINE


def from_report(report: dict) -> list[dict]:
    return [figure["goal"] for figure in report.get("figures", []) if figure.get("goal")]


def from_lines(lines: Iterable[str]) -> list[dict]:
    return [json.loads(line[len(GOAL_LINE) :]) for line in lines if line.startswith(GOAL_LINE)]


def collect(paths: Iterable[str]) -> list[dict]:
    goals: list[dict] = []
    for name in paths:
        if name == "-":
            goals += from_lines(sys.stdin)
            continue
        path = Path(name)
        files = sorted(path.glob("*.json")) if path.is_dir() else [path]
        for file in files:
            goals += from_report(json.loads(file.read_text(encoding="utf-8")))
    return goals


def table(goals: list[dict]) -> str:
    """A Markdown table, in the order reported; `met?` is yes, NO, or ? (not judged)."""
    lines = ["| figure | now | goal | met? |", "|---|---|---|---|"]
    for goal in goals:
        met = {True: "yes", False: "NO"}.get(goal.get("met"), "?")
        cells = (goal["name"], goal["now"], goal["goal"], met)
        lines.append("| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |")
    met = sum(goal.get("met") is True for goal in goals)
    lines += ["", f"{met} of {len(goals)} goals met."]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    goals = collect(argv)
    print(table(goals))
    return 0 if all(goal.get("met") for goal in goals) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
