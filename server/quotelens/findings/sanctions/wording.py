"""How a phrase reads on its surface, shared by the authority and target readers: its text without the
punctuation at its edges, and an 'anti-' adjective ('anti-Russian sanctions' are not Russia's)."""

from __future__ import annotations

from spacy.tokens import Token


def is_against(adjective: Token) -> bool:
    """'anti-Russian' (spaCy splits it into 'anti', '-', 'Russian')."""
    return adjective.i >= 2 and adjective.nbor(-1).text == "-" and adjective.nbor(-2).lower_ == "anti"


def clean_phrase(text: str) -> str:
    return text.strip(" ,;:.\"'“”‘’—–-")
