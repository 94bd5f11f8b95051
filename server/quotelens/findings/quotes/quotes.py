"""Quote finding: direct quotes, reported speech and quoted terms, each with its cue, source mention and speaker."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from quotelens.context import DocContext
from quotelens.findings.quotes.cues import load_cues
from quotelens.findings.quotes.marks import QuotedSpan
from quotelens.findings.speakers import SpeakerResolver
from quotelens.language.syntax import RELATIVE_PRONOUNS, SUBJECT_DEPS
from quotelens.model import Entity, Mention, Quote

# Dependencies through which a verb without a subject of its own takes its governor's ("Kim informed Putin …,
# adding that …", "went on to say", "was quoted as saying", "pledged … and suggested").
INHERIT_DEPS = {"xcomp", "advcl", "conj", "pcomp", "prep", "acl", "ccomp", "dep"}
# How many dependency steps an embedded quote may sit below its cue ("stated that there is a “possibility”" is 2;
# "informed Putin that Russia will emerge triumphant in the struggle to “punish …”" is 6).
MAX_CUE_DISTANCE = 7
# Tokens after a closing mark within which a trailing cue must appear (",” said the spokesperson for the agency").
TRAILING_WINDOW = 16
# Parts of a source noun phrase kept in its mention: "North Korean leader Kim Jong Un", "the official spokesperson".
NAME_PARTS = {"compound", "amod", "det", "poss", "nmod", "nummod", "flat", "case", "punct"}
# Prepositions after a verb of saying or stance that introduce what is said: "called for", "talked about".
CONTENT_PREPOSITIONS = {"for", "about", "on", "against", "over"}
# A headline's speaker comes in its first few words ('Pence: …'); a sign-off is short ('— Commissioner Jane Roe').
HEADLINE_NAME_CHARS = 60
SIGN_OFF_CHARS = 120
# How many paraphrases starting before a quote may hold it (they are nested at most a few deep).
REPORTED_LOOKBACK = 8
# How far below a verb of saying a title-case stretch may sit and still be speech.
TITLE_CUE_DISTANCE = 3
# Words left lower case in titles ("The Art of the Deal"), ignored when deciding a quote is a title.
TITLE_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from"}
# A quote without a cue continues the previous speaker only this many paragraphs on.
CONTINUATION_PARAGRAPHS = 1
# A quote with no cue at all is a term (not speech) when it is this short and does not read as a sentence.
TERM_MAX_WORDS = 6
# Subordinators of time and reason; 'as' is left out ('“…,” as he put it' is a cue).
EVENT_MARKS = {"when", "after", "before", "while", "because", "since", "until", "once", "whenever"}
SENTENCE_END = re.compile(r"[.!?…]\s*$")
# A sign-off after a closing mark: a dash, then a name running to the end of the paragraph.
SIGN_OFF = re.compile(r"[ \u00a0]*(?P<dash>[—–―]|--?)[ \u00a0]*(?P<name>[^\n—–―]+?)[ \u00a0.]*$")


@dataclass
class Attribution:
    """What ties one stretch of text to whoever said it."""

    cue: Mention | None
    source: Span | None


def find_quotes(context: DocContext, people: Sequence[Entity]) -> list[Quote]:
    """Find the direct quotes, reported speech and quoted terms of an article, in text order."""
    finder = _QuoteFinder(context, people)
    reported = finder.reported()
    found = finder.direct(reported) + reported
    found.sort(key=lambda quote: (quote.start, quote.end))
    return [replace(quote, id=f"quote{index}") for index, quote in enumerate(found, start=1)]


class _QuoteFinder:
    """The per-document state the quote rules share: marks, cue lists, token positions, the resolver."""

    def __init__(self, context: DocContext, people: Sequence[Entity]):
        self.doc = doc = context.doc
        self.text = context.text
        cues = load_cues()
        self.speech_verbs = set(cues["speech_verbs"])
        self.weak_verbs: dict[str, list[str]] = {
            k: v for k, v in cues["weak_speech_verbs"].items() if not k.startswith("$")
        }
        self.stance_verbs = set(cues["stance_verbs"])
        self.speech_nouns = set(cues["speech_nouns"])
        self.document_nouns = set(cues["document_nouns"]["nouns"])
        self.term_markers = [marker.lower() for marker in cues["term_markers"]]
        self.spans = context.quoted_spans
        self.top = [span for span in self.spans if span.depth == 0 and self.text[span.start:span.end].strip()]
        self.quoted = [(span.start, span.end) for span in self.top]
        self._quoted_starts = [start for start, _ in self.quoted]
        self.resolver = SpeakerResolver(context, people, self.quoted)
        self._token_starts = [token.idx for token in doc]
        self.paragraph_starts = context.paragraph_starts
        # Filled as quotes are found: earlier quotes lend their cue to later ones.
        self.reported_quotes: list[Quote] = []
        self.attributed: list[tuple[QuotedSpan, Quote]] = []
        self._attributed_starts: list[int] = []
        self._reported_starts: list[int] = []
        self._named_reported: list[Quote] = []
        self._named_reported_ends: list[int] = []
        self._headline_lines: dict[int, bool] = {}
        self._sentences = list(context.sentences) or [doc[:]]
        self._sentence_starts = [sentence.start for sentence in self._sentences]
        # Cues found once per document, not once per quote (long pages with many quotes stay linear).
        self._according = [t for t in doc if t.lower_ == "according" and not self._in_quote(t.idx)]
        self._according_starts = [t.idx for t in self._according]
        self._as_clauses = [t for t in doc if t.pos_ == "VERB" and not self._in_quote(t.idx)
                            and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children)]
        self._as_clause_starts = [t.idx for t in self._as_clauses]

    # --- direct quotes -------------------------------------------------------------------------------------

    def direct(self, reported: Sequence[Quote] = ()) -> list[Quote]:
        """Attribute each top-level quoted stretch, or call it a term.

        ``reported`` paraphrases lend their cue to the quoted words inside them ("said there is a “possibility”").
        """
        quotes: list[Quote] = []
        self.reported_quotes = sorted(reported, key=lambda quote: quote.start)
        self._reported_starts = [quote.start for quote in self.reported_quotes]
        # Only a paraphrase by a verb of saying lends its speaker to the quote after it ('…, Schiff said. “…”');
        # one by a verb of thinking does not ('… people would at last see the truth. “In my head, anyway.”').
        named = sorted((q for q in reported if q.cue is not None and q.speaker_name and not self._stance_cued(q)),
                       key=lambda q: q.cue.end)
        self._named_reported = named
        self._named_reported_ends = [quote.cue.end for quote in named]
        self.attributed = []
        self._attributed_starts = []
        previous: tuple[Quote, int] | None = None  # the last attributed direct quote and its paragraph
        for span in self.top:
            quote = self._direct_quote(span, previous)
            if quote is None:
                continue
            quotes.append(quote)
            if quote.kind == "direct" and (quote.speaker_name or quote.source):
                previous = (quote, self._paragraph(span.close))
                self.attributed.append((span, quote))
                self._attributed_starts.append(span.start)
        return quotes

    def _direct_quote(self, span: QuotedSpan, previous: tuple[Quote, int] | None) -> Quote | None:
        content = self.text[span.start:span.end]
        if self._is_marked_term(span):
            return Quote("", "term", span.start, span.end, content)
        if self._is_title(span):
            # A name in title case is speech only close under a verb of saying ('called her “Miss Piggy”',
            # 'proclaimed a goal of “Peace Through Strength”'), and never a show one appears on or in.
            inside = self._tokens_between(span.start, span.end)
            before = re.findall(r"\w+", self.text[max(0, span.open - 12):span.open].lower())
            near = 1 if before and before[-1] in ("on", "in") else TITLE_CUE_DISTANCE
            attribution = self._cue_by_dependency(span, inside, max_steps=near) if inside else None
            if attribution is None or attribution.source is None:
                return Quote("", "term", span.start, span.end, content)
            return self._attributed("direct", span.start, span.end, attribution)
        attribution = self._attribute(span)
        if attribution is not None and attribution.source is not None:
            return self._attributed("direct", span.start, span.end, attribution)
        holder = self._reported_around(span)
        if holder is not None:
            return Quote("", "direct", span.start, span.end, content, holder.speaker, holder.speaker_name,
                         holder.source, holder.cue)
        previous = self._latest_attribution(span, previous)
        if previous is not None and self._continues(span, previous):
            # The cue of the quote this one continues attaches to both pieces ("“…,” she said. “…”").
            quote, _ = previous
            return Quote("", "direct", span.start, span.end, content, quote.speaker, quote.speaker_name,
                         quote.source, quote.cue)
        if attribution is not None:
            return self._attributed("direct", span.start, span.end, attribution)
        if self._reads_as_sentence(span):
            return Quote("", "direct", span.start, span.end, content)
        return Quote("", "term", span.start, span.end, content)

    def _attributed(self, kind: str, start: int, end: int, attribution: Attribution) -> Quote:
        source, cue = attribution.source, attribution.cue
        speaker = speaker_name = None
        mention = None
        if source is not None:
            mention = Mention(source.start_char, source.end_char, source.text)
            entity = self.resolver.resolve(source)
            if entity is not None and entity.type != "unnamed":
                speaker, speaker_name = entity.id, entity.name
            elif not self.resolver.is_pronoun(source):
                speaker_name = source.text
        return Quote("", kind, start, end, self.text[start:end], speaker, speaker_name, mention, cue)

    def _is_marked_term(self, span: QuotedSpan) -> bool:
        """Scare quotes and names announced as such: after "so-called", "dubbed", "the phrase" …"""
        before = self.text[max(0, span.open - 30):span.open].lower().rstrip()
        return any(before.endswith(marker) and _word_boundary(before, marker) for marker in self.term_markers)

    def _is_title(self, span: QuotedSpan) -> bool:
        """A short stretch in title case inside a sentence: 'on Fox News’s “Fox and Friends.”' (after textacy)."""
        words = re.findall(r"[^\W\d_][\w’'-]*", self.text[span.start:span.end])
        if not words or len(words) > TERM_MAX_WORDS:
            return False
        content_words = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
        titled = bool(content_words) and all(w[0].isupper() for w in content_words)
        paragraph_start = self.paragraph_starts[self._paragraph(span.open)]
        before_text = self.text[max(paragraph_start, span.open - 40):span.open]
        if not before_text.strip() or SENTENCE_END.search(before_text) or before_text.rstrip().endswith(("”", '"')):
            return False
        preceding = re.findall(r"[\w’']+", before_text)
        inside_sentence = bool(preceding) and (preceding[-1][:1].islower() or preceding[-1].endswith(("’s", "'s")))
        introduced = before_text.rstrip().endswith((",", ":"))  # ', interjecting, “Only Rosie.”' is speech
        return (titled and inside_sentence and not introduced and not self._in_headline(span)
                and self._paragraph(span.open) == self._paragraph(span.close))

    def _in_headline(self, span: QuotedSpan) -> bool:
        """A line in title case (a headline) says nothing about whether a quoted stretch is a title."""
        paragraph = self._paragraph(span.open)
        if paragraph not in self._headline_lines:
            start = self.paragraph_starts[paragraph]
            end = self.text.find("\n", start)
            line = self.text[start:len(self.text) if end < 0 else end]
            words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line) if w.lower() not in TITLE_SMALL_WORDS]
            self._headline_lines[paragraph] = len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
        return self._headline_lines[paragraph]

    def _latest_attribution(self, span: QuotedSpan, previous: tuple[Quote, int] | None) -> tuple[Quote, int] | None:
        """The last attributed quote or named paraphrase before ``span``.

        ('…, Schiff said. “…”' goes on with Schiff.)
        """
        latest = previous
        index = bisect.bisect_right(self._named_reported_ends, span.open) - 1
        if index >= 0:
            quote = self._named_reported[index]
            if latest is None or quote.cue.end > max(latest[0].end, latest[0].cue.end if latest[0].cue else 0):
                latest = (quote, self._paragraph(quote.cue.start))
        return latest

    def _reported_around(self, span: QuotedSpan) -> Quote | None:
        """The paraphrase whose content holds this quoted stretch, if any."""
        index = bisect.bisect_right(self._reported_starts, span.open)
        # A paraphrase holding the quote starts before it, within its sentence: a few candidates back suffice.
        for quote in reversed(self.reported_quotes[max(0, index - REPORTED_LOOKBACK):index]):
            if quote.start <= span.open and span.close < quote.end + 1 and quote.source is not None:
                return quote
        return None

    def _reads_as_sentence(self, span: QuotedSpan) -> bool:
        content = self.text[span.start:span.end].strip()
        words = content.split()
        return len(words) > TERM_MAX_WORDS or (content[:1].isupper() and bool(SENTENCE_END.search(content))
                                               and len(words) > 2)

    def _continues(self, span: QuotedSpan, previous: tuple[Quote, int]) -> bool:
        """A quote that opens a sentence with no cue of its own goes on with the previous speaker."""
        quote, paragraph = previous
        here = self._paragraph(span.open)
        if here - paragraph > CONTINUATION_PARAGRAPHS:
            return False
        if quote.cue is not None and quote.end < quote.cue.start < span.open and here == paragraph:
            return True  # a split quote: "“…,” he said, but “…”"
        before = self.text[max(self.paragraph_starts[here], span.open - 40):span.open].strip()
        return not before or bool(SENTENCE_END.search(before)) or before.endswith(("”", '"'))

    def _attribute(self, span: QuotedSpan) -> Attribution | None:
        inside = self._tokens_between(span.start, span.end)
        if not inside:
            return None
        by_dependency = self._cue_by_dependency(span, inside)
        if by_dependency is not None and by_dependency.source is not None:
            return by_dependency
        found = (strategy(self, span, inside) for strategy in self.ATTRIBUTIONS)
        return next((attribution for attribution in found if attribution is not None), by_dependency)

    def _cue_by_dependency(self, span: QuotedSpan, inside: list[Token],
                           max_steps: int = MAX_CUE_DISTANCE) -> Attribution | None:
        """Climb from the quote's words to the nearest verb of saying that governs them (or hangs on them).

        Cues are tried nearest first; the first with a source wins ("urging those calling for X to “…”" goes past
        the subjectless "calling" to "urging"), else the nearest cue stands alone.
        """
        inside_ids = {token.i for token in inside}
        # The parser may run a sentence on across a paragraph break; a cue must share a paragraph with the quote.
        first = self.paragraph_starts[self._paragraph(span.open)]
        following = self._paragraph(span.close) + 1
        last = self.paragraph_starts[following] if following < len(self.paragraph_starts) else len(self.text)
        found: dict[int, tuple[int, int, Token]] = {}
        for token in inside:
            if token.is_punct:
                continue
            if token.head.i not in inside_ids:
                node, steps = token.head, 1
                while steps <= max_steps:
                    sibling = self._attributed_quote_at(node.idx) if steps <= 2 and first <= node.idx else None
                    if sibling is not None:
                        # A list of quoted words under one cue: 'called him a "nasty guy," an "anchor baby"'.
                        return Attribution(sibling.cue, self._span_of(sibling.source))
                    if (first <= node.idx < last and not self._in_quote(node.idx) and self._is_cue(node, steps)
                            and not self._is_later_event(node, span)):
                        found.setdefault(node.i, (steps, abs(node.idx - span.open), node))
                    for aside in self._parenthetical_cues(node, first, last):
                        # 'Mr. Obama said, a majority have come to believe “…”': the inserted 'X said' frames the
                        # whole sentence, so it ranks with the verbs of saying above any verb of thinking.
                        found.setdefault(aside.i, (steps + 1, abs(aside.idx - span.open), aside))
                    if node.head.i == node.i:
                        break
                    node, steps = node.head, steps + 1
            for child in token.children:
                # "“…,” he said" is sometimes parsed with "said" hanging on the quoted verb.
                if (child.i not in inside_ids and first <= child.idx < last and not self._in_quote(child.idx)
                        and self._is_cue(child, 1) and not self._is_later_event(child, span)):
                    found.setdefault(child.i, (1, abs(child.idx - span.open), child))
        # A verb of saying outranks a verb of thinking on the same path: "He says he believes it has “…”" is
        # attributed by "says".
        candidates = sorted(found.values(), key=lambda entry: (self._is_stance(entry[2]), *entry[:2]))
        # The nearest cue whose source names a person wins; else the nearest with any source ('the advertisement
        # “unmistakably” suggests' inside 'Holm said that …' is Holm's wording).
        attributions = []
        for _, _, verb in candidates:
            source = self._source_of(verb, span)
            if source is not None:
                attributions.append(Attribution(self._mention(verb), source))
        for index, attribution in enumerate(attributions):
            if self._echoes_earlier(attribution, attributions[:index]):
                continue
            if self._is_person_like(attribution.source):
                return attribution
        if attributions:
            return attributions[0]
        return Attribution(self._mention(candidates[0][2]), None) if candidates else None

    def _is_later_event(self, cue: Token, span: QuotedSpan) -> bool:
        """A verb of saying after the quote in a time or reason clause ('“…,” when Clinton blasted him') tells
        when or why the quote was said, and one answering it ('“…” To which she said, “…”') is the next
        speaker's: neither says who said the quote."""
        if cue.idx <= span.close:
            return False
        for child in cue.children:
            if child.dep_ in ("mark", "advmod") and child.lower_ in EVENT_MARKS:
                return True
            if child.dep_ == "prep" and any(grandchild.lower_ == "which" for grandchild in child.children):
                return True
        return False

    def _parenthetical_cues(self, node: Token, first: int, last: int) -> list[Token]:
        """Verbs of saying set into the clause as an aside ('…, he said, …'), outside any quote."""
        return [child for child in node.children
                if child.dep_ == "parataxis" and first <= child.idx < last and not self._in_quote(child.idx)
                and child.lemma_.lower() in self.speech_verbs and self._is_cue(child, 1)
                and self._subject(child) is not None]

    def _echoes_earlier(self, attribution: Attribution, earlier: list[Attribution]) -> bool:
        """'Demonstrators said they want “…”': a verb of thinking whose subject is a pronoun, inside what a verb
        of saying reports, refers back to that verb's subject, which is the better-named source."""
        verb = self._tokens_between(attribution.cue.start, attribution.cue.end)[0]
        if not self._is_stance(verb) or attribution.source.root.pos_ != "PRON":
            return False
        for other in earlier:
            speech = self._tokens_between(other.cue.start, other.cue.end)[0]
            if not self._is_stance(speech) and speech.i != verb.i and speech in verb.ancestors:
                return True
        return False

    def _is_person_like(self, source: Span) -> bool:
        root = source.root
        if root.lower_ in self.resolver.pronoun_gender or root.lower_ in ("i", "we", "they"):
            return True
        if root.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            return True
        entity = self.resolver.resolve(source)
        return entity is not None

    def _attributed_quote_at(self, position: int) -> Quote | None:
        index = bisect.bisect_right(self._attributed_starts, position) - 1
        if index < 0:
            return None
        span, quote = self.attributed[index]
        if span.start <= position < span.end and quote.source is not None and quote.cue is not None:
            return quote
        return None

    def _span_of(self, mention: Mention | None) -> Span | None:
        if mention is None:
            return None
        tokens = self._tokens_between(mention.start, mention.end)
        return self.doc[tokens[0].i:tokens[-1].i + 1] if tokens else None

    def _stance_cued(self, quote: Quote) -> bool:
        tokens = self._tokens_between(quote.cue.start, quote.cue.end)
        return bool(tokens) and self._is_stance(tokens[0])

    def _is_stance(self, token: Token) -> bool:
        lemma = token.lemma_.lower()
        return lemma in self.stance_verbs and lemma not in self.speech_verbs

    def _is_cue(self, token: Token, steps: int) -> bool:
        if token.pos_ != "VERB":
            return False
        lemma = token.lemma_.lower()
        if lemma in self.stance_verbs and lemma not in self.speech_verbs:
            # Thinking and wanting frame a quoted phrase only close by ("anticipated that it would be “…”").
            return steps <= 3
        if lemma not in self.speech_verbs:
            return False
        if lemma in self.weak_verbs:
            particles = self.weak_verbs[lemma]
            if particles:
                return any(child.lower_ in particles for child in token.children)
            return steps == 1
        return True

    def _cue_after(self, span: QuotedSpan, inside: list[Token]) -> Attribution | None:
        """Trailing cues the parser split off: ',” he said.', ',” said Smith', '” — Commissioner Jane Roe'."""
        sign_off = self._sign_off(span)
        if sign_off is not None:
            return sign_off
        window = self._tokens_after(span.close + 1, TRAILING_WINDOW)
        for token in window:
            lemma = token.lemma_.lower()
            if (token.pos_ in ("VERB", "AUX") and lemma not in self.speech_verbs
                    and any(child.dep_ in SUBJECT_DEPS for child in token.children)):
                return None  # another clause starts: '“…” Trump was defensive when … who said' is not a cue
            if token.pos_ == "VERB" and lemma in self.speech_verbs and not self._lacks_particle(token):
                if self._is_later_event(token, span):
                    return None
                source = self._source_of(token, span)
                if source is None:
                    # '…,” Jordan said Monday' names the speaker before the verb; '…,” said Jordan' after it.
                    previous = [t for t in window if t.i < token.i and not t.is_punct]
                    source = (self._noun_phrase_ending(previous) if previous
                              else self._name_after(self._tokens_after(token.idx + len(token), 6)))
                if source is not None:
                    return Attribution(self._mention(token), source)
        return None

    def _sign_off(self, span: QuotedSpan) -> Attribution | None:
        """A dash and a name closing the paragraph: '“…” — Commissioner Jane Roe'."""
        end = self.text.find("\n", span.close, span.close + SIGN_OFF_CHARS)
        if end < 0:
            end = min(len(self.text), span.close + SIGN_OFF_CHARS)
            if end < len(self.text):
                return None
        match = SIGN_OFF.match(self.text, span.close + 1, end)
        if match is None:
            return None
        name = match.group("name").rstrip(" .\u00a0")
        if not name or len(name.split()) > 8 or not name[0].isupper():
            return None
        start = match.start("name")
        tokens = self._tokens_between(start, start + len(name))
        if not tokens or not any(t.pos_ == "PROPN" for t in tokens):
            return None
        cue = Mention(match.start("dash"), match.end("dash"), match.group("dash"))
        return Attribution(cue, self.doc[tokens[0].i:tokens[-1].i + 1])

    def _cue_before(self, span: QuotedSpan, inside: list[Token]) -> Attribution | None:
        """A colon after the speaker's name: 'Trump: “…”'."""
        before = self._tokens_before(span.open, 8)
        if len(before) < 2 or before[-1].text != ":":
            return None
        name = self._noun_phrase_ending(before[:-1])
        # The tagger often calls a lone capitalised name before a colon a noun: "Trump: “…”".
        if name is None or not all(t.text[:1].isupper() for t in name if t.pos_ in ("PROPN", "NOUN")):
            return None
        if not self._names_someone(name):
            return None
        return Attribution(self._mention(before[-1]), name)

    def _names_someone(self, words: Span) -> bool:
        """"Update: …" is a label, not a speaker: the words before a colon must name someone."""
        return (any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in words)
                or self.resolver.resolve(words) is not None)

    def _as_put_it(self, span: QuotedSpan, inside: list[Token]) -> Attribution | None:
        """'…, as a Homeland Security memo put it' or 'as Obama said' anywhere in the quote's sentence."""
        start, end = self._sentence_chars(inside[-1])
        for token in self._cues_within(self._as_clauses, self._as_clause_starts, start, end):
            if self._is_cue(token, 1) or (token.lemma_ == "put" and any(c.lower_ == "it" for c in token.children)):
                subject = self._subject(token)
                if subject is not None:
                    return Attribution(self._mention(token), self._mention_span(subject))
        return None

    def _colon_intro(self, span: QuotedSpan, inside: list[Token]) -> Attribution | None:
        """A cue before a colon or comma that introduces the quote: 'Trump boasted, “…”', 'Sanders told the crowd:
        “…”', '… a new campaign message: “It's about me.”'."""
        before = self._tokens_before(span.open, 40)
        preceding = self.text[max(0, span.open - 40):span.open].rstrip()
        if not before and preceding.endswith(":"):
            # 'He said:' closing the paragraph before a quoted paragraph.
            before = self._tokens_before(max(0, span.open - 40) + len(preceding), 40)
        if len(before) < 2 or before[-1].text not in (":", ","):
            return None
        if before[-1].text == ",":
            # After a comma only the verb right before it introduces the quote ("boasted, “…”").
            verbs = [t for t in before[-4:-1] if t.pos_ == "VERB"]
            if verbs and self._is_cue(verbs[-1], 1):
                source = self._source_of(verbs[-1])
                if source is not None:
                    return Attribution(self._mention(verbs[-1]), source)
            return None
        for token in reversed(before[:-1]):
            if token.pos_ == "VERB" and self._is_cue(token, 1):
                source = self._source_of(token)
                if source is not None:
                    return Attribution(self._mention(token), source)
            if token.pos_ == "NOUN" and token.lemma_.lower() in self.speech_nouns:
                owner = token.head if token.dep_ in ("dobj", "attr", "appos") else None
                subject = self._subject(owner) if owner is not None else None
                if subject is not None:
                    return Attribution(self._mention(token), self._mention_span(subject))
        return None

    def _headline_speaker(self, span: QuotedSpan, inside: list[Token]) -> Attribution | None:
        """A headline or line that opens with a name and a colon: 'Pence: Trump Was ‘Mocking’ Clinton Camp'."""
        start = self.paragraph_starts[self._paragraph(span.open)]
        head = self.text[start:min(span.open, start + HEADLINE_NAME_CHARS)]
        colon = head.find(":")
        if colon <= 0:
            return None
        tokens = self._tokens_between(start, start + colon)
        if not tokens or len(tokens) > 4 or not all(t.text[:1].isupper() or t.is_punct for t in tokens):
            return None
        speaker = self.doc[tokens[0].i:tokens[-1].i + 1]
        if not self._names_someone(speaker):
            return None
        colon_tokens = self._tokens_between(start + colon, start + colon + 1)
        if not colon_tokens:
            return None
        return Attribution(self._mention(colon_tokens[0]), speaker)

    def _according_to(self, span: QuotedSpan, inside: list[Token]) -> Attribution | None:
        """'…,” according to X' or 'According to X, “…”' in the quote's sentence."""
        start, _ = self._sentence_chars(inside[0])
        _, end = self._sentence_chars(inside[-1])
        for token in self._cues_within(self._according, self._according_starts, start, end):
            source = self._according_source(token)
            if source is not None:
                return Attribution(self._mention(token, 2), source)
        return None

    # Tried in order when the parse gives no cue with a source; the first that answers wins (see _attribute).
    ATTRIBUTIONS = (_cue_after, _cue_before, _according_to, _as_put_it, _colon_intro, _headline_speaker)

    def _sentence_chars(self, token: Token) -> tuple[int, int]:
        """The character bounds of a token's sentence (Token.sent walks the sentence on every call)."""
        index = bisect.bisect_right(self._sentence_starts, token.i) - 1
        sentence = self._sentences[max(0, index)]
        return sentence.start_char, sentence.end_char

    def _cues_within(self, tokens: list[Token], starts: list[int], start: int, end: int) -> list[Token]:
        return tokens[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    # --- sources -------------------------------------------------------------------------------------------

    def _source_of(self, verb: Token, span: QuotedSpan | None = None) -> Span | None:
        """The mention the cue attaches to: its subject, else the subject it inherits; a text's author for the text."""
        source = self._direct_source_of(verb, span)
        if source is None:
            return None
        return self._author_of(source) or source

    def _author_of(self, source: Span) -> Span | None:
        """'Trump issued a statement saying …': the subject of the verb that has the text as its object."""
        text = source.root
        if text.pos_ != "NOUN" or text.lemma_.lower() not in self.document_nouns or text.dep_ != "dobj":
            return None
        if text.head.pos_ != "VERB" or self._in_quote(text.head.idx):
            return None
        author = self._subject(text.head)
        if author is None or author.i == text.i or author.lower_ in RELATIVE_PRONOUNS:
            return None
        return self._mention_span(author)

    def _direct_source_of(self, verb: Token, span: QuotedSpan | None = None) -> Span | None:
        subject = self._subject(verb)
        if subject is not None:
            return self._mention_span(subject)
        named = self._name_just_before(verb)
        if named is not None:
            return named
        node, steps = verb, 0
        while node.dep_ in INHERIT_DEPS and node.head.i != node.i and steps < 4:
            node, steps = node.head, steps + 1
            if self._paragraph(node.idx) != self._paragraph(verb.idx):
                break  # the parser ran on over a paragraph break: a subject is never inherited across one
            if node.pos_ == "ADP":
                continue
            subject = self._subject(node)
            if subject is not None:
                inherited = self._mention_span(subject)
                return self._nearer_pronoun(verb, span, inherited) or inherited
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.i > verb.head.i:
            # 'a statement calling the test “a clear violation”': the noun the participle describes speaks.
            return self._mention_span(verb.head)
        root = self._sentences[max(0, bisect.bisect_right(self._sentence_starts, verb.i) - 1)].root
        if verb.dep_ not in SUBJECT_DEPS or root.i == verb.i or self._in_quote(root.idx):
            return self._name_before(verb)
        # The parser made the cue the subject of the quoted verb ('shared the news, writing “Feels great …”'):
        # the sentence's own subject speaks.
        subject = self._subject(root)
        return self._mention_span(subject) if subject is not None else None

    def _name_just_before(self, verb: Token) -> Span | None:
        """'footage of Hillary Clinton asking, “…”': a participle right after a person's name is that person's
        speech, whatever the parser hung it on (it often climbs to 'uses' and credits 'The ad')."""
        if verb.tag_ != "VBG" or verb.i == 0:
            return None
        name = self.doc[verb.i - 1]
        if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or self._in_quote(name.idx):
            return None
        return self._mention_span(name)

    def _name_before(self, verb: Token) -> Span | None:
        """A parse that lost the subject: take the name right before the verb ('…,” Ramos, 58, told AFP',
        '…, her adviser, Jake Sullivan, said:')."""
        tokens = self._tokens_before(verb.idx, 12)
        marks = [i for i, token in enumerate(tokens) if self._is_mark(token)]
        if marks:
            tokens = tokens[marks[-1] + 1:]
        if tokens and tokens[-1].text == ",":
            commas = [i for i, token in enumerate(tokens[:-1]) if token.text == ","]
            if commas and len(tokens) - commas[-1] <= 6:
                between = tokens[commas[-1] + 1:-1]
                # ', Jake Sullivan,' is the name; ', 58,' is an apposition to skip.
                tokens = between if any(t.pos_ == "PROPN" for t in between) else tokens[:commas[-1]]
            else:
                tokens = tokens[:-1]
        if any(t.pos_ in ("VERB", "AUX") for t in tokens):
            tokens = tokens[max(i for i, t in enumerate(tokens) if t.pos_ in ("VERB", "AUX")) + 1:]
        name = self._noun_phrase_ending(tokens)
        if name is None or not self._is_person_like(name):
            return None
        return name

    def _subject(self, verb: Token) -> Token | None:
        # A subject inside quotation marks is the parser gluing the quote to its cue ("“… We …,” Jordan said").
        subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS and not self._in_quote(child.idx)
                    and not (child.ent_type_ in ("DATE", "TIME") and child.pos_ in ("PROPN", "NOUN"))]
        if not subjects:
            if verb.dep_ == "relcl" and verb.head.pos_ in ("PROPN", "NOUN"):
                return verb.head
            return None
        # "the official spokesperson of the State Department, Matthew Miller said": prefer the name.
        subjects.sort(key=lambda s: (s.pos_ != "PROPN", abs(s.i - verb.i)))
        subject = subjects[0]
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head
        if subject.lower_ in ("who", "which") and subject.i > 0 and self.doc[subject.i - 1].pos_ in ("NOUN", "PROPN"):
            # A relative clause the parser did not call one ('turned to the Police Department which reported
            # “…”', parsed as an adverbial clause): the noun right before the pronoun is what it stands for.
            return self.doc[subject.i - 1]
        if subject.pos_ == "NOUN":
            names = [child for child in subject.children if child.dep_ == "appos" and child.pos_ == "PROPN"]
            if names:
                return names[0]
        if subject.lower_ in ("this", "that", "there", "which"):
            return None
        return subject

    def _nearer_pronoun(self, verb: Token, span: QuotedSpan | None, inherited: Span) -> Span | None:
        """'Kim informed Putin …, adding that he will “…”': the pronoun between cue and quote is the mention."""
        if span is None:
            return None
        inside = self._tokens_between(span.start, span.end)
        for token in inside[:1]:
            node = token.head
            while node.i != verb.i and node.head.i != node.i:
                for child in node.children:
                    if (child.dep_ in SUBJECT_DEPS and child.lower_ in self.resolver.pronoun_gender
                            and not self._in_quote(child.idx)):
                        pronoun = self.doc[child.i:child.i + 1]
                        target = self.resolver.resolve(inherited)
                        if target is not None and self.resolver.resolve(pronoun) is target:
                            return pronoun
                node = node.head
        return None

    def _mention_span(self, token: Token) -> Span:
        """The name core of a subject: its left-hand modifiers, without appositions or relative clauses."""
        left = token.i
        for child in token.lefts:
            if child.dep_ in NAME_PARTS and child.dep_ != "punct":
                left = min(left, child.left_edge.i)
        right = token.i
        for child in token.rights:
            if child.dep_ in ("flat", "compound") and child.i == right + 1:
                right = child.i
        while left < token.i and self.doc[left].is_punct:
            left += 1
        return self.doc[left:right + 1]

    def _according_source(self, according: Token) -> Span | None:
        following = according.nbor(1) if according.i + 1 < len(self.doc) else None
        if following is None or following.lower_ != "to":
            return None
        objects = [child for child in following.children if child.dep_ == "pobj"]
        if objects:
            return self._mention_span(objects[0])
        return self._name_after(self._tokens_after(following.idx + len(following), 6))

    def _name_after(self, tokens: list[Token]) -> Span | None:
        """A name or noun phrase at the start of ``tokens`` (a sign-off or an inverted 'said Smith')."""
        words = []
        for token in tokens:
            if token.ent_type_ in ("DATE", "TIME"):
                break
            if token.pos_ in ("PROPN", "NOUN", "ADJ", "DET") or (token.text in ".'-" and words):
                words.append(token)
                continue
            if token.pos_ == "PRON" and not words and token.lower_ in self.resolver.pronoun_gender:
                return self.doc[token.i:token.i + 1]
            break
        while words and (words[-1].is_punct or words[-1].pos_ == "DET"):
            words.pop()
        if not words or not any(t.pos_ in ("PROPN", "NOUN") for t in words):
            return None
        return self.doc[words[0].i:words[-1].i + 1]

    def _noun_phrase_ending(self, tokens: list[Token]) -> Span | None:
        words = []
        for token in reversed(tokens):
            if token.pos_ in ("PROPN", "NOUN") or (token.pos_ in ("ADJ", "DET") and words):
                words.append(token)
                continue
            if token.pos_ == "PRON" and not words and token.lower_ in self.resolver.pronoun_gender:
                return self.doc[token.i:token.i + 1]
            if token.is_punct and not words:
                continue
            break
        if not words:
            return None
        return self.doc[words[-1].i:words[0].i + 1]

    def _lacks_particle(self, token: Token) -> bool:
        """A verb that is a cue only with its particle ('pointed out', 'went on') but has none."""
        particles = self.weak_verbs.get(token.lemma_.lower())
        return bool(particles) and not any(child.lower_ in particles for child in token.children)

    # --- reported speech ----------------------------------------------------------------------------------

    def reported(self) -> list[Quote]:
        """Paraphrases: the that-clause of a verb of saying ('Miller also stated that …') or an 'according to'."""
        quotes: list[Quote] = []
        seen: set[tuple[int, int]] = set()
        for token in self.doc:
            quote = self._reported_quote(token)
            if quote is not None and (quote.start, quote.end) not in seen:
                seen.add((quote.start, quote.end))
                quotes.append(quote)
        return quotes

    def _reported_quote(self, token: Token) -> Quote | None:
        if self._in_quote(token.idx):
            return None
        if token.lower_ == "according":
            source = self._according_source(token)
            if source is None:
                return None
            # The content is the clause on one side of "according to X" (before it, or after "According to X,").
            phrase = list(token.subtree)
            clause = list(token.head.subtree)
            before = [t for t in clause if t.i < phrase[0].i]
            after = [t for t in clause if t.i > phrase[-1].i]
            kept = max(before, after, key=lambda side: sum(not t.is_punct for t in side))
            if not kept:
                return None
            return self._reported_from(kept, Attribution(self._mention(token, 2), source))
        if token.pos_ == "NOUN" and token.lemma_.lower() in self.speech_nouns:
            return self._reported_by_noun(token)
        if token.pos_ != "VERB":
            return None
        lemma = token.lemma_.lower()
        if self._lacks_particle(token):
            return None
        if lemma not in self.speech_verbs and lemma not in self.stance_verbs:
            return None
        content = self._reported_content(token)
        if content is None:
            return None
        source = self._source_of(token)
        if source is None:
            return None
        return self._reported_from(content, Attribution(self._mention(token), source), needs_verb=False)

    def _reported_content(self, verb: Token) -> list[Token] | None:
        """What a verb of saying or stance reports: its clause ('said that …'), its infinitive ('vowed to …'),
        the sentence it interrupts ('…, he said, …'), what it is about ('called for …'), or its object
        ('announced the arrest of …', 'endorsed Hillary Clinton'), as PolNeAR annotates attributions."""
        for child in verb.children:
            if child.dep_ == "ccomp":
                return list(child.subtree)
        for child in verb.children:
            if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
                return list(child.subtree)
        if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
            excluded = {t.i for t in verb.subtree}
            return [t for t in verb.head.subtree if t.i not in excluded]
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in CONTENT_PREPOSITIONS:
                objects = [grandchild for grandchild in child.children if grandchild.dep_ in ("pobj", "pcomp")]
                if objects and not self._names_person(objects[0]):
                    return list(objects[0].subtree)
        for child in verb.children:
            if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN"):
                tokens = list(child.subtree)
                if len([t for t in tokens if not t.is_punct]) >= 2:
                    return tokens
        return None

    def _reported_by_noun(self, noun: Token) -> Quote | None:
        """A noun of saying with its content: 'his claim that …', 'a report by Politico that …'."""
        clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
                   and any(g.dep_ in ("mark", "aux") and g.lower_ in ("that", "to") for g in c.children)]
        if not clauses:
            return None
        source = None
        for child in noun.children:
            if child.dep_ == "poss":
                source = self._mention_span(child)
            elif child.dep_ == "prep" and child.lower_ == "by":
                agents = [g for g in child.children if g.dep_ == "pobj"]
                if agents:
                    source = self._mention_span(agents[0])
        if source is None or source.root.lower_ in ("its", "their", "our", "my", "your"):
            return None
        return self._reported_from(list(clauses[0].subtree), Attribution(self._mention(noun), source))

    def _names_person(self, token: Token) -> bool:
        return self.resolver.resolve(self.doc[token.i:token.i + 1]) is not None or token.ent_type_ == "PERSON"

    def _reported_from(self, tokens: list[Token], attribution: Attribution, needs_verb: bool = True) -> Quote | None:
        words = [t for t in tokens if not t.is_punct]
        if len(words) < 2 or (needs_verb and not any(t.pos_ in ("VERB", "AUX") for t in words)):
            return None
        first, last = tokens[0], tokens[-1]
        while first.is_punct and first.i < last.i:
            first = self.doc[first.i + 1]
        while last.is_punct and last.i > first.i:
            last = self.doc[last.i - 1]
        start, end = first.idx, last.idx + len(last)
        if self._quoted_share(start, end) > 0.5:
            return None
        if attribution.source is not None and start <= attribution.source.start_char < end:
            return None
        return self._attributed("reported", start, end, attribution)

    def _quoted_share(self, start: int, end: int) -> float:
        covered = 0
        index = max(0, bisect.bisect_right(self._quoted_starts, start) - 1)
        while index < len(self.quoted) and self.quoted[index][0] < end:
            q_start, q_end = self.quoted[index]
            covered += max(0, min(end, q_end) - max(start, q_start))
            index += 1
        return covered / max(1, end - start)

    # --- positions ----------------------------------------------------------------------------------------

    def _tokens_between(self, start: int, end: int) -> list[Token]:
        first = bisect.bisect_left(self._token_starts, start)
        last = bisect.bisect_left(self._token_starts, end)
        return [self.doc[i] for i in range(first, last) if not self.doc[i].is_space]

    def _tokens_after(self, position: int, count: int) -> list[Token]:
        """Up to ``count`` tokens after ``position`` in the same sentence and paragraph, before any next quote."""
        first = bisect.bisect_left(self._token_starts, position)
        tokens = []
        for i in range(first, min(len(self.doc), first + count)):
            token = self.doc[i]
            if "\n" in token.text or token.text in ".!?" or self._is_mark(token) or self._in_quote(token.idx):
                break
            if not token.is_space:
                tokens.append(token)
        return tokens

    def _tokens_before(self, position: int, count: int) -> list[Token]:
        last = bisect.bisect_left(self._token_starts, position)
        tokens = []
        for i in range(last - 1, max(-1, last - 1 - count), -1):
            token = self.doc[i]
            if "\n" in token.text or token.text in ".!?" or self._in_quote(token.idx):
                break
            if not token.is_space:
                tokens.append(token)
        return list(reversed(tokens))

    def _is_mark(self, token: Token) -> bool:
        return token.is_quote or token.text in "“”\"«»‘’'"

    def _in_quote(self, position: int) -> bool:
        index = bisect.bisect_right(self._quoted_starts, position) - 1
        return index >= 0 and self.quoted[index][0] <= position < self.quoted[index][1]

    def _paragraph(self, position: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, position) - 1

    def _mention(self, token: Token, width: int = 1) -> Mention:
        last = self.doc[min(len(self.doc) - 1, token.i + width - 1)]
        return Mention(token.idx, last.idx + len(last), self.text[token.idx:last.idx + len(last)])


def _word_boundary(before: str, marker: str) -> bool:
    cut = len(before) - len(marker)
    return cut == 0 or not before[cut - 1].isalnum()
