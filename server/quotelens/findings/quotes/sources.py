"""Source mentions: the words a cue attaches to ('Miller', 'he', 'the ministry', 'a statement from …').

Functions of the QuoteScope and a cue's tokens. A verb's own subject is subjects.py's job, a mention's words
mentions.py's, and whom a mention stands for referents.py's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotelens.findings.channels import channel_name
from quotelens.findings.organizations import is_organization
from quotelens.findings.quotes.agents import (RELAYING_VERBS, controlled_by_object, inverted_object, inverted_subject,
                                              inverted_text, inverted_titled_name, passive_agent, relayed_as_saying,
                                              relayed_text)
from quotelens.findings.quotes.marks import QuotedSpan
from quotelens.findings.quotes.mentions import is_person_like, mention_span
from quotelens.findings.quotes.phrases import name_after, noun_phrase_ending
from quotelens.findings.quotes.scope import QuoteScope, is_mark
from quotelens.findings.quotes.subjects import subject_of
from quotelens.language.syntax import RELATIVE_PRONOUNS, SUBJECT_DEPS
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary

# Dependencies through which a verb without a subject of its own takes its governor's ("Kim informed Putin …,
# adding that …", "went on to say", "was quoted as saying", "pledged … and suggested").
INHERIT_DEPS = {"xcomp", "advcl", "conj", "pcomp", "prep", "acl", "ccomp", "dep", "advmod"}


def source_of(scope: QuoteScope, verb: Token, span: QuotedSpan | None = None) -> Span | None:
    """The mention the cue attaches to: its subject, else the subject it inherits; a text's author for the text."""
    source = _direct_source_of(scope, verb, span)
    if source is None:
        return None
    return _author_of(scope, source) or source


def spoken_of(verb: Token, subject: Token) -> bool:
    """'Ben Gvir and Smotrich will be declared “persona non grata”, the Slovenian government said', 'he was told
    “…”': the subject of a passive verb of saying is whom the words are said of or to, not who says them (a cue
    above it names the speaker: governors.py); a verb that relays words ('he was quoted: “…”') excepted."""
    return (subject.dep_ == "nsubjpass" and subject.head.i == verb.i and verb.pos_ == "VERB"
            and verb.lemma_.lower() not in RELAYING_VERBS)


def _author_of(scope: QuoteScope, source: Span) -> Span | None:
    """'Trump issued a statement saying …': the subject of the verb that has the text as its object."""
    text = source.root
    if text.pos_ != "NOUN" or text.lemma_.lower() not in scope.words.document_nouns or text.dep_ != "dobj":
        return None
    if text.head.pos_ != "VERB" or scope.in_quote(text.head.idx):
        return None
    if scope.quoted_share(text.head.idx, text.idx) > 0:
        return None  # 'The officials had a role “…”, a Council press release stressed': the parse ran over a quote
    author = subject_of(scope, text.head)
    if author is None or author.i == text.i or author.lower_ in RELATIVE_PRONOUNS:
        return None
    return mention_span(author)


