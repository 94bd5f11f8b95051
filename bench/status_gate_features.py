"""The features a learned status gate scores a sanction mention by: the rules' status and the frame of its clause.

Read by bench/status_gate.py (issue 16; a measurement, not wired into the server: no variant beat the rules in
grouped cross-validation). Written as a server module would be, so that a gate that did beat them could move there
as it is. Each frame feature is a yes/no named by a string. Most are named from closed vocabularies (modals,
subordinators, the measure's own modifiers, a short list of change words, morphology); two are open: the lemma of
the word governing the mention and of the word above it ('impose', 'call'), which the study keeps only when enough
articles use them, so that a model learns constructions, not articles. Every walk is bounded: a few heads up, a
window of words either side inside the mention's sentence, found from the precomputed sentence starts. Beside them,
two extras the study also tried: the rules' status of the mention before and of the rest of the article
(discourse_features), and the parser's own contextual vectors (spaCy's tok2vec output, ``Doc.tensor``) at five
words of the mention's frame (encoder_vector).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Token

from quotelens.findings.sanctions.frames import is_question
from quotelens.findings.sanctions.status import clause_path
from quotelens.language.syntax import sentence_start
from quotelens.language.tree import children
from quotelens.language.vocabulary import vocabulary

from status_features import heads_above  # the bench folder is on the path of every script that imports this

if TYPE_CHECKING:  # annotations only
    import numpy

    from quotelens.findings.sanctions.candidate import Candidate

# How many heads above the mention's own clause are read ('called on the EU to consider imposing').
ABOVE = 4
# How many words either side of the measure, inside its sentence, the change words are looked for.
WINDOW = 6
# Modals, each as the feature it counts as (docs/annotation.md S6, S7: 'will' announces or threatens, 'would'
# backshifts or supposes, 'could'/'may' suppose, 'should'/'must' demand, 'can' is able).
MODALS = {"will": "will", "'ll": "will", "wo": "will", "shall": "will", "would": "would", "'d": "would",
          "could": "could", "may": "may", "might": "may", "should": "should", "must": "should", "can": "can",
          "ca": "can"}
# Subordinators of a condition or a question: 'if the EU imposes', 'unless', 'whether to lift'.
CONDITIONS = frozenset({"if", "unless", "whether", "until", "once", "when"})
# Words near the measure that say a change or a frame (docs/annotation.md, the status values): more of it, its end,
# its breach, a threat, a proposal.
CHANGE_WORDS = ("new", "more", "further", "additional", "fresh", "extend", "renew", "expand", "tighten", "lift",
                "ease", "waive", "remove", "end", "evade", "circumvent", "violate", "threaten", "warn", "consider",
                "propose", "call", "urge", "seek", "plan", "possible", "potential", "impose", "adopt", "announce")
# The measure's own modifiers (determiners and adjectives) read as features.
MODIFIERS = ("new", "further", "additional", "more", "fresh", "tougher", "existing", "current", "possible",
             "potential", "proposed", "future", "any", "no", "such", "the", "a", "these", "those", "its", "their",
             "some", "all", "unilateral", "retaliatory", "international", "western", "punitive")
STATUSES = ("imposed", "threatened", "considered", "lifted", "extended", "violated", "other")
_SAYING = frozenset(vocabulary("cues")["speech_verbs"])


def gate_features(candidate: Candidate, rules: str) -> frozenset[str]:
    """The names of the features that hold for one mention whose rules' status is ``rules``."""
    start = candidate.verb if candidate.verb is not None else candidate.head
    path = clause_path(start)
    above = heads_above(path[-1], ABOVE)
    found = {f"rules {rules}", f"kind {candidate.kind}", "has verb" if candidate.verb is not None else "no verb"}
    governor = start if candidate.verb is not None else candidate.head.head
    found.add(f"lemma {governor.lemma_.lower()}")
    if above:
        found.add(f"above lemma {above[0].lemma_.lower()}")
    found |= _clause("near", path) | _clause("above", above) | _morph(path)
    found |= _own_words(candidate.head) | _window(candidate)
    if is_question(start):
        found.add("question")
    if any(w.pos_ == "VERB" and w.lemma_.lower() in _SAYING for w in above):
        found.add("reported frame")
    return frozenset(found)


