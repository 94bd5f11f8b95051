"""Attribution strategies: how a quoted stretch finds its cue and source, tried in order.

Each strategy is a function of the QuoteScope, the quoted span, its tokens and the quotes attributed before it
(``Earlier``), returning an ``Attribution`` or None. ``attribute`` tries the parse first (governors.py), then
``STRATEGIES`` in order; the first that answers wins. The ones that cite a speaker anywhere in the quote's
sentences ('according to X', 'as X put it') are in citations.py.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotelens.findings.organizations import is_organization
from quotelens.findings.quotes.adjuncts import adjunct_source
from quotelens.findings.quotes.attribution import Attribution, Earlier
from quotelens.findings.quotes.citations import according_to, as_put_it
from quotelens.findings.quotes.colons import person_before_colon
from quotelens.findings.quotes.governors import cue_by_dependency, is_later_event, outer_reporter
from quotelens.findings.quotes.labels import cue_before, headline_speaker, labelled_quote
from quotelens.findings.quotes.marks import QuotedSpan
from quotelens.findings.quotes.mentions import is_person_like, mention_span
from quotelens.findings.quotes.phrases import name_after, noun_phrase_ending
from quotelens.findings.quotes.possessors import possessed_words
from quotelens.findings.quotes.present import crowd_cry, someone_present
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.quotes.signoffs import signed_off
from quotelens.findings.quotes.sources import source_of
from quotelens.findings.quotes.subjects import subject_of
from quotelens.findings.quotes.trailing import misread_cue, says_its_own
from quotelens.language.syntax import SUBJECT_DEPS
from quotelens.language.tree import children

# Tokens after a closing mark within which a trailing cue must appear (",” said the spokesperson for the agency"),
# and those within which one set right against the quote ('“…,” he said') outranks a cue before it.
TRAILING_WINDOW = 16
TIGHT_WINDOW = 6


def attribute(scope: QuoteScope, span: QuotedSpan, earlier: Earlier) -> Attribution | None:
    """The cue and source of a quoted stretch: a parse cue with a source, else the first strategy that answers,
    else the parse cue alone (a cue with no source), else None."""
    inside = scope.tokens_between(span.start, span.end)
    if not inside:
        return None
    present = someone_present(scope, span) or crowd_cry(scope, span)
    if present is not None:
        return present
    by_dependency = cue_by_dependency(scope, span, inside, earlier)
    if by_dependency is not None:
        by_dependency = adjunct_source(scope, by_dependency) or by_dependency
    if by_dependency is not None and by_dependency.source is not None:
        poll = _poll_of_share(scope, by_dependency.source)
        if poll is not None:
            return Attribution(by_dependency.cue, poll)
        if not is_person_like(scope, by_dependency.source) and not is_organization(by_dependency.source):
            # 'The benchmarks …, according to ambassador X, offer “…”': the thing the verb's subject names is
            # no speaker, so the one the sentence says the words are according to speaks ('the ministry said …,
            # according to KUNA' is the ministry's).
            cited = according_to(scope, span, inside, earlier)
            if cited is not None and is_person_like(scope, cited.source):
                return cited
        return (_named_right_after(scope, span, inside, earlier, by_dependency)
                or _trailing_cue(scope, span, by_dependency) or outer_reporter(scope, span, by_dependency))
    found = (strategy(scope, span, inside, earlier) for strategy in STRATEGIES)
    return next((attribution for attribution in found if attribution is not None), by_dependency)


def _named_right_after(scope: QuoteScope, span: QuotedSpan, inside: list[Token], earlier: Earlier,
                       before: Attribution) -> Attribution | None:
    """'The US urged both sides “…” Escobar said on 28 January': a verb before the quote whose subject is a body
    frames it, but a person named with a verb of saying right after the closing mark said the words."""
    if before.cue is None or before.cue.start > span.open or scope.resolver.resolve(before.source) is not None:
        return None
    if scope.text[span.start:span.end].rstrip().endswith((".", "!", "?")):
        return None  # 'MOFA called Wang's statements “absurd.” Spokesperson Joanne Ou said, …' starts a new sentence
    following = scope.tokens_after(span.close + 1, 3)
    while following and following[0].is_punct:
        following.pop(0)
    if not following or following[0].pos_ != "PROPN":
        return None
    after = cue_after(scope, span, inside, earlier)
    if after is None or scope.resolver.resolve(after.source) is None:
        return None
    return after


def _trailing_cue(scope: QuoteScope, span: QuotedSpan, attribution: Attribution) -> Attribution | None:
    """'… his “negatives,” he called them — but invoked …', 'praised his brother's faith — “…,” he said — and':
    a verb of saying right after the closing mark, its subject between them, is the quote's own cue, over a verb
    before the quote that the parser hung the quoted words on."""
    if attribution.cue is None or attribution.cue.start > span.close:
        return None
    after = scope.text[span.close + 1:span.close + 3].lstrip()
    if scope.text[span.close - 1:span.close] != "," and not after[:1] in (",", "—", "-"):
        return None  # '“….” He added that …' starts a sentence of its own
    before = scope.cue_word(attribution.cue)
    if before.dep_ in ("advcl", "relcl") or children(before, "mark") or all(
            token.is_punct for token in scope.tokens_between(attribution.cue.end, span.open)):
        return None  # 'After Scalia said … “…,” Trump said', 'he warned, “…,” Trump told NBC': the cue before
    window = [token for token in scope.tokens_after(span.close + 1, TIGHT_WINDOW) if not token.is_punct]
    verb = next((token for token in window if token.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in scope.words.speech_verbs or scope.in_quote(verb.idx):
        return None
    subjects = [child for child in children(verb, "nsubj") if span.close < child.idx < verb.idx]
    # The subject alone between the mark and the verb, or with an adverb of a verb that reports nothing after it
    # ('“…,” the document also mentioned', not 'Where he used to boast …, he now said it still posed a threat');
    # anything else, a 'when' too, starts another clause.
    reports_after = any(clause.i > verb.i for clause in children(verb, "ccomp"))
    adverbs = [] if reports_after else [token for token in window if token.i < verb.i and token.dep_ == "advmod"
                                        and token.tag_ == "RB" and token.head == verb]
    between = [token for token in window if token.i < verb.i and token not in adverbs]
    if not subjects or any(not subjects[0].left_edge.i <= token.i <= subjects[0].right_edge.i for token in between):
        return None
    return Attribution(scope.mention(verb), mention_span(subjects[0]))


def _poll_of_share(scope: QuoteScope, source: Span) -> Span | None:
    """'In a CNN poll released Monday, 31% of Republicans said they were “…”': a share of people is no speaker;
    the poll or survey its sentence names (outside quotes) reports their words."""
    root = source.root
    if not (root.like_num or root.lower_ in ("percent", "%") or root.ent_type_ == "PERCENT"):
        return None
    polls = [token for token in scope.sentence_of(root) if token.lemma_.lower() in scope.words.survey_nouns
             and token.pos_ == "NOUN" and not scope.in_quote(token.idx)]
    return mention_span(polls[0]) if polls else None


def cue_after(scope: QuoteScope, span: QuotedSpan, inside: list[Token], earlier: Earlier) -> Attribution | None:
    """Trailing cues the parser split off: ',” he said.', ',” said Smith', '” — Commissioner Jane Roe'."""
    sign_off = signed_off(scope, span)
    if sign_off is not None:
        return sign_off
    window = scope.tokens_after(span.close + 1, TRAILING_WINDOW)
    closed = _closes_sentence(scope, span, window) and _goes_on(scope, span, earlier)
    for token in window:
        lemma = token.lemma_.lower()
        if (token.pos_ in ("VERB", "AUX") and lemma not in scope.words.speech_verbs
                and children(token, *SUBJECT_DEPS)):
            return None  # another clause starts: '“…” Trump was defensive when … who said' is not a cue
        verb = token.pos_ == "VERB" or misread_cue(token, window)
        if verb and lemma in scope.words.speech_verbs and not scope.lacks_particle(token):
            if is_later_event(token, span) or token.dep_ == "relcl" and token.head.idx > span.close:
                # '“refrain” from taking any actions that would threaten …': a relative clause on a noun after
                # the quote tells what the noun is, not who spoke.
                return None
            if closed and says_its_own(token, scope.text):
                # '“We are refugees,” Ms. Alawee said. “We are not terrorists.” Mr. Zahed said: “…”': the next
                # sentence's cue reports its own words; the quote goes on with the speaker before it.
                return None
            source = source_of(scope, token, span)
            if source is None:
                # '…,” Jordan said Monday' names the speaker before the verb; '…,” said Jordan' after it.
                previous = [t for t in window if t.i < token.i and not t.is_punct]
                source = (noun_phrase_ending(scope, previous) if previous
                          else name_after(scope, scope.tokens_after(token.idx + len(token), 6)))
            if source is not None:
                return Attribution(scope.mention(token), source)
    return None


def _closes_sentence(scope: QuoteScope, span: QuotedSpan, window: list[Token]) -> bool:
    """The quoted words end their sentence ('… in pursuit of “mutual good.” Trump said …'): they close on a full
    stop, question or exclamation mark and the next word opens a sentence."""
    words = [token for token in window if not token.is_punct and not token.is_space]
    last = scope.text[span.start:span.end].rstrip()[-1:]
    return bool(last) and last in ".!?…" and bool(words) and words[0].text[:1].isupper()


def _goes_on(scope: QuoteScope, span: QuotedSpan, earlier: Earlier) -> bool:
    """A sentence in quotes after a quote attributed in its own paragraph: it may go on with that speaker."""
    if not earlier.attributed or not scope.text[span.start:span.end].lstrip()[:1].isupper():
        return False
    _, quote = earlier.attributed[-1]
    return scope.paragraph(quote.end) == scope.paragraph(span.open)


def named_after(scope: QuoteScope, span: QuotedSpan, inside: list[Token], earlier: Earlier) -> Attribution | None:
    """A quote that fills its paragraph, then 'That was the message from Foreign Minister X …' or 'Those were the
    words of X': the sentence after it points back with a demonstrative and names the one person who said it."""
    paragraph = scope.paragraph(span.open)
    start = scope.paragraph_starts[paragraph]
    following = paragraph + 1
    if following >= len(scope.paragraph_starts) or scope.text[start:span.open].strip():
        return None
    if scope.text[span.close + 1:scope.paragraph_starts[following]].strip(" \n.,"):
        return None  # something follows the quote in its paragraph: a cue there is another strategy's
    first = scope.tokens_between(scope.paragraph_starts[following], scope.paragraph_starts[following] + 1)
    if not first or first[0].lower_ not in scope.words.back_pointers:
        return None
    people = {}
    for token in scope.sentence_of(first[0]):
        entity = scope.resolver.resolve(scope.doc[token.i:token.i + 1]) if token.pos_ == "PROPN" else None
        if entity is not None and entity.type == "person":
            people.setdefault(entity.id, []).append(token)
    if len(people) != 1:
        return None
    name = next(iter(people.values()))[-1]
    if not _said_by(scope, name):
        return None
    return Attribution(scope.mention(first[0]), mention_span(name))