def _direct_source_of(scope: QuoteScope, verb: Token, span: QuotedSpan | None = None) -> Span | None:
    agent = (passive_agent(verb, scope.words.speech_verbs) or relayed_text(verb, scope.words.document_nouns)
             or inverted_subject(verb) or inverted_object(verb) or inverted_text(verb, scope.words.document_nouns)
             or controlled_by_object(verb) or relayed_as_saying(verb))
    if agent is not None and not scope.in_quote(agent.idx):
        return mention_span(agent)
    titled = inverted_titled_name(verb)
    if titled is not None:
        return titled
    subject = subject_of(scope, verb)
    if subject is not None:
        # '“…” but to take the lead in advertising, says Evan Tracey': a thing the parser made the subject of an
        # inverted cue gives way to the person named right after the verb.
        after = (name_after(scope, scope.tokens_after(verb.idx + len(verb), 6)) if span is not None
                 and span.close < verb.idx and subject.i < verb.i and scope.doc[verb.i - 1].text == "," else None)
        inverted = after is not None and after[0].ent_type_ == "PERSON" and not is_person_like(scope, mention_span(
            subject))
        return after if inverted else mention_span(subject)
    named = _name_just_before(scope, verb)
    if named is not None:
        return named
    node, steps = verb, 0
    while node.dep_ in INHERIT_DEPS and node.head.i != node.i and steps < 4:
        node, steps = node.head, steps + 1
        if scope.paragraph(node.idx) != scope.paragraph(verb.idx):
            break  # the parser ran on over a paragraph break: a subject is never inherited across one
        if node.pos_ == "ADP":
            continue
        subject = subject_of(scope, node)
        if subject is not None:
            inherited = mention_span(subject)
            if node.dep_ == "ccomp" and scope.is_cue(node.head, 1) and not is_person_like(scope, inherited) \
                    and not (is_organization(inherited) and _reported_by_outlet(scope, node.head)):
                # 'The document states that these measures “…” and describes them as …': the parser hung the
                # second verb of saying on the reported clause, whose subject is what is spoken of. A body that
                # acts in what an outlet reports speaks ('The government labelled them …, accusing them of “…”,
                # the Times reported': the outlet relays, S25(c)).
                continue
            return _nearer_pronoun(scope, verb, span, inherited) or inherited
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.i > verb.head.i:
        # 'a statement calling the test “a clear violation”': the noun the participle describes speaks; not a
        # noun a passive participle describes ('an interview published Monday') or a mere thing ('at one point
        # calling the mayor a “liar”', where the clause's subject speaks).
        participle = _participle_source(scope, verb)
        if participle is not None:
            return participle
    root = scope.sentence_of(verb).root
    if verb.dep_ not in SUBJECT_DEPS or root.i == verb.i or scope.in_quote(root.idx):
        return _name_before(scope, verb)
    # The parser made the cue the subject of the quoted verb ('shared the news, writing “Feels great …”'):
    # the sentence's own subject speaks.
    subject = subject_of(scope, root)
    return mention_span(subject) if subject is not None else None


def _reported_by_outlet(scope: QuoteScope, verb: Token) -> bool:
    """Say whether ``verb``'s subject is a news outlet or channel ('Reuters reported', 'state television said')."""
    subject = subject_of(scope, verb)
    # The whole phrase: 'the Times of Israel' is an outlet, its head's mention 'the Times' may be a body's.
    return subject is not None and channel_name(verb.doc[subject.left_edge.i:subject.right_edge.i + 1]) is not None


def _participle_source(scope: QuoteScope, verb: Token) -> Span | None:
    """Who speaks through a participle on a noun: the noun, unless an active participle sits on a mere thing in a
    phrase on a verb ('he has battled …, at one point calling the mayor a “liar”'): then that verb's subject."""
    noun = verb.head
    speaks = (noun.lemma_.lower() in scope.words.speech_nouns | scope.words.document_nouns
              or noun.lemma_.lower() in vocabulary("cues")["unnamed_heads"]
              or is_person_like(scope, mention_span(noun)))
    # 'took the opportunity to say “…”': an infinitive on a mere thing a verb takes says what that verb's subject
    # says.
    verb_above = (noun.head.head if verb.tag_ == "VBG" and noun.dep_ == "pobj" and noun.head.dep_ == "prep" else
                  noun.head if verb.tag_ == "VB" and noun.dep_ == "dobj" else None)
    if not speaks and verb_above is not None and verb_above.pos_ in ("VERB", "AUX"):
        subject = subject_of(scope, verb_above)
        return mention_span(subject) if subject is not None else None
    return mention_span(noun)


