"""The pipeline's failure policy: a finder that raises costs its own findings on that article, nothing else."""

from __future__ import annotations

import logging

import pytest

from quotelens import pipeline
from quotelens.pipeline import analyze_article, read_article

TEXT = ("Foreign Minister Anna Berg said on Monday that the government would impose sanctions on the company.\n"
        "“We will not stand by,” Berg told reporters in the capital.")
SECRET = "Berg"


class Broken:
    """A finder with a bug whose message quotes the text it choked on, as KeyError(token.text) would."""

    def __call__(self, *args, **kwargs):
        raise KeyError(f"no rule for {SECRET}")


@pytest.mark.parametrize("finder, stage, still_found", [
    ("find_people", "people", ("quotes", "sanctions")),
    ("find_quotes", "quotes", ("entities", "sanctions")),
    ("find_sanctions", "sanctions", ("quotes", "entities")),
    (None, None, ("quotes", "entities", "sanctions")),
])
def test_a_failing_finder_skips_its_stage_only(nlp, monkeypatch, caplog, finder, stage, still_found):
    if finder:
        monkeypatch.setattr(pipeline, finder, Broken())
    analysis = analyze_article(read_article(text=TEXT), nlp)
    assert analysis.skipped_stages == ((stage,) if stage else ())
    for name in still_found:
        assert getattr(analysis, name), name
    if stage:
        assert getattr(analysis, {"people": "entities"}.get(stage, stage)) == ()
        logged = [record.getMessage() for record in caplog.records if record.name == "quotelens.pipeline"]
        assert len(logged) == 1 and "KeyError" in logged[0] and stage in logged[0]
        assert SECRET not in logged[0]


def test_a_failing_watchlist_keeps_the_entities(nlp, monkeypatch):
    monkeypatch.setattr(pipeline, "mark_listed", Broken())
    analysis = analyze_article(read_article(text=TEXT), nlp, watchlist=object())
    assert analysis.skipped_stages == ("watchlist",)
    assert [entity.name for entity in analysis.entities if entity.type == "person"] == ["Anna Berg"]


def test_the_response_says_which_stages_were_skipped(client, monkeypatch, check_response):
    monkeypatch.setattr(pipeline, "find_sanctions", Broken())
    body = client.post("/api/analyze", json={"text": TEXT}).get_json()
    check_response(body)
    assert body["stats"]["skipped_stages"] == ["sanctions"]
    assert body["sanctions"] == [] and body["quotes"]
