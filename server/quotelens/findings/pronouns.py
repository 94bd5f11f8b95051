"""Pronoun resolution: which person a lone 'he' or 'she' as a quote's source refers to (after Hobbs)."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from spacy.tokens import Span

from quotelens.context import DocContext
from quotelens.findings.body_registry import organization_heads
from quotelens.findings.states import capitals, is_country
from quotelens.findings.written_titles import role_words
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary
from quotelens.language.syntax import SUBJECT_DEPS
from quotelens.model import Entity

# How far back a pronoun may look for the person it refers to, in sentences. News writers re-name a speaker
# after a few paragraphs; beyond that a guess is worse than no answer (precision first).
PRONOUN_WINDOW_SENTENCES = 6

Mention = tuple[int, int, Entity]  # start and end characters of a name (or description) and the person it is


# Verbs of saying (data/cues.json): after its content such a verb may put its subject after it ('…, said the
# president'), which the parser can misread (PronounResolver._inverted_subject).
SPEECH_VERBS = frozenset(vocabulary("cues")["speech_verbs"])

# What ends the sentence before a whole one (a closing mark after its full stop too).
SENTENCE_ENDS = frozenset({".", "!", "?", "”", '"', "’"})

# How many mentions starting before a position are read for one that covers it.
COVER_LOOKBACK = 4


class PronounResolver:
    """Find a pronoun's antecedent among the article's person mentions and the descriptions already resolved.

    ``mentions`` is sorted by start; ``gender`` (person id → 'male'/'female') is shared with the speaker resolver
    and learnt into when a pronoun has a single candidate; ``quoted`` are the spans inside quote marks.
    """

    def __init__(self, context: DocContext, mentions: Sequence[Mention], gender: dict[str, str],
                 quoted: Sequence[tuple[int, int]], describe: Callable[[Span], Entity | None] | None = None):
        self.doc = context.doc
        self.describe = describe  # the person a description names by title (SpeakerResolver._by_title)
        self.mentions = mentions
        self._mention_starts = [start for start, _, _ in mentions]
        self.gender = gender
        self.quoted = sorted(quoted)
        self._quoted_starts = [start for start, _ in self.quoted]
        self.pronoun_gender: dict[str, str] = vocabulary("cues")["subject_pronouns"]
        # Sources already resolved to a person, by start ('“…,” the Republican candidate said. “…,” he went
        # on'): the speaker of the last quote is an antecedent as good as a name.
        self.spoken: dict[int, tuple[int, Entity]] = {}
        self._spoken_starts: list[int] = []  # the keys of ``spoken``, sorted: a sentence's are found by bisection
        # A pronoun looks back sentence by sentence, and a paragraph break ends a sentence even where the parser
        # ran one on over it ('He further said, “….”' closing a paragraph, then 'Jaishankar also called on …').
        self.sentences = paragraph_pieces(context.sentences)
        self._sentence_starts = [sentence.start for sentence in self.sentences]

    def note_spoken(self, start: int, end: int, entity: Entity) -> None:
        """Remember that the description at [start, end) was resolved to ``entity``."""
        if start not in self.spoken:
            bisect.insort(self._spoken_starts, start)
        self.spoken[start] = (end, entity)

    def resolve(self, pronoun) -> Entity | None:
        """Prefer the subject of the nearest sentence that names a person of compatible gender (after Hobbs)."""
        gender = self.pronoun_gender.get(pronoun.lower_)
        sentences = self.sentences
        sent_index = max(0, bisect.bisect_right(self._sentence_starts, pronoun.i) - 1)
        lowest = max(0, sent_index - PRONOUN_WINDOW_SENTENCES)
        # An object pronoun ('Tong's lawyer quoted him as saying') is not whoever its own sentence names as the
        # one who acts: it looks back from the sentence before.
        index = sent_index - 1 if pronoun.dep_ in ("dobj", "dative") else sent_index
        while index >= lowest:
            sentence = sentences[index]
            limit = pronoun.idx if index == sent_index else sentence.end_char
            spoken = [(start, *self.spoken[start]) for start in self._spoken_within(sentence.start_char, limit)]
            # 'Russia will …, the spokesman highlighted. “…,” he told reporters': an unnamed description the
            # resolver tied to a person is that person, not the unnamed entity the people finder listed.
            tied = {start for start, _, _ in spoken}
            mentions = [m for m in self._mentions_within(sentence.start_char, limit)
                        if not (m[2].type == "unnamed" and m[0] in tied)]
            # By place only: a span can be both a named mention and a resolved speaker, and entities don't order.
            found = sorted(
                ((start, end, entity) for start, end, entity in [*mentions, *spoken]
                 if not self.inside_quote(start) and self._gender_fits(entity, gender)
                 and not self._modifies(start, end)),
                key=lambda mention: mention[:2],
            )
            main = self._main_subject(sentence) if index != sent_index else None
            at_main = [m for m in found if main is not None and self._names_subject(m[0], m[1], main)]
            if at_main:
                # 'To dispel confusion …, the Deputy Prime Minister stated that Rubio informed him …. “…,” he
                # added': the sentence is about its main subject, not about a subject of a clause inside it. No
                # gender is learnt here: a wrong 'he' would bar every later 'she' from that person.
                return at_main[0][2]
            if not found and index != sent_index:
                # 'Tuomioja differed from his colleagues. ¶ The President added that …. “…,” he added': the sentence
                # before is about the one its description means, not about whoever was named before it.
                described = self._described_subject(sentence)
                if described is not None:
                    return described if self._gender_fits(described, gender) else None
                if self._unlisted_name_subject(sentence):
                    # 'Messahel told …. Sellal also highlighted …. He explained that …': the sentence before is
                    # about a person the people finder did not list; one named further back is not the 'he'.
                    return None
            if not found:
                index -= 1
                continue
            subjects = [m for m in found if self._is_subject(m[0], m[1])]
            if index != sent_index and not subjects and self._someone_of(sentence, found):
                return None  # 'Lavrov's deputy rejected the call. “…,” he said': the deputy, whom nobody named
            chained = self._subject_pronoun(sentence, gender) if index != sent_index and not subjects else None
            if chained is not None:
                # 'She later met President Zelensky. “…,” she added': the earlier sentence is about whoever its
                # own pronoun subject is, not about the person it names as an object. Its antecedent is looked for
                # from there on, within the first pronoun's window: a chain of 'She met …' sentences must not
                # carry the search (or a recursion) back through the whole article.
                pronoun, sent_index = chained, index
                continue
            if index != sent_index and not subjects and self._unlisted_subject(sentence):
                # 'Rodriguez said the people recognised the efforts by Obama. “…,” he said': the sentence is about
                # a person the people finder did not list, not about the one it names as an object.
                return None
            chosen = (subjects or found)[0] if index != sent_index else (subjects or found)[-1]
            entity = chosen[2]
            distinct = {m[2].id for m in found}
            if gender and len(distinct) == 1 and entity.id not in self.gender:
                self.gender[entity.id] = gender
            return entity
        return None

    def inside_quote(self, position: int) -> bool:
        """Say whether the character at ``position`` is inside quote marks."""
        index = bisect.bisect_right(self._quoted_starts, position) - 1
        return index >= 0 and self.quoted[index][0] <= position < self.quoted[index][1]

    def _modifies(self, start: int, end: int) -> bool:
        """'the Al Ula agreement': a name that modifies a common noun names a thing, not someone to refer back to."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN"

    def _unlisted_subject(self, sentence) -> bool:
        """Say whether the subject of ``sentence``'s main verb is a person's name outside quotes that no listed
        mention covers."""
        # A bare surname the tagger gave no type is a person's; a name of several words it gave none is as likely
        # an outlet or a body ('Ukrainian News Agency reports').
        return any(child.pos_ == "PROPN" and not self.inside_quote(child.idx)
                   and (child.ent_type_ == "PERSON" or not children(child, "compound") and self._misread_name(child))
                   and not self._covered(child.idx) for child in children(sentence.root, *SUBJECT_DEPS))

    @staticmethod
    def _misread_name(word) -> bool:
        """Say whether a one-word name the tagger gave no person's type may still be someone's ('Skerrit
        noted …', a surname tagged a place): untyped, or typed a place but no country or capital the word
        lists know ('Russia said …' is a state). A body's type stays a body ('Xinhua said …')."""
        return not word.ent_type_ or word.ent_type_ in ("GPE", "LOC") and not (
            is_country(word) or word.lower_ in capitals() or word.lower_ in organization_heads())

    def _unlisted_name_subject(self, sentence) -> bool:
        """Say whether ``sentence`` is a whole sentence whose main subject is one capitalised word no listed
        mention covers, the tagger's person or untyped ('Sellal also highlighted …'): not an acronym ('AMLO'), a
        plural ('MoUs'), a body's word ('Secretariat'), nor the subject of a piece the parser cut mid-sentence."""
        main = self._main_subject(sentence)
        before = self.doc[sentence.start - 1] if sentence.start > 0 else None
        return (main is not None and main.pos_ == "PROPN" and main.tag_ == "NNP" and main.text.istitle()
                and main.ent_type_ in ("PERSON", "") and not children(main, "compound")
                and main.lower_ not in organization_heads() and not self._covered(main.idx)
                and (before is None or "\n" in before.text or before.text in SENTENCE_ENDS))

    def _described_subject(self, sentence) -> Entity | None:
        """The one person a definite singular description as ``sentence``'s main subject means by its title ('The
        President added', 'the minister said'), as the speaker resolver reads a description at a cue."""
        main = self._main_subject(sentence)
        if (self.describe is None or main is None or main.tag_ in ("NNS", "NNPS")
                or main.lemma_.lower() not in role_words() or self.doc[main.left_edge.i].lower_ != "the"):
            return None
        return self.describe(self.doc[main.left_edge.i:main.i + 1])

    def _covered(self, position: int) -> bool:
        """Say whether a listed mention covers ``position`` ('Roe' of 'Ms. Jane Roe'): the mentions starting at or
        before it, a few back (mentions of one person do not nest deeper)."""
        index = bisect.bisect_right(self._mention_starts, position)
        return any(start <= position < end for start, end, _ in self.mentions[max(0, index - COVER_LOOKBACK):index])

    def _someone_of(self, sentence, found: list[Mention]) -> bool:
        """Say whether the subject of ``sentence`` is an unnamed someone of a person found there ('Lavrov's
        deputy', 'her spokesman'; not 'Clinton's website'): the person found is only the possessor."""
        starts = {start for start, _, _ in found}
        return any(child.pos_ == "NOUN" and child.lemma_.lower() in role_words()
                   and any(owner.idx in starts for owner in children(child, "poss"))
                   for child in children(sentence.root, *SUBJECT_DEPS))

    def _main_subject(self, sentence):
        """The subject of ``sentence``'s main verb outside quote marks: its subject child, or, when the parser
        hung none on it ('…, the Deputy Prime Minister stated that …' read as an apposition), the noun right
        before it, adverbs and auxiliaries aside (English puts the subject before the verb)."""
        root = sentence.root
        if root.pos_ not in ("VERB", "AUX"):
            # A paragraph cut from the line before it ('… differed from his colleagues ¶ The President added
            # that …'): its top verb is the first one the parser hung outside it.
            root = next((token for token in sentence if token.pos_ in ("VERB", "AUX")
                         and not sentence.start <= token.head.i < sentence.end), root)
        if root.pos_ not in ("VERB", "AUX") or self.inside_quote(root.idx):
            return None
        subjects = children(root, *SUBJECT_DEPS) or self._inverted_subject(root)
        if subjects:
            return subjects[0] if not self.inside_quote(subjects[0].idx) else None
        before = root.i - 1
        while before > sentence.start and self.doc[before].pos_ in ("ADV", "AUX", "PART"):
            before -= 1
        token = self.doc[before]
        return token if before >= sentence.start and token.pos_ in ("NOUN", "PROPN") and token.head.i != root.i \
            and not self.inside_quote(token.idx) else None

    def _inverted_subject(self, root) -> list:
        """'… will end next year, said today the head of the district court, John Smith': a verb of saying
        after its content puts its subject after it, which the parser may hang on it as an adverb or object when a
        word comes between ('today'). The first noun it hangs after the verb, a date or time aside; nothing for a
        verb with no content before it ('said the reports were false' has an object, not a subject)."""
        if root.lemma_.lower() not in SPEECH_VERBS or not any(
                child.i < root.i for child in children(root, "ccomp", "parataxis")):
            return []
        return [child for child in children(root, "npadvmod", "dobj", "attr", "dep")
                if child.i > root.i and child.pos_ in ("NOUN", "PROPN")
                and child.ent_type_ not in ("DATE", "TIME")][:1]

    def _names_subject(self, start: int, end: int, subject) -> bool:
        """Say whether the mention at [start, end) is ``subject`` or a name in apposition to it ('The chief
        executive of the Restaurants' Association, Mr Henry O'Neill, said')."""
        if start <= subject.idx < end:
            return True
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and span.root.dep_ == "appos" and span.root.head.i == subject.i

    def _subject_pronoun(self, sentence, gender: str | None):
        """The subject of ``sentence``'s main verb when it is a pronoun of ``gender`` outside quote marks."""
        for child in children(sentence.root, *SUBJECT_DEPS):
            if (gender is not None and self.pronoun_gender.get(child.lower_) == gender
                    and not self.inside_quote(child.idx)):
                return child
        return None

    def spoken_between(self, start: int, end: int) -> list[tuple[int, Entity]]:
        """The resolved descriptions and pronouns starting in [start, end): (start, person), in text order."""
        return [(position, self.spoken[position][1]) for position in self._spoken_within(start, end)]

    def _spoken_within(self, start: int, end: int) -> list[int]:
        """The starts of resolved descriptions in [start, end), in text order."""
        return self._spoken_starts[bisect.bisect_left(self._spoken_starts, start):
                                   bisect.bisect_left(self._spoken_starts, end)]

    def _mentions_within(self, start: int, end: int) -> list[Mention]:
        """Mentions starting in [start, end), in text order (found by bisection: the list holds the whole article)."""
        starts = self._mention_starts
        return self.mentions[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    def _gender_fits(self, entity: Entity, gender: str | None) -> bool:
        return gender is None or self.gender.get(entity.id, gender) == gender  # unknown fits any

    def _is_subject(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        # "Putin's aide Yuri Ushakov described …": the name in apposition to the subject is the subject.
        return span is not None and (span.root.dep_ in SUBJECT_DEPS
                                     or span.root.dep_ == "appos" and span.root.head.dep_ in SUBJECT_DEPS)


def paragraph_pieces(sentences: Sequence[Span]) -> tuple[Span, ...]:
    """The sentences cut at every line break inside them: what is in another paragraph is another sentence."""
    pieces = []
    for sentence in sentences:
        start = sentence.start
        for token in sentence:
            if "\n" in token.text and token.i + 1 < sentence.end:
                if token.i > start:
                    pieces.append(sentence.doc[start:token.i + 1])
                start = token.i + 1
        pieces.append(sentence.doc[start:sentence.end])
    return tuple(pieces)
