"""How a phrase reads on its surface, shared by the authority and target readers: its text without the
punctuation at its edges, an 'anti-' adjective ('anti-Russian sanctions' are not Russia's) and a people's adjective."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:  # annotations only
    from quotelens.findings.sanctions.lexicon import Lexicon


def is_against(adjective: Token) -> bool:
    """'anti-Russian' (spaCy splits it into 'anti', '-', 'Russian')."""
    return adjective.i >= 2 and adjective.nbor(-1).text == "-" and adjective.nbor(-2).lower_ == "anti"


def clean_phrase(text: str) -> str:
    return text.strip(" ,;:.\"'“”‘’—–-")


def is_demonym(word: Token, lex: Lexicon) -> bool:
    """'the Czech sanctions list', 'the British list': a people's adjective as a noun modifier says whose list or
    measure it is, the imposer's (one against a state, 'anti-Russian', reads otherwise); a country's own name ('Iran
    Sanctions Act', 'Syria sanctions') names the one it hits."""
    state = lex.country_of_adjective.get(word.lower_)
    return state is not None and state.lower() != word.lower_
