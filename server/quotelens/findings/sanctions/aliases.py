"""Which authority a run of words names: the longest alias of data/sanctions.json ('U.S. Treasury', 'ECOWAS',
'Brussels'), matched on lower-cased words."""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Token

from quotelens.findings.sanctions.lexicon import Lexicon


def authority_of_phrase(token: Token, lex: Lexicon) -> str | None:
    return authority_of_words(list(token.subtree), lex)


def authority_of_words(words: Sequence[Token], lex: Lexicon) -> str | None:
    lowered = [w.lower_.rstrip(".") if w.lower_ not in lex.dotted_aliases else w.lower_ for w in words]
    return _match_alias(lowered, lex) or _match_alias([w.lower_ for w in words], lex)


def _match_alias(lowered: list[str], lex: Lexicon) -> str | None:
    """The authority of the longest alias found as consecutive words."""
    best: tuple[int, str] | None = None
    for i, word in enumerate(lowered):
        for alias, authority in lex.aliases_by_first_word.get(word, ()):
            if tuple(lowered[i: i + len(alias)]) == alias and (best is None or len(alias) > best[0]):
                best = (len(alias), authority)
    return best[1] if best else None


def authority_of_text(text: str, lex: Lexicon) -> str | None:
    words = [w for w in text.lower().replace(",", " ").split()]
    return _match_alias(words, lex) or _match_alias([w.rstrip(".") for w in words], lex)
