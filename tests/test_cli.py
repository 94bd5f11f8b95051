"""The command line: `serve` binds loopback unless given a token; `analyze` batches with nlp.pipe and --jobs."""

from __future__ import annotations

import gzip
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from quotelens.service import cli

from locations import EXTRACTION

PAGES = sorted((EXTRACTION / "html").glob("*.html.gz"))[:6]
ARTICLE = ("Foreign Minister Anna Berg said on Monday that the government would impose sanctions on the company.\n"
           "“We will not stand by,” Berg told reporters in the capital.\n")


@pytest.fixture(scope="module")
def page_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    paths = []
    for page in PAGES:
        path = folder / page.name.removesuffix(".gz")
        path.write_bytes(gzip.decompress(page.read_bytes()))
        paths.append(path)
    return paths


@pytest.mark.parametrize("host, loopback", [
    ("127.0.0.1", True), ("127.8.9.10", True), ("::1", True), ("localhost", True),
    ("0.0.0.0", False), ("::", False), ("192.168.1.20", False), ("10.0.0.1", False), ("example.org", False),
    ("", False),
])
def test_is_loopback(host, loopback):
    assert cli.is_loopback(host) is loopback


def test_serve_binds_loopback_by_default():
    args = cli.build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1"


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20"])
def test_serve_refuses_other_addresses_without_a_token(host, monkeypatch, capsys):
    monkeypatch.delenv("QUOTELENS_API_TOKEN", raising=False)
    assert cli.main(["serve", "--host", host]) == 2
    assert "token" in capsys.readouterr().err


def test_serve_accepts_another_address_with_a_token(nlp, monkeypatch):
    """With a token the guard lets the bind through (the bind itself is recorded, not made: no test opens 0.0.0.0)."""
    import waitress

    binds = []
    monkeypatch.setenv("QUOTELENS_API_TOKEN", "s3cret")
    monkeypatch.setattr(waitress, "serve", lambda app, **options: binds.append(options))
    assert cli.main(["serve", "--host", "0.0.0.0", "--port", "9"]) == 0
    assert binds and binds[0]["host"] == "0.0.0.0"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_runs_the_production_server_on_loopback(tmp_path):
    port = free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith("QUOTELENS_")}
    server = subprocess.Popen([sys.executable, "-m", "quotelens", "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        health = wait_for(f"http://127.0.0.1:{port}/api/health")
        assert health["model_loaded"] is True  # loaded before the first request, not during it
        request = urllib.request.Request(f"http://127.0.0.1:{port}/api/analyze", method="POST",
                                         data=json.dumps({"text": ARTICLE}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            assert response.status == 200
            assert json.load(response)["article"]["text"] == ARTICLE
    finally:
        server.terminate()
        server.wait(10)


def wait_for(url: str) -> dict:
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return json.load(response)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def run_analyze(argv: list[str], capsys) -> tuple[int, list[dict], str]:
    status = cli.main(["analyze", *argv])
    captured = capsys.readouterr()
    return status, [json.loads(line) for line in captured.out.splitlines()], captured.err


def test_analyze_prints_one_line_per_file_in_order_and_the_rate(nlp, page_files, capsys):
    status, lines, err = run_analyze([str(path) for path in page_files], capsys)
    assert [line["file"] for line in lines] == [str(path) for path in page_files]
    assert all("article" in line or "error" in line for line in lines)
    assert "pages/s" in err
    assert status == (1 if any("error" in line for line in lines) else 0)


def test_analyze_plain_text(nlp, tmp_path, capsys, check_response):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    status, [line], _ = run_analyze(["--text", str(path)], capsys)
    assert status == 0
    del line["file"]
    check_response(line)
    assert line["article"]["text"] == ARTICLE


def test_analyze_reports_unreadable_files_and_goes_on(nlp, tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    status, lines, _ = run_analyze(["--text", str(tmp_path / "missing.txt"), str(good)], capsys)
    assert status == 1
    assert lines[0]["error"]["code"] == "unreadable"
    assert "article" in lines[1]


def test_analyze_jobs_gives_the_same_answers(nlp, page_files, capsys):
    """Two worker processes give, file by file, what one process gives."""
    files = [str(path) for path in page_files]
    _, alone, _ = run_analyze(files, capsys)
    result = subprocess.run([sys.executable, "-m", "quotelens", "analyze", "--jobs", "2", *files],
                            capture_output=True, text=True, timeout=300)
    together = [json.loads(line) for line in result.stdout.splitlines()]
    for line in [*alone, *together]:  # how long it took, and whether this process had seen the page before
        line.get("stats", {}).pop("timings_ms", None)
        line.get("stats", {}).pop("cached", None)
    assert together == alone
    assert "2 job(s)" in result.stderr


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_analyze_refuses_a_bad_job_count(jobs, capsys):
    with pytest.raises(SystemExit):
        cli.main(["analyze", "--jobs", jobs, "x.html"])
