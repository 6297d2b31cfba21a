"""Guards against a Qt for Python release that cannot emit signals for long.

PySide6 6.12.0's SignalInstance.emit() drops a reference to the bool it returns; on Python
3.11 (where True and False are not immortal) a few thousand emits abort the interpreter.
The app emits a signal for every progress step and finished task, so a session would crash
after a while. Run in a child process, because the failure is an abort.
"""

from __future__ import annotations

import subprocess
import sys

PROGRAM = """
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Source(QObject):
    changed = Signal(int, int)

app = QCoreApplication([])
source = Source()
seen = []
source.changed.connect(lambda done, total: seen.append(done))
for n in range(200_000):
    source.changed.emit(n, 10)
app.processEvents()
print(len(seen))
"""


def test_signals_can_be_emitted_for_a_whole_working_day() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-1000:]
    assert done.stdout.strip() == "200000"
