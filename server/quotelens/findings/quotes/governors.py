"""The cue a quote hangs on in the parse: the nearest verb of saying that governs its words (or hangs on them)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotelens.findings.organizations import is_organization
from quotelens.findings.quotes.attribution import Attribution, Earlier, names_a_thing, names_someone_present
from quotelens.findings.quotes.marks import QuotedSpan
from quotelens.findings.quotes.mentions import is_person_like
from quotelens.findings.quotes.phrases import name_after
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.quotes.sources import source_of, spoken_of, standing_for
from quotelens.findings.quotes.subjects import subject_of
from quotelens.findings.written_titles import role_words
from quotelens.language.syntax import RELATIVE_PRONOUNS, SUBJECT_DEPS
from quotelens.language.entities import entity_of
from quotelens.language.tree import children

# How many dependency steps an embedded quote may sit below its cue ("stated that there is a “possibility”" is 2;
# "informed Putin that Russia will emerge triumphant in the struggle to “punish …”" is 6).
MAX_CUE_DISTANCE = 7
# How many clauses above its own verb a pronoun source looks for the verb of saying that reports it, with the
# same pronoun for a subject ('He says he would release …, calling them “…”').
OUTER_REPORTER_STEPS = 4
# The clause links through which a verb's clause is what a verb above it says (not 'and' joining two clauses of
# one subject: 'He voiced a wish …, and he pronounced Peña Nieto “a friend”').
REPORTED_DEPS = {"ccomp", "xcomp", "advcl"}
# Subordinators of time, reason and condition ('Iran “…” if it does not respond by Tuesday, the ministry said');
# 'as' is left out ('“…,” as he put it' is a cue).
EVENT_MARKS = {"when", "after", "before", "while", "because", "since", "until", "once", "whenever", "if", "unless"}


def cue_by_dependency(scope: QuoteScope, span: QuotedSpan, inside: list[Token], earlier: Earlier,
                      max_steps: int = MAX_CUE_DISTANCE) -> Attribution | None:
    """Climb from the quote's words to the nearest verb of saying that governs them (or hangs on them).

    Cues are tried nearest first; the first with a source wins ("urging those calling for X to “…”" goes past
    the subjectless "calling" to "urging"), else the nearest cue stands alone.
    """
    inside_ids = {token.i for token in inside}
    # The parser may run a sentence on across a paragraph break; a cue must share a paragraph with the quote.
    first = scope.paragraph_starts[scope.paragraph(span.open)]
    following = scope.paragraph(span.close) + 1
    last = scope.paragraph_starts[following] if following < len(scope.paragraph_starts) else len(scope.text)
    found: dict[int, tuple[int, int, Token]] = {}
    for token in inside:
        if token.is_punct:
            continue
        if token.head.i not in inside_ids:
            node, steps = token.head, 1
            while steps <= max_steps:
                sibling = earlier.quote_at(node.idx) if steps <= 2 and first <= node.idx else None
                if sibling is not None:
                    # A list of quoted words under one cue: 'called him a "nasty guy," an "anchor baby"'.
                    return Attribution(sibling.cue, standing_for(scope, scope.span_of(sibling.source)))
                if (first <= node.idx < last and not scope.in_quote(node.idx) and scope.is_cue(node, steps)
                        and not is_later_event(node, span)):
                    found.setdefault(node.i, (steps, abs(node.idx - span.open), node))
                for aside in _parenthetical_cues(scope, node, first, last):
                    # 'Mr. Obama said, a majority have come to believe “…”': the inserted 'X said' frames the
                    # whole sentence, so it ranks with the verbs of saying above any verb of thinking.
                    found.setdefault(aside.i, (steps + 1, abs(aside.idx - span.open), aside))
                if node.head.i == node.i:
                    break
                node, steps = node.head, steps + 1
        for child in children(token):
            # "“…,” he said" is sometimes parsed with "said" hanging on the quoted verb.
            if (child.i not in inside_ids and first <= child.idx < last and not scope.in_quote(child.idx)
                    and scope.is_cue(child, 1) and not is_later_event(child, span)):
                found.setdefault(child.i, (1, abs(child.idx - span.open), child))
    # A verb of saying outranks a verb of thinking on the same path: "He says he believes it has “…”" is
    # attributed by "says". Not one heading a relative clause the quote sits in ("said Ervin, who thinks his
    # staff “need …”"): that clause is the writer's, not the content of the verb of saying.
    candidates = sorted(found.values(), key=lambda entry: (
        scope.is_stance(entry[2]) and not _relative_clause_over(entry[2], inside), *entry[:2]))
    # The nearest cue whose source names a person, or someone present unnamed ('Cruz said as the heckler yelled:
    # “…”'), wins; else the nearest with any source ('the advertisement “unmistakably” suggests' inside 'Holm said
    # that …' is Holm's wording).
    attributions = []
    for _, _, verb in candidates:
        source = source_of(scope, verb, span) or _named_after_quote(scope, verb, span)
        if source is not None and len(candidates) > 1 and spoken_of(verb, source.root):
            continue  # 'X will be declared “persona non grata,” the government said': the cue above speaks
        if source is not None:
            attributions.append(Attribution(scope.mention(verb), source))
    for index, attribution in enumerate(attributions):
        if _echoes_earlier(scope, attribution, attributions[:index]):
            continue
        if is_person_like(scope, attribution.source) or _someone_present_speaks(scope, attribution):
            return _person_reporting_country(scope, attribution, attributions[index + 1:]) or attribution
    if attributions:
        # 'An EU statement said the new sanction specified that “…”': a thing that 'specifies' says nothing; a text
        # or a body whose words report it does (not anyone else the parse offers).
        if names_a_thing(scope, attributions[0].source):
            return next((a for a in attributions if _text_or_body(scope, a.source)), attributions[0])
        return attributions[0]
    return Attribution(scope.mention(candidates[0][2]), None) if candidates else None


def _someone_present_speaks(scope: QuoteScope, attribution: Attribution) -> bool:
    """'a woman in Worcester told him she worries he's “too nice”': a verb of saying whose subject is someone there,
    unnamed; not a verb of thinking or a relative clause that only describes them ('voters who wonder why …')."""
    verb = scope.cue_word(attribution.cue)
    relative = verb.dep_ == "relcl" or any(child.lower_ in RELATIVE_PRONOUNS for child in children(verb, *SUBJECT_DEPS))
    return names_someone_present(attribution.source) and not scope.is_stance(verb) and not relative


def _named_after_quote(scope: QuoteScope, verb: Token, span: QuotedSpan) -> Span | None:
    """'“…,” Trump, the 2016 GOP presidential frontrunner …, said': the parser glued the cue's subject to the quoted
    words, so the cue has none outside them; the person named right after the closing mark, set off by a comma
    before the cue of its own sentence, speaks."""
    if verb.idx <= span.close:
        return None
    after = scope.tokens_after(span.close + 1, 8)
    while after and after[0].is_punct:
        after.pop(0)
    name = name_after(scope, after)
    if name is None or name.end >= len(scope.doc) or scope.doc[name.end].text != "," or name.end >= verb.i:
        name = _name_after_title(scope, after, verb)
    if name is None:
        return None
    if scope.sentence_of(verb).start != scope.sentence_of(name.root).start or not is_person_like(scope, name):
        return None
    return name


def _name_after_title(scope: QuoteScope, after: list[Token], verb: Token) -> Span | None:
    """'“…,” senior researcher at the Danish Institute for International Studies (DIIS), Flemming Splidsboel, has
    told Jyllands-Posten': a title phrase, with no verb of its own, then the name set off by commas before the cue."""
    start = after[0].i if after else verb.i
    for token in scope.doc[start:verb.i]:
        if token.pos_ in ("VERB", "AUX"):
            return None
        if token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and scope.doc[token.i - 1].text == ",":
            name = entity_of(token)
            followed = name.end < verb.i and scope.doc[name.end].text == ","
            return name if followed and token.i > start else None
    return None


