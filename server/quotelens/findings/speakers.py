"""The speaker resolver: which person a quote's source mention ("he", "Miller", "the spokesperson") refers to."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import cached_property

from spacy.tokens import Span, Token

from quotelens.context import DocContext
from quotelens.findings.coordinated_titles import coordinated_office
from quotelens.findings.genders import article_genders, role_forms
from quotelens.findings.not_people import not_a_person
from quotelens.findings.organizations import is_organization, organization_heads
from quotelens.findings.pronouns import PronounResolver
from quotelens.findings.written_titles import is_written_title, office_field
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary, word_list
from quotelens.model import Entity

# Last words of places the tagger may call persons ('Yeosu Port'), and particles that name no one alone ('al').
PLACE_HEADS = frozenset(word_list("places", "place_heads"))
NAME_PARTICLES = frozenset(word_list("roles", "name_particles"))
JUDICIAL = frozenset(word_list("roles", "judicial_offices"))  # the titles of judges ('Justice', 'Chief Magistrate')
# News agencies and outlets by name ('BelTA', 'Reuters'): channels, never a person a description or pronoun means,
# though the tagger may list one as a person ('…, BelTA reports. “…,” the head of state stated').
CHANNELS = frozenset(word_list("speakers", "channel_names"))
# How far before a bracketed short name ('Joko Widodo (Jokowi)') the full name it shortens may start, in characters.
BRACKET_REACH = 80
# One-word names of offices written in several ('premier' for 'prime minister'): a title's words include them.
OFFICE_WORDS = vocabulary("roles")["office_words"]["values"]


def of_a_new_body(role: Token) -> bool:
    """Say whether a role word is one in an indefinite body ('the head of a Russian logistics company', 'a
    spokesman for an aid group'): someone the article has not named, whatever title a listed person holds."""
    return any(det.lower_ in ("a", "an", "another") for prep in children(role, "prep")
               if prep.lower_ in ("of", "for", "at")
               for body in children(prep, "pobj") for det in children(body, "det"))


class SpeakerResolver:
    """Map source mentions of one document to the people found in it.

    Evidence is only what the article itself says: mention offsets, titles, honorifics (Mr, Ms) and pronouns
    already tied to a person. First names never decide gender. Weak evidence gives ``None``.
    """

    def __init__(self, context: DocContext, people: Sequence[Entity], quoted: Sequence[tuple[int, int]] = ()):
        self.doc = context.doc
        self.text = context.text
        self.people = [entity for entity in people if entity.type in ("person", "unnamed")
                       and entity.name.lower().rpartition(" ")[2] not in PLACE_HEADS
                       and entity.name.lower() not in CHANNELS
                       and not not_a_person(context.doc, context.text, entity)]
        self.mentions = sorted((start, end, entity) for entity in self.people
                               for start, end in entity.mentions if end > start)
        self._mention_starts = [start for start, _, _ in self.mentions]
        self._longest_mention = max((end - start for start, end, _ in self.mentions), default=0)
        self.gender: dict[str, str] = article_genders(self.doc, self.people, self.mentions)
        self.pronouns = PronounResolver(context, self.mentions, self.gender, quoted, self._by_title)
        self.pronoun_gender: dict[str, str] = self.pronouns.pronoun_gender
        self._by_id = {person.id: person for person in self.people}
        self.short_forms = self._bracketed_short_forms()
        self.countries: dict[str, str] = vocabulary("roles")["country_adjectives"]["values"]
        self.abbreviations: dict[str, str] = vocabulary("roles")["abbreviations"]["values"]

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
            return self.pronouns.resolve(words[0])
        if not words or any(token.pos_ == "PRON" for token in words):
            return None
        if head.pos_ == "NOUN":
            # 'the ministry' is no person, though 'Foreign Ministry spokesman' holds the word.
            return None if is_organization(source) else self._by_title(source)
        named = self._by_name_word(source) or self._by_coordinated_office(source)
        if named is None and (is_written_title(source) and not is_organization(source) or " " in self.abbreviations.get(
                head.lower_.rstrip("."), "")):
            # 'said the Permanent Secretary'; a name first ('… Minister X'); 'the FM said' spells out an office.
            return self._by_title(source)
        return named

    def is_unnamed(self, entity_id: str | None) -> bool:
        """Say whether ``entity_id`` is an unnamed source the people finder listed ('the spokesperson')."""
        entity = self._by_id.get(entity_id)
        return entity is not None and entity.type == "unnamed"

    def note_speaker(self, source: Span, entity_id: str | None) -> None:
        """Remember that ``source`` was resolved to the person ``entity_id`` (a pronoun later may follow it)."""
        entity = self._by_id.get(entity_id)
        # A description or a pronoun ('“…,” she said. According to her, … “…,” she said') outside quotes; a name is
        # a mention already, unless the people finder did not list it ('“…,” Reinsalu said', matched by its words).
        noted = (source.root.pos_ == "NOUN" or is_written_title(source) or source.text.lower() in self.pronoun_gender
                 or self._by_overlap(source.root.idx, source.root.idx + len(source.root)) is None)
        outside = not self.pronouns.inside_quote(source.start_char)
        if entity is not None and entity.type == "person" and noted and outside:
            self.pronouns.note_spoken(source.start_char, source.end_char, entity)

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
        if head.tag_ in ("NNS", "NNPS") or of_a_new_body(head):
            return None
        modifiers = {t.lower_ for t in source if t.i != head.i and not t.is_stop and not t.is_punct}
        spelled = self.abbreviations.get(head.lower_.rstrip("."), "").split()  # 'FM': foreign minister
        matches = []
        # Only the people whose title holds the head, or the spelled office's first word, or a judge's title: one
        # look-up per nominal, however many titled people the article lists.
        keys = [head.lower_, head.lemma_.lower(), *spelled[:1]]
        field = office_field(head)  # 'the Minister of Finance' is no 'Prime Minister'
        if head.lemma_.lower() == "judge":
            keys.append("(judge)")
        for index in sorted({index for key in keys for index in self._titled.get(key, ())}):
            entity = self.people[index]
            title_words = self.title_words(entity)
            # 'the judge' is also Justice Mary Yanzuh (a judge's title), never the Justice Minister.
            judge = head.lemma_.lower() == "judge" and bool(set(entity.title.lower().split()[-1:]) & JUDICIAL)
            if (head.lower_ not in title_words and head.lemma_.lower() not in title_words and not judge
                    and not (len(spelled) > 1 and all(word in title_words for word in spelled))):
                continue
            if not self.country_fits(source, entity) or field and not field & set(title_words):
                continue
            matches.append((len(modifiers - set(title_words)), entity))
        if not matches:
            return None
        matches.sort(key=lambda match: match[0])
        best = [entity for missing, entity in matches if missing == matches[0][0]]
        exact = [entity for entity in best if self._title_is(entity, source)]
        if len(best) > 1 and len(exact) == 1:
            # 'The President' is the one whose title is 'President', not the 'Finnish OSCE president' named since.
            return exact[0]
        if matches[0][0] > 0 or len(best) > 1:
            # Several people share the title, or the nominal says more than the title: take the one named most
            # recently, if any of them is named before the nominal at all.
            return self._most_recent(best, source.start_char)
        return best[0]

    @staticmethod
    def _title_is(entity: Entity, source: Span) -> bool:
        """Say whether ``source``'s words after its article are ``entity``'s whole title ('the President')."""
        words = [token.lower_ for token in source if token.lower_ not in ("the", "a", "an") and not token.is_punct]
        return bool(words) and words == (entity.title or "").lower().split()

    @cached_property
    def _titled(self) -> dict[str, tuple[int, ...]]:
        """Each word of a listed person's title (its other forms too) → the indices in ``people`` of those whose
        title holds it; "(judge)" → those whose title ends in a judge's office. Built once per article."""
        found: dict[str, list[int]] = {}
        for index, entity in enumerate(self.people):
            if not entity.title:
                continue
            judicial = ["(judge)"] if set(entity.title.lower().split()[-1:]) & JUDICIAL else []
            for word in {*self.title_words(entity), *judicial}:
                found.setdefault(word, []).append(index)
        return {word: tuple(indices) for word, indices in found.items()}

    def title_words(self, entity: Entity) -> list[str]:
        """A title's words in lower case, abbreviations spelled out ('Sen.' → 'senator'), role words' other forms;
        with the office the article joins to the title by 'and' before the name ('Tánaiste and Minister for …')."""
        title = f"{entity.title or ''} {self._coordinated_offices.get(entity.id, '')}"
        words = [self.abbreviations.get(w, w) for w in title.lower().replace(",", " , ").split()]
        spelled = f" {' '.join(words)} "
        one_word = [word for word, phrase in OFFICE_WORDS.items() if f" {phrase} " in spelled]
        return words + one_word + [form for word in words for form in role_forms().get(word, ())]

    def _by_coordinated_office(self, source: Span) -> Entity | None:
        """'the Tánaiste', 'the DPM': a definite name of the office one listed person holds besides their title,
        by its word or its initials (a word the tagger reads as a name, so no title rule looks at it)."""
        if source[0].lower_ != "the" or not self._coordinated_offices:
            return None
        head = source.root.text
        holders = {entity_id for entity_id, office in self._coordinated_offices.items()
                   if head.lower() in office.lower().split() or len(head) > 1 and head.isupper()
                   and head == "".join(word[0] for word in office.split() if word[:1].isupper())}
        return self._by_id.get(holders.pop()) if len(holders) == 1 else None

    @cached_property
    def _coordinated_offices(self) -> dict[str, str]:
        """Each listed person's office joined to their title ('Tánaiste' of 'Tánaiste and Minister for … Simon
        Harris'): found once per article."""
        found = {entity.id: coordinated_office(self.text, entity) for entity in self.people}
        return {entity_id: office for entity_id, office in found.items() if office}

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

    def _bracketed_short_forms(self) -> dict[str, Entity]:
        """'Indonesian President Joko Widodo (Jokowi)': each one-word person name in brackets right after a person's
        full name, with that person. One pass over the mentions, so that asking for every quote stays linear."""
        owners: dict[str, Entity] = {}
        for start, end, entity in self.mentions:
            if (entity.type != "person" or " " in entity.name or entity.id in owners
                    or self.text[start - 1:start] != "(" or self.text[end:end + 1] != ")"):
                continue
            before = [other for _, last, other in self.mentions_between(start - BRACKET_REACH, start)
                      if self.text[last:start].strip() == "(" and other.type == "person" and other.id != entity.id]
            if before and " " in before[-1].name:
                owners[entity.id] = before[-1]
        return owners

    def mentions_between(self, first: int, last: int) -> list[tuple[int, int, Entity]]:
        """The listed mentions starting in [first, last), in text order: two bisections, not a walk over the
        article's every mention for each question."""
        return self.mentions[bisect.bisect_left(self._mention_starts, first):
                             bisect.bisect_left(self._mention_starts, last)]

    def _most_recent(self, candidates: Sequence[Entity], before: int) -> Entity | None:
        """The candidate named last before ``before``, outside quotes: a name inside someone's quoted words ('“Our
        forces killed Aliyow Iman Ibrahim, a commander”') is whom the speaker talks about, not whom the article
        just named."""
        earlier = self.mentions[:bisect.bisect_left(self._mention_starts, before)]
        return next((entity for start, _, entity in reversed(earlier)
                     if entity in candidates and not self.pronouns.inside_quote(start)), None)

