"""Would a learned ranker choose officials' organisations better than the rules? A study on tune (issue 15).

Run: .venv/bin/python bench/org_ranker.py [--cache DIR]

Every gold official of tune the people bench matches, whose gold names an organisation, gets the candidates of
bench/org_candidates.py, each labelled right or wrong by the bench's own matcher (people.py ``org_right``, lenient:
equal, or either contains the other). Printed: the candidate ceiling (how often some candidate is right where the
rules are wrong; also with an exact match), then grouped cross-validation by article of a logistic regression over
the candidates' features: five folds of tune less batch 14 (the checkpoint set, left out whole) and batch 21
(/work/coord/s22/batch21-ids.txt) as a fold of its own, trained on everything else. Two rankers: "ranker" (its top
candidate for every official, the rules' answer and "none" among the candidates) and "gated" (trained only on the
officials whose rules give no organisation or a lower-case fragment, answering there only, and only when its top
scores over a threshold; else the rules). The regularisation and the gate's threshold are chosen inside each fold by
a three-fold grouped search on the fold's training articles (nested), as a shipped setting would be.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))

from org_candidates import features, gather, is_fragment, key  # noqa: E402
from people import gold_mentions, match_people, options, org_right, response_entities  # noqa: E402

CHECKPOINT, NEWEST = 14, 21  # batch 14 is left out whole; batch 21 is a fold of its own
CS = (0.1, 1.0, 10.0)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
# Where the gated ranker answers: "none" where the rules give no organisation; "fragment" there and where they give
# a lower-case kind of body ("ministry") (--gate).
GATES = ("fragment", "none")


@dataclass
class Case:
    """One official: its article, the rules' answer and whether it is right, and its candidates' rows."""

    article: str
    name: str
    rules_right: bool
    gate_open: bool
    texts: list[str | None]
    vectors: list[list[float]]
    labels: list[bool]
    exact: list[bool]  # the candidate's key equals a gold option's (no containment)


def cases_of(article, response: dict, doc, places, gate: str = "fragment") -> list[Case]:
    """The cases of one article (gold officials matched by the bench whose gold names an organisation)."""
    people = [dict(person) for person in article.people]
    entities = [entity for entity in response_entities(response) if entity.type == "person"]
    matched = match_people(people, entities, gold_mentions(article.text, people))
    starts = [sentence.start_char for sentence in doc.sents]
    cases = []
    for index, person in enumerate(people):
        entity = matched.get(index)
        if not person["official"] or entity is None or all(o is None for o in options(person["organization"])):
            continue
        candidates = gather(doc, entity, places, starts)
        rules = entity.organization
        nearest = min((c.tokens for c in candidates), default=0)
        cases.append(Case(article.id, person["name"], org_right(rules, person["organization"]),
                          rules is None or (gate == "fragment" and is_fragment(rules)), [c.text for c in candidates],
                          [[*features(c, rules).values(), float(c.tokens == nearest)] for c in candidates],
                          [org_right(c.text, person["organization"]) for c in candidates],
                          [any(key(c.text) == key(o) for o in options(person["organization"])) for c in candidates]))
    return cases


def code_digest() -> str:
    """A short digest of every file under server/quotelens: what the cached analysis depends on."""
    digest = hashlib.sha256()
    for path in sorted((Path(__file__).resolve().parents[1] / "server" / "quotelens").rglob("*")):
        if path.is_file() and path.suffix in (".py", ".json"):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def load_cases(cache: Path, gate: str = "fragment") -> list[Case]:
    """The cases of tune less batch 14, from an analysis cached in ``cache`` under a digest of the server's code and
    data (made on first use, so a changed rule never reads a stale analysis)."""
    from spacy.tokens import DocBin

    from news_corpus import analyse, load_news
    from quotelens.context import build_context
    from quotelens.findings.people.places import places_of
    from quotelens.language.nlp import load_nlp

    articles = [article for article in load_news("tune") if article.batch != CHECKPOINT]
    nlp = load_nlp()
    cache = cache / code_digest()
    if not (cache / "docs.spacy").exists():
        cache.mkdir(parents=True, exist_ok=True)
        responses = analyse(articles)
        (cache / "responses.json").write_text(json.dumps({a.id: r for a, r in zip(articles, responses)}))
        bin_ = DocBin(store_user_data=False)
        for doc in nlp.pipe(article.text for article in articles):
            bin_.add(doc)
        bin_.to_disk(cache / "docs.spacy")
    responses = json.loads((cache / "responses.json").read_text())
    docs = DocBin().from_disk(cache / "docs.spacy").get_docs(nlp.vocab)
    cases = []
    for article, doc in zip(articles, docs, strict=True):
        cases += cases_of(article, responses[article.id], doc, places_of(build_context(doc)), gate)
    return cases


def ceiling(cases: list[Case]) -> dict[str, int]:
    """How many officials the rules get right, and how many of the rest some candidate gets right (the bench's
    lenient match; and with the candidate's key equal to a gold option's)."""
    wrong = [case for case in cases if not case.rules_right]
    return {"officials": len(cases), "rules right": len(cases) - len(wrong), "rules wrong": len(wrong),
            "some candidate right": sum(any(case.labels) for case in wrong),
            "some candidate exact": sum(any(case.exact) for case in wrong)}


def fit(cases: list[Case], c: float):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    vectors = [v for case in cases for v in case.vectors]
    labels = [label for case in cases for label in case.labels]
    if len(set(labels)) < 2:
        return None
    return make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=2000)).fit(vectors, labels)


def top(model, case: Case) -> tuple[int, float]:
    scores = model.predict_proba(case.vectors)[:, 1]
    best = max(range(len(scores)), key=scores.__getitem__)
    return best, float(scores[best])


def right(model, case: Case, gated: bool, threshold: float) -> bool:
    """Whether the ranker's answer is right: its top candidate, or (gated) its top only where the gate opens and it
    scores over the threshold, else the rules'."""
    if model is None or (gated and not case.gate_open):
        return case.rules_right
    best, score = top(model, case)
    if gated and score <= threshold:
        return case.rules_right
    return case.labels[best]