def _person_reporting_country(scope: QuoteScope, attribution: Attribution,
                              farther: list[Attribution]) -> Attribution | None:
    """'Trump said China agreed to a “very substantial phase one deal”', 'Japan and South Korea agreed … “at various
    levels” …, Foreign Minister Kishida said': a country acting in the clause a named person's verb of saying reports
    is what the person speaks of; the person, whose words the article gives, speaks."""
    verb = scope.cue_word(attribution.cue)
    # 'Ned Price said they were not, describing them as routine sanctions “hygiene”': a participle that takes its
    # subject, 'they', from the reported clause is the reporter's description, as a country's act is his report.
    inherited_they = attribution.source.root.lower_ == "they" and verb.tag_ == "VBG" and not children(
        verb, "nsubj")
    if attribution.source.root.ent_type_ != "GPE" and not inherited_they:
        return None
    for outer in farther:
        reporter = scope.cue_word(outer.cue)
        if scope.is_stance(reporter) or _reported_clause(verb, reporter) is None:
            continue
        person = scope.resolver.resolve(outer.source)
        office = outer.source.root.lower_ in role_words() and outer.source.root.tag_ in ("NN", "NNP")
        if person is not None and person.type != "group" or office:
            return outer  # 'The Foreign Affairs Minister says New Zealand …, describing it as “…”': an office too
    return None


