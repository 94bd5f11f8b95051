"""Direct quotes: each top-level quoted stretch attributed to a cue, lent one by the text around it, or a term."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span

from quotelens.findings.organizations import ORGANIZATION_ID, is_organization
from quotelens.findings.quotes.attribution import Attribution, Earlier, attributed_quote
from quotelens.findings.quotes.calls import label_user, labelling_verb, unclaimed_label
from quotelens.findings.quotes.cues import attribute
from quotelens.findings.quotes.governors import cue_by_dependency
from quotelens.findings.quotes.lead_ins import introduced_by, named_just_before
from quotelens.findings.quotes.marks import QuotedSpan
from quotelens.findings.quotes.mentions import mention_span
from quotelens.findings.quotes.owned_statements import held_by_statement
from quotelens.findings.quotes.partials import partial_quote
from quotelens.findings.quotes.reporters import paragraph_reporter
from quotelens.findings.quotes.scope import TITLE_SMALL_WORDS, TITLE_WORD, QuoteScope
from quotelens.language.tree import children
from quotelens.model import Quote

# How far below a verb of saying a title-case stretch may sit and still be speech.
TITLE_CUE_DISTANCE = 3
# How many paraphrases starting before a quote may hold it (they are nested at most a few deep).
REPORTED_LOOKBACK = 8
# A quote without a cue continues the previous speaker only this many paragraphs on.
CONTINUATION_PARAGRAPHS = 1
# A quote with no cue at all is a term (not speech) when it is this short and does not read as a sentence.
TERM_MAX_WORDS = 6
SENTENCE_END = re.compile(r"[.!?…]\s*$")
# Words after which a name in marks is the outlet that relays speech ('told „The Associated Press“', 'the news
# agency „Belta“'), a channel (docs/annotation.md, `via`), never the words spoken.
CHANNEL_BEFORE = (["by"], ["told"], ["agency"])
NAMED_ARTICLE = re.compile(r"\s+(?:the|an?)$")  # 'also called the “West Bank”': the article before the name


@dataclass(frozen=True)
class Paraphrases:
    """The reported speech of the document, indexed for the quotes inside or after it."""

    by_start: tuple[Quote, ...]
    starts: tuple[int, ...]
    # Only a paraphrase by a verb of saying lends its speaker to the quote after it ('…, Schiff said. “…”'); one by
    # a verb of thinking does not ('… people would at last see the truth. “In my head, anyway.”').
    named: tuple[Quote, ...]  # by the end of their cue
    named_ends: tuple[int, ...]


def find_direct(scope: QuoteScope, reported: Sequence[Quote] = ()) -> list[Quote]:
    """Attribute each top-level quoted stretch, or call it a term, in text order.

    ``reported`` paraphrases lend their cue to the quoted words inside them ("said there is a “possibility”").
    """
    paraphrases = _paraphrases(scope, reported)
    quotes: list[Quote] = []
    attributed: list[tuple[QuotedSpan, Quote]] = []
    starts: list[int] = []
    earlier = Earlier(attributed, starts)  # a read-only view for the rules; this loop alone extends it
    previous: tuple[Quote, int] | None = None  # the last attributed direct quote and its paragraph
    waiting: list[int] = []  # quotes with no speaker that ran to their paragraph's end unclosed
    for span in scope.top:
        quote = _direct_quote(scope, span, previous, paraphrases, earlier)
        if quote is None:
            continue
        quotes.append(quote)
        if quote.kind == "direct" and (quote.speaker_name or quote.source):
            previous = (quote, scope.paragraph(span.close))
            attributed.append((span, quote))
            starts.append(span.start)
            # '“Adjournments are at the discretion of the court. ¶ The order … ¶ “His rights …,” the judge stated':
            # quoted words left open at a paragraph's end run on to the paragraph that names their speaker.
            for index in waiting:
                if scope.paragraph(span.open) - scope.paragraph(quotes[index].end) <= CONTINUATION_PARAGRAPHS + 1:
                    quotes[index] = replace(quotes[index], speaker=quote.speaker, speaker_name=quote.speaker_name,
                                            source=quote.source, cue=quote.cue)
            waiting = []
        elif quote.kind == "direct":
            waiting = [*waiting, len(quotes) - 1] if _left_open(scope, span) else []
    return quotes


def _left_open(scope: QuoteScope, span: QuotedSpan) -> bool:
    """Say whether a quote opened a paragraph and ran to its end with no closing mark."""
    here = scope.paragraph(span.open)
    return (not scope.text[scope.paragraph_starts[here]:span.open].strip()
            and scope.text[span.close:span.close + 1] in ("", "\n"))


def _paraphrases(scope: QuoteScope, reported: Sequence[Quote]) -> Paraphrases:
    by_start = tuple(sorted(reported, key=lambda quote: quote.start))
    named = tuple(sorted((q for q in reported if q.cue is not None and q.speaker_name and not _stance_cued(scope, q)),
                         key=lambda q: q.cue.end))
    return Paraphrases(by_start, tuple(q.start for q in by_start), named, tuple(q.cue.end for q in named))


def _direct_quote(scope: QuoteScope, span: QuotedSpan, previous: tuple[Quote, int] | None,
                  paraphrases: Paraphrases, earlier: Earlier) -> Quote | None:
    content = scope.text[span.start:span.end]
    verb = labelling_verb(scope, span)  # read once: both the label's user and an unclaimed label hang from it
    label = label_user(scope, verb)
    if label is not None:
        # 'what Russia calls “referendums”' inside Kihara's reported speech: Russia's own word (S33).
        return attributed_quote(scope, "direct", span.start, span.end, label)
    if _is_marked_term(scope, span) or unclaimed_label(verb):
        return Quote("", "term", span.start, span.end, content)
    if _is_title(scope, span):
        # A name in title case is speech only close under a verb of saying ('called her “Miss Piggy”',
        # 'proclaimed a goal of “Peace Through Strength”'), and never a show one appears on or in.
        inside = scope.tokens_between(span.start, span.end)
        before = re.findall(r"\w+", scope.text[max(0, span.open - 16):span.open].lower())
        if before[-1:] in CHANNEL_BEFORE or before[-2:] == ["according", "to"]:
            return Quote("", "term", span.start, span.end, content)  # 'quoted by „Belta“': a channel's name
        near = 1 if before and before[-1] in ("on", "in") else TITLE_CUE_DISTANCE
        attribution = cue_by_dependency(scope, span, inside, earlier, max_steps=near) if inside else None
        if attribution is None or attribution.source is None:
            return Quote("", "term", span.start, span.end, content)
        return attributed_quote(scope, "direct", span.start, span.end, attribution)
    attribution, holder = attribute(scope, span, earlier), _reported_around(span, paraphrases)
    if attribution is not None and attribution.source is not None and not held_by_statement(scope, attribution, holder):
        return attributed_quote(scope, "direct", span.start, span.end, attribution)
    if holder is not None:
        return Quote("", "direct", span.start, span.end, content, holder.speaker, holder.speaker_name,
                     holder.source, holder.cue)
    turned_to = named_just_before(scope, span) if attribution is None else None
    if turned_to is not None:
        return attributed_quote(scope, "direct", span.start, span.end, turned_to)
    previous = _latest_attribution(scope, span, previous, paraphrases)
    sentence = _reads_as_sentence(scope, span)  # the cue-less readings below take only a quoted sentence
    speech = attribution is not None or sentence
    if previous is not None and (_continues(scope, span, previous) or speech and (
            _shares_sentence(scope, span, previous[0]) or _runs_on(scope, span, previous))):
        # The cue of the quote this one continues attaches to both pieces ("“…,” she said. “…”").
        quote, _ = previous
        source, cue = (None, None) if _cued_before(scope, span, quote) else (quote.source, quote.cue)
        return Quote("", "direct", span.start, span.end, content, quote.speaker, quote.speaker_name, source, cue)
    if attribution is not None:
        return attributed_quote(scope, "direct", span.start, span.end, attribution)
    acting = _acting_body(scope, span) if sentence else None
    if acting is not None:
        return attributed_quote(scope, "direct", span.start, span.end, Attribution(None, acting))
    introduced = introduced_by(scope, span) if sentence else None
    if introduced is not None:
        return attributed_quote(scope, "direct", span.start, span.end, introduced)
    reporter = paragraph_reporter(scope, span) if sentence else None
    if reporter is not None:
        # S31: the speaker whose speech the paragraph before reports, with no mention of its own.
        return replace(attributed_quote(scope, "direct", span.start, span.end, reporter), source=None, cue=None)
    if sentence:
        return Quote("", "direct", span.start, span.end, content)
    partial = partial_quote(scope, span)
    if partial is not None:
        return attributed_quote(scope, "direct", span.start, span.end, partial)
    return Quote("", "term", span.start, span.end, content)


def _is_marked_term(scope: QuoteScope, span: QuotedSpan) -> bool:
    """Scare quotes and names announced as such: after "so-called", "dubbed", "the phrase" …"""
    before = scope.text[max(0, span.open - 30):span.open].lower().rstrip()
    if any(before.endswith(marker) and _word_boundary(before, marker) for marker in scope.words.term_markers):
        return True
    return _standing_name(before, scope.words.naming_cues)


def _standing_name(before: str, naming_cues: tuple[str, ...]) -> bool:
    """'often called “transfer bans”', 'also called the “West Bank”': the name a thing goes by, with no one who
    says it, not words said once ('what he called “irrefutable” evidence')."""
    named = NAMED_ARTICLE.sub("", before)
    return any(named.endswith(cue) and _word_boundary(named, cue) for cue in naming_cues)


def _is_title(scope: QuoteScope, span: QuotedSpan) -> bool:
    """A short stretch in title case inside a sentence: 'on Fox News’s “Fox and Friends.”' (after textacy)."""
    words = TITLE_WORD.findall(scope.text[span.start:span.end])
    if not words or len(words) > TERM_MAX_WORDS:
        return False
    content_words = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    titled = bool(content_words) and all(w[0].isupper() for w in content_words)
    paragraph = scope.paragraph(span.open)
    paragraph_start = scope.paragraph_starts[paragraph]
    before_text = scope.text[max(paragraph_start, span.open - 40):span.open]
    if not before_text.strip() or SENTENCE_END.search(before_text) or before_text.rstrip().endswith(("”", '"')):
        return False
    preceding = re.findall(r"[\w’']+", before_text)
    inside_sentence = bool(preceding) and (preceding[-1][:1].islower() or preceding[-1].endswith(("’s", "'s")))
    introduced = before_text.rstrip().endswith((",", ":"))  # ', interjecting, “Only Rosie.”' is speech
    return (titled and inside_sentence and not introduced and paragraph not in scope.headline_paragraphs
            and paragraph == scope.paragraph(span.close))


def _latest_attribution(scope: QuoteScope, span: QuotedSpan, previous: tuple[Quote, int] | None,
                        paraphrases: Paraphrases) -> tuple[Quote, int] | None:
    """The last attributed quote or named paraphrase before ``span`` ('…, Schiff said. “…”' goes on with Schiff)."""
    latest = previous
    index = bisect.bisect_right(paraphrases.named_ends, span.open) - 1
    if index >= 0:
        quote = paraphrases.named[index]
        if latest is None or quote.cue.end > max(latest[0].end, latest[0].cue.end if latest[0].cue else 0):
            latest = (quote, scope.paragraph(quote.cue.start))
    return latest


def _reported_around(span: QuotedSpan, paraphrases: Paraphrases) -> Quote | None:
    """The paraphrase whose content holds this quoted stretch, if any."""
    index = bisect.bisect_right(paraphrases.starts, span.open)
    # A paraphrase holding the quote starts before it, within its sentence: a few candidates back suffice.
    for quote in reversed(paraphrases.by_start[max(0, index - REPORTED_LOOKBACK):index]):
        if quote.start <= span.open and span.close < quote.end + 1 and quote.source is not None:
            return quote
    return None


def _cued_before(scope: QuoteScope, span: QuotedSpan, quote: Quote) -> bool:
    """Say whether ``span`` goes on with a speaker whose speech an earlier paragraph reports, so that it takes no
    mention (docs/annotation.md S31; S39 for a run left open that no cue ends). After a direct quote the mention at
    its cue stays: S24 reads it null too, but PolNeAR's annotation gives every quote its source and its dev
    attribution fell (0.940 -> 0.939). Only a person's: a body is numbered from its mention (businessghana: the
    council), and an unresolved or unnamed source's mention is the only clue to whom the ranker may give it
    (eaglenews: 'the spokesperson', not 'China')."""
    return (quote.kind != "direct" and quote.speaker_name is not None and quote.cue is not None
            and quote.speaker != ORGANIZATION_ID and not scope.resolver.is_unnamed(quote.speaker)
            and scope.paragraph(quote.cue.start) < scope.paragraph(span.open))


def _reads_as_sentence(scope: QuoteScope, span: QuotedSpan) -> bool:
    content = scope.text[span.start:span.end].strip()
    words = content.split()
    return len(words) > TERM_MAX_WORDS or (content[:1].isupper() and bool(SENTENCE_END.search(content))
                                           and len(words) > 2)


def _continues(scope: QuoteScope, span: QuotedSpan, previous: tuple[Quote, int]) -> bool:
    """A quote that opens a sentence with no cue of its own goes on with the previous speaker."""
    quote, paragraph = previous
    here = scope.paragraph(span.open)
    if here - paragraph > CONTINUATION_PARAGRAPHS:
        return False
    if quote.cue is not None and quote.end < quote.cue.start < span.open and here == paragraph:
        return True  # a split quote: "“…,” he said, but “…”"
    before = scope.text[max(scope.paragraph_starts[here], span.open - 40):span.open].strip()
    return not before or bool(SENTENCE_END.search(before)) or before.endswith(("”", '"'))


def _runs_on(scope: QuoteScope, span: QuotedSpan, previous: tuple[Quote, int]) -> bool:
    """'…,” the member states said in a joint statement. ¶ The two entities were conglomerates “owned and controlled
    by the army, and provide revenue for it.”': a long stretch of quoted words with no cue at all, in the
    paragraph after an attributed quote, goes on with its speaker."""
    words = scope.text[span.start:span.end].split()
    if len(words) <= TERM_MAX_WORDS or not 0 <= scope.paragraph(span.open) - previous[1] <= CONTINUATION_PARAGRAPHS:
        return False
    inside = scope.tokens_between(span.start, span.end)
    # Only when its own sentence names no one else and holds no other sign of whose words they are (a pronoun,
    # a name, a verb of saying or thinking, a text): 'A GAO report found that …' is the report's.
    sentence = scope.sentence_of(inside[0]) if inside else None
    return sentence is not None and not any(
        not scope.in_quote(token.idx) and (token.pos_ in ("PRON", "PROPN")
                                           or token.lemma_.lower() in scope.words.speech_verbs
                                           or token.lemma_.lower() in scope.words.document_nouns
                                           or scope.is_stance(token))
        for token in sentence)


def _acting_body(scope: QuoteScope, span: QuotedSpan) -> Span | None:
    """'The EU Council adopted new measures against Minsk “in response to the escalation of …”': words quoted
    with no cue at all, under the main verb of a sentence whose subject is a named body, are from that body's own
    act (its decision or statement): the body, never a person."""
    inside = scope.tokens_between(span.start, span.end)
    if not inside:
        return None
    root = scope.sentence_of(inside[0]).root
    if scope.in_quote(root.idx) or not any(token.head.i == root.i or token.head.head.i == root.i
                                           for token in inside):
        return None
    subjects = [child for child in children(root, "nsubj") if not scope.in_quote(child.idx)]
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN":
        return None
    body = mention_span(subjects[0])
    return body if is_organization(body) and subjects[0].ent_type_ == "ORG" else None


def _shares_sentence(scope: QuoteScope, span: QuotedSpan, quote: Quote) -> bool:
    """'Ecowas decided to agree “on a roadmap” and work “towards order”': a second stretch of words with no cue of
    its own in the sentence of an attributed one is the same speaker's."""
    here, there = scope.tokens_between(span.open, span.end), scope.tokens_between(quote.start, quote.end)
    return bool(here and there) and scope.sentence_of(here[0]).start == scope.sentence_of(there[0]).start


def _stance_cued(scope: QuoteScope, quote: Quote) -> bool:
    tokens = scope.tokens_between(quote.cue.start, quote.cue.end)
    return bool(tokens) and scope.is_stance(tokens[0])


def _word_boundary(before: str, marker: str) -> bool:
    cut = len(before) - len(marker)
    return cut == 0 or not before[cut - 1].isalnum()
