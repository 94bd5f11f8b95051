"""Who issued a text that speaks: 'A statement by EU Council chief Herman Van Rompuy said', 'the statement says'
after 'X said in a statement', 'read the report' in a story that opens on a body acting; and the body that spoke
last, for a later 'it said'. A statement, document or report is a channel to its issuer, not a speaker
(docs/annotation.md: an organisation speaks when its statement does). Helpers of referents.py."""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotelens.findings.acronyms import name_in_brackets
from quotelens.findings.body_registry import organization_heads
from quotelens.findings.channels import channel_name
from quotelens.findings.organizations import is_organization
from quotelens.findings.quotes.agents import RULINGS
from quotelens.findings.quotes.bodies import acting_body, body_according_to, issuer_of_unowned_text, lead_body
from quotelens.findings.quotes.makers import bare_kind, body_named_after, names_maker, owner_of_outlet
from quotelens.findings.quotes.mentions import mention_span
from quotelens.findings.quotes.scope import QuoteScope
from quotelens.findings.quotes.subjects import subject_of
from quotelens.language.tree import agent_of, children, lefts
from quotelens.language.vocabulary import vocabulary, word_list

# How far back 'the statement says' looks for who made the statement, in tokens.
STATEMENT_LOOKBACK = 400
# Names of one text a body or person issues: 'the communique' or 'the text' after 'X issued a statement' is it.
STATEMENTS = frozenset(word_list("speakers", "issued_texts"))
# A body's texts that, tied to no maker, are the body's the story opens on ('read the report').
LEAD_TEXTS = frozenset(word_list("speakers", "lead_texts"))
# Verbs by which a body makes a ruling ('handed down its decision'), whose subject is the ruling's maker.
ISSUING_VERBS = frozenset(word_list("speakers", "issuing_verbs"))
# A part of a text ('part of the statement', 'an excerpt of the report'), which speaks for the text's maker.
TEXT_PARTS = frozenset(word_list("speakers", "text_parts"))
# Verbs by which someone holds or reads another's text ('seen by Sudans Post'): their agent made no text.
ACCESS_VERBS = frozenset(word_list("speakers", "access_verbs"))
# Entity kinds of a possessor that says when a text was made ("Tuesday's statement"), not who made it.
WHEN_ENTITIES = frozenset({"DATE", "TIME"})
# Verbs by which someone signs a body's text for it ('a statement signed by the chairman'): no maker of the text.
SIGNING_VERBS = frozenset(word_list("speakers", "signing_verbs"))
# How many sentences before its own 'it said' looks back for the body that spoke.
BODY_SENTENCES = 3
# How many sentences are fetched for that look back (quoted ones included).
SENTENCES_BACK = 12


def statement_author(scope: QuoteScope, source: Span) -> Span | None:
    """'A statement by EU Council chief Herman Van Rompuy said …' → Van Rompuy; 'a foreign ministry statement' →
    the ministry; 'the statement says' after 'X said in a statement' → X."""
    root = _whole_text(scope, source.root)
    if root.ent_type_ == "ORG":
        return None  # 'the Washington Post' is a paper, not a post by Washington
    made = _made_by_verb(scope, root)
    if made is not None or not speaks_as_text(scope, root):
        return made
    kind = bare_kind(scope, root)
    if kind is not None:
        # '“…,” the government statement added' after 'France's economy ministry announced in a statement':
        # the statement made before, when there is one; else the kind of body the mention names.
        return _earlier_statement_maker(scope, root) or kind
    named = _named_author(scope, root)
    if named is not None:
        return named
    owner = owner_of_outlet(scope, root)
    if owner is not None:
        return owner
    # 'a statement read out on state television by the spokesman, Colonel Amadou Abdramane' (the parser makes the
    # statement the participle's subject or hangs the participle on it): the one who read or issued it.
    verbs = children(root, "acl")
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ == "VERB":
        verbs.append(root.head)
    agent = next((agent for verb in verbs if (agent := _agent(scope, verb)) is not None), None)
    if agent is not None:
        return agent
    return _earlier_statement_maker(scope, root) or (
        issuer_of_unowned_text(scope, root) if root.lower_ in STATEMENTS else None)


