"""The window's side of the demo server: it hears the server's keeper thread (demo_server.py)
on the GUI thread, connects the window once the server answers, and tells the citizen when it
had to be started again."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal

from citizen_app.demo_server import DemoServer

log = logging.getLogger(__name__)


class DemoWatch(QObject):
    #: (event, detail) from the keeper thread: delivered queued, on the GUI thread
    event = Signal(str, object)

    def __init__(self, window: object, demo: DemoServer, identity: str) -> None:
        super().__init__(window)
        self.window, self.demo, self.identity = window, demo, identity
        self.event.connect(self.on_event)
        demo.keep(self._from_keeper)

    def _from_keeper(self, kind: str, detail: object) -> None:
        try:
            self.event.emit(kind, detail)
        except RuntimeError:  # the window is gone: the app is closing
            log.info("demo server event %s after the window closed", kind)

    def on_event(self, kind: str, detail: object) -> None:
        window, demo = self.window, self.demo
        if kind == "ready":
            window.use_demo(demo.url, demo.api_key, self.identity)
        elif kind == "restarted":
            self.on_restarted(demo.url)
        elif window.context.demo_url is None:  # it never started
            window.notices.show_failure(detail)
        elif window.context.demo:
            window.notices.show_message(
                QCoreApplication.translate(
                    "MainWindow",
                    "The demo municipality stopped and could not be started again. "
                    "Close the app and open it again.",
                )
            )

    def on_restarted(self, url: str) -> None:
        window = self.window
        moved = url != window.context.demo_url
        if not window.context.demo:  # another server is in use: only the way back changes
            window.context.demo_url = url
            return
        if moved:
            window.use_demo(url, self.demo.api_key, self.identity)
        elif not window.catalogue.tree.topLevelItemCount():
            window.start()  # what failed while it was down is loaded again
        window.notices.show_message(
            QCoreApplication.translate(
                "MainWindow",
                "The demo municipality had stopped; it has been started again. If what you "
                "just did did not go through, please do it again.",
            )
        )
