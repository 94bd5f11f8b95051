"""`quotelens corpus`: inputs (folders, JSON Lines, WARC), Parquet and JSON Lines outputs, resume, Dask clusters.

The clusters are real: an embedded LocalCluster, and a `dask scheduler` with two `dask worker` processes on
loopback. The inputs are built here from the extraction benchmark's pages, a WARC among them.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import platform
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from quotelens.service import cli
from quotelens.corpus import manifest
from quotelens.corpus.heap import LargeAllocations, raise_mmap_threshold
from quotelens.corpus.progress import Progress, format_duration
from quotelens.corpus.sources import (Source, content_type, find_sources, index_archive, jsonl_page, kind_of,
                                      parse_date, read_partition)
from quotelens.corpus.tables import SCHEMAS
from quotelens.corpus.worker import corpus_analyzer

from locations import EXTRACTION, REPO

PAGES = [gzip.decompress(path.read_bytes()) for path in sorted((EXTRACTION / "html").glob("*.html.gz"))[:8]]
ARTICLE = ("Foreign Minister Anna Berg said on Monday that the government would impose sanctions on the company.\n"
           "“We will not stand by,” Berg told reporters in the capital.\n")
FRENCH = "Le ministre a déclaré lundi que le gouvernement imposerait des sanctions à l'entreprise, selon l'agence."
# A page whose server declares latin-1 and whose markup declares nothing: only the record's charset decodes "é".
LATIN1_PAGE = ("<html><head><title>Talks</title></head><body><article><p>Foreign Minister Anna Berg said on Monday "
               "that the café owners would face sanctions, officials confirmed to reporters.</p><p>\"We will not stand "
               "by,\" Berg told reporters in the capital on Monday evening.</p></article></body></html>")
TABLES = ("articles", "quotes", "people", "sanctions", "errors")


def warc_response(writer: WARCWriter, url: str, body: bytes, content: str, date: str):
    headers = StatusAndHeaders("200 OK", [("Content-Type", content)], protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                     warc_headers_dict={"WARC-Date": date})


def write_warc(path: Path) -> None:
    """Three HTML responses (one in latin-1), an image response and a request record, which are not articles."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        records = [
            warc_response(writer, "https://news.example.org/a", PAGES[0], "text/html; charset=utf-8", "2024-05-01T08:00:00Z"),
            warc_response(writer, "https://news.example.org/logo.png", b"\x89PNG", "image/png", "2024-05-01T08:00:01Z"),
            warc_response(writer, "https://www.other.example.net/b", LATIN1_PAGE.encode("latin-1"),
                          "text/html; charset=ISO-8859-1", "2024-05-03T09:00:00Z"),
            writer.create_warc_record("https://news.example.org/c", "request", payload=io.BytesIO(b"GET /c\r\n\r\n")),
            warc_response(writer, "https://news.example.org/c", PAGES[1], "text/html", "2024-05-02T10:00:00Z"),
        ]
        for record in records:
            writer.write_record(record)
            record.raw_stream.close()  # warcio spools large payloads to a temporary file and leaves it open