def _whole_text(scope: QuoteScope, root: Token) -> Token:
    """'reads part of the statement released by the federation': the text a part of it belongs to, which speaks
    for the same maker; any other noun is itself."""
    if root.lower_ not in TEXT_PARTS:
        return root
    texts = [g for of in children(root, "prep") if of.lower_ == "of" for g in children(of, "pobj")]
    return texts[0] if texts and texts[0].lemma_.lower() in scope.words.document_nouns else root


def _agent(scope: QuoteScope, verb: Token) -> Span | None:
    """The agent of a participle or passive verb on a text ('a statement read out by the spokesman, Colonel X',
    'the statement released by the Tanzania Football Federation (TFF)'), named by its appositive when it has one."""
    agent = agent_of(verb)
    if agent is None or verb.lemma_.lower() in ACCESS_VERBS | SIGNING_VERBS:
        # 'The report, seen by Sudans Post, also noted': the paper read the report, it did not make it; 'the
        # statement, signed by President X, who chairs ECOWAS': he signed it for the body that issued it.
        return None
    # '… by the spokesman in uniform, Colonel Abdoulaye Maiga': the parser may hang the name on the verb.
    names = [child for child in children(agent, "appos") if child.pos_ == "PROPN"] + [
        child for child in children(verb, "npadvmod", "appos") if child.ent_type_ == "PERSON"
        and child.i > agent.i and scope.doc[child.left_edge.i - 1].text == ","]
    return mention_span(names[0] if names else agent)


def speaks_as_text(scope: QuoteScope, root: Token) -> bool:
    """Say whether a noun is a text that speaks for whoever issued it: one of cues.json's document nouns wherever
    it stands; a ruling or record (speakers.json ruling_texts) only as the subject or inverted object of a verb of
    saying or after 'according to' ('“…,” read the decision', 'the ruling said'; 'This decision has been seen as
    “…”' quotes no text)."""
    lemma = root.lemma_.lower()
    if lemma in scope.words.document_nouns:
        return True
    if lemma not in RULINGS:
        return False
    head = root.head
    if head.lemma_.lower() in scope.words.speech_verbs and head.pos_ == "VERB":
        return root.dep_ == "nsubj" or root.dep_ == "dobj" and root.i > head.i
    return root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


def _named_author(scope: QuoteScope, root: Token) -> Span | None:
    """The maker a text's own words name: "Van Rompuy's statement", "a foreign ministry statement", "a fact sheet
    from the State Department"."""
    for child in children(root, "poss", "compound", "prep"):
        if child.dep_ == "poss" and child.ent_type_ in WHEN_ENTITIES:
            continue  # "Tuesday's statement" says when it was made, not who made it
        if child.dep_ == "poss" and (child.pos_ == "PROPN" or is_organization(scope.doc[child.i:child.i + 1])
                                     or child.lower_ in scope.resolver.pronoun_gender):
            return mention_span(child)  # "Van Rompuy's statement", "the council's statement", "His tweet stated"
        if (child.dep_ == "compound" and (child.i == root.i - 1 or child.pos_ == "PROPN")
                and is_organization(scope.doc[child.i:child.i + 1])):
            return mention_span(child)  # "a foreign ministry statement", "a Council press release"
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            authors = children(child, "pobj") or []
            if authors and (authors[0].pos_ == "PROPN" or is_organization(scope.doc[authors[0].i:authors[0].i + 1])):
                return mention_span(authors[0])
            named = body_named_after(scope, child)
            if named is not None:
                return named
    return None