def _said_by(scope: QuoteScope, name: Token) -> bool:
    """'the message from X', 'the words of X' (a preposition on the sentence's complement), or 'So said X'."""
    for node in name.ancestors:
        if node.dep_ == "prep" and node.lower_ in ("from", "of", "by") and node.head.dep_ == "attr":
            return True
    return name.dep_ in SUBJECT_DEPS and scope.is_cue(name.head, 1)


def colon_intro(scope: QuoteScope, span: QuotedSpan, inside: list[Token], earlier: Earlier) -> Attribution | None:
    """A cue before a colon or comma that introduces the quote: 'Trump boasted, “…”', 'Sanders told the crowd:
    “…”', '… a new campaign message: “It's about me.”'."""
    before = scope.tokens_before(span.open, 40)
    preceding = scope.text[max(0, span.open - 40):span.open].rstrip()
    if not before and preceding.endswith(":"):
        # 'He said:' closing the paragraph before a quoted paragraph.
        before = scope.tokens_before(max(0, span.open - 40) + len(preceding), 40)
    if len(before) < 2 or before[-1].text not in (":", ","):
        return None
    if before[-1].text == ",":
        # After a comma only the verb right before it introduces the quote ("boasted, “…”").
        verbs = [t for t in before[-4:-1] if t.pos_ == "VERB"]
        if verbs and scope.is_cue(verbs[-1], 1):
            source = source_of(scope, verbs[-1])
            if source is not None:
                return Attribution(scope.mention(verbs[-1]), source)
        return None
    for token in reversed(before[:-1]):
        if token.pos_ == "VERB" and scope.is_cue(token, 1):
            source = source_of(scope, token)
            if source is not None:
                return Attribution(scope.mention(token), source)
        if token.pos_ == "NOUN" and token.lemma_.lower() in scope.words.speech_nouns:
            owner = token.head if token.dep_ in ("dobj", "attr", "appos") else None
            subject = subject_of(scope, owner) if owner is not None else None
            if subject is not None:
                return Attribution(scope.mention(token), mention_span(subject))
    return None


# Tried in order when the parse gives no cue with a source; the first that answers wins (see attribute).
STRATEGIES = (cue_after, cue_before, labelled_quote, according_to, as_put_it, colon_intro, headline_speaker,
              named_after, possessed_words, person_before_colon)
