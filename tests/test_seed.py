"""The reference article, end to end through the API: every gold finding, exactly, and nothing invented."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def seed_response(nlp, seed_text):
    from quotelens.service.app import create_app

    response = create_app({"TESTING": True}).test_client().post("/api/analyze", json={"text": seed_text})
    assert response.status_code == 200
    return response.get_json()


def test_seed_response_obeys_the_contract(seed_response, check_response, seed_text):
    check_response(seed_response)
    assert seed_response["article"]["text"] == seed_text


def test_seed_has_every_gold_quote_with_its_speaker(seed_response, seed_gold):
    direct = [quote for quote in seed_response["quotes"] if quote["kind"] == "direct"]
    found = [(quote["text"], quote["speaker_name"], quote["source"] and quote["source"]["text"]) for quote in direct]
    expected = [(gold["quote"], gold["speaker"], gold["speaker_mention"]) for gold in seed_gold["quotes"]]
    assert found == expected


def test_seed_officials_are_exactly_the_gold_three(seed_response, seed_gold):
    officials = {entity["name"]: entity for entity in seed_response["entities"] if entity["is_official"]}
    assert set(officials) == {gold["name"] for gold in seed_gold["officials"]}
    for gold in seed_gold["officials"]:
        entity = officials[gold["name"]]
        assert entity["title"] == gold["title"]
        assert entity["organization"] == gold["organization_or_country"]
        assert set(gold["variants"]) <= set(entity["aliases"])


def test_seed_people_are_only_the_officials(seed_response):
    people = [entity["name"] for entity in seed_response["entities"] if entity["type"] == "person"]
    assert sorted(people) == ["Kim Jong Un", "Matthew Miller", "Vladimir Putin"]


def test_seed_speakers_link_their_quotes(seed_response):
    by_id = {entity["id"]: entity for entity in seed_response["entities"]}
    for quote in seed_response["quotes"]:
        if quote["kind"] == "direct":
            assert quote["id"] in by_id[quote["speaker"]]["quote_ids"]


def test_seed_sanctions_have_gold_mentions_and_status(seed_response, seed_gold):
    found = [(sanction["text"], sanction["status"]) for sanction in seed_response["sanctions"]]
    assert found == [(gold["mention"], gold["status"]) for gold in seed_gold["sanctions"]]


def test_seed_spans_cover_every_category(seed_response):
    categories = {category for span in seed_response["spans"] for category in span["categories"]}
    assert {"quote", "speaker", "official", "sanction"} <= categories
    miller_spans = [span for span in seed_response["spans"] if span["exact"] == "Miller"]
    assert miller_spans and all({"speaker", "official"} <= set(span["categories"]) for span in miller_spans)
