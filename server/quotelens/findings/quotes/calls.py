"""Labels a party gives in the writer's marks: "what Russia refers to as “referendums”", "the moves that Russia
calls “referendums”", "which it termed “unilateral”" give the party's own word, a partial quote of that party, even
inside another speaker's reported speech (docs/annotation.md S33). A label with no one who uses it ("what has been
dubbed", "so-called") stays the writer's: direct.py's term markers leave it out."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.organizations import is_organization
from quotelens.findings.quotes.attribution import Attribution
from quotelens.findings.quotes.marks import QuotedSpan
from quotelens.findings.quotes.mentions import is_person_like, mention_span
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.language.tree import agent_of, children
from quotelens.language.vocabulary import word_list

# Verbs by which a party gives a thing its own name (data/cues.json, label_verbs).
LABEL_VERBS = frozenset(word_list("cues", "label_verbs"))
# The words that open the clause naming the label's user: 'what X calls', 'which X termed', 'the moves that X calls'.
RELATIVE_WORDS = frozenset({"what", "which", "that", "whom"})
# How far above the quoted words the labelling verb may sit: 'refers to as “a”' (word, as, verb), 'termed
# “unilateral and biased” measures' (word, noun, verb), a second label after 'and' one step more.
MAX_STEPS = 4


def label_user(scope: QuoteScope, verb: Token | None) -> Attribution | None:
    """The party whose own label the quoted words are: the active subject of their labelling verb (``verb``, from
    ``labelling_verb``) in a clause opened by a relative word, when that subject is someone."""
    subjects = children(verb, "nsubj") if verb is not None else []
    if not subjects or children(verb, "auxpass", "nsubjpass"):
        return None
    subject = subjects[0]
    opener = subject.left_edge.i - 1
    if opener < 0 or scope.doc[opener].lower_ not in RELATIVE_WORDS:
        return None
    source = mention_span(subject)
    if not (is_person_like(scope, source) or is_organization(source)) or subject.lower_ in ("we", "they", "you"):
        return None
    return Attribution(scope.mention(verb), source)


def unclaimed_label(verb: Token | None) -> bool:
    """Say whether the quoted words under the labelling verb ``verb`` are a label a passive gives with no one who
    uses it: 'what is called the “Caesar Act”', 'what has been dubbed “…”' (the writer's voice, left out: S33, S23)."""
    subjects = children(verb, "nsubjpass") if verb is not None else []
    # Only the relative form: 'the talks were described as “constructive”, the ministry said' is the ministry's.
    return bool(subjects) and subjects[0].lower_ in RELATIVE_WORDS and agent_of(verb) is None


def labelling_verb(scope: QuoteScope, span: QuotedSpan) -> Token | None:
    """The first verb above the quoted words outside them, when it is a labelling verb ('refer' only with 'to as')."""
    node = scope.outside_link(span.start, span.end)
    if node is None:
        return None
    for _ in range(MAX_STEPS):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            lemma = node.lemma_.lower()
            if lemma not in LABEL_VERBS:
                return None
            if lemma in ("refer", "describe") and not any(child.lower_ == "as" for child in children(node, "prep")):
                return None
            return None if scope.in_quote(node.idx) else node
    return None
