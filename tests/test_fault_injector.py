"""The fault-injecting proxy itself does what the exactly-once tests rely on."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from tests.fault_injector import FaultProxy


class Upstream(BaseHTTPRequestHandler):
    handled = 0

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Upstream.handled += 1
        answer = str(len(body)).encode() * 200
        self.send_response(200)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *_: object) -> None:
        pass


@pytest.fixture
def proxy() -> Iterator[FaultProxy]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Upstream)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    with FaultProxy(server.server_address[1], seed=1) as running:
        yield running
    server.shutdown()
    server.server_close()


def post(proxy: FaultProxy, size: int = 200_000, timeout: float = 5) -> requests.Response:
    return requests.post(proxy.url + "/x", data=b"a" * size, timeout=timeout)


def test_pass_forwards_the_whole_body(proxy: FaultProxy) -> None:
    assert post(proxy).text == "200000" * 200


def test_drop_never_reaches_the_server(proxy: FaultProxy) -> None:
    proxy.set_mode("drop")
    before = Upstream.handled
    with pytest.raises(requests.ConnectionError):
        post(proxy)
    assert Upstream.handled == before


def test_reset_after_commit_reaches_the_server_but_not_the_answer(proxy: FaultProxy) -> None:
    proxy.set_mode("reset_after_commit")
    before = Upstream.handled
    with pytest.raises(requests.ConnectionError):
        post(proxy, 10)
    assert Upstream.handled == before + 1


def test_unavailable_answers_503_with_retry_after(proxy: FaultProxy) -> None:
    proxy.set_mode("unavailable")
    proxy.retry_after = 7
    before = Upstream.handled
    answer = post(proxy, 10)
    assert (answer.status_code, answer.headers["Retry-After"]) == (503, "7")
    assert Upstream.handled == before


def test_delay_blackhole_and_drip(proxy: FaultProxy) -> None:
    proxy.set_mode("delay")
    proxy.delay = 0.4
    started = time.monotonic()
    post(proxy, 10)
    assert time.monotonic() - started >= 0.4
    proxy.set_mode("blackhole")
    with pytest.raises(requests.ReadTimeout):
        post(proxy, 10, timeout=0.5)
    proxy.set_mode("drip")
    proxy.drip_bytes, proxy.drip_interval = 100, 0.02
    started = time.monotonic()
    # Each gap is shorter than the read timeout: only a total deadline stops a drip-feed.
    answer = post(proxy, 10, timeout=2)  # a gap of 20 ms; 2 s of room for a loaded machine
    assert answer.text == "10" * 200
    assert time.monotonic() - started >= 0.02 * 4


def test_faults_follow_the_seed_and_unknown_modes_are_refused(proxy: FaultProxy) -> None:
    with pytest.raises(ValueError, match="unknown"):
        proxy.set_faults({"explode": 1.0})
    picks = []
    for _ in range(2):
        proxy._rng.seed(5)
        proxy.set_faults({"pass": 1, "drop": 1})
        picks.append([proxy._choose(b"POST /x HTTP/1.1") for _ in range(20)])
    assert picks[0] == picks[1] and len(set(picks[0])) == 2
