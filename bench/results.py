"""bench/RESULTS.md written and read back: each benchmark's section is its table for people and
its report as one JSON comment for programs (`<!-- report {...} -->`), so that a partial run
(`--only`) keeps the other sections, the goals table is made from every section, and the
README's figures are generated from it (bench/readme_figures.py).

A section written before the JSON comment existed is read from its Markdown table (its figures
then carry no goal)."""

from __future__ import annotations

import json
import re
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
COMMENT = re.compile(r"^<!-- report (\{.*\}) -->$")
RUN_LINE = re.compile(r"^Run by `make bench` .* on (\d{4}-\d{2}-\d{2} \d{2}:\d{2}) UTC\.")


def cell(text: str) -> str:
    return text.replace("|", "\\|")


def section(report: dict) -> str:
    """A report as Markdown, its JSON comment last. `report` has the script's own keys (title,
    figures, notes) and run_all's (script, seconds, when)."""
    lines = [f"## {report['title']}", ""]
    when = report.get("kept_from")
    lines.append(
        f"`bench/{report['script']}`, {report['seconds']:.0f} s"
        + (f" (kept from the run of {when} UTC: not run this time)." if when else ".")
    )
    lines += ["", "| figure | value | floor / compared with | ratio |", "|---|---|---|---|"]
    for figure in report["figures"]:
        value = "" if figure["ratio"] is None else f"{figure['ratio']:.3g}"
        lines.append(
            f"| {cell(figure['what'])} | {cell(figure['value'])} | {cell(figure['floor'])} "
            f"| {value} |"
        )
    lines += [""] + [f"- {cell(note)}" for note in report["notes"]]
    lines += ["", "<!-- report " + json.dumps(report, ensure_ascii=False) + " -->"]
    return "\n".join(lines) + "\n"


def failed(name: str, script: str, seconds: float, reason: str) -> str:
    return f"## {name} (`bench/{script}`)\n\nFAILED after {seconds:.0f} s: {reason}\n"


def run_time(text: str) -> str:
    """When the run that wrote RESULTS.md began ("YYYY-MM-DD HH:MM", UTC)."""
    for line in text.splitlines():
        found = RUN_LINE.match(line)
        if found:
            return found.group(1)
    return ""


def reports(text: str) -> list[dict]:
    """Every benchmark's report in RESULTS.md, in order."""
    found: list[dict] = []
    for chunk in re.split(r"^(?=## )", text, flags=re.M):
        if not chunk.startswith("## ") or chunk.startswith("## Goals"):
            continue
        comment = [COMMENT.match(line) for line in chunk.splitlines()]
        parsed = [json.loads(m.group(1)) for m in comment if m]
        found.append(parsed[0] if parsed else _from_markdown(chunk, run_time(text)))
    return [r for r in found if r is not None]


def _unescape(text: str) -> str:
    return text.replace("\\|", "|").strip()


def _from_markdown(chunk: str, when: str) -> dict | None:
    lines = chunk.splitlines()
    script = re.search(r"`bench/([\w.]+)`, (\d+) s", chunk)
    if script is None:
        return None  # a failed benchmark's section
    figures, notes = [], []
    for line in lines:
        if line.startswith("| ") and not line.startswith(("| figure |", "|---")):
            cells = [_unescape(c) for c in re.split(r"(?<!\\)\|", line)[1:-1]]
            what, value, floor, ratio = (cells + [""] * 4)[:4]
            figures.append(
                {
                    "what": what,
                    "value": value,
                    "floor": floor,
                    "ratio": float(ratio) if ratio else None,
                    "goal": None,
                }
            )
        elif line.startswith("- "):
            notes.append(_unescape(line[2:]))
    return {
        "title": lines[0][3:].strip(),
        "figures": figures,
        "notes": notes,
        "script": script.group(1),
        "seconds": float(script.group(2)),
        "when": when,
    }
