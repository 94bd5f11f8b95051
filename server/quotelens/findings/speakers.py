"""The speaker resolver: which person a quote's source mention ("he", "Miller", "the spokesperson") refers to."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import cached_property

from spacy.tokens import Span

from quotelens.context import DocContext
from quotelens.findings.genders import article_genders, role_forms
from quotelens.findings.organizations import is_organization, organization_heads
from quotelens.findings.written_titles import is_written_title, role_words
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary, word_list
from quotelens.language.syntax import SUBJECT_DEPS
from quotelens.model import Entity

# How far back a pronoun may look for the person it refers to, in sentences. News writers re-name a speaker
# after a few paragraphs; beyond that a guess is worse than no answer (precision first).
PRONOUN_WINDOW_SENTENCES = 6
# Last words of places the tagger may call persons ('Yeosu Port'), and particles that name no one alone ('al').
PLACE_HEADS = frozenset(word_list("places", "place_heads"))
NAME_PARTICLES = frozenset(word_list("roles", "name_particles"))
JUDICIAL = frozenset(word_list("roles", "judicial_offices"))  # the titles of judges ('Justice', 'Chief Magistrate')


class SpeakerResolver:
    """Map source mentions of one document to the people found in it.

    Evidence is only what the article itself says: mention offsets, titles, honorifics (Mr, Ms) and pronouns
    already tied to a person. First names never decide gender. Weak evidence gives ``None``.
    """

    def __init__(self, context: DocContext, people: Sequence[Entity], quoted: Sequence[tuple[int, int]] = ()):
        self.doc = context.doc
        self.text = context.text
        self.people = [entity for entity in people if entity.type in ("person", "unnamed")
                       and entity.name.lower().rpartition(" ")[2] not in PLACE_HEADS]
        self.quoted = sorted(quoted)
        self._quoted_starts = [start for start, _ in self.quoted]
        self.mentions = sorted((start, end, entity) for entity in self.people
                               for start, end in entity.mentions if end > start)
        self._mention_starts = [start for start, _, _ in self.mentions]
        self._longest_mention = max((end - start for start, end, _ in self.mentions), default=0)
        self.pronoun_gender: dict[str, str] = vocabulary("cues")["subject_pronouns"]
        self.gender: dict[str, str] = article_genders(self.doc, self.people, self.mentions)
        # Sources already resolved to a person, by start ('“…,” the Republican candidate said. “…,” he went on'):
        # the speaker of the last quote is an antecedent as good as a name.
        self.spoken: dict[int, tuple[int, Entity]] = {}
        self._spoken_starts: list[int] = []  # the keys of ``spoken``, sorted: a sentence's are found by bisection
        self._by_id = {person.id: person for person in self.people}
        self.countries: dict[str, str] = vocabulary("roles")["country_adjectives"]["values"]
        self.abbreviations: dict[str, str] = vocabulary("roles")["abbreviations"]["values"]
        # A pronoun looks back sentence by sentence, and a paragraph break ends a sentence even where the parser
        # ran one on over it ('He further said, “….”' closing a paragraph, then 'Jaishankar also called on …').
        self.sentences = paragraph_pieces(context.sentences)
        self._sentence_starts = [sentence.start for sentence in self.sentences]

    def resolve(self, source: Span) -> Entity | None:
        """Return the person ``source`` refers to, or None when the article does not say clearly."""
        # The mention must hold the phrase's head: "The Clinton ad" names an ad, not Clinton.
        head = source.root
        if head.lower_ in organization_heads() and any(t.lower_ == "the" for t in source if t.i < head.i):
            return None  # 'the Court said' is a body, though the people finder listed a 'Court Martial' over it
        by_overlap = self._by_overlap(head.idx, head.idx + len(head))
        if by_overlap is not None:
            return by_overlap
        words = [token for token in source if not token.is_punct]
        if len(words) == 1 and words[0].lower_ in self.pronoun_gender:
            return self._resolve_pronoun(words[0])
        if not words or any(token.pos_ == "PRON" for token in words):
            return None
        if head.pos_ == "NOUN":
            # 'the ministry' is no person, though 'Foreign Ministry spokesman' holds the word.
            return None if is_organization(source) else self._by_title(source)
        named = self._by_name_word(source)
        if named is None and (is_written_title(source) and not is_organization(source) or " " in self.abbreviations.get(
                head.lower_.rstrip("."), "")):
            # 'said the Permanent Secretary'; a name first ('… Minister X'); 'the FM said' spells out an office.
            return self._by_title(source)
        return named

    def note_speaker(self, source: Span, entity_id: str | None) -> None:
        """Remember that ``source`` was resolved to the person ``entity_id`` (a pronoun later may follow it)."""
        entity = self._by_id.get(entity_id)
        # A description or a pronoun ('“…,” she said. According to her, … “…,” she said') outside quotes; a name is
        # a mention already, unless the people finder did not list it ('“…,” Reinsalu said', matched by its words).
        noted = (source.root.pos_ == "NOUN" or is_written_title(source) or source.text.lower() in self.pronoun_gender
                 or self._by_overlap(source.root.idx, source.root.idx + len(source.root)) is None)
        if entity is not None and entity.type == "person" and noted and not self._inside_quote(source.start_char):
            if source.start_char not in self.spoken:
                bisect.insort(self._spoken_starts, source.start_char)
            self.spoken[source.start_char] = (source.end_char, entity)

    def is_pronoun(self, source: Span) -> bool:
        """Say whether ``source`` is a lone pronoun (which names nobody by itself)."""
        words = [token for token in source if not token.is_punct]
        return len(words) == 1 and words[0].pos_ == "PRON"

    # --- the ways a mention can point at a person -------------------------------------------------------

    def _by_overlap(self, start: int, end: int) -> Entity | None:
        best, best_overlap = None, 0
        # Mentions are sorted by start and no longer than the longest one: look back only that far.
        first = bisect.bisect_left(self._mention_starts, start - self._longest_mention)
        for m_start, m_end, entity in self.mentions[first:]:
            if m_start >= end:
                break
            overlap = min(end, m_end) - max(start, m_start)
            if overlap > best_overlap:
                best, best_overlap = entity, overlap
        return best

    def _by_title(self, source: Span) -> Entity | None:
        """A nominal ("the spokesperson", "The North Korean leader") names the one person whose title has its head."""
        head = source.root
        if head.tag_ in ("NNS", "NNPS"):
            return None
        modifiers = {t.lower_ for t in source if t.i != head.i and not t.is_stop and not t.is_punct}
        spelled = self.abbreviations.get(head.lower_.rstrip("."), "").split()  # 'FM': foreign minister
        matches = []
        for entity in self.people:
            if not entity.title:
                continue
            title_words = self.title_words(entity)
            # 'the judge' is also Justice Mary Yanzuh (a judge's title), never the Justice Minister.
            judge = head.lemma_.lower() == "judge" and bool(set(entity.title.lower().split()[-1:]) & JUDICIAL)
            if (head.lower_ not in title_words and head.lemma_.lower() not in title_words and not judge
                    and not (len(spelled) > 1 and all(word in title_words for word in spelled))):
                continue
            if not self.country_fits(source, entity):
                continue
            matches.append((len(modifiers - set(title_words)), entity))
        if not matches:
            return None
        matches.sort(key=lambda match: match[0])
        best = [entity for missing, entity in matches if missing == matches[0][0]]
        if matches[0][0] > 0 or len(best) > 1:
            # Several people share the title, or the nominal says more than the title: take the one named most
            # recently, if any of them is named before the nominal at all.
            return self._most_recent(best, source.start_char)
        return best[0]

    def title_words(self, entity: Entity) -> list[str]:
        """A title's words in lower case, abbreviations spelled out ('Sen.' → 'senator'), role words' other forms."""
        words = [self.abbreviations.get(w, w) for w in (entity.title or "").lower().replace(",", " , ").split()]
        return words + [form for word in words for form in role_forms().get(word, ())]

    def named_countries(self, description: Span) -> set[str]:
        """The countries a description names ("the Chinese leader", "Russia's chief diplomat")."""
        return {self.countries.get(t.lower_) for t in description if t.i != description.root.i} - {None}

    def country_fits(self, description: Span, entity: Entity) -> bool:
        """A description that names a country ("the Chinese leader", "the Iranian president") fits only a person
        whose title or organisation is of that country; one that names none fits anyone."""
        countries = self.named_countries(description)
        known = f"{entity.title or ''} {entity.organization or ''}".lower()
        return all(country.lower() in known or any(word for word, named in self.countries.items()
                                                   if named == country and f" {word} " in f" {known} ")
                   for country in countries)

    def is_misread_name(self, token) -> bool:
        """'“…,” May said', 'said Skelly,': a name the tagger read as a modal or adverb, capitalised inside its
        sentence and a word of the name of a person the article lists."""
        return token.text.istitle() and not token.is_sent_start and self.is_name_word(token.text)

    def is_name_word(self, word: str) -> bool:
        """Say whether ``word`` is a word of the name of a person the article lists ('May' of 'Theresa May')."""
        # By the index of name words, split once: name_after asks for each word before a cue.
        return any(entity.type == "person" for entity in self._people_by_name_word.get(word, ()))

    def _by_name_word(self, source: Span) -> Entity | None:
        """A bare name the people finder did not list as a mention: match it to one person's name words ('May'
        the tagger read as a modal, capitalised inside its sentence, too)."""
        # A particle ('al' of 'Al-Buraq al-Nazir al-Warraq' and of 'Omar al-Bashir') names no one by itself.
        words = {t.text for t in source if (t.pos_ == "PROPN" or len(source) == 1 and self.is_misread_name(t))
                 and t.lower_ not in NAME_PARTICLES}
        matches = {entity.id: entity for word in words for entity in self._people_by_name_word.get(word, ())}
        return next(iter(matches.values())) if len(matches) == 1 else None

    @cached_property
    def _people_by_name_word(self) -> dict[str, list[Entity]]:
        """Each word of a listed name, with the people whose names hold it: built once, not per bare name asked."""
        index: dict[str, list[Entity]] = {}
        for entity in self.people:
            for word in {w for name in (entity.name, *entity.aliases) for w in name.replace("-", " ").split()}:
                index.setdefault(word, []).append(entity)
        return index

    def _most_recent(self, candidates: Sequence[Entity], before: int) -> Entity | None:
        earlier = self.mentions[:bisect.bisect_left(self._mention_starts, before)]
        return next((entity for _, _, entity in reversed(earlier) if entity in candidates), None)

    # --- pronouns -----------------------------------------------------------------------------------------

    def _resolve_pronoun(self, pronoun) -> Entity | None:
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
                 if not self._inside_quote(start) and self._gender_fits(entity, gender)
                 and not self._modifies(start, end)),
                key=lambda mention: mention[:2],
            )
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
            chosen = (subjects or found)[0] if index != sent_index else (subjects or found)[-1]
            entity = chosen[2]
            distinct = {m[2].id for m in found}
            if gender and len(distinct) == 1 and entity.id not in self.gender:
                self.gender[entity.id] = gender
            return entity
        return None

    def _modifies(self, start: int, end: int) -> bool:
        """'the Al Ula agreement': a name that modifies a common noun names a thing, not someone to refer back to."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN"

    def _someone_of(self, sentence, found: list[tuple[int, int, Entity]]) -> bool:
        """Say whether the subject of ``sentence`` is an unnamed someone of a person found there ('Lavrov's
        deputy', 'her spokesman'; not 'Clinton's website'): the person found is only the possessor."""
        starts = {start for start, _, _ in found}
        return any(child.pos_ == "NOUN" and child.lemma_.lower() in role_words()
                   and any(owner.idx in starts for owner in children(child, "poss"))
                   for child in children(sentence.root, *SUBJECT_DEPS))

    def _subject_pronoun(self, sentence, gender: str | None):
        """The subject of ``sentence``'s main verb when it is a pronoun of ``gender`` outside quote marks."""
        for child in children(sentence.root, *SUBJECT_DEPS):
            if (gender is not None and self.pronoun_gender.get(child.lower_) == gender
                    and not self._inside_quote(child.idx)):
                return child
        return None

    def _spoken_within(self, start: int, end: int) -> list[int]:
        """The starts of resolved descriptions in [start, end), in text order."""
        return self._spoken_starts[bisect.bisect_left(self._spoken_starts, start):
                                   bisect.bisect_left(self._spoken_starts, end)]

    def _mentions_within(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """Mentions starting in [start, end), in text order (found by bisection: the list holds the whole article)."""
        return self.mentions[bisect.bisect_left(self._mention_starts, start):bisect.bisect_left(self._mention_starts, end)]

    def _gender_fits(self, entity: Entity, gender: str | None) -> bool:
        return gender is None or self.gender.get(entity.id, gender) == gender  # unknown fits any

    def _is_subject(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        # "Putin's aide Yuri Ushakov described …": the name in apposition to the subject is the subject.
        return span is not None and (span.root.dep_ in SUBJECT_DEPS
                                     or span.root.dep_ == "appos" and span.root.head.dep_ in SUBJECT_DEPS)

    def _inside_quote(self, position: int) -> bool:
        index = bisect.bisect_right(self._quoted_starts, position) - 1
        return index >= 0 and self.quoted[index][0] <= position < self.quoted[index][1]


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