def _name_just_before(scope: QuoteScope, verb: Token) -> Span | None:
    """'footage of Hillary Clinton asking, “…”': a participle right after a person's name is that person's
    speech, whatever the parser hung it on (it often climbs to 'uses' and credits 'The ad')."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    name = scope.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or scope.in_quote(name.idx):
        return None
    # 'a message on Twitter reading “…”': the tagger's PERSON must be a person the people finder listed.
    entity = scope.resolver.resolve(scope.doc[name.i:name.i + 1])
    if entity is None or entity.type != "person":
        return None
    return mention_span(name)


def _name_before(scope: QuoteScope, verb: Token) -> Span | None:
    """A parse that lost the subject: take the name right before the verb ('…,” Ramos, 58, told AFP',
    '…, her adviser, Jake Sullivan, said:')."""
    tokens = scope.tokens_before(verb.idx, 12)
    while tokens and tokens[-1].head.i == verb.i and tokens[-1].pos_ == "AUX":
        tokens = tokens[:-1]  # '…, Tigran Balayan has said': the verb's own auxiliaries are no part of the name
    marks = [i for i, token in enumerate(tokens) if is_mark(token)]
    if marks:
        tokens = tokens[marks[-1] + 1:]
    set_off = bool(tokens) and tokens[-1].text == ","
    if set_off:
        commas = [i for i, token in enumerate(tokens[:-1]) if token.text == ","]
        if commas and len(tokens) - commas[-1] <= 6:
            between = tokens[commas[-1] + 1:-1]
            named = any(t.pos_ == "PROPN" for t in between) and between[0].pos_ != "ADP"
            tokens = between if named else tokens[:commas[-1]]  # ', 58,', ', in Kentucky,' are asides to skip
        else:
            tokens = tokens[:-1]
    governor = next((t for t in reversed(tokens) if t.pos_ in ("VERB", "AUX")), None)
    aside = _name_before_aside(scope, governor) if set_off and governor is not None else None
    if aside is not None:
        return aside
    tokens = [t for t in tokens if governor is None or t.i > governor.i]
    name = noun_phrase_ending(scope, tokens)
    if name is None or not is_person_like(scope, name):
        return None
    if governor is not None and (name.root.head.i == governor.i and name.root.dep_ in ("dobj", "dative")
                                 or name.root.dep_ == "pobj" and name.root.head.head.i == governor.i):
        # 'Hollande said Tuesday in Paris, noting “…”', 'Ramos told AFP, adding “…”': where and to whom the verb
        # before said it; its subject said it.
        return mention_span(subject) if (subject := subject_of(scope, governor)) is not None else None
    return name


def _name_before_aside(scope: QuoteScope, participle: Token) -> Span | None:
    """'Mr. Trump, asked about the deaths of journalists under Mr. Putin, had said, “…”': a participle set off by
    commas between a name and the cue is an aside on that name, the cue's subject; the names inside it are what
    the aside is about."""
    participial = participle.tag_ in ("VBN", "VBG") or participle.dep_ in ("advcl", "acl")  # 'asked' read as VBD
    if not participial or participle.i < 2 or scope.doc[participle.i - 1].text != ",":
        return None
    name = scope.doc[participle.i - 2]
    if name.pos_ != "PROPN" or scope.in_quote(name.idx):
        return None
    mention = mention_span(name)
    return mention if is_person_like(scope, mention) else None


def _nearer_pronoun(scope: QuoteScope, verb: Token, span: QuotedSpan | None, inherited: Span) -> Span | None:
    """'Kim informed Putin …, adding that he will “…”': the pronoun between cue and quote is the mention."""
    if span is None:
        return None
    resolver = scope.resolver
    inside = scope.tokens_between(span.start, span.end)
    for token in inside[:1]:
        node = token.head
        while node.i != verb.i and node.head.i != node.i:
            for child in children(node, *SUBJECT_DEPS):
                if (child.lower_ in resolver.pronoun_gender
                        and not scope.in_quote(child.idx)):
                    pronoun = scope.doc[child.i:child.i + 1]
                    target = resolver.resolve(inherited)
                    if target is not None and resolver.resolve(pronoun) is target:
                        return pronoun
            node = node.head
    return None


def standing_for(scope: QuoteScope, mention: Span) -> Span:
    """The noun a relative pronoun mention stands for ('Rubio' for the 'who' of 'Rubio, who said'), else itself."""
    root = mention.root
    if len(mention) == 1 and root.lower_ in RELATIVE_PRONOUNS and root.head.dep_ == "relcl":
        relative_subject = subject_of(scope, root.head) if root.dep_ in SUBJECT_DEPS else None
        return mention_span(relative_subject or root.head.head)
    return mention