def _earlier_statement_maker(scope: QuoteScope, root: Token) -> Span | None:
    """'the statement says' after 'X said in a statement' → X; 'the statement' after 'according to the British
    statement' → that statement; 'The Foreign Ministry condemned the strike. “…,” the statement said' → the body
    that spoke last; 'read the decision' after 'The committee handed down its decision' → the committee."""
    if root.lower_ not in STATEMENTS and root.lower_ != "letter":
        maker = _earlier_ruling_maker(scope, root)
        if maker is not None:
            return maker
    if (root.lower_ in STATEMENTS or root.lower_ == "letter") and root.i > 0:
        for token in reversed(scope.doc[max(0, root.i - STATEMENT_LOOKBACK):root.i]):
            # The last statement someone made: 'Peters said in a statement' / 'issued a statement'; 'the text' and
            # 'the communique' are that statement too, a letter only a letter.
            if scope.in_quote(token.idx) or not (token.lemma_.lower() == root.lemma_.lower()
                                                 or {token.lower_, root.lower_} <= STATEMENTS):
                continue
            if token.left_edge.i <= root.i <= token.right_edge.i:
                continue  # 'the French text of Tuesday's statement': the same text, not one made before
            verb = token.head.head if token.dep_ == "pobj" else token.head if token.dep_ == "dobj" else None
            subject = subject_of(scope, verb) if verb is not None and verb.pos_ == "VERB" else None
            if subject is not None and subject.pos_ != "PRON":
                return mention_span(subject)
            if names_maker(scope, token):
                # 'the statement' after 'according to the British statement'; 'The document states' after
                # 'The statement from the Foreign Ministry denounces'.
                return mention_span(token)
        if root.lower_ in STATEMENTS and root.i > 0 and _definite(root):
            # 'The Foreign Ministry condemned the strike. “…,” the statement said': the body that spoke last; 'the
            # communiqué' or 'the release' only a body's (a person who 'wrote a letter' made no communiqué).
            body = body_that_spoke(scope, root)
            if body is not None and (root.lower_ == "statement" or is_organization(body)):
                return body
    if (root.lower_ in LEAD_TEXTS or root.lemma_.lower() in RULINGS) and root.i > 0 and _definite(root):
        # 'read the report', 'read the decision', a body's text the article ties to no one before: the body the
        # story opens on acting ('The AIFF disciplinary committee on Sunday handed two-match suspensions').
        return lead_body(scope, root)
    return None


def _definite(text: Token) -> bool:
    """Say whether a text is one the reader already knows: 'the statement', or 'Tuesday's statement' (a day's
    text, the one of that day)."""
    return any(t.lower_ == "the" or t.dep_ == "poss" and t.ent_type_ in WHEN_ENTITIES for t in lefts(text))


def _made_by_verb(scope: QuoteScope, root: Token) -> Span | None:
    """'Egypt late yesterday proposed a truce … “…,” the proposal said': a definite text named after an act of
    saying is the act the article told before, by the same verb; its subject made it (not a pronoun's, nor inside
    quotes, and no further back than the last such verb)."""
    verb_form = vocabulary("speakers")["text_verbs"]["values"].get(root.lemma_.lower())
    if verb_form is None or root.i == 0 or not any(t.lower_ == "the" for t in lefts(root)):
        return None
    for token in reversed(scope.doc[max(0, root.i - STATEMENT_LOOKBACK):root.i]):
        if token.pos_ == "VERB" and token.lemma_.lower() == verb_form and not scope.in_quote(token.idx):
            subject = subject_of(scope, token)
            return mention_span(subject) if subject is not None and subject.pos_ != "PRON" else None
    return None


