"""What the quote rules read of one document: the DocContext, the cue words, and indexes over both, built once.

``QuoteScope`` is frozen: every rule of direct.py, reported.py, cues.py, sources.py and referents.py is a function
of it (and of the quotes found before, passed in), so no rule leaves state behind for another.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from quotelens.context import DocContext
from quotelens.findings.datelines import DATELINE_WORDS, closes_dateline
from quotelens.findings.quotes.clauses import has_that_clause
from quotelens.findings.quotes.marks import QuotedSpan
from quotelens.findings.speakers import SpeakerResolver
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary, word_list
from quotelens.model import Entity, Mention

# Words left lower case in titles ("The Art of the Deal"), ignored when deciding a quote or a line is a title.
TITLE_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from"}
TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")


@dataclass(frozen=True)
class CueWords:
    """The cue word lists of data/cues.json, as sets."""

    speech_verbs: frozenset[str]
    weak_verbs: dict[str, list[str]]  # a verb that is a cue only with one of its particles ('pointed out')
    stance_verbs: frozenset[str]
    thought_verbs: frozenset[str]  # verbs of thinking and feeling: a stance, never reported speech
    ruling_verbs: frozenset[str]  # a court's 'ruled that', 'held that': saying only with a that-clause
    cue_verbs: frozenset[str]  # speech and stance verbs together: what an '-ing' form the tagger misread may be
    question_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    document_nouns: frozenset[str]
    term_markers: tuple[str, ...]
    naming_cues: tuple[str, ...]  # 'often called “…”': the quote is a thing's standing name
    quote_labels: frozenset[str]  # 'Quote:' opening a paragraph in place of a cue
    question_labels: frozenset[str]  # 'Q:' opening a transcript's question turn
    back_pointers: frozenset[str]  # 'That was the message from X' after a quote
    survey_nouns: frozenset[str]  # 'In a CNN poll, 31% said “…”': the poll reports a share of people's words
    gendered_nouns: frozenset[str]  # 'the 34-year-old mother of three replied': nouns that say who is a person


@cache
def cue_words() -> CueWords:
    """The cue words, read once per process."""
    cues = vocabulary("cues")
    return CueWords(
        speech_verbs=frozenset(cues["speech_verbs"]),
        weak_verbs={k: v for k, v in cues["weak_speech_verbs"].items() if not k.startswith("$")},
        stance_verbs=frozenset(cues["stance_verbs"]),
        thought_verbs=frozenset(word_list("cues", "thought_verbs")),
        ruling_verbs=frozenset(word_list("cues", "ruling_verbs")),
        cue_verbs=frozenset(cues["speech_verbs"]) | frozenset(cues["stance_verbs"]),
        question_verbs=frozenset(cues["question_verbs"]["verbs"]),
        speech_nouns=frozenset(cues["speech_nouns"]),
        document_nouns=frozenset(cues["document_nouns"]["nouns"]),
        term_markers=tuple(marker.lower() for marker in cues["term_markers"]),
        naming_cues=tuple(word_list("cues", "naming_cues")),
        quote_labels=frozenset(word_list("cues", "quote_labels")),
        question_labels=frozenset(word_list("cues", "question_labels")),
        back_pointers=frozenset(word_list("cues", "back_pointers")),
        survey_nouns=frozenset(word_list("cues", "survey_nouns")),
        gendered_nouns=frozenset(word for word in cues["gendered_nouns"] if not word.startswith("$")),
    )


@dataclass(frozen=True)
class QuoteScope:
    """One document as the quote rules see it."""

    doc: Doc
    text: str
    words: CueWords
    top: tuple[QuotedSpan, ...]  # the top-level quoted stretches that hold any words, in text order
    quoted: tuple[tuple[int, int], ...]  # their (start, end)
    quoted_starts: tuple[int, ...]
    resolver: SpeakerResolver
    token_starts: tuple[int, ...]
    paragraph_starts: tuple[int, ...]
    sentences: tuple[Span, ...]
    sentence_starts: tuple[int, ...]
    headline_paragraphs: frozenset[int]  # paragraphs whose first line is in title case
    lead: Span | None  # the first sentence outside a headline: where the story opens
    # Cues found once per document, not once per quote (long pages with many quotes stay linear).
    according: tuple[Token, ...]
    according_starts: tuple[int, ...]
    as_clauses: tuple[Token, ...]  # verbs with an 'as' subordinator: '…, as he put it'
    as_clause_starts: tuple[int, ...]

    # --- positions ----------------------------------------------------------------------------------------

    def tokens_between(self, start: int, end: int) -> list[Token]:
        first = bisect.bisect_left(self.token_starts, start)
        last = bisect.bisect_left(self.token_starts, end)
        return [self.doc[i] for i in range(first, last) if not self.doc[i].is_space]

    def outside_link(self, start: int, end: int) -> Token | None:
        """The first word of a quoted span whose head lies outside it: where the span hangs in its sentence."""
        inside = self.tokens_between(start, end)
        ids = {token.i for token in inside}
        return next((token for token in inside if token.head.i not in ids and not token.is_punct), None)

    def tokens_after(self, position: int, count: int) -> list[Token]:
        """Up to ``count`` tokens after ``position`` in the same sentence and paragraph, before any next quote."""
        first = bisect.bisect_left(self.token_starts, position)
        tokens = []
        for i in range(first, min(len(self.doc), first + count)):
            token = self.doc[i]
            if "\n" in token.text or token.text in ".!?" or is_mark(token) or self.in_quote(token.idx):
                break
            if not token.is_space:
                tokens.append(token)
        return tokens

    def tokens_before(self, position: int, count: int) -> list[Token]:
        last = bisect.bisect_left(self.token_starts, position)
        tokens = []
        for i in range(last - 1, max(-1, last - 1 - count), -1):
            token = self.doc[i]
            if "\n" in token.text or token.text in ".!?" or self.in_quote(token.idx):
                break
            if not token.is_space:
                tokens.append(token)
        return list(reversed(tokens))

    def in_quote(self, position: int) -> bool:
        index = bisect.bisect_right(self.quoted_starts, position) - 1
        return index >= 0 and self.quoted[index][0] <= position < self.quoted[index][1]

    def quoted_share(self, start: int, end: int) -> float:
        """The share of [start, end) inside top-level quote marks."""
        covered = 0
        index = max(0, bisect.bisect_right(self.quoted_starts, start) - 1)
        while index < len(self.quoted) and self.quoted[index][0] < end:
            q_start, q_end = self.quoted[index]
            covered += max(0, min(end, q_end) - max(start, q_start))
            index += 1
        return covered / max(1, end - start)

    def paragraph(self, position: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, position) - 1

    def in_dateline(self, token: Token) -> bool:
        """Say whether ``token`` is in its paragraph's dateline ('BAMAKO:', 'COLOMBO (AFP) –'): capitalised words,
        numbers and brackets closed by a dateline mark, whose place or agency the parser may make a subject."""
        start, first = self.paragraph_starts[self.paragraph(token.idx)], token.i
        while first > 0 and self.doc[first - 1].idx >= start:
            first -= 1
            if token.i - first > DATELINE_WORDS:
                return False
        for other in self.doc[first:min(len(self.doc), first + 2 * DATELINE_WORDS)]:
            if closes_dateline(other):
                return other.i > token.i
            if not (other.is_punct or other.text[:1].isupper() or other.like_num):
                return False
        return False

    def sentence_of(self, token: Token) -> Span:
        return self.sentences[max(0, bisect.bisect_right(self.sentence_starts, token.i) - 1)]

    def sentence_chars(self, token: Token) -> tuple[int, int]:
        """The character bounds of a token's sentence (Token.sent walks the sentence on every call)."""
        sentence = self.sentence_of(token)
        return sentence.start_char, sentence.end_char

    def sentences_back(self, token: Token, count: int) -> list[Span]:
        """The sentence of ``token`` and up to ``count`` before it, nearest first."""
        index = bisect.bisect_right(self.sentence_starts, token.i) - 1
        return [self.sentences[i] for i in range(index, max(-1, index - count - 1), -1)]

    def mention(self, token: Token, width: int = 1) -> Mention:
        last = self.doc[min(len(self.doc) - 1, token.i + width - 1)]
        return Mention(token.idx, last.idx + len(last), self.text[token.idx:last.idx + len(last)])

    def span_of(self, mention: Mention | None) -> Span | None:
        if mention is None:
            return None
        tokens = self.tokens_between(mention.start, mention.end)
        return self.doc[tokens[0].i:tokens[-1].i + 1] if tokens else None

    def cue_word(self, cue: Mention) -> Token:
        """The first word of an attribution's cue: the verb of saying that frames the quote."""
        return self.tokens_between(cue.start, cue.end)[0]

    # --- cue words ----------------------------------------------------------------------------------------

    def verb_lemma(self, token: Token) -> str:
        """The token's lemma, or, for an '-ing' form the tagger read as a bare verb ('with the Foreign Office
        slamming the decision', lemma 'slamming'), the cue or stance verb its spelling comes from."""
        lemma = token.lemma_.lower()
        if token.tag_ != "VB":
            return lemma
        return ing_verb(lemma, self.words.cue_verbs) or lemma

    def is_stance(self, token: Token) -> bool:
        lemma = self.verb_lemma(token)
        return lemma in self.words.stance_verbs and lemma not in self.words.speech_verbs

    def is_cue(self, token: Token, steps: int) -> bool:
        """A verb of saying (or, close by, of thinking) ``steps`` dependency steps above the quoted words."""
        if token.pos_ != "VERB":
            return False
        lemma = self.verb_lemma(token)
        if lemma in self.words.ruling_verbs:
            return has_that_clause(token)  # 'the judgment held that, “…”'; never 'held talks on “…”'
        if self.is_stance(token):
            # Thinking and wanting frame a quoted phrase only close by ("anticipated that it would be “…”").
            return steps <= 3
        if lemma not in self.words.speech_verbs:
            return False
        if lemma in self.words.weak_verbs:
            particles = self.words.weak_verbs[lemma]
            if particles:
                return any(child.lower_ in particles for child in children(token))
            return steps == 1
        return True

    def lacks_particle(self, token: Token) -> bool:
        """A verb that is a cue only with its particle ('pointed out', 'went on') but has none."""
        particles = self.words.weak_verbs.get(self.verb_lemma(token))
        return bool(particles) and not any(child.lower_ in particles for child in children(token))


