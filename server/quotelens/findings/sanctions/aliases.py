"""How a party is named: which authority a run of words names (the longest alias of data/sanctions.json, 'U.S.
Treasury', 'ECOWAS', 'Brussels', matched on lower-cased words; else the state a demonym names, 'the South Korean
government'), the named entity a word is part of, and a capital written as its state."""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Token

from quotelens.findings.sanctions.lexicon import Lexicon, load_lexicon
from quotelens.language.entities import entity_of


def authority_of_phrase(token: Token, lex: Lexicon) -> str | None:
    return authority_of_words(list(token.subtree), lex)


def authority_of_words(words: Sequence[Token], lex: Lexicon) -> str | None:
    lowered = [_NO_ALIAS if _names_region(w) else w.lower_.rstrip(".") if w.lower_ not in lex.dotted_aliases
               else w.lower_ for w in words]
    return _match_alias(lowered, lex) or _match_alias([_NO_ALIAS if _names_region(w) else w.lower_ for w in words],
                                                      lex)


_NO_ALIAS = ""  # stands in for a word that is part of a longer place name, so that no alias matches through it


def _names_region(word: Token) -> bool:
    """'West' in 'the West African regional bloc ECOWAS': a compass word modifying the demonym after it names a
    region ('West African', 'East European'), not the West (docs/annotation.md: a bloc named 'Western' is the West)."""
    after = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return after is not None and word.head.i == after.i and after.ent_type_ == "NORP" and after.pos_ == "ADJ"


def state_of_words(words: Sequence[Token], lex: Lexicon) -> str | None:
    """The authority the words name, else the country of a demonym among them: 'the South Korean government',
    'French customs officers', 'the Chinese Communist Party' (data/roles.json's country adjectives, which spaCy tags
    NORP, or as part of a body's name ORG)."""
    found = authority_of_words(words, lex)
    if found:
        return found
    named = [w for w in words if w.ent_type_ in ("NORP", "ORG")]
    for word, after in zip(named, [*named[1:], None]):
        pair = f"{word.lower_} {after.lower_}" if after is not None and after.i == word.i + 1 else None
        country = lex.country_of_adjective.get(pair) or lex.country_of_adjective.get(word.lower_)
        if country:
            return country
    return None


def _match_alias(lowered: list[str], lex: Lexicon) -> str | None:
    """The authority of the first alias found as consecutive words, the longest that starts there: of 'US and United
    Kingdom (UK) sanctions' the first named leads (annotators give one authority, the first), and 'UN Security
    Council' is the Council, not the UN."""
    for i, word in enumerate(lowered):
        best: tuple[int, str] | None = None
        for alias, authority in lex.aliases_by_first_word.get(word, ()):
            if tuple(lowered[i: i + len(alias)]) == alias and (best is None or len(alias) > best[0]):
                best = (len(alias), authority)
        if best is not None:
            return best[1]
    return None


def authority_of_text(text: str, lex: Lexicon) -> str | None:
    words = [w for w in text.lower().replace(",", " ").split()]
    return _match_alias(words, lex) or _match_alias([w.rstrip(".") for w in words], lex)


def entity_text(token: Token) -> str:
    """The named entity ``token`` is part of, or the word itself outside one."""
    entity = entity_of(token)
    return token.text if entity is None else bare_name(entity.text)


def owner_text(owner: Token) -> str:
    """The party a possessive names as written: "Russia's" a name, 'Moscow's' its state, "the country's" the country
    described in its own words (docs/annotation.md S26: kept as written, only a capital becomes its country)."""
    if entity_of(owner) is None and owner.pos_ == "NOUN":
        return owner.doc[owner.left_edge.i: owner.i + 1].text
    return state_of_capital(entity_text(owner))


def state_of_capital(name: str) -> str:
    """'Moscow', 'Seoul' -> the state they stand for (docs/annotation.md names authority and target by the country);
    'the official Minsk', as news from the former Soviet states names a government, too."""
    capitals = load_lexicon().capital_of
    words = name.lower().split()
    words = words[1:] if words[:1] == ["the"] else words
    if words[:1] == ["official"]:
        return capitals.get(" ".join(words[1:]), name)
    return capitals.get(name.lower(), name)


def bare_name(text: str) -> str:
    """'the United States' → 'United States', "North Korea's" → 'North Korea'."""
    text = text[4:] if text.lower().startswith("the ") else text
    for ending in ("'s", "’s", "'", "’"):
        if text.endswith(ending):
            return text[: -len(ending)]
    return text


def states_of_members(targets: Sequence[str], lex: Lexicon) -> set[str]:
    """The states whose people or offices the targets name by a demonym or a possessive ('senior Cambodian
    officials', 'Zimbabwe’s State Security Minister'): a state does not sanction its own, so none of these is the
    authority (a target that is the country itself is compared as it is, elsewhere)."""
    states = set()
    for target in targets:
        written = target.replace("’", "'").split()
        words = [w.lower() for w in written]
        for n, word in enumerate(words[:-1]):  # a demonym or possessive before the noun it qualifies
            if country := lex.country_of_adjective.get(f"{word} {words[n + 1]}") or lex.country_of_adjective.get(word):
                states.add(country)
            elif word.endswith("'s"):
                states.add(state_of_capital(bare_name(" ".join(written[:n + 1]))))
    return states
