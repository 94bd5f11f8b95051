"""Who imposes a sanction (its authority; "we" in a quote is the speaker's government) and whom it targets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from spacy.tokens import Doc, Token

from quotelens.findings.sanctions.lexicon import Lexicon, load_lexicon
from quotelens.findings.sanctions.status import clause_path
from quotelens.language.syntax import RELATIVE_PRONOUNS
from quotelens.model import Entity, Quote

if TYPE_CHECKING:  # annotations only: sanction_candidates imports this module at run time
    from quotelens.findings.sanctions.candidates import Candidate

_PRONOUNS_WE = {"we", "us", "our", "ours"}


@dataclass(frozen=True)
class Context:
    """The article-wide facts the rules look up, computed once so that each mention costs the same on a long page."""

    doc: Doc
    quotes: tuple[Quote, ...]
    entities_by_id: dict
    entities: tuple[Entity, ...]
    countries_by_sentence: dict  # sentence start -> GPE names in it
    country_names: frozenset[str]  # every GPE and NORP name of the article


def context_of(doc: Doc, quotes: Sequence[Quote], entities: Sequence[Entity]) -> Context:
    by_sentence: dict[int, set[str]] = {}
    names = set()
    for ent in doc.ents:
        if ent.label_ in ("GPE", "NORP"):
            names.add(_bare_name(ent.text))
        if ent.label_ == "GPE":
            by_sentence.setdefault(ent.sent.start, set()).add(_bare_name(ent.text))
    return Context(doc, tuple(quotes), {e.id: e for e in entities}, tuple(entities), by_sentence, frozenset(names))


def find_authority(candidate: Candidate, lex: Lexicon, context: Context) -> str | None:
    """Who imposes (or would impose) the measure: a modifier ('U.N. sanctions'), else the subject of its clause."""
    for word in _phrase_modifiers(candidate):
        if word.lower_ in _PRONOUNS_WE and word.pos_ == "PRON":
            found = _speaker_government(word, lex, context)
            if found:
                return found
    found = _authority_of_words(_phrase_modifiers(candidate), lex)
    if found:
        return found
    for child in candidate.head.children:
        # "Canada's sanctions": a state owns what it imposes. An organisation does not count ("NCLB's sanctions"
        # are a school law's); the known bodies are among the aliases above.
        if child.dep_ == "poss" and child.ent_type_ == "GPE":
            return _entity_text(child)
    agent = agent_of(candidate.verb) if candidate.verb is not None else None
    if agent is not None:
        found = _authority_of_subject(agent, lex, context)
        if found:
            return found
    # The first subject up the clause decides, named or not: "India and Pakistan spar over whether he belongs on the
    # sanctions list" stops at "he", not at India. The measure itself as subject ("the sanctions failed") is skipped.
    for word in clause_path(candidate.verb if candidate.verb is not None else candidate.head):
        subject = _subject_of(word)
        if subject is not None and subject not in (candidate.trigger, candidate.head):
            return _authority_of_subject(subject, lex, context)
    return None


def _phrase_modifiers(candidate: Candidate) -> list[Token]:
    words = []
    for noun in {candidate.trigger, candidate.head}:
        for child in noun.lefts:
            if child.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod"):
                words.extend(child.subtree)
    return sorted(set(words), key=lambda t: t.i)


def _subject_of(word: Token) -> Token | None:
    for child in word.children:
        if child.dep_ in ("nsubj", "csubj"):
            return child
    if word.tag_ in ("VBD", "VBZ", "VBP") and word.i > 0 and word.nbor(-1).pos_ in ("NOUN", "PROPN"):
        return word.nbor(-1)  # a finite verb the parser left without subject: "... and the United States lifted"
    if word.dep_ == "conj" and word.head.pos_ in ("VERB", "AUX"):
        return _subject_of(word.head)
    return None


def _authority_of_subject(subject: Token, lex: Lexicon, context: Context) -> str | None:
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        subject = subject.head.head
    if subject.lower_ in _PRONOUNS_WE and subject.pos_ == "PRON":
        return _speaker_government(subject, lex, context)
    words = [t for t in subject.subtree if t.i <= subject.i or t.dep_ in ("prep", "pobj", "compound")]
    found = _authority_of_words(words, lex)
    if found:
        return found
    if subject.ent_type_ == "GPE":
        return _entity_text(subject)
    if subject.ent_type_ == "PERSON":
        return _government_of_person(subject, lex, context)
    return None


def authority_of_phrase(token: Token, lex: Lexicon) -> str | None:
    return _authority_of_words(list(token.subtree), lex)


def _authority_of_words(words: Sequence[Token], lex: Lexicon) -> str | None:
    lowered = [w.lower_.rstrip(".") if w.lower_ not in ("u.s.", "u.n.", "e.u.", "u.k.") else w.lower_ for w in words]
    return _match_alias(lowered, lex) or _match_alias([w.lower_ for w in words], lex)


def _match_alias(lowered: list[str], lex: Lexicon) -> str | None:
    """The authority of the longest alias found as consecutive words."""
    best: tuple[int, str] | None = None
    for i, word in enumerate(lowered):
        for alias, authority in lex.aliases_by_first_word.get(word, ()):
            if tuple(lowered[i: i + len(alias)]) == alias and (best is None or len(alias) > best[0]):
                best = (len(alias), authority)
    return best[1] if best else None


def _authority_of_text(text: str, lex: Lexicon) -> str | None:
    words = [w for w in text.lower().replace(",", " ").split()]
    return _match_alias(words, lex) or _match_alias([w.rstrip(".") for w in words], lex)


def _speaker_government(word: Token, lex: Lexicon, context: Context) -> str | None:
    """'we' inside a quote: the government of the quote's speaker (from the speaker's organisation or title)."""
    position = word.idx
    for quote in context.quotes:
        if quote.start <= position < quote.end and quote.speaker:
            entity = context.entities_by_id.get(quote.speaker)
            if entity is not None:
                return _government_of_entity(entity, lex, context)
    return None


def _government_of_person(token: Token, lex: Lexicon, context: Context) -> str | None:
    for entity in context.entities:
        if any(start <= token.idx < end for start, end in entity.mentions):
            return _government_of_entity(entity, lex, context)
    return None


def _government_of_entity(entity: Entity, lex: Lexicon, context: Context) -> str | None:
    """The state or body a person acts for: a known authority in their organisation or title ("US Department of
    State"), else their organisation when it is a country the article names ("Russia" for Putin)."""
    for text in (entity.organization, entity.title):
        if text:
            found = _authority_of_text(text, lex)
            if found:
                return found
    if entity.organization and _bare_name(entity.organization) in context.country_names:
        return _bare_name(entity.organization)
    return None


def agent_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def find_targets(candidate: Candidate, lex: Lexicon, context: Context) -> list[str]:
    targets: list[str] = []
    if candidate.kind == "verb":
        patient = candidate.head
        if patient.i > candidate.trigger.i:
            words = [t for t in patient.subtree if t.i > candidate.trigger.i]
        else:
            words = [t for t in patient.subtree if t.i < candidate.trigger.i or t is patient]
        if words:
            targets.append(_clean(context.doc[words[0].i: words[-1].i + 1].text))
        return targets
    if candidate.verb is candidate.trigger and candidate.head is not candidate.trigger:
        beyond = _beyond_measure_object(candidate.head, lex)  # "froze the assets of two oligarchs"
        if beyond is not candidate.head:
            targets.extend(_target_phrases(beyond, context.doc))
        for child in candidate.head.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                targets.append(_clean(context.doc[child.left_edge.i: child.i + 1].text))  # "froze Iran's assets"
    for noun in {candidate.trigger, candidate.head}:
        for child in noun.lefts:
            if child.dep_ not in ("compound", "nmod") or _authority_of_words([child], lex) is not None:
                continue
            if child.ent_type_ == "GPE":
                targets.append(_entity_text(child))
            elif child.pos_ == "PROPN" and child.text in context.country_names:
                targets.append(child.text)  # "Iran Sanctions Act", tagged as a law, names Iran as elsewhere
    holders = [candidate.head, candidate.trigger] + ([candidate.verb] if candidate.verb is not None else [])
    for holder in holders:
        for child in holder.rights:
            if child.dep_ == "prep" and child.lower_ in lex.target_preps and not is_time(child):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        targets.extend(_target_phrases(_beyond_measure_object(obj, lex), context.doc))
    if not targets and candidate.kind == "resolution" or (not targets and _status_is_violation(candidate, lex)):
        targets.extend(_counterparts(candidate))
    return list(dict.fromkeys(t for t in targets if t))


def _status_is_violation(candidate: Candidate, lex: Lexicon) -> bool:
    return candidate.verb is not None and lex.status_of.get(candidate.verb.lemma_.lower()) == "violated"


def _beyond_measure_object(obj: Token, lex: Lexicon) -> Token:
    """'a freeze on the assets of X' and 'a ban on sales of weapons to X' hit X, not the assets or sales."""
    objects = set()
    for rule in lex.qualified.values():
        objects.update(rule["on_objects"])
    if obj.lower_ not in objects and obj.lemma_.lower() not in objects:
        return obj
    for child in obj.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "to"):
            for inner in child.children:
                if inner.dep_ == "pobj":
                    deeper = _beyond_measure_object(inner, lex)
                    if deeper is not inner or inner.lower_ not in objects:
                        return deeper
    return obj


