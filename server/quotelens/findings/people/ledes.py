"""An office an article's opening sentence gives before it names the holder: "Russia's foreign minister has said that
talks with Ukraine have failed ... Sergei Lavrov said on Monday", "The Solomon Islands Prime Minister has told
lawmakers ... Manasseh Sogavare defended the agreement" (the news lede that names its subject in the next sentence)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotelens.findings.people.assembly import NameIndex, Person, with_additions
from quotelens.findings.datelines import DATELINE_MARKS
from quotelens.findings.people.roles import ROLES
from quotelens.findings.people.titles import Title, build_title, canonical_head
from quotelens.language.syntax import SUBJECT_DEPS
from quotelens.language.tree import children, name_head

# The sentences an opening may take before its office: a dateline or a one-line kicker ("Kinshasa.") comes first.
_OPENING_SENTENCES = 2
# How many sentences after the opening may come before the one that names its subject.
_FOLLOWING_SENTENCES = 2
# Fewer words than this make a dateline or kicker, not a lede.
_SHORTEST_LEDE = 6


def add_lede_offices(doc: Doc, sentences: tuple[Span, ...], people: list[Person]) -> list[Person]:
    """Give the office an opening sentence's subject describes to the first person the article names, when that is
    within the next two sentences, as a subject, with no title of their own but the same office with no body; the
    opening names no one and its description is definite and singular."""
    names = NameIndex(people)
    opening = opening_number(sentences)
    if opening is None or opening + 1 >= len(sentences) or names.between(sentences[opening].start,
                                                                         sentences[opening].end):
        return people
    title = _described_office(doc, sentences[opening])
    if title is None:
        return people
    # The first person named after the opening, within the sentences that follow it, as a subject.
    following = sentences[opening + 1:opening + 1 + _FOLLOWING_SENTENCES]
    named = names.between(following[0].start, following[-1].end)[:1]
    if not named or not named[0][1] or not all(_repeats(own, title) for own in named[0][2].titles) \
            or _given_another_office(doc[named[0][0]], title):
        return people
    holder = named[0][2]
    return with_additions(people, {id(holder): [title]}, {id(holder): [(title.start, title.end)]})


def _repeats(own: Title, office: Title) -> bool:
    """Whether a holder's own title only repeats the opening's office with no body ("the spokesman" after "Iran's
    Foreign Ministry spokesman says ..."): the opening's office is still what tells whose it is."""
    return own.organization is None and own.head == office.head


def _given_another_office(name: Token, office: Title) -> bool:
    """Whether the clause the first person named is the subject of gives them an office of another kind: "Donald
    Trump was elected president of the United States" after "Mexico's deputy minister for foreign trade said ..."
    (a verb of holding or taking an office, data/roles.json office_verbs and appointment_verbs, and its complement)
    says whose the opening's office is not."""
    verb = name_head(name).head
    if verb.lemma_ not in ROLES.office_verbs | ROLES.appointment_verbs:
        return False
    complements = [*children(verb, "attr", "oprd", "xcomp"), *(
        child for link in children(verb, "prep") if link.lower_ == "as" for child in children(link, "pobj"))]
    heads = [canonical_head(complement) for complement in complements]
    return any(head is not None and head != office.head for head in heads)


def opening_number(sentences: tuple[Span, ...]) -> int | None:
    """The number of the article's opening sentence: the first of the first two long enough to be a lede, past a
    dateline or kicker the parser made a sentence of its own ("MANILA (UPDATE) -", "TOKYO:", "Kinshasa.")."""
    return next((number for number, sentence in enumerate(sentences[:_OPENING_SENTENCES])
                 if len(sentence) >= _SHORTEST_LEDE), None)


def _described_office(doc: Doc, sentence: Span) -> Title | None:
    """The official office a definite singular description names as the subject of a sentence's main verb, or of the
    clause an agency's attribution closes ("The United Arab Emirates foreign minister on Friday voiced ..., state news
    agency WAM reported")."""
    root = sentence.root
    reported = [clause for clause in children(root, "ccomp") if clause.i < root.i]
    return next((title for verb in [root, *reported] if (title := _subject_office(doc, verb)) is not None), None)


def _subject_office(doc: Doc, root) -> Title | None:
    subject = next(iter(children(root, *SUBJECT_DEPS)), None)
    if subject is not None and subject.ent_type_ == "GPE":
        # The parser makes the dateline the subject and the description its appositive: "Tehran (IP) - Foreign
        # Ministry spokesman strongly condemned ...".
        subject = next((child for child in children(subject, "appos")
                        if doc[child.left_edge.i - 1].text in DATELINE_MARKS), subject)
    if subject is None or subject.tag_ in {"NNS", "NNPS"} or canonical_head(subject) is None:
        return None
    start = subject.left_edge.i
    # A wire lede may drop the article after its dateline: "Tehran (IP) - Foreign Ministry spokesman condemned ...".
    after_dateline = start > 0 and doc[start - 1].text in DATELINE_MARKS and doc[start].text[:1].isupper()
    if not (doc[start].lower_ == "the" or after_dateline or doc[start].ent_type_ in {"GPE", "NORP"} and any(
            token.dep_ == "case" for token in doc[start:subject.i])):
        return None  # "A minister said", "Officials said": no one office
    end = subject.right_edge.i + 1
    cut = next((token.i for token in doc[subject.i:end] if token.is_punct), end)
    title = build_title(doc, doc[start:cut], formal_allowed=False)
    return title if title is not None and title.is_official and not title.former else None
