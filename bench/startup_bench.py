"""Start-up: whole-process time from launch to the first painted main window, against a bare
PySide6 QMainWindow shown and painted on the same machine in the same run.

    python bench/startup_bench.py [--runs 15] [--quick] [--report FILE]

Both are child processes (offscreen) with CITIZEN_APP_PAINT_PROBE set: after the first paint of
the main window they print the wall-clock time and quit (citizen_app/startup_probe.py). The app
is pointed at a running reference server (so it is the app's start-up that is measured, not a
demo server's); runs alternate app / bare window, after one warm-up run of each, and the
medians are compared. Then the demo mode (no server configured: the app starts the reference
server as a child) is timed too: its first paint, and the demo server's own start.
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import Goal, Report, arguments, median, ratio, reference_server  # noqa: E402


def first_paint(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launching `command` to its `painted <time> <peak KiB>` line, and the peak
    resident memory in MiB when it painted (citizen_app/startup_probe.py)."""
    launched = time.time()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        out, _ = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    for line in out.splitlines():
        if line.startswith("painted "):
            _, when, peak = line.split()
            return float(when) - launched, int(peak) / 1024
    raise RuntimeError(f"{command} did not report its first paint (exit {process.returncode})")


def main() -> None:
    args = arguments(
        __doc__.split("\n\n")[0],
        lambda parser: parser.add_argument("--runs", type=int, default=15),
    )
    runs = 5 if args.quick else args.runs
    report = Report("Start-up to the first painted main window")
    scratch = Path(tempfile.mkdtemp(prefix="startup-bench-"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CITIZEN_APP_PAINT_PROBE": "1",
        "XDG_CONFIG_HOME": str(scratch / "config"),
        "XDG_DATA_HOME": str(scratch / "data"),
        "XDG_CACHE_HOME": str(scratch / "cache"),
    }
    python = sys.executable
    # As installed (pip, the .deb, the bundle): modules compiled to bytecode once, not on
    # every start (PYTHONDONTWRITEBYTECODE in a developer's shell would otherwise make every
    # run compile the app's modules again).
    compileall.compile_dir(str(ROOT / "citizen_app"), quiet=1)
    bare = [python, str(ROOT / "bench" / "bare_window.py")]
    server = reference_server(f"sqlite:///{scratch / 'server.db'}")
    server.start()
    try:
        app = [
            *(python, str(ROOT / "main.py"), "--server", server.url),
            *("--api-key", server.api_key, "--language", "ar"),
            *("--data-dir", str(scratch / "app")),
        ]
        first_paint(app, env), first_paint(bare, env)  # warm-up: disk cache, first-run files
        times: dict[str, list[float]] = {"app": [], "bare": []}
        memory: dict[str, list[float]] = {"app": [], "bare": []}
        for _ in range(runs):
            for name, command in (("app", app), ("bare", bare)):
                seconds, mib = first_paint(command, env)
                times[name].append(seconds)
                memory[name].append(mib)
    finally:
        server.stop()
    app_s, bare_s = median(times["app"]), median(times["bare"])
    report.add(
        f"start-up to first paint, app against a running server (median of {runs})",
        f"{1000 * app_s:.0f} ms",
        f"{1000 * bare_s:.0f} ms (bare QMainWindow)",
        ratio(app_s, bare_s),
        goal=Goal("start-up to first paint ÷ bare QMainWindow (whole process)", at_most=2.0),
    )
    app_mib, bare_mib = median(memory["app"]), median(memory["bare"])
    report.add(
        f"peak resident memory up to the first paint (median of {runs})",
        f"{app_mib:.0f} MiB",
        f"{bare_mib:.0f} MiB (bare QMainWindow)",
        ratio(app_mib, bare_mib),
        goal=Goal("start-up peak memory ÷ bare QMainWindow", at_most=1.5),
    )
    for name in ("app", "bare"):
        report.note(
            f"{name} runs: "
            + ", ".join(f"{1000 * t:.0f}" for t in times[name])
            + " ms; "
            + ", ".join(f"{m:.0f}" for m in memory[name])
            + " MiB"
        )
    report.note(
        "both compiled to bytecode first (as installed), so neither pays for compiling its "
        "modules; the app is given a catalogue kept from an earlier run (the warm-up)"
    )

    demo_runs = 3
    demo = []
    for n in range(demo_runs):
        demo_app = [python, str(ROOT / "main.py"), "--language", "ar"]
        demo.append(first_paint([*demo_app, "--data-dir", str(scratch / f"demo{n}")], env)[0])
    report.add(
        f"demo mode (no server configured): start-up to first paint (median of {demo_runs})",
        f"{1000 * median(demo):.0f} ms",
        f"{1000 * bare_s:.0f} ms (bare QMainWindow)",
        ratio(median(demo), bare_s),
    )
    from citizen_app.demo_server import DemoServer

    ready = []
    for n in range(demo_runs):
        child = DemoServer(scratch / f"demo-server{n}")
        started = time.perf_counter()
        child.start()
        ready.append(time.perf_counter() - started)
        child.stop()
    report.add(
        f"demo mode: the demo server child ready to answer (first start, median of {demo_runs})",
        f"{median(ready):.2f} s",
    )
    report.save(args.report)


if __name__ == "__main__":
    main()
