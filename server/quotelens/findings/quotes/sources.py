"""Source mentions: the words a cue attaches to ('Miller', 'he', 'the ministry', 'a statement from …').

Functions of the QuoteScope and a cue's tokens. Whom a mention stands for is referents.py's job.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotelens.findings.quotes.agents import (controlled_by_object, inverted_object, inverted_subject, inverted_text,
                                             passive_agent, relayed_text)
from quotelens.findings.quotes.joint import first_listed, first_of_subjects
from quotelens.findings.quotes.marks import QuotedSpan
from quotelens.findings.quotes.phrases import name_after, noun_phrase_ending
from quotelens.findings.quotes.scope import QuoteScope, is_mark
from quotelens.findings.quotes.trailing import trailing_subject
from quotelens.findings.written_titles import role_words
from quotelens.language.syntax import RELATIVE_PRONOUNS, SUBJECT_DEPS
from quotelens.language.tree import children, lefts, rights
from quotelens.language.vocabulary import vocabulary

# Dependencies through which a verb without a subject of its own takes its governor's ("Kim informed Putin …,
# adding that …", "went on to say", "was quoted as saying", "pledged … and suggested").
INHERIT_DEPS = {"xcomp", "advcl", "conj", "pcomp", "prep", "acl", "ccomp", "dep", "advmod"}
# Parts of a source noun phrase kept in its mention: "North Korean leader Kim Jong Un", "the official spokesperson".
NAME_PARTS = {"compound", "amod", "det", "poss", "nmod", "nummod", "flat", "case", "punct"}


def source_of(scope: QuoteScope, verb: Token, span: QuotedSpan | None = None) -> Span | None:
    """The mention the cue attaches to: its subject, else the subject it inherits; a text's author for the text."""
    source = _direct_source_of(scope, verb, span)
    if source is None:
        return None
    return _author_of(scope, source) or source


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
             or controlled_by_object(verb))
    if agent is not None and not scope.in_quote(agent.idx):
        return mention_span(agent)
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
            if node.dep_ == "ccomp" and scope.is_cue(node.head, 1) and not is_person_like(scope, inherited):
                # 'The document states that these measures “…” and describes them as …': the parser hung the
                # second verb of saying on the reported clause, whose subject is what is spoken of.
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


def _participle_source(scope: QuoteScope, verb: Token) -> Span | None:
    """Who speaks through a participle on a noun: the noun, unless an active participle sits on a mere thing in a
    phrase on a verb ('he has battled …, at one point calling the mayor a “liar”'): then that verb's subject."""
    noun = verb.head
    speaks = (noun.lemma_.lower() in scope.words.speech_nouns | scope.words.document_nouns
              or noun.lemma_.lower() in vocabulary("cues")["unnamed_heads"] or is_person_like(scope, mention_span(noun)))
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


def subject_of(scope: QuoteScope, verb: Token) -> Token | None:
    """The subject of ``verb`` outside quote marks, a relative clause's noun, a named apposition; None for 'this'."""
    # A subject inside quotation marks is the parser gluing the quote to its cue ("“… We …,” Jordan said").
    # Nor one the parser found across a paragraph break (a live blog's time stamp '2:40 p.m.' over the next entry),
    # whose apposition in the verb's own paragraph is the subject ('2:40 p.m. ¶ Trump's campaign manager says').
    found = children(verb, *SUBJECT_DEPS)
    subjects = [child for child in found if _usable_subject(scope, verb, child)] or [
        name for child in found for name in children(child, "appos") if _usable_subject(scope, verb, name)]
    if not subjects:
        if verb.dep_ == "relcl" and verb.head.pos_ in ("PROPN", "NOUN"):
            return verb.head
        return None
    subject = first_of_subjects(verb, subjects)
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return _person_before_phrase(scope, verb.head) if subject.lower_ == "who" else verb.head
    if subject.lower_ in ("who", "which") and subject.i > 0 and scope.doc[subject.i - 1].pos_ in ("NOUN", "PROPN"):
        # A relative clause the parser did not call one ('turned to the Police Department which reported
        # “…”', parsed as an adverbial clause): the noun right before the pronoun is what it stands for.
        return scope.doc[subject.i - 1]
    if subject.pos_ == "NOUN" or subject.lemma_.lower() in role_words():
        # 'said Kituo Cha Sheria CEO Priscilla Nyokabi', parsed with the title for subject: the name in apposition.
        names = [child for child in children(subject, "appos") if child.pos_ == "PROPN"]
        if names:
            return names[0]
    if subject.lower_ in ("this", "that", "there", "which"):
        return None
    return trailing_subject(verb, subject) or first_listed(subject)


def _usable_subject(scope: QuoteScope, verb: Token, child: Token) -> bool:
    return (not scope.in_quote(child.idx) and scope.paragraph(child.idx) == scope.paragraph(verb.idx)
            and not scope.in_dateline(child)
            and not (child.ent_type_ in ("DATE", "TIME") and child.pos_ in ("PROPN", "NOUN", "ADP")
                     and not _listed_person(scope, child)) and not _lost_object(verb, child))


def _lost_object(verb: Token, child: Token) -> bool:
    """'After Monday's meetings with Kurti, the EU envoy Miroslav Lajcak said': the parser made the opening
    phrase's object the subject and left its preposition on the verb with no object of its own."""
    before = child.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
    return (before is not None and before.dep_ == "prep" and before.head.i == verb.i
            and not children(before, "pobj", "pcomp"))


def _listed_person(scope: QuoteScope, token: Token) -> bool:
    """'Tolentino acknowledged …' with the name tagged a DATE: a name the people finder listed as a person is no
    time stamp, whatever the tagger says."""
    entity = scope.resolver.resolve(scope.doc[token.i:token.i + 1])
    return entity is not None and entity.type == "person"


def _person_before_phrase(scope: QuoteScope, noun: Token) -> Token:
    """'one Democrat familiar with the discussion, who added': the parser hangs 'who' on the nearest noun, inside
    a phrase that describes the person; 'who' stands for a person, so a thing's 'who' goes up to the person the
    phrase hangs on."""
    if is_person_like(scope, mention_span(noun)):
        return noun
    node = noun
    while node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.i != node.head.i:
        node = node.head.head
        if node.pos_ == "ADJ" and node.dep_ == "amod":
            node = node.head
        if node.pos_ in ("PROPN", "NOUN") and is_person_like(scope, mention_span(node)):
            return node
    return noun


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


def mention_span(token: Token) -> Span:
    """The name core of a subject: its left-hand modifiers, without appositions or relative clauses."""
    doc = token.doc
    left = token.i
    for child in lefts(token):
        if child.dep_ in NAME_PARTS and child.dep_ != "punct":
            left = min(left, child.left_edge.i)
    right = token.i
    for child in rights(token):
        if child.dep_ in ("flat", "compound") and child.i == right + 1:
            right = child.i
    while left < token.i and doc[left].is_punct:
        left += 1
    return doc[left:right + 1]


def is_person_like(scope: QuoteScope, source: Span) -> bool:
    """A pronoun, a named person, body or people, a noun that says a person's gender, or a mention the resolver
    ties to someone."""
    root = source.root
    if root.lower_ in scope.resolver.pronoun_gender or root.lower_ in ("i", "we", "they"):
        return True
    if root.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or root.lower_ in scope.words.gendered_nouns:
        return True
    return scope.resolver.resolve(source) is not None