def _earlier_ruling_maker(scope: QuoteScope, root: Token) -> Span | None:
    """'the decision' after 'the committee handed down its decision' or 'the ministry's decision to ban', 'the
    resolution' after 'The Security Council adopted a resolution': the maker of the same kind of text named before,
    by its own words or a verb of issuing (not 'upheld the decision', which acts on another's)."""
    for token in reversed(scope.doc[max(0, root.i - STATEMENT_LOOKBACK):root.i]):
        if scope.in_quote(token.idx) or token.lemma_.lower() != root.lemma_.lower():
            continue
        named = _named_author(scope, token)
        if named is not None:
            return named
        # 'according to a report issued Thursday by the Ministry of Defense', then 'the report stated': the agent of
        # a verb of issuing on the earlier text ('a report seen by a newspaper' was not made by the paper).
        issuer = next((agent for verb in children(token, "acl") if verb.lemma_.lower() in ISSUING_VERBS
                       and (agent := _agent(scope, verb)) is not None), None)
        if issuer is not None:
            return issuer
        # 'the ministry issued a report', 'the mission reported in a sanctions implementation report': whoever made
        # the earlier text by a verb of issuing, or spoke in it.
        verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "in" else token.head
        if (token.dep_ == "dobj" and verb.lemma_.lower() in ISSUING_VERBS
                or token.dep_ == "pobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in scope.words.speech_verbs):
            subject = subject_of(scope, verb)
            if subject is not None and subject.pos_ != "PRON":
                return mention_span(subject)
    return None


def _issues_text(scope: QuoteScope, verb: Token) -> bool:
    """'The ministry issued a statement': a verb whose object is a text speaks through it."""
    return any(child.lemma_.lower() in scope.words.document_nouns for child in children(verb, "dobj"))


def _speaks_in_text(scope: QuoteScope, verb: Token) -> bool:
    """'X said in the statement', 'X issued a statement': the verb's words are a text that 'it' can stand for."""
    texts = children(verb, "dobj") + [g for prep in children(verb, "prep") if prep.lower_ == "in"
                                      for g in children(prep, "pobj")]
    return any(text.lemma_.lower() in scope.words.document_nouns for text in texts)


def defined_body(scope: QuoteScope, mention: Span) -> str | None:
    """'The Papua New Guinea Football Association (PNGFA) … PNGFA said', 'the South African Football Association
    (Safa) … Safa said': the body whose short name the article defined in brackets after its name, for a one-word
    mention the tagger may tag nothing or a person; None for anything else ('Mohammed bin Salman (MBS)' names no
    body)."""
    word = mention.root.text
    if len(mention) != 1 or len(word) < 2 or not word.isalpha() or not word[:1].isupper():
        return None
    name = name_in_brackets(scope.text, word, before=mention.start_char)
    return name if name is not None and name.split()[-1].lower() in organization_heads() else None


def body_that_spoke(scope: QuoteScope, pronoun: Token, people_stop: bool = False) -> Span | None:
    """'“…,” it added' after 'the agency said in a statement' or 'the ministry issued a statement': the
    organisation (or statement) that spoke last, within three sentences; an outlet that reports it is a channel,
    not the body ('the EU Council said in a statement, News.Az reports'). ``people_stop``: a personal pronoun
    subject of a verb of saying ends the search ('She and her defenders argue … They note' are not the body
    before them)."""
    for count, sentence in enumerate(scope.sentences_back(pronoun, SENTENCES_BACK)):
        if count > BODY_SENTENCES:
            return None
        for verb in [t for t in sentence if t.i < pronoun.i and t.pos_ == "VERB" and not scope.in_quote(t.idx)
                     and (t.lemma_.lower() in scope.words.speech_verbs or _issues_text(scope, t))][::-1]:
            subject = subject_of(scope, verb)
            if people_stop and subject is not None and subject.pos_ == "PRON" and subject.lower_ != "it":
                return None
            if (subject is None or subject.left_edge.i <= pronoun.i <= subject.right_edge.i
                    or subject.pos_ == "PRON" or subject.dep_ == "nsubjpass"):
                # 'a state of emergency was declared' names no one who spoke; 'said the French text of Tuesday's
                # statement' is the statement itself speaking, not one that spoke before it.
                continue
            mention = mention_span(subject)
            if channel_name(mention) is not None:
                continue
            if subject.lemma_.lower() in scope.words.document_nouns:
                # '“…,” the statement said. “…,” it said': the same text, whose maker its own rules find.
                return mention
            author = statement_author(scope, mention)
            mention = author or mention
            # 'Spokesman X said in the statement. It added …': 'it' is the statement, which is X's.
            return mention if (is_organization(mention) or _speaks_in_text(scope, verb)
                               or defined_body(scope, mention) is not None) else None
        body = body_according_to(scope, sentence, pronoun.i) or (acting_body(scope, sentence) if count == 1 else None)
        if body is not None:
            return body
    return None
