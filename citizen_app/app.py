"""Entry point of the desktop app.

The citizen screens are being built (issue 3); until then the window says so in Arabic.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["open311"]:
        from citizen_app.cli import main as cli_main

        return cli_main(args[1:])
    return run_gui([sys.argv[0], *args])


def run_gui(argv: list[str]) -> int:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(argv)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window = QMainWindow()
    window.setWindowTitle(QCoreApplication.translate("App", "الخدمات البلدية الإلكترونية"))
    label = QLabel(QCoreApplication.translate("App", "التطبيق قيد الإنشاء."))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.setCentralWidget(label)
    window.resize(800, 600)
    window.show()
    return app.exec()