def _target_phrases(obj: Token, doc: Doc) -> list[str]:
    """Named targets split at 'and' ('Russia and North Korea'); a described target stays whole."""
    if obj.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") or obj.pos_ == "PROPN":
        phrases = []
        for conjunct in [obj, *obj.conjuncts]:
            end = conjunct.i
            for child in conjunct.rights:
                if child.dep_ not in ("cc", "conj", "punct", "appos", "relcl"):
                    end = max(end, child.right_edge.i)
            phrases.append(_clean(doc[conjunct.left_edge.i: end + 1].text))
        return phrases
    return [_clean(doc[obj.left_edge.i: obj.right_edge.i + 1].text)]


def _counterparts(candidate: Candidate) -> list[str]:
    """Whom a violation helps: 'cooperating with North Korea on programs that would violate ...'."""
    for ancestor in candidate.trigger.ancestors:
        for child in ancestor.children:
            if child.dep_ == "prep" and child.lower_ == "with":
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.ent_type_ == "GPE":
                        return [_entity_text(obj)]
    return []


def is_time(preposition: Token) -> bool:
    """'on Monday', 'on 5 March': a date, not whom the measure hits."""
    return any(obj.dep_ == "pobj" and obj.ent_type_ in ("DATE", "TIME") for obj in preposition.children)


