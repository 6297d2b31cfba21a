"""Fixtures (a pytest plugin, see conftest.py): a reference server whose notification worker
sends through loopback mail and SMS sinks, for the tests of codes and messages."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.live_server import LiveServer
from tests.notify_sinks import HttpSink, SmtpSink, notify_env


@pytest.fixture(scope="module")
def sinks() -> Iterator[tuple[SmtpSink, HttpSink]]:
    smtp, sms = SmtpSink().start(), HttpSink().start()
    yield smtp, sms
    smtp.stop()
    sms.stop()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def mailing(
    request: pytest.FixtureRequest,
    database_factory: Callable[[str], str],
    sinks: tuple[SmtpSink, HttpSink],
) -> Iterator[LiveServer]:
    """A server whose worker sends through the sinks every 0.2 s (notify_env)."""
    live = LiveServer(database_factory(request.param), env=notify_env(*sinks))
    live.seed()
    live.start()
    yield live
    live.stop()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def strict_mailing(
    request: pytest.FixtureRequest,
    database_factory: Callable[[str], str],
    sinks: tuple[SmtpSink, HttpSink],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[LiveServer]:
    """A municipality that takes requests only from accounts with a verified address
    (MUNICIPAL_UNVERIFIED_MAY_SUBMIT=false); its log, at info level, is kept in `log_path`."""
    env = notify_env(*sinks, MUNICIPAL_UNVERIFIED_MAY_SUBMIT="false")
    log = tmp_path_factory.mktemp("log") / "server.log"
    live = LiveServer(database_factory(request.param), env=env, log_path=str(log))
    live.log_level = "info"
    live.seed()
    live.start()
    yield live
    live.stop()
