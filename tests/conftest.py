"""Fixtures shared by every test: the spaCy pipeline (loaded once), the app, its client and the response schema."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import settings
from jsonschema import Draft202012Validator

from quotelens.language.nlp import load_nlp
from quotelens.service.app import create_app

from locations import SEED_GOLD, SEED_TEXT, SHARED

# On CI (CI=true) the property-based suites run a fixed sequence of examples, so that a submission's result does not
# depend on the draw; on developers' machines each run draws new examples and keeps finding new cases.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


@pytest.fixture
def app(nlp):
    return create_app({"TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def schema_validator():
    schema = json.loads((SHARED / "response.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def check_response(schema_validator):
    """Return a checker: a response obeys the schema and every offset indexes into article.text."""
    return lambda body: assert_valid_response(body, schema_validator)


def assert_valid_response(body: dict, validator) -> None:
    errors = sorted(validator.iter_errors(body), key=lambda error: list(error.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])
    text = body["article"]["text"]
    for span in body["spans"]:
        assert span["exact"] == text[span["start"]:span["end"]]
        assert text[max(0, span["start"] - len(span["prefix"])):span["start"]] == span["prefix"]
        assert text[span["end"]:span["end"] + len(span["suffix"])] == span["suffix"]
    for record in [*body["quotes"], *body["sanctions"]]:
        assert record["text"] == text[record["start"]:record["end"]]
    for quote in body["quotes"]:
        for part in (quote["source"], quote["cue"]):
            if part is not None:
                assert part["text"] == text[part["start"]:part["end"]]
    ids = {record["id"] for key in ("quotes", "entities", "sanctions") for record in body[key]}
    assert all(span["ref"] in ids for span in body["spans"])