def names_country(text: str, context: Context) -> bool:
    """'Russia', 'Russian institutions or individuals': a target inside a country."""
    return any(name in text for name in context.country_names)


def sentence_country(candidate: Candidate, authority: str | None, context: Context) -> tuple[str, ...]:
    """The one country of the sentence other than the authority, for a mention whose phrase names no target
    ('pledged to impose further sanctions' after 'condemnation of North Korea's test'). Two or more: none."""
    lex = load_lexicon()
    countries = context.countries_by_sentence.get(candidate.trigger.sent.start, set())
    countries = {c for c in countries if _authority_of_text(c, lex) is None and c != authority}
    return tuple(countries) if len(countries) == 1 else ()


def _entity_text(token: Token) -> str:
    """The named entity ``token`` is part of (found from its IOB tags, not by scanning doc.ents)."""
    if not token.ent_iob_ or token.ent_iob_ == "O":
        return token.text
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return _bare_name(doc[start:end].text)


def _bare_name(text: str) -> str:
    """'the United States' → 'United States', "North Korea's" → 'North Korea'."""
    text = text[4:] if text.lower().startswith("the ") else text
    for ending in ("'s", "’s", "'", "’"):
        if text.endswith(ending):
            return text[: -len(ending)]
    return text


def _clean(text: str) -> str:
    return text.strip(" ,;:.\"'“”‘’—–-")
