"""Targets a measure's sentence leaves to the next one: 'The new EU sanctions are to tighten Russian firms' access to
capital markets. They are to target Gazprom Neft, Rosneft and Transneft.' The measure is its sentence's subject, so
the pronoun subject of the next sentence is the measure again (the subject carries over), and whom its targeting
verb acts on is whom the measure hits. A pronoun of the wrong number ('It', after 'the sanctions'), a subject that is
not a pronoun, a measure that is not its sentence's subject, or a verb that targets nothing leave it alone."""

from __future__ import annotations

from spacy.tokens import Token

from quotelens.findings.sanctions.candidate import is_possible_target
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.lists import announced_items
from quotelens.findings.sanctions.owners import beyond_measure_object
from quotelens.findings.sanctions.party_phrases import target_phrases
from quotelens.language.syntax import sentence_start
from quotelens.language.tree import children, root_of, sentence_of

_PLURAL = ("they", "these")
_SINGULAR = ("it", "this")


def targets_in_next_sentence(head: Token, lex: Lexicon) -> list[str]:
    """Whom the next sentence's targeting verb hits when its subject is a pronoun standing for ``head``, or when it
    is a passive with no agent right after the sentence ``head`` closes."""
    doc = head.doc
    sentence = sentence_of(doc[head.i: head.i + 1])
    if sentence.end >= len(doc):
        return []
    root = root_of(sentence_of(doc[sentence.end: sentence.end + 1]))
    last = next((t.i for t in reversed(doc[max(sentence.start, sentence.end - 4): sentence.end])
                 if not (t.is_punct or t.is_space)), sentence.start)  # a few marks back at most: linear
    measures = lex.measure_nouns | lex.generic_objects  # a measure of its own: 'hit with sanctions'
    closing = head.right_edge.i >= last and not any(
        o.lemma_.lower() in measures for p in children(root, "prep", "agent") for o in children(p, "pobj"))
    if closing and root.lemma_.lower() in lex.targeting_verbs and root.tag_ == "VBN" and not children(root, "agent"):
        # "… known as the Magnitsky sanctions. Targeted are three companies and 11 individuals.": a passive
        # targeting verb with no agent of its own names whom the measure closing the sentence before hits, its
        # subject inverted or not (not 'existing sanctions … will be expanded. Russian banks have also been targeted')
        hit = children(root, "nsubjpass") or [a for aux in children(root, "auxpass") for a in children(aux, "attr")]
        return [t for word in hit if is_possible_target(word, lex) for t in target_phrases(word, doc)]
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return []
    pronouns = _PLURAL if head.tag_ in ("NNS", "NNPS") else _SINGULAR
    if not any(s.lower_ in pronouns for s in children(root, "nsubj")):
        return []
    verbs = [root, *children(root, "xcomp")]  # "They target X", "They are to target X"
    found = [t for verb in verbs if verb.lemma_.lower() in lex.targeting_verbs for t in whom_it_hits(verb, lex)]
    return list(dict.fromkeys(found))  # a list the parse hangs twice ('as well as ..., and ...')


def whom_it_hits(verb: Token, lex: Lexicon) -> list[str]:
    """The parties a targeting verb acts on: 'target Russia's banks', 'apply to 25 people', 'aimed at the elite';
    not the goods a ban applies to ('the ban would only apply to products linked to the war')."""
    found: list[str] = []
    for child in children(verb):
        if child.dep_ == "dobj":
            found += target_phrases(beyond_measure_object(child, lex), verb.doc)
        elif child.dep_ == "prep" and child.lower_ in ("to", "at"):
            found += [t for o in children(child, "pobj") if o.lemma_.lower() not in lex.traded_goods
                      for t in target_phrases(o, verb.doc)]
    return found


def targets_announced(head: Token, lex: Lexicon, announced: dict[int, int], kind: str = "announced") -> list[str]:
    """'the application of personal sanctions, in particular, blocking all assets and property, … in relation to the
    following persons: Serhiy Abisov; Mykola Azarov; …': each measure before the colon hits the list after it
    (``announced``: sentence start -> the list's first word, article.py; ``kind``: which of article.py's lists,
    announced or counted, each read once per document under its own name)."""
    start = announced.get(sentence_start(head))
    if start is None or start <= head.i:
        return []
    read = head.doc.user_data.setdefault(f"quotelens.{kind}_items", {})  # once per list, not once per measure
    if start not in read:
        read[start] = announced_items(head.doc[start], lex)
    return list(read[start])
