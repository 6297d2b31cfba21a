"""The measurement hook of bench/startup_bench.py: with CITIZEN_APP_PAINT_PROBE set, the app
reports its first paint and quits; without it, nothing of the kind happens."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from tests.live_server import ROOT


def launch(tmp_path, probe: bool) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    env.pop("CITIZEN_APP_PAINT_PROBE", None)
    if probe:
        env["CITIZEN_APP_PAINT_PROBE"] = "1"
    # Port 9 (discard) on loopback: no server there, the window shows all the same.
    command = [sys.executable, "main.py", "--server", "http://127.0.0.1:9"]
    command += ["--data-dir", str(tmp_path / "data"), "--language", "ar"]
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )


def test_the_probe_reports_the_first_paint_and_quits(tmp_path):
    launched = time.time()
    process = launch(tmp_path, probe=True)
    out, _ = process.communicate(timeout=120)
    assert process.returncode == 0
    painted = [line for line in out.splitlines() if line.startswith("painted ")]
    assert len(painted) == 1
    assert launched < float(painted[0].split()[1]) < time.time()


def test_without_the_variable_the_app_keeps_running(tmp_path):
    process = launch(tmp_path, probe=False)
    try:
        time.sleep(4)
        assert process.poll() is None
    finally:
        process.terminate()
        out, _ = process.communicate(timeout=30)
    assert "painted" not in out