def _clause(where: str, path: list[Token]) -> set[str]:
    """Modals, 'to', negation and conditional subordinators on the words of ``path``."""
    found = set()
    for word in path:
        for aux in children(word, "aux", "auxpass"):
            if aux.lower_ in MODALS:
                found.add(f"{where} {MODALS[aux.lower_]}")
            elif aux.lower_ == "to":
                found.add(f"{where} to")
        if children(word, "neg"):
            found.add(f"{where} neg")
        found |= {f"{where} if" for m in children(word, "mark") if m.lower_ in CONDITIONS}
    return found


def _morph(path: list[Token]) -> set[str]:
    """Tense, aspect, form and voice of the first verb on the clause path."""
    verb = next((w for w in path if w.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return {"verbless"}
    morph = verb.morph.to_dict()
    found = {f"{key} {morph[key]}" for key in ("Tense", "Aspect", "VerbForm", "Mood") if key in morph}
    auxes = children(verb, "aux", "auxpass")
    if any(a.lemma_ == "have" for a in auxes):
        found.add("perfect")
    if any(a.dep_ == "auxpass" for a in auxes):
        found.add("passive")
    return found


def _own_words(head: Token) -> set[str]:
    """The measure's role, the preposition it hangs from and its own modifiers ('new', 'further', 'the')."""
    found = {f"dep {head.dep_}"}
    if head.dep_ == "pobj":
        found.add(f"prep {head.head.lower_}")
    found |= {f"mod {c.lower_}" for c in children(head, "det", "amod", "poss", "nummod", "advmod", "compound")
              if c.lower_ in MODIFIERS}
    return found


def _window(candidate: Candidate) -> set[str]:
    """The change words within WINDOW words of the measure, inside its sentence (the starts are listed once per
    document: syntax.sentence_start)."""
    doc = candidate.trigger.doc
    first = sentence_start(candidate.trigger)
    starts = doc.user_data["quotelens.sentence_starts"]
    at = bisect_right(starts, candidate.trigger.i)
    last = starts[at] if at < len(starts) else len(doc)
    words = doc[max(first, candidate.start - WINDOW): min(last, candidate.end + WINDOW)]
    lemmas = {w.lemma_.lower() for w in words} | {w.lower_ for w in words}
    found = {f"near {word}" for word in CHANGE_WORDS if word in lemmas}
    if any(w.tag_ == "MD" and w.lower_ in MODALS and MODALS[w.lower_] in ("would", "could", "may") for w in words):
        found.add("near supposing modal")
    return found


def discourse_features(statuses: list[str], n: int) -> frozenset[str]:
    """The rules' status of the mention before the ``n``-th of the article's ``statuses`` (in text order), the status
    most of the others have, and each status another holds."""
    others = Counter(statuses[:n] + statuses[n + 1:])
    found = {"prev " + (statuses[n - 1] if n else "none")} | {f"article has {s}" for s in others}
    if others:
        found.add("article mostly " + others.most_common(1)[0][0])
    return frozenset(found)


def encoder_vector(candidate: Candidate) -> numpy.ndarray:
    """The parser's contextual vectors (``Doc.tensor``) of the measure word, its head, the word governing it, its
    clause path's top and the word above that, side by side."""
    import numpy

    start = candidate.verb if candidate.verb is not None else candidate.head
    path = clause_path(start)
    above = heads_above(path[-1], ABOVE)
    words = (candidate.trigger, candidate.head, start, path[-1], above[0] if above else path[-1])
    return numpy.concatenate([candidate.trigger.doc.tensor[w.i] for w in words])