def _reported_clause(verb: Token, reporter: Token) -> Token | None:
    """The clause ``reporter`` reports ('agreed' of 'Trump said China agreed') that holds ``verb``, if any: the
    verb itself or one a few links below it ('agreed … to continue')."""
    node = verb
    for _ in range(OUTER_REPORTER_STEPS):
        if node.head.i == reporter.i:
            return node if node.dep_ == "ccomp" else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _text_or_body(scope: QuoteScope, source: Span) -> bool:
    return source.root.lemma_.lower() in scope.words.document_nouns or is_organization(source)


def _relative_clause_over(verb: Token, inside: list[Token]) -> bool:
    """The verb heads a relative clause that holds the quoted words."""
    return verb.dep_ == "relcl" and any(verb in token.ancestors for token in inside)


def is_later_event(cue: Token, span: QuotedSpan) -> bool:
    """A verb of saying after the quote in a time or reason clause ('“…,” when Clinton blasted him') tells
    when or why the quote was said, and one answering it ('“…” To which she said, “…”') is the next
    speaker's: neither says who said the quote."""
    if cue.idx <= span.close:
        return False
    for child in children(cue, "mark", "advmod", "prep"):
        if child.dep_ in ("mark", "advmod") and child.lower_ in EVENT_MARKS:
            return True
        if child.dep_ == "prep" and any(grandchild.lower_ == "which" for grandchild in children(child)):
            return True
    return False


def _parenthetical_cues(scope: QuoteScope, node: Token, first: int, last: int) -> list[Token]:
    """Verbs of saying set into the clause as an aside ('…, he said, …'), outside any quote."""
    return [child for child in children(node, "parataxis")
            if first <= child.idx < last and not scope.in_quote(child.idx)
            and child.lemma_.lower() in scope.words.speech_verbs and scope.is_cue(child, 1)
            and subject_of(scope, child) is not None]


def _echoes_earlier(scope: QuoteScope, attribution: Attribution, earlier: list[Attribution]) -> bool:
    """'Demonstrators said they want “…”': a verb of thinking whose subject is a pronoun, inside what a verb
    of saying reports, refers back to that verb's subject, which is the better-named source."""
    verb = scope.cue_word(attribution.cue)
    if not scope.is_stance(verb) or attribution.source.root.pos_ != "PRON":
        return False
    for other in earlier:
        speech = scope.cue_word(other.cue)
        if not scope.is_stance(speech) and speech.i != verb.i and speech in verb.ancestors:
            return True
    return False


def outer_reporter(scope: QuoteScope, span: QuotedSpan, attribution: Attribution) -> Attribution:
    """'He says he would release his returns on Friday, calling them “…”', 'She said she asked the question “…”':
    a pronoun source whose clause is what a verb of saying above it reports, with the same pronoun for its own
    subject, is that verb's subject: the reporter's cue and mention frame the quote (PolNeAR marks the outer one,
    and the outer pronoun is resolved before its sentence names anyone else: 'He told Putin that he …'). A
    different subject on the way up ('Kim told Putin that …, adding that he will “…”') keeps the inner one; so
    does a cue after the quote ('“…,” he added': the parser may hang it on the sentence before)."""
    source = attribution.source
    if (source is None or len(source) != 1 or source.start_char > span.open
            or source.root.lower_ not in scope.resolver.pronoun_gender and source.root.lower_ not in ("i", "we")):
        return attribution
    node = source.root.head
    for _ in range(OUTER_REPORTER_STEPS):
        if node.dep_ not in REPORTED_DEPS or node.head.i == node.i:
            return attribution
        below, node = node, node.head
        subjects = [child for child in children(node, "nsubj") if not scope.in_quote(child.idx)]
        if not subjects:
            continue
        outer = subjects[0]
        # 'Where he used to boast that he had …': a verb of saying under 'used to', 'went on to' takes their subject.
        cue = below if below.dep_ == "xcomp" and _says(scope, below) and not _says(scope, node) else node
        if (outer.lower_ == source.root.lower_ and outer.i < source.root.i and cue.pos_ == "VERB"
                and scope.paragraph(outer.idx) == scope.paragraph(span.open) and _says(scope, cue)
                and not scope.in_quote(cue.idx)):
            return Attribution(scope.mention(cue), scope.doc[outer.i:outer.i + 1])
        return attribution
    return attribution


def _says(scope: QuoteScope, verb: Token) -> bool:
    return verb.lemma_.lower() in scope.words.speech_verbs
