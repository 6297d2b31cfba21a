"""Entry point of the desktop app.

The citizen screens are being built (issue 3); until then the window says so in Arabic.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(argv if argv is not None else sys.argv)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window = QMainWindow()
    window.setWindowTitle(QCoreApplication.translate("App", "الخدمات البلدية الإلكترونية"))
    label = QLabel(QCoreApplication.translate("App", "التطبيق قيد الإنشاء."))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.setCentralWidget(label)
    window.resize(800, 600)
    window.show()
    return app.exec()
