"""Sanctions lists configured on the app: listed people carry their listing, bad files never stop the server."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import pytest

from quotelens.service.app import create_app

LISTS = Path(__file__).parent / "data" / "watchlists"
TEXT = "“We stand with Russia,” North Korean leader Kim Jong-un told reporters. Analyst Jane Roe disagreed."


def analyze(app, text=TEXT):
    response = app.test_client().post("/api/analyze", json={"text": text})
    assert response.status_code == 200
    return {entity["name"]: entity for entity in response.get_json()["entities"]}


def test_listed_person_carries_the_listing(nlp, check_response):
    app = create_app({"TESTING": True, "WATCHLISTS": [str(LISTS / "sanctions-sample.csv")]})
    response = app.test_client().post("/api/analyze", json={"text": TEXT})
    check_response(response.get_json())
    entities = {entity["name"]: entity for entity in response.get_json()["entities"]}
    [listing] = entities["Kim Jong-un"]["listed"] if "Kim Jong-un" in entities else entities["Kim Jong Un"]["listed"]
    assert listing["id"] == "NK-0001"
    assert "UN DPRK 1718" in listing["programs"]
    assert not entities.get("Jane Roe", {}).get("listed")


@pytest.mark.parametrize("bad", ["missing.csv", "wrong-columns.csv", "not-utf8.csv", "unterminated-quote.csv"])
def test_bad_list_files_are_logged_and_skipped(nlp, caplog, bad):
    with caplog.at_level(logging.WARNING, logger="quotelens.service.watchlist"):
        app = create_app({"TESTING": True,
                          "WATCHLISTS": [str(LISTS / bad), str(LISTS / "sanctions-sample.csv")]})
    assert bad in caplog.text
    people = analyze(app)
    assert any(entity["listed"] for entity in people.values())


def test_an_edited_list_is_picked_up_and_the_cache_does_not_hide_it(nlp, tmp_path):
    listed = tmp_path / "list.csv"
    lines = (LISTS / "sanctions-sample.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    listed.write_text(lines[0], encoding="utf-8")  # the header only: nobody is listed yet
    app = create_app({"TESTING": True, "WATCHLISTS": [str(listed)]})
    assert not any(entity["listed"] for entity in analyze(app).values())

    shutil.copy(LISTS / "sanctions-sample.csv", listed)
    os.utime(listed, ns=(listed.stat().st_atime_ns, listed.stat().st_mtime_ns + 10**9))
    watchlist = app.extensions["quotelens"].watchlist
    watchlist.REFRESH_INTERVAL_S = 0  # check on the next request instead of a minute later
    assert any(entity["listed"] for entity in analyze(app).values())
