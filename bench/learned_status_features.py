"""The features a gated learned status model scores a sanction mention by: its clause, the words above it, the rules'
answer (bench/learned_status.py, issue 16; a measurement, not wired into the server: it did not beat the rules).

Every feature is a yes/no named from a closed vocabulary (below: modals, subordinators, the measure's own modifiers,
prepositions, roles, tags) or from the sanctions lexicon's lemma lists, never from the words an article happens to
use, so that a model learns constructions and cannot memorise articles.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotelens.findings.sanctions.frames import is_question
from quotelens.findings.sanctions.lexicon import Lexicon
from quotelens.findings.sanctions.status import clause_path
from quotelens.language.tree import children

from status_features import heads_above  # the bench folder is on the path of every script that imports this

if TYPE_CHECKING:  # annotations only
    from quotelens.findings.sanctions.article import Context
    from quotelens.findings.sanctions.candidate import Candidate

STATUSES = ("imposed", "threatened", "considered", "lifted", "extended", "violated", "other")
KINDS = ("noun", "verb", "generic", "resolution", "ellipsis")
# How far above the mention's own clause the governing words are read ('called on the EU to consider imposing'):
# a few clauses, as far as a sentence of news nests them.
ABOVE = 6
# How many words either side of the mention, within its sentence, the window features read.
WINDOW = 20
# How many quotes starting before a mention are checked for holding it (a quote inside a reported clause, at most).
NESTED = 3


# The closed vocabularies the features are named from. Modals, each with the feature it counts as: 'will' announces
# or threatens, 'would' backshifts or supposes, 'could'/'may' suppose, 'should'/'must' demand, 'can' is able
# (docs/annotation.md S6, S7).
MODALS = {"will": "will", "'ll": "will", "wo": "will", "shall": "will", "would": "would", "'d": "would",
          "could": "could", "may": "may", "might": "may", "should": "should", "must": "should", "ought": "should",
          "can": "can", "ca": "can"}
# Subordinators of a condition, a question or a time frame: 'if the EU imposes', 'unless', 'whether to lift'.
MARKS = ("if", "unless", "whether", "when", "until", "once", "before", "after", "because", "while")
# The measure's own determiners and adjectives: a new or existing measure, a possible one, a kind.
MODIFIERS = ("new", "further", "additional", "more", "fresh", "tougher", "harsher", "stricter", "existing", "current",
             "possible", "potential", "proposed", "planned", "future", "any", "no", "such", "these", "those", "the",
             "a", "its", "their", "our", "his", "her", "some", "all", "unilateral", "retaliatory", "western",
             "international", "punitive", "tough", "sweeping")
# Prepositions linking the measure to the word above: 'calls for sanctions', 'the threat of', 'relief from'.
PREPS = ("of", "for", "on", "against", "from", "under", "to", "with", "about", "over", "by", "in", "despite",
         "without", "after")
# The measure's role in its clause.
DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "compound", "conj", "appos", "ROOT", "attr", "npadvmod", "amod", "nmod",
        "acl", "relcl", "advcl", "xcomp", "ccomp", "pcomp")
# The sanctions lexicon's lemma lists (data/sanctions.json) a word on or above the clause path is checked against.
WORD_CLASSES = ("threat_words", "consider_words", "demand_words", "expectation_words", "decision_words",
                "declining_words", "stance_words", "facing_words", "need_words", "averting_words", "condition_nouns",
                "enabling_words", "wish_verbs", "in_force_words", "effect_nouns", "keeping_words", "ending_verbs",
                "holding_words")
# Penn tags of the first verb on the clause path.
TAGS = ("VBD", "VBZ", "VBP", "VB", "VBG", "VBN", "NN", "NNS")


def _vocabulary() -> dict[str, object]:
    return {"modals": MODALS, "marks": MARKS, "modifiers": MODIFIERS, "preps": PREPS, "deps": DEPS,
            "word_classes": WORD_CLASSES, "tags": TAGS}


def status_features(candidate: Candidate, rules: str, lex: Lexicon, context: Context) -> frozenset[str]:
    """The names of the features that hold for one mention whose rules' status is ``rules``."""
    start = candidate.verb if candidate.verb is not None else candidate.head
    near = clause_path(start)
    above = heads_above(near[-1], ABOVE)
    found = {f"rules {rules}", f"kind {candidate.kind}", "no verb" if candidate.verb is None else "has verb"}
    found |= _path_features("near", near, lex) | _path_features("above", above, lex)
    found |= _own_phrase(candidate.head) | _window(candidate, lex)
    found |= _tense(near)
    if is_question(start):
        found.add("question")
    found |= {f"in {kind} quote" for kind in _quoted(candidate.head, context)}
    if near[-1].dep_ == "ccomp":
        found.add("reported clause")
    return frozenset(found)


