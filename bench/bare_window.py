"""The floor for bench/startup_bench.py: a bare PySide6 QMainWindow, shown, and the same
first-paint probe as the app (citizen_app/startup_probe.py). Run by startup_bench.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QMainWindow

from citizen_app import startup_probe

app = QApplication([sys.argv[0]])
window = QMainWindow()
window.resize(1000, 760)  # the size of the main window
startup_probe.watch(app, window)
window.show()
sys.exit(app.exec())
