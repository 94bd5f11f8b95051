"""What a learned status classifier sees of one sanction mention: the rules' answer and the clause around it.

Used by bench/status_model.py. The features are names with the value 1 (a DictVectorizer turns them into columns),
read from the parsed article the pipeline analysed: no word list is chosen by hand, so the model, not the reader of
errors, decides which frame words count ("would", "could", "if", "call", "urge", "lift", "extend", "?" ...).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# Tokens either side of the mention, inside its sentence, whose lemmas are the frame ("urged the EU to ...").
WINDOW = 8
# The verb's own children that carry tense, aspect, mood, negation and the clause's kind ("if", "whether").
VERB_CHILDREN = ("aux", "auxpass", "neg", "mark", "advmod", "prt")
# Morphological features of the governing verb that say when and how ("Tense=Past", "VerbForm=Inf").
MORPH = ("Tense", "Aspect", "VerbForm", "Mood")
# Verbs climbed above the governing one: "threatened to impose", "called for the EU to lift".
ABOVE = 2


def mention_features(doc: Doc, start: int, end: int, status: str, measure: str,
                     quotes: tuple[tuple[int, int, str], ...] = ()) -> dict[str, int]:
    """The features of the mention at characters ``start``–``end``, found by the rules with ``status`` and
    ``measure``; ``quotes`` are the (start, end, kind) of the quotes the pipeline found in the article."""
    span = doc.char_span(start, end, alignment_mode="expand")
    root = span.root
    features = {f"rules={status}": 1, f"measure={measure}": 1, f"dep={root.dep_}": 1}
    features |= {f"in={t.lemma_.lower()}": 1 for t in span if not t.is_punct}
    verb = governing_verb(root)
    if verb is not None:
        features |= verb_features(verb)
    features |= frame_features(span)
    features |= {f"quote={kind}": 1 for q_start, q_end, kind in quotes if q_start < end and start < q_end}
    return features


def heads_above(word: Token, limit: int) -> list[Token]:
    """The words governing ``word``, nearest first, up to ``limit`` of them or the sentence's root (shared by the
    status studies: bench/learned_status_features.py, bench/status_gate_features.py)."""
    words = []
    for _ in range(limit):
        if word.head.i == word.i:  # the root (spaCy makes a new Token object at each access: no 'is')
            break
        word = word.head
        words.append(word)
    return words


def governing_verb(word: Token) -> Token | None:
    """The nearest verb at or above ``word`` in the parse: the one whose clause says what happens to the measure."""
    for token in (word, *word.ancestors):
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
            return token
    return None


def verb_features(verb: Token) -> dict[str, int]:
    features = {f"verb={verb.lemma_.lower()}": 1, f"verb_dep={verb.dep_}": 1}
    features |= {f"{key}={value}": 1 for key in MORPH for value in verb.morph.get(key)}
    features |= {f"{child.dep_}={child.lemma_.lower()}": 1 for child in verb.children if child.dep_ in VERB_CHILDREN}
    if any(child.dep_ in ("nsubjpass", "auxpass") for child in verb.children):
        features["passive"] = 1
    above = [token for token in verb.ancestors if token.pos_ in ("VERB", "AUX")][:ABOVE]
    features |= {f"above={token.lemma_.lower()}": 1 for token in above}
    if any(child.dep_ == "neg" for token in (verb, *above) for child in token.children):
        features["negated"] = 1
    return features


def frame_features(span: Span) -> dict[str, int]:
    """The lemmas near the mention in its sentence, and whether the sentence is a question or a condition."""
    sentence = span.sent
    first, last = max(sentence.start, span.start - WINDOW), min(sentence.end, span.end + WINDOW)
    near = [t for t in span.doc[first:span.start]] + [t for t in span.doc[span.end:last]]
    features = {f"near={t.lemma_.lower()}": 1 for t in near if not t.is_punct or t.text == "?"}
    if sentence.text.rstrip().rstrip("\"'”’").endswith("?"):
        features["question"] = 1
    if any(t.lower_ in ("if", "unless") for t in sentence):
        features["conditional"] = 1
    return features