def write_jsonl(path: Path) -> None:
    records = [{"url": "https://example.com/one", "html": PAGES[2].decode("utf-8", "replace"), "date": "2024-04-01"},
               {"url": "https://example.com/two", "text": ARTICLE, "date": "2024-04-02T12:00:00+02:00"},
               {"url": "https://example.fr/trois", "text": FRENCH},
               {"url": "https://example.com/empty", "html": "<html><body><nav>Home</nav></body></html>"}]
    lines = [json.dumps(record) for record in records] + ["", "{not json", json.dumps({"url": "x", "html": 3})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A folder with a WARC, a JSON Lines file, and a sub-folder of HTML and text files (and one file of neither)."""
    root = tmp_path_factory.mktemp("corpus")
    write_warc(root / "crawl.warc.gz")
    write_jsonl(root / "feed.jsonl")
    (root / "pages" / "2024").mkdir(parents=True)
    for index, page in enumerate(PAGES[3:8]):
        (root / "pages" / "2024" / f"page{index}.html").write_bytes(page)
    (root / "pages" / "brief.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "pages" / "notes.csv").write_text("not,an,article\n", encoding="utf-8")
    return root


# 3 WARC HTML responses + 6 JSON Lines records + 5 HTML files + 1 text file, in 1 + 2 + 2 + 1 partitions of 3.
RECORDS = 15
PARTITIONS = 6


@pytest.mark.parametrize("name, kind", [
    ("a/b.warc.gz", "warc"), ("B.WARC", "warc"), ("x.jsonl", "jsonl"), ("x.ndjson.gz", "jsonl"),
    ("p.html", "html"), ("p.htm.gz", "html"), ("t.txt", "text"),
    ("notes.csv", None), ("warc", None), ("x.json", None), ("page.html.bak", None),
])
def test_kind_of_a_file_by_its_name(name, kind):
    assert kind_of(name) == kind


@pytest.mark.parametrize("header, parsed", [
    ("text/html; charset=ISO-8859-1", ("text/html", "iso-8859-1")),
    ('text/html; charset="utf-8"', ("text/html", "utf-8")),
    ("application/xhtml+xml", ("application/xhtml+xml", None)),
    ("TEXT/HTML", ("text/html", None)),
    (None, ("application/octet-stream", None)),
    ("garbage", ("text/plain", None)),  # RFC 2045: an unreadable type is text/plain
])
def test_content_type_header(header, parsed):
    assert content_type(header) == parsed


@pytest.mark.parametrize("value, parsed", [
    ("2024-05-01T08:00:00Z", datetime(2024, 5, 1, 8, tzinfo=timezone.utc)),
    ("2024-04-02T12:00:00+02:00", datetime(2024, 4, 2, 10, tzinfo=timezone.utc)),
    ("2024-04-01", datetime(2024, 4, 1, tzinfo=timezone.utc)),
    ("yesterday", None), ("", None), (None, None), (20240401, None),
])
def test_dates_are_read_as_utc(value, parsed):
    assert parse_date(value) == parsed


@pytest.mark.parametrize("line, code", [
    (b'{"url": "u", "html": "<p>x</p>"}', None),
    (b'{"text": "x"}', None),
    (b'{"url": "u", "html": "<p>x</p>", "text": "x"}', "bad_record"),
    (b'{"url": "u"}', "bad_record"),
    (b'{"url": "u", "html": 3}', "bad_record"),
    (b'["html"]', "bad_record"),
    (b'{not json', "bad_record"),
])
def test_jsonl_records(line, code):
    page = jsonl_page(line)
    assert (page.error[0] if page.error else None) == code


@pytest.mark.parametrize("line, expected", [
    (b'{"text": "x", "date": "2022-05-03T10:00:00Z"}', {"text": "x", "date": "2022-05-03"}),
    (b'{"text": "x"}', {"text": "x", "date": None}),
    # A page is dated by its own metas (page/published.py), never by the record's or a crawl's date.
    (b'{"url": "u", "html": "<p>x</p>", "date": "2022-05-03"}', {"html": "<p>x</p>", "url": "u"}),
])
def test_a_text_records_date_goes_with_it(line, expected):
    assert jsonl_page(line).request() == expected


def test_sources_are_found_recursively_and_by_glob(corpus):
    kinds = [(Path(source.url).name, source.kind) for source in find_sources([str(corpus)])]
    assert kinds == [("crawl.warc.gz", "warc"), ("feed.jsonl", "jsonl"),
                     *[(f"page{index}.html", "html") for index in range(5)], ("brief.txt", "text")]
    assert [Path(s.url).name for s in find_sources([str(corpus)], glob="pages/2024/*")] == [
        f"page{index}.html" for index in range(5)]
    assert [Path(s.url).name for s in find_sources([str(corpus / "*.jsonl")])] == ["feed.jsonl"]
    assert find_sources([str(corpus / "pages" / "notes.csv")]) == []


def test_a_warc_is_cut_at_html_responses_and_decoded_with_the_record_charset(corpus):
    source = Source(str(corpus / "crawl.warc.gz"), "warc", str(corpus))
    partitions = index_archive(source, size=2)
    assert [partition.count for partition in partitions] == [2, 1]
    pages = [page for partition in partitions for page in read_partition(partition)]
    assert [page.url for page in pages] == ["https://news.example.org/a", "https://www.other.example.net/b",
                                            "https://news.example.org/c"]
    assert "café owners" in pages[1].html
    assert pages[2].date == datetime(2024, 5, 2, 10, tzinfo=timezone.utc)
    assert len({page.article_id for page in pages}) == 3


@pytest.mark.parametrize("cut", [100, 5000, 40000])
def test_a_truncated_warc_is_read_up_to_the_break(corpus, tmp_path, cut):
    path = tmp_path / "cut.warc.gz"
    data = (corpus / "crawl.warc.gz").read_bytes()
    path.write_bytes(data[:len(data) - cut])
    partitions = index_archive(Source(str(path), "warc", str(tmp_path)), size=2)
    pages = [page for partition in partitions for page in read_partition(partition)]
    assert 1 <= len(pages) <= 3 and pages[0].url == "https://news.example.org/a" and pages[0].error is None
    assert all(page.html or page.error[0] == "unreadable" for page in pages)


@pytest.mark.parametrize("name", ["feed.jsonl", "feed.jsonl.gz"])
def test_jsonl_partitions_read_every_record_once(corpus, tmp_path, name):
    path = tmp_path / name
    data = (corpus / "feed.jsonl").read_bytes()
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    partitions = index_archive(Source(str(path), "jsonl", str(tmp_path)), size=3)
    assert [partition.count for partition in partitions] == [3, 3]  # the blank line is no record
    pages = [page for partition in partitions for page in read_partition(partition)]
    assert [page.url for page in pages[:4]] == ["https://example.com/one", "https://example.com/two",
                                                "https://example.fr/trois", "https://example.com/empty"]
    assert [page.error[0] for page in pages[4:]] == ["bad_record", "bad_record"]


def test_an_article_over_the_time_budget_is_a_timeout_error_not_a_failed_batch(nlp):
    [over, also_over] = corpus_analyzer(1e-9).analyze_many([{"text": ARTICLE}, {"text": FRENCH}])
    assert over["error"]["code"] == "timeout"
    assert also_over["error"]["code"] == "unsupported_language"  # read before the budget starts: still its own code


@pytest.mark.parametrize("seconds, shown", [(0, "0m00s"), (59.6, "1m00s"), (61, "1m01s"), (3600, "1h00m"),
                                            (86399, "23h59m")])
def test_durations_in_the_progress_line(seconds, shown):
    assert format_duration(seconds) == shown


def test_the_progress_line_gives_the_rate_and_what_is_left():
    stream = io.StringIO()
    progress = Progress(total=100, stream=stream, every_s=0)
    progress.started -= 10  # ten seconds ago
    progress.advance(25)
    assert stream.getvalue() == "25/100 articles  2.5 articles/s  ETA 0m30s\n"


def corpus_run(argv: list[str], capsys) -> tuple[int, str]:
    status = cli.main(["corpus", *argv])
    return status, capsys.readouterr().err


def read_tables(output: Path) -> dict[str, list[dict]]:
    return {name: ds.dataset(output / name, format="parquet").to_table().to_pylist() for name in TABLES}


@pytest.fixture(scope="module")
def parquet_run(corpus, tmp_path_factory):
    """One run on an embedded cluster of two workers, partitions of three articles, with the speaker table."""
    output = tmp_path_factory.mktemp("parquet") / "out"
    status = cli.main(["corpus", str(corpus), "--output", str(output), "--workers", "2", "--partition-size", "3",
                       "--aggregate"])
    return status, output


def test_every_record_lands_once_in_articles_or_errors(parquet_run):
    status, output = parquet_run
    assert status == 0
    tables = read_tables(output)
    ids = [row["article_id"] for row in tables["articles"] + tables["errors"]]
    assert len(ids) == len(set(ids)) == RECORDS
    errors = sorted(row["code"] for row in tables["errors"])
    assert errors == ["bad_record", "bad_record", "no_article", "unsupported_language"]


@pytest.mark.parametrize(("table", "record"), [("quotes", "quote"), ("people", "entity"), ("sanctions", "sanction")])
def test_every_response_field_has_a_column(table, record):
    """A field added to the response schema must reach the Parquet tables too (same names as the API)."""
    fields = json.loads((REPO / "shared" / "response.schema.json").read_text(encoding="utf-8"))["$defs"][record]
    assert set(fields["properties"]) <= set(SCHEMAS[table].names)


def test_the_package_carries_an_identical_copy_of_the_response_schema():
    # The tables' columns are read from the package's copy: it must not drift from the contract in shared/.
    package_copy = REPO / "server" / "quotelens" / "data" / "response.schema.json"
    assert package_copy.read_bytes() == (REPO / "shared" / "response.schema.json").read_bytes()


def test_parquet_tables_hold_the_api_fields(parquet_run, nlp):
    _, output = parquet_run
    tables = read_tables(output)
    by_url = {row["url"]: row for row in tables["articles"]}
    latin = by_url["https://www.other.example.net/b"]
    assert latin["outlet"] == "other.example.net" and "café" in latin["text"]
    assert latin["date"] == datetime(2024, 5, 3, 9, tzinfo=timezone.utc)
    two = by_url["https://example.com/two"]
    assert two["text"] == ARTICLE and two["date"] == datetime(2024, 4, 2, 10, tzinfo=timezone.utc)
    expected = corpus_analyzer(None).analyze(text=ARTICLE)
    quotes = [row for row in tables["quotes"] if row["article_id"] == two["article_id"]]
    assert [{key: row[key] for key in expected["quotes"][0]} for row in quotes] == expected["quotes"]
    people = [row for row in tables["people"] if row["article_id"] == two["article_id"]]
    assert [row["name"] for row in people] == [entity["name"] for entity in expected["entities"]]
    assert any(row["is_official"] and row["title"] for row in people)
    sanctions = [row for row in tables["sanctions"] if row["article_id"] == two["article_id"]]
    assert [{key: row[key] for key in expected["sanctions"][0]} for row in sanctions] == expected["sanctions"]
    assert sum(1 for row in tables["articles"] if row["url"].startswith("file:///")) == 6


def test_the_speaker_table_counts_quotes_articles_and_outlets(parquet_run):
    _, output = parquet_run
    speakers = pq.read_table(output / "speakers.parquet").to_pylist()
    assert speakers and speakers == sorted(speakers, key=lambda row: (-row["quotes"], row["speaker_name"]))
    berg = next(row for row in speakers if row["speaker_name"] == "Anna Berg")
    assert berg["articles"] == 3  # the JSON Lines text, the text file and the latin-1 WARC page
    assert berg["outlets"] == 2  # example.com and other.example.net; the text file has no outlet
    assert berg["first_date"] == datetime(2024, 4, 2, 10, tzinfo=timezone.utc)
    assert berg["last_date"] == datetime(2024, 5, 3, 9, tzinfo=timezone.utc)
    assert "a source" not in {row["speaker_name"] for row in speakers}


def test_a_second_run_skips_every_finished_partition(parquet_run, corpus, capsys):
    _, output = parquet_run
    before = {path: path.stat().st_mtime_ns for path in output.rglob("*.parquet")}
    status, err = corpus_run([str(corpus), "--output", str(output), "--workers", "1", "--partition-size", "3"], capsys)
    assert status == 0
    assert "0 articles in 0 partitions" in err and f"{PARTITIONS} partitions skipped" in err
    assert {path: path.stat().st_mtime_ns for path in output.rglob("*.parquet")} == before


def test_jsonl_output_is_the_api_response_per_article(corpus, tmp_path, capsys, check_response):
    status, err = corpus_run([str(corpus / "feed.jsonl"), "--output", str(tmp_path), "--format", "jsonl",
                              "--workers", "1"], capsys)
    assert status == 0 and "6 articles in 1 partitions" in err
    [part] = (tmp_path / "responses").glob("part-*.jsonl")
    lines = [json.loads(line) for line in part.read_text(encoding="utf-8").splitlines()]
    assert [line["url"] for line in lines[:4]] == ["https://example.com/one", "https://example.com/two",
                                                   "https://example.fr/trois", "https://example.com/empty"]
    analysed = [line for line in lines if "article" in line]
    assert len(analysed) == 2
    for line in analysed:
        check_response({key: value for key, value in line.items() if key not in ("article_id", "url", "date")})
    assert [line["error"]["code"] for line in lines if "error" in line] == [
        "unsupported_language", "no_article", "bad_record", "bad_record"]


def test_a_run_killed_midway_resumes_without_redoing_or_losing_a_partition(corpus, parquet_run, tmp_path):
    """Kill the whole run (driver and workers) once some partitions are done; the restart does only the rest."""
    output = tmp_path / "out"
    command = [sys.executable, "-m", "quotelens", "corpus", str(corpus), "--output", str(output), "--workers", "1",
               "--partition-size", "3"]
    run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 240
        while len(manifest.finished(str(output))) < 2 and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        os.killpg(run.pid, signal.SIGKILL)
        run.wait(30)
    finished = {path.name: path.stat().st_mtime_ns for path in (output / manifest.FOLDER).glob("*.json")}
    assert 2 <= len(finished) < PARTITIONS, "the kill must land mid-run"
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert f"{PARTITIONS - len(finished)} partitions in" in result.stderr and f"{len(finished)} partitions skipped" in result.stderr
    markers = {path.name: path.stat().st_mtime_ns for path in (output / manifest.FOLDER).glob("*.json")}
    assert len(markers) == PARTITIONS and {name: markers[name] for name in finished} == finished  # none analysed twice
    _, reference = parquet_run
    assert not list(output.rglob("*.partial"))
    for name in TABLES:  # nothing lost, and the same files as one uninterrupted run, byte for byte
        resumed = {path.name: path.read_bytes() for path in (output / name).glob("*.parquet")}
        assert resumed == {path.name: path.read_bytes() for path in (reference / name).glob("*.parquet")}


def test_a_separately_started_scheduler_and_two_workers(corpus, tmp_path, capsys):
    """`dask scheduler` and two `dask worker` processes on loopback run the same command with --scheduler."""
    dask = str(Path(sys.executable).with_name("dask"))
    address_file = tmp_path / "scheduler.json"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "start_new_session": True}
    processes = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--dashboard-address",
                                   ":0", "--scheduler-file", str(address_file)], **quiet)]
    try:
        deadline = time.monotonic() + 60
        while not address_file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        address = json.loads(address_file.read_text())["address"]
        assert address.startswith("tcp://127.0.0.1:")
        processes += [subprocess.Popen([dask, "worker", address, "--nthreads", "1", "--host", "127.0.0.1",
                                        "--no-dashboard", "--name", f"w{index}"], **quiet) for index in range(2)]
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        output = tmp_path / "out"
        status, err = corpus_run([str(corpus / "pages"), "--output", str(output), "--scheduler", address,
                                  "--partition-size", "2"], capsys)
        assert status == 0 and "6 articles in 4 partitions" in err
        articles = ds.dataset(output / "articles", format="parquet").to_table().to_pylist()
        assert len(articles) == 6
        with Client(address, timeout=60) as client:  # workers started by hand get the heap setting too
            plugins = client.run(lambda dask_worker: sorted(dask_worker.plugins))  # a lambda travels by value
        assert all(LargeAllocations.name in names for names in plugins.values()), plugins
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(10)


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt's mmap threshold is glibc's")
def test_the_mmap_threshold_is_raised_where_glibc_has_it():
    assert raise_mmap_threshold()
