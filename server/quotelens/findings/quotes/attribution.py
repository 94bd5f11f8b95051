"""An attribution (a cue and the mention it attaches to), the Quote it makes (speaker, channel), earlier quotes."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from quotelens.findings.channels import channel_name, channel_of, is_named_channel, relayed_speaker
from quotelens.findings.organizations import is_organization
from quotelens.findings.quotes.issuers import speaks_as_text
from quotelens.findings.quotes.marks import QuotedSpan
from quotelens.findings.quotes.mentions import is_person_like, mention_span
from quotelens.findings.quotes.referents import speaker_of
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.written_titles import role_words
from quotelens.language.syntax import RELATIVE_PRONOUNS, SUBJECT_DEPS
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary, word_list
from quotelens.model import Mention, Quote


@dataclass(frozen=True)
class Attribution:
    """What ties one stretch of text to whoever said it."""

    cue: Mention | None
    source: Span | None


def attributed_quote(scope: QuoteScope, kind: str, start: int, end: int, attribution: Attribution) -> Quote:
    """The quote of [start, end) said by the attribution's source: its speaker, and the channel that relayed it."""
    source, cue = attribution.source, attribution.cue
    speaker = speaker_name = via = None
    mention = None
    if source is not None:
        verb = _cue_verb(scope, cue)
        relayed = relayed_speaker(verb, source) if verb is not None else None
        if relayed is not None and not scope.in_quote(relayed.idx):  # 'I' of the quoted words relays nothing
            # 'the Reuters quoted Abe as saying': Abe speaks, Reuters relays.
            via, source = channel_name(source), mention_span(relayed)
        elif verb is not None and _spoken_through(verb) is not None:
            # 'Ramaphosa, through his spokesperson Vincent Magwenya, said': words read out by a named
            # spokesperson are the spokesperson's (docs/annotation.md).
            source = mention_span(_spoken_through(verb))
        elif verb is not None:
            channel = channel_of(verb)
            via = channel_name(channel) if channel is not None and is_named_channel(channel) else None
        relative = _relative_at_cue(verb, source)
        # 'Rubio, who said “…”': the mention at the cue is 'who' (docs/annotation.md), standing for Rubio.
        at_cue = scope.doc[relative.i:relative.i + 1] if relative is not None else source
        mention = Mention(at_cue.start_char, at_cue.end_char, at_cue.text)
        speaker, speaker_name = speaker_of(scope, source)
        if kind == "direct" and speaker is None and names_a_thing(scope, source):
            speaker_name = None  # the quote stands, its speaker unknown: an unknown speaker beats a wrong one
        elif speaker is None and speaker_name and (names_a_crowd(source) or speaks_as_text(scope, source.root)):
            # 'Lawyers' opening a sentence is no name; nor is 'The official sanction text' whose issuer the article
            # never tells (a text is a channel to its issuer, not a speaker: its wording stands as an unnamed source).
            speaker_name = speaker_name[:1].lower() + speaker_name[1:]
        scope.resolver.note_speaker(source, speaker)
    return Quote("", kind, start, end, scope.text[start:end], speaker, speaker_name, mention, cue, via)


def _relative_at_cue(verb: Token | None, source: Span) -> Token | None:
    """The relative pronoun a cue in a relative clause attaches to, when the source is the noun it stands for."""
    if verb is None or verb.dep_ != "relcl" or not (verb.head.i == source.root.i or source.root in verb.head.ancestors):
        return None
    return next((child for child in children(verb, *SUBJECT_DEPS) if child.lower_ in RELATIVE_PRONOUNS), None)


def _spoken_through(verb: Token) -> Token | None:
    """The named person a verb of saying speaks through ('said through his spokesperson Vincent Magwenya')."""
    for preposition in children(verb, "prep"):
        if preposition.lower_ == "through":
            names = [g for g in children(preposition, "pobj") if g.pos_ == "PROPN" and g.ent_type_ == "PERSON"]
            if names:
                return names[0]
    return None


def _cue_verb(scope: QuoteScope, cue: Mention | None) -> Token | None:
    tokens = scope.tokens_between(cue.start, cue.end) if cue is not None else []
    return tokens[0] if tokens and tokens[0].pos_ in ("VERB", "AUX") else None


@dataclass(frozen=True)
class Earlier:
    """The direct quotes attributed before the one at hand, in text order, each with its quoted span.

    The loop of ``direct.find_direct`` extends these sequences as it goes (a tuple rebuilt per quote would make a
    page of many quotes quadratic); the rules only read them.
    """

    attributed: Sequence[tuple[QuotedSpan, Quote]] = ()
    starts: Sequence[int] = ()  # each span's start

    def quote_at(self, position: int) -> Quote | None:
        """The attributed quote, with a cue and a source, whose span holds ``position``."""
        index = bisect.bisect_right(self.starts, position) - 1
        if index < 0:
            return None
        span, quote = self.attributed[index]
        if span.start <= position < span.end and quote.source is not None and quote.cue is not None:
            return quote
        return None


def names_a_thing(scope: QuoteScope, source: Span) -> bool:
    """'The customs controls showed that “…”', 'This decision has been seen as “…”': a common noun that is no one,
    no body and no text of saying (a statement speaks for its maker) says nothing itself."""
    root = source.root
    lemma = root.lemma_.lower()
    return (root.pos_ == "NOUN" and lemma not in scope.words.speech_nouns | scope.words.document_nouns
            and lemma not in _speaking_heads() and not is_organization(source) and not is_person_like(scope, source))


def names_a_crowd(source: Span) -> bool:
    """'Lawyers hailed …', 'The magistrates stressed …', 'Protesters chanted …': people by a plural common noun,
    with no name, body or country among its words, are a group no one named (docs/annotation.md: an unnamed source
    is null), whose wording reads as 'the member states' does, though a capital at the sentence's start makes it
    look like a name."""
    root = source.root
    return (root.tag_ == "NNS" and not is_organization(source)
            and not any(token.pos_ == "PROPN" or token.ent_type_ for token in source))


def names_someone_present(source: Span) -> bool:
    """'a heckler', 'someone in the audience', 'about 50 protesters': someone there whom no one names, who says
    what their own verb of saying frames (data/cues.json people_heads), not a thing and not a named person."""
    root = source.root
    return root.lemma_.lower() in _people_heads() and not any(token.pos_ == "PROPN" for token in source)


@cache
def _people_heads() -> frozenset[str]:
    return frozenset(word_list("cues", "people_heads"))


@cache
def _speaking_heads() -> frozenset[str]:
    """Nouns for people who speak unnamed ('a source', 'officials'), offices ('the minister') and members of a
    body ('the member states')."""
    return frozenset(vocabulary("cues")["unnamed_heads"]) | role_words() | frozenset(word_list("speakers",
                                                                                                "member_heads"))