def ing_verb(word: str, verbs: frozenset[str]) -> str | None:
    """The verb of ``verbs`` an '-ing' form is spelt from: 'slamming' → slam (a doubled consonant), 'voicing' →
    voice (a dropped e), 'expressing' → express; None for a word that is no '-ing' form of one of them."""
    if not word.endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3]
    spellings = (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else stem)
    return next((spelling for spelling in spellings if spelling in verbs), None)


def is_mark(token: Token) -> bool:
    return token.is_quote or token.text in "“”\"«»‘’'"


def build_scope(context: DocContext, people: Sequence[Entity]) -> QuoteScope:
    """Index ``context`` for the quote rules once."""
    doc, text = context.doc, context.text
    top = tuple(span for span in context.quoted_spans if span.depth == 0 and text[span.start:span.end].strip())
    quoted = tuple((span.start, span.end) for span in top)
    quoted_starts = tuple(start for start, _ in quoted)

    def outside(position: int) -> bool:
        index = bisect.bisect_right(quoted_starts, position) - 1
        return not (index >= 0 and quoted[index][0] <= position < quoted[index][1])

    according = tuple(t for t in doc if t.lower_ == "according" and outside(t.idx))
    as_clauses = tuple(t for t in doc if t.pos_ == "VERB" and outside(t.idx)
                       and any(c.lower_ == "as" for c in children(t, "mark")))
    sentences = tuple(context.sentences) or (doc[:],)
    headlines = _headline_paragraphs(text, context.paragraph_starts)
    lead = next((sentence for sentence in sentences if bisect.bisect_right(context.paragraph_starts,
                 sentence.start_char) - 1 not in headlines), None)
    return QuoteScope(
        doc=doc, text=text, words=cue_words(), top=top, quoted=quoted, quoted_starts=quoted_starts,
        resolver=SpeakerResolver(context, people, quoted),
        token_starts=tuple(token.idx for token in doc),
        paragraph_starts=context.paragraph_starts,
        sentences=sentences,
        sentence_starts=tuple(sentence.start for sentence in sentences),
        headline_paragraphs=headlines, lead=lead,
        according=according, according_starts=tuple(t.idx for t in according),
        as_clauses=as_clauses, as_clause_starts=tuple(t.idx for t in as_clauses),
    )


def _headline_paragraphs(text: str, paragraph_starts: Sequence[int]) -> frozenset[int]:
    """Paragraphs whose first line is in title case (a headline says nothing about whether a quote is a title)."""
    found = set()
    for paragraph, start in enumerate(paragraph_starts):
        end = text.find("\n", start)
        line = text[start:len(text) if end < 0 else end]
        words = [w for w in TITLE_WORD.findall(line) if w.lower() not in TITLE_SMALL_WORDS]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
            found.add(paragraph)
    return frozenset(found)
