"""The production server (`quotelens serve`) on a free loopback port in a child process, for the HTTP benchmarks."""

from __future__ import annotations

import gzip
import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "article-extraction"
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def load_pages(data: Path = DATA) -> list[tuple[str, str]]:
    """(page id, html) of every benchmark page, in id order, decoded as the browser would hand it over."""
    return [(path.name.split(".")[0], gzip.decompress(path.read_bytes()).decode("utf-8", "replace"))
            for path in sorted((data / "html").glob("*.html.gz"))]


class LocalServer:
    """`quotelens serve` in a child process; ``with LocalServer(...) as server:`` waits until it answers."""

    def __init__(self, threads: int = 4, settings: dict[str, str] | None = None):
        self.port = free_port()
        self.threads = threads
        self.env = os.environ | {f"QUOTELENS_{name}": value for name, value in (settings or {}).items()}
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> LocalServer:
        command = [sys.executable, "-m", "quotelens", "serve", "--host", HOST, "--port", str(self.port),
                   "--threads", str(self.threads)]
        # The server's log goes to a file, never to a pipe: waitress logs a line per queued request under load, and
        # a pipe nobody reads fills up and blocks the server's I/O thread mid-write (requests then hang).
        self.log = tempfile.TemporaryFile()
        self.process = subprocess.Popen(command, env=self.env, stdout=subprocess.DEVNULL, stderr=self.log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.log.seek(0)
                raise RuntimeError(f"quotelens serve exited: {self.log.read().decode()[-2000:]}")
            try:
                status, _ = self.request("GET", "/api/health")
                if status == 200:
                    return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("quotelens serve did not answer within 60 s")

    def __exit__(self, *exc) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.log.close()

    @property
    def pid(self) -> int:
        return self.process.pid

    def connect(self, timeout: float = 60) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(HOST, self.port, timeout=timeout)

    def request(self, method: str, path: str, body: dict | bytes | None = None,
                connection: http.client.HTTPConnection | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, dict]:
        """Send one request (on ``connection`` when given, kept alive) and return (status, JSON body).

        ``body``: a dict to send as JSON, or JSON already encoded (so that a timing leaves out the client's work).
        ``headers``: extra headers, e.g. another ``Host`` or an ``Origin``, as a browser would send them.
        """
        own = connection is None
        connection = connection or self.connect()
        try:
            payload = json.dumps(body).encode() if isinstance(body, dict) else body
            sent = ({"Content-Type": "application/json"} if body is not None else {}) | (headers or {})
            connection.request(method, path, body=payload, headers=sent)
            response = connection.getresponse()
            return response.status, json.loads(response.read() or b"{}")
        finally:
            if own:
                connection.close()


def worker_pids(pid: int) -> set[int]:
    """The server's child processes, its analysis workers (Linux /proc)."""
    found = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found.update(int(child) for child in (task / "children").read_text().split())
        except FileNotFoundError:
            continue  # a thread that ended between the listing and the read has no children to give
    return found


def rss_bytes(pid: int) -> int:
    """Resident memory of a process (Linux /proc; psutil elsewhere when installed)."""
    status = Path(f"/proc/{pid}/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    import psutil  # only off Linux

    return psutil.Process(pid).memory_info().rss
