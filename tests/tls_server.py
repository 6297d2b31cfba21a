"""The real reference server behind TLS on loopback (uvicorn with a test certificate), as a
municipality with its own certificate authority would run it."""

from __future__ import annotations

import os
import socket
import ssl
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import trustme

from tests.live_server import ROOT, LiveServer, free_port, stop_process

CHILD = """
import sys
import uvicorn
from municipal_server.app import create_app
from municipal_server.config import Settings

uvicorn.run(
    create_app(Settings.from_env()),
    host="127.0.0.1",
    port=int(sys.argv[1]),
    log_level="warning",
    ssl_certfile=sys.argv[2],
    timeout_graceful_shutdown=1,
)
"""


@dataclass
class TlsServer:
    """`pem`: the server's key and certificate chain in one file; `ca_file`: the CA that
    signed it, to trust (or not)."""

    database_url: str
    pem: Path
    ca_file: Path
    port: int = 0
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0) -> TlsServer:
        self.port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(self.port), str(self.pem)],
            cwd=ROOT,
            env={**os.environ, "DATABASE_URL": self.database_url},
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("the TLS server exited during start-up")
            # Up as soon as the port completes a TLS handshake (uvicorn listens once the app
            # has started), whatever the certificate says.
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as raw:
                    context.wrap_socket(raw).close()
                return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("the TLS server did not start in time")

    def stop(self) -> None:
        stop_process(self.process)


def make_certificates(folder: Path, **issue: object) -> tuple[Path, Path]:
    """A new CA and a certificate it issued for 127.0.0.1 (`issue`: trustme's issue_cert
    options, for example not_after); returns (server pem, CA file)."""
    ca = trustme.CA()
    leaf = ca.issue_cert("127.0.0.1", **issue)
    folder.mkdir(parents=True, exist_ok=True)
    pem, ca_file = folder / "server.pem", folder / "ca.pem"
    leaf.private_key_and_cert_chain_pem.write_to_path(str(pem))
    ca.cert_pem.write_to_path(str(ca_file))
    return pem, ca_file


@pytest.fixture(scope="module")
def seeded_database(database_factory) -> str:
    """A SQLite database with the demo municipality, for the TLS servers of one module."""
    live = LiveServer(database_factory("sqlite"))
    live.seed()
    return live.database_url


@pytest.fixture(scope="module")
def tls_server(seeded_database: str, tmp_path_factory: pytest.TempPathFactory):
    """The reference server with a certificate for 127.0.0.1 from a CA of its own."""
    pem, ca_file = make_certificates(tmp_path_factory.mktemp("tls"))
    server = TlsServer(seeded_database, pem, ca_file).start()
    yield server
    server.stop()
