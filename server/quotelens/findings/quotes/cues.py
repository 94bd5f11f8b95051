"""The cue words that attribute speech (data/cues.json): speech and stance verbs, speech nouns, pronouns."""

from __future__ import annotations

from quotelens.language.vocabulary import vocabulary


def load_cues() -> dict:
    """The cue word lists of data/cues.json."""
    return vocabulary("cues")
