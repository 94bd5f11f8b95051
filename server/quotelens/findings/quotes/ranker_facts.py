"""What the learned ranker's features read of one article (issue 14): its sentences, paragraphs and subjects, each
candidate's mentions indexed for bisection, and each candidate's gender as the article tells it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cached_property
from itertools import accumulate

from spacy.tokens import Doc

from quotelens.findings.quotes.ranker_candidates import Candidate
from quotelens.language.vocabulary import vocabulary

HONORIFIC = re.compile(r"\b(?:(Mr|Sir|Lord)|(Mrs|Ms|Miss|Mme|Madam|Dame|Lady))\.?\s+$")
# The gendered personal pronouns, as speakers.py reads them (data/cues.json subject_pronouns).
MALE, FEMALE = (frozenset(word for word, gender in vocabulary("cues")["subject_pronouns"].items() if gender == sex)
                for sex in ("male", "female"))
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# How far after a mention its pronoun is looked for (the next sentence's end, or nearer; a page of one endless
# sentence naming one person a thousand times stays linear).
GENDER_REACH = 1000


class MentionIndex:
    """One candidate's mentions, looked up by bisection: the last to end by a point, the first to start from one."""

    def __init__(self, mentions: Sequence[tuple[int, int]]) -> None:
        self.starts = sorted(start for start, _ in mentions)
        by_end = sorted(mentions, key=lambda mention: mention[1])
        self.ends = [end for _, end in by_end]
        self.latest = list(accumulate(by_end, max))  # the latest (start, end) of the mentions ending by each

    def before(self, at: int) -> tuple[tuple[int, int] | None, int]:
        """The latest mention ending by ``at`` and how many end by it."""
        count = bisect_right(self.ends, at)
        return (self.latest[count - 1] if count else None), count

    def first_from(self, at: int) -> int | None:
        index = bisect_left(self.starts, at)
        return self.starts[index] if index < len(self.starts) else None


class ArticleFacts:
    """What the features read of one article: sentences, paragraphs, subjects, candidates and their gender."""

    def __init__(self, doc: Doc, candidates: Sequence[Candidate]) -> None:
        self.doc, self.text = doc, doc.text
        self.candidates = list(candidates)
        self.sentence_starts = [sentence.start_char for sentence in doc.sents]
        self.paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n\s*", self.text)]
        self.subject_starts = sorted({token.idx for token in doc if token.dep_ in SUBJECTS})
        # Keyed by the mentions themselves, never id(candidate): a trainer's added candidate (the rules' answer) is
        # freed after its quote, and the next one's id may be its address; its index would answer for both.
        self.indexes: dict[tuple[tuple[int, int], ...], MentionIndex] = {}

    def sentence(self, at: int) -> int:
        return bisect_right(self.sentence_starts, at)

    def paragraph(self, at: int) -> int:
        return bisect_right(self.paragraph_starts, at)

    def in_paragraph(self, index: MentionIndex, paragraph: int) -> bool:
        first = index.first_from(self.paragraph_starts[paragraph - 1])
        starts = self.paragraph_starts
        return first is not None and (paragraph >= len(starts) or first < starts[paragraph])

    def is_subject(self, mention: tuple[int, int]) -> bool:
        index = bisect_left(self.subject_starts, mention[0])
        return index < len(self.subject_starts) and self.subject_starts[index] < mention[1]

    def index(self, candidate: Candidate) -> MentionIndex:
        if candidate.mentions not in self.indexes:
            self.indexes[candidate.mentions] = MentionIndex(candidate.mentions)
        return self.indexes[candidate.mentions]

    @cached_property
    def genders(self) -> dict[str, float]:
        """+1 male, -1 female, 0 unknown, by name: honorifics before its name, and the first personal pronoun after
        a mention of it up to the next sentence's end when no other candidate is mentioned in between."""
        if not self.sentence_starts:
            return {candidate.name: 0.0 for candidate in self.candidates}
        mentions = sorted((start, owner) for owner, c in enumerate(self.candidates) for start, _ in c.mentions)
        starts = [start for start, _ in mentions]
        # For each mention, the next one of another candidate: a run of one candidate's mentions is skipped at once.
        other_after = [len(mentions)] * (len(mentions) + 1)
        for i in range(len(mentions) - 2, -1, -1):
            other_after[i] = i + 1 if mentions[i + 1][1] != mentions[i][1] else other_after[i + 1]
        genders = {}
        for owner, candidate in enumerate(self.candidates):
            votes = 0
            for start, end in candidate.mentions if candidate.is_person else ():
                honorific = HONORIFIC.search(self.text[max(0, start - 8):start])
                if honorific:
                    votes += 1 if honorific.group(1) else -1
                limit = max(self.sentence_starts[min(len(self.sentence_starts) - 1, self.sentence(end) + 1)], end)
                next_one = bisect_left(starts, end)
                if next_one < len(mentions) and mentions[next_one][1] == owner:
                    next_one = other_after[next_one]
                limit = min(limit, starts[next_one] if next_one < len(mentions) else limit, end + GENDER_REACH)
                word = next((w.lower() for w in re.findall(r"[A-Za-z]+", self.text[end:limit])
                             if w.lower() in MALE | FEMALE), None)
                votes += (word in MALE) - (word in FEMALE) if word else 0
            genders[candidate.name] = float((votes > 0) - (votes < 0))
        return genders