def settings(train: list[Case], gated: bool, folds: int = 3) -> tuple[float, float]:
    """The regularisation (and the gate's threshold) that get most officials right in a grouped search inside
    ``train``; the higher threshold and the smaller C of a tie."""
    from sklearn.model_selection import GroupKFold

    tally: dict[tuple[float, float], int] = {}
    groups = [case.article for case in train]
    for inner, held in GroupKFold(folds).split(train, groups=groups):
        fitted = [train[i] for i in inner if not gated or train[i].gate_open]
        for c in CS:
            model = fit(fitted, c)
            for threshold in THRESHOLDS if gated else (0.0,):
                tally[c, threshold] = tally.get((c, threshold), 0) + sum(
                    right(model, train[i], gated, threshold) for i in held)
    return max(tally, key=lambda s: (tally[s], s[1], -s[0]))


def evaluate(train: list[Case], test: list[Case], gated: bool) -> dict:
    c, threshold = settings(train, gated)
    model = fit([case for case in train if not gated or case.gate_open], c)
    answers = [right(model, case, gated, threshold) for case in test]
    return {"right": sum(answers), "fixed": sum(a and not case.rules_right for a, case in zip(answers, test)),
            "broken": sum(case.rules_right and not a for a, case in zip(answers, test)), "C": c,
            "threshold": threshold}


def folds(cases: list[Case]) -> list[tuple[str, list[Case], list[Case]]]:
    """Five grouped folds of tune less batches 14 and 21, then batch 21 trained on all the rest."""
    from sklearn.model_selection import GroupKFold

    from news_corpus import load_news

    fresh = {article.id for article in load_news("tune") if article.batch == NEWEST}
    rest = [case for case in cases if case.article not in fresh]
    batch = [case for case in cases if case.article in fresh]
    out = []
    for number, (train, test) in enumerate(GroupKFold(5).split(rest, groups=[c.article for c in rest]), 1):
        out.append((f"fold {number}", [rest[i] for i in train], [rest[i] for i in test]))
    out.append(("batch 21", rest, batch))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/orgrank"))
    parser.add_argument("--gate", choices=GATES, default="fragment")
    args = parser.parse_args()
    cases = load_cases(args.cache, args.gate)
    for name, count in ceiling(cases).items():
        print(f"{name:24}{count:>6}")
    gate = [case for case in cases if case.gate_open]
    print(f"{'gate open':24}{len(gate):>6}  rules right there {sum(c.rules_right for c in gate)}, "
          f"some candidate right {sum(any(c.labels) for c in gate)}")
    print(f"\n{'fold':10}{'officials':>10}{'rules':>7}{'ranker':>8}{'fix/brk':>9}{'C':>6}"
          f"{'gated':>7}{'fix/brk':>9}{'C':>6}{'thr':>5}")
    pooled = {"n": 0, "rules": 0, "ranker": [0, 0, 0], "gated": [0, 0, 0]}
    for name, train, test in folds(cases):
        full, gated = evaluate(train, test, False), evaluate(train, test, True)
        rules = sum(case.rules_right for case in test)
        print(f"{name:10}{len(test):>10}{rules:>7}{full['right']:>8}{full['fixed']:>5}/{full['broken']:<3}"
              f"{full['C']:>6}{gated['right']:>7}{gated['fixed']:>5}/{gated['broken']:<3}{gated['C']:>6}"
              f"{gated['threshold']:>5}")
        if name != "batch 21":
            pooled["n"] += len(test)
            pooled["rules"] += rules
            for column, result in (("ranker", full), ("gated", gated)):
                for slot, part in enumerate(("right", "fixed", "broken")):
                    pooled[column][slot] += result[part]
    ranker, gated = pooled["ranker"], pooled["gated"]
    print(f"{'pooled 1-5':10}{pooled['n']:>10}{pooled['rules']:>7}{ranker[0]:>8}{ranker[1]:>5}/{ranker[2]:<3}"
          f"{'':>6}{gated[0]:>7}{gated[1]:>5}/{gated[2]:<3}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