def feature_names(lex: Lexicon) -> tuple[str, ...]:
    """Every feature status_features can name, in a fixed order (the weights file's columns)."""
    vocabulary = _vocabulary()
    modals = sorted(set(vocabulary["modals"].values()))
    names = [f"rules {s}" for s in STATUSES] + [f"kind {k}" for k in KINDS] + ["no verb", "has verb"]
    for where in ("near", "above"):
        names += [f"{where} aux {m}" for m in modals] + [f"{where} to", f"{where} neg"]
        names += [f"{where} mark {m}" for m in vocabulary["marks"]]
        names += [f"{where} {c}" for c in vocabulary["word_classes"]]
        names += [f"{where} word {s}" for s in STATUSES[:6] if s in set(lex.status_of.values())]
    names += [f"window aux {m}" for m in modals] + [f"window {c}" for c in vocabulary["word_classes"]]
    names += [f"window mark {m}" for m in vocabulary["marks"]] + ["window neg"]
    names += [f"prep {p}" for p in vocabulary["preps"]] + [f"dep {d}" for d in vocabulary["deps"]]
    names += [f"mod {m}" for m in vocabulary["modifiers"]] + [f"tag {t}" for t in vocabulary["tags"]]
    names += ["perfect", "passive", "question", "in direct quote", "in reported quote", "reported clause"]
    return tuple(names)


def _path_features(where: str, path: list[Token], lex: Lexicon) -> set[str]:
    """Modals, 'to', negation, subordinators and lemma classes of the words of ``path``."""
    vocabulary = _vocabulary()
    modals, marks, classes = vocabulary["modals"], set(vocabulary["marks"]), vocabulary["word_classes"]
    found = set()
    for word in path:
        lemma = word.lemma_.lower()
        for aux in children(word, "aux", "auxpass"):
            if aux.lower_ in modals:
                found.add(f"{where} aux {modals[aux.lower_]}")
            elif aux.lower_ == "to":
                found.add(f"{where} to")
        if children(word, "neg"):
            found.add(f"{where} neg")
        found |= {f"{where} mark {m.lower_}" for m in children(word, "mark") if m.lower_ in marks}
        found |= {f"{where} {name}" for name in classes if lemma in getattr(lex, name)}
        if word.pos_ in ("VERB", "NOUN", "ADJ") and lemma in lex.status_of:
            found.add(f"{where} word {lex.status_of[lemma]}")
    return found


def _window(candidate: Candidate, lex: Lexicon) -> set[str]:
    """Modals, subordinators, negation and lemma classes of the words of the mention's sentence within WINDOW words
    of it, wherever the parse hangs them ('Japan hopes the council will swiftly adopt a resolution to impose')."""
    vocabulary = _vocabulary()
    modals, marks, classes = vocabulary["modals"], set(vocabulary["marks"]), vocabulary["word_classes"]
    sentence = candidate.head.sent
    found = set()
    for word in sentence.doc[max(sentence.start, candidate.start - WINDOW): min(sentence.end, candidate.end + WINDOW)]:
        lemma = word.lemma_.lower()
        if word.lower_ in modals and word.tag_ == "MD":
            found.add(f"window aux {modals[word.lower_]}")
        if word.lower_ in marks and word.dep_ == "mark":
            found.add(f"window mark {word.lower_}")
        if word.dep_ == "neg":
            found.add("window neg")
        found |= {f"window {name}" for name in classes if lemma in getattr(lex, name)}
    return found


def _own_phrase(head: Token) -> set[str]:
    """The measure's role, the preposition it hangs from and its own modifiers ('new', 'further', 'the')."""
    vocabulary = _vocabulary()
    found = {f"dep {head.dep_}"} if head.dep_ in vocabulary["deps"] else set()
    if head.dep_ == "pobj" and head.head.lower_ in vocabulary["preps"]:
        found.add(f"prep {head.head.lower_}")
    modifiers = set(vocabulary["modifiers"])
    found |= {f"mod {c.lower_}" for c in children(head, "det", "amod", "poss", "nummod", "advmod", "compound")
              if c.lower_ in modifiers}
    return found


def _tense(path: list[Token]) -> set[str]:
    """The tag of the first verb on the path, and whether it is perfect or passive."""
    verb = next((w for w in path if w.pos_ in ("VERB", "AUX")), path[0])
    tags = set(_vocabulary()["tags"])
    found = {f"tag {verb.tag_}"} if verb.tag_ in tags else set()
    auxes = children(verb, "aux", "auxpass")
    if any(a.lemma_ == "have" for a in auxes):
        found.add("perfect")
    if any(a.dep_ == "auxpass" for a in auxes):
        found.add("passive")
    return found


def _quoted(head: Token, context: Context) -> set[str]:
    """The kinds of the quotes the measure stands inside ('direct', 'reported'): the few that start last before it
    (the quotes are in text order; one may nest in or overlap another)."""
    quotes = context.quotes
    at = head.idx
    k = bisect_right(quotes, at, key=lambda quote: quote.start)
    return {q.kind for q in quotes[max(0, k - NESTED):k] if q.start <= at < q.end and q.kind in ("direct", "reported")}
