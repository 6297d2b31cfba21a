"""The README's performance numbers are generated from bench/RESULTS.md and must not drift from
it (the README once said 460 B where the run had measured 462 B)."""

from __future__ import annotations

from bench import goals, readme_figures, results


def test_the_readme_says_what_the_results_say() -> None:
    readme = readme_figures.README.read_text(encoding="utf-8")
    fresh = readme_figures.generate(readme, results.RESULTS.read_text(encoding="utf-8"))
    assert fresh == readme, "run: python bench/readme_figures.py"


def test_a_changed_figure_changes_the_readme() -> None:
    readme = readme_figures.README.read_text(encoding="utf-8")
    text = results.RESULTS.read_text(encoding="utf-8")
    (report,) = [r for r in results.reports(text) if r["script"] == "outbox_bench.py"]
    figure = report["figures"][0]
    changed = text.replace(f"| {figure['value']} |", "| 999 B |", 1)
    changed = changed.replace(f'"value": "{figure["value"]}"', '"value": "999 B"', 1)
    fresh = readme_figures.generate(readme, changed)
    assert fresh != readme
    assert "<!-- bench:refresh-bytes -->999 B<!-- /bench -->" in fresh
    assert "| 999 B |" in fresh.split("<!-- bench-figures:begin -->")[1]


def test_a_report_survives_the_round_trip_through_results_md() -> None:
    goal = {"name": "g", "now": "1.1×", "goal": "≤ 1.3×", "met": True, "number": 1.1}
    report = {
        "title": "A | title",
        "figures": [
            {"what": "a | b", "value": "1 s", "floor": "2 s", "ratio": 0.5, "goal": goal},
            {"what": "c", "value": "3", "floor": "", "ratio": None, "goal": None},
        ],
        "notes": ["a note"],
        "script": "x_bench.py",
        "seconds": 12.0,
        "when": "2026-12-06 08:00",
    }
    text = "# Benchmark results\n\n" + results.section(report)
    assert results.reports(text) == [report]
    assert goals.from_report(report) == [goal]
    assert "| g | 1.1× | ≤ 1.3× | yes |" in goals.table([goal])
