"""Whether a country named near an office acts on the office's holder, or is what the holder acts on or speaks of,
rather than owning the office: "the US' decision to slap sanctions on State Security Minister Owen Ncube" names the
United States, but Ncube is Zimbabwe's (places.py's country_for skips such countries)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotelens.findings.people.roles import ROLES
from quotelens.findings.people.titles import canonical_head
from quotelens.language.entities import entity_starting_at
from quotelens.language.tree import children

# Dependencies of a country named as the owner or actor of something: possessive, subject, modifier.
OWNER_DEPS = {"poss", "nsubj", "nsubjpass", "compound", "amod", "nmod"}
# Of those, the ones that make the country the actor or owner itself ("Egypt seeks", "Egypt's position"), which
# tie an office more surely than a country modifying a thing ("the Sudanese crisis").
ACTOR_DEPS = {"poss", "nsubj", "nsubjpass"}
# Prepositions whose object is the author of an act: "a statement issued by the Egyptian Foreign Ministry".
AGENT_LINKS = {"by", "from"}
# Dependencies that make a word the object of what its head does: "sanctions on X", "restricted visas".
_OBJECT_DEPS = {"dobj", "pobj", "dative"}
# Dependencies from a title up to the name of its holder: "President Cyril Ramaphosa", "Owen Ncube, the minister".
HOLDER_DEPS = {"compound", "appos", "flat", "nmod"}
# Dependencies of what a holder's verb acts on or states: "described the decision of ...", "said the policy ...".
_SAID_DEPS = {"dobj", "ccomp", "dative"}


def acts_on(doc: Doc, offset: int, title: Token) -> bool:
    """Whether the country named at character ``offset`` acts on the office's holder rather than owns it: the
    title is the object of what the country does ("The United States restricted visas ... in the government of
    President Daniel Ortega", "the US' decision to slap sanctions on State Security Minister Owen Ncube")."""
    named = entity_starting_at(doc, offset)
    if named is None or canonical_head(named.root.head) is not None:
        return False  # "Zimbabwe's senior officials, including President Emmerson Mnangagwa": its own office
    governor, token, acted_on = _acting_clause(named, title).i, title, False
    while token.i != governor and token.head.i != token.i:
        acted_on = acted_on or token.dep_ in _OBJECT_DEPS and token.head.lower_ not in AGENT_LINKS \
            and not names_source(token)
        token = token.head
        if token.i != governor and token.pos_ in {"VERB", "AUX"} and any(
                subject.pos_ != "PRON" for subject in children(token, "nsubj", "nsubjpass")):
            acted_on = False  # "Niger became ... when soldiers detained President Mohamed Bazoum": their act
    return token.i == governor and acted_on


def _acting_clause(named: Span, title: Token) -> Token:
    """Where a country acts: the word it is tied to, or the verb of the body it names, when that body is the
    verb's subject ("the United States government announced ..., keeping measures on President X") or is blamed for
    what it did to the holder ("slammed the United States government for placing Minister X on the list")."""
    governor = named.root.head
    if named.root.dep_ not in OWNER_DEPS - ACTOR_DEPS or governor.pos_ not in {"NOUN", "PROPN"}:
        return governor
    while governor.dep_ == "poss" and governor.head.pos_ in {"NOUN", "PROPN"} and governor.head.i != governor.i:
        governor = governor.head  # a body the state owns acts for it: "US government's Treasury Department's ..."
    if governor.dep_ in {"nsubj", "nsubjpass"}:
        return governor.head
    blamed_for = next((child for child in children(governor.head, "prep") if child.lower_ == "for"), None)
    if governor.dep_ == "dobj" and blamed_for is not None and children(blamed_for, "pcomp") \
            and blamed_for.i < title.i:
        return governor.head
    return governor


def names_source(token: Token) -> bool:
    """Whether a word is the source a clause is told by, not what it acts on: "According to Foreign Minister
    Yoshimasa Hayashi, Japan will freeze the assets ..."""
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"


def holder_acts_on(doc: Doc, offset: int, title: Token) -> bool:
    """Whether the country named at character ``offset`` sits in what the office's holder does or speaks of, as
    its object: "President Cyril Ramaphosa described the decision of the US government as regrettable" (the
    holder's subject matter, not his owner). A clause he states ("President Al-Sisi said that Egypt seeks ...")
    or a country owning what he speaks of ("Minister Penny Wong said sanctions were rarely Australia's first
    choice") still ties, as does a body giving the frame he acts in ("According to a statement issued by the
    Egyptian Foreign Ministry, Minister Amal Haddad stressed ...")."""
    holder = title
    while holder.dep_ in HOLDER_DEPS and holder.head.i != holder.i:
        holder = holder.head
    named = entity_starting_at(doc, offset)
    if holder.dep_ not in {"nsubj", "nsubjpass"} or named is None or named.root.dep_ == "poss":
        return False
    token, through_object, below = named.root, False, named.root
    while token.i != holder.head.i and token.head.i != token.i:
        through_object = through_object or token.dep_ in _OBJECT_DEPS
        token, below = token.head, token
    return token.i == holder.head.i and through_object and below.dep_ in _SAID_DEPS


def posted_to(doc: Doc, offset: int) -> bool:
    """Whether the country named at character ``offset`` is where an ambassador or envoy is posted ("Zimbabwe
    ambassador to Tanzania Anselem Sanyatwe"): English names the host after "to", never the state the office serves,
    so it owns no office in the sentence, the posted one's nor another listed beside it."""
    named = entity_starting_at(doc, offset)
    if named is None:
        return False
    link = named.start - 1 - (named.start > 0 and doc[named.start - 1].lower_ == "the")
    # Read on the words: the parse may hang the host on the next name ("Tanzania Anselem Sanyatwe").
    return link >= 1 and doc[link].lower_ == "to" and canonical_head(doc[link - 1]) in ROLES.posted_heads
