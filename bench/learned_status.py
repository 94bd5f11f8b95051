"""Would a gated learned model give sanction mentions their status better than the rules, on news it has not read? (16)

Run: .venv/bin/python bench/learned_status.py [--without A14,B14]

A measurement, not a pipeline change (its answer was no: the server is unchanged). Every sanction mention the
analysis finds that matches a gold mention of the news corpus's tune half (bench/sanctions.py's one-to-one span
match) is a row: its yes/no features (bench/learned_status_features.py: the rules' own status, modals, negation,
subordinators and the sanctions lexicon's word classes on the mention's clause path, above it and near it, its role,
preposition and modifiers, tense, question, quotes), the rules' status and the gold status. A multinomial logistic
regression (scikit-learn, lbfgs, deterministic), in the pattern of the speaker ranker (bench/speaker_ranker.py), for
each inverse regularisation strength of CS, over those features and over them crossed with the rules' status, scored
in 5-fold cross-validation grouped by article: the rules, the model alone, and the model gated (it overrides the rules
only where its top status is another and scores over a threshold, as a server would: each of SWEEP, with what it
fixes and breaks). ``--without`` leaves annotators out (this round's checkpoint batch, A14/B14, is never trained on
during the round). Prints aggregates only; no article's errors.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))

from news_corpus import NewsArticle, load_news, locate  # noqa: E402

SWEEP = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
# The regression's inverse regularisation strengths tried (scikit-learn's default is 1).
CS = (0.1, 0.3, 1.0, 3.0)
# A crossed feature ("rules imposed & near aux would") is kept when this many rows hold it.
CROSSED_MIN = 5


@dataclass(frozen=True)
class Row:
    """One found mention matched to a gold one."""

    article_id: str
    features: frozenset[str]
    rules: str
    gold: str


def article_rows(article: NewsArticle, doc) -> list[Row]:
    """The rows of one article: the pipeline's stages as pipeline.analyze_article runs them, each found mention paired
    with a gold one."""
    from quotelens.context import build_context
    from quotelens.findings.links import link_quotes_to_people
    from quotelens.findings.organization_entities import organization_entities
    from quotelens.findings.people.people import find_people
    from quotelens.findings.quotes.quotes import find_quotes
    from quotelens.findings.quotes.ranker import rank_speakers
    from quotelens.findings.sanctions.article import context_of
    from quotelens.findings.sanctions.lexicon import load_lexicon
    from learned_status_features import status_features
    from sanctions import match

    context = build_context(doc)
    people = find_people(context)
    quotes = rank_speakers(context, find_quotes(context, people), people)
    entities = link_quotes_to_people([*people, *organization_entities(quotes)], quotes)
    found = [SimpleNamespace(id=s.id, start=s.start, end=s.end, sanction=s, candidate=c)
             for s, c in sanctions_with_candidates(context, quotes, entities)]
    lex, facts = load_lexicon(), context_of(doc, quotes, entities)
    gold = [dict(m) for m in article.sanctions]
    for mention in gold:
        mention["start"], mention["end"] = locate(article.text, mention["mention"], mention.get("occurrence", 1))
    return [Row(article.id, status_features(p.candidate, p.sanction.status, lex, facts), p.sanction.status,
                g["status"]) for g, p in match(gold, found)]


def sanctions_with_candidates(context, quotes, entities) -> list[tuple]:
    """find_sanctions' mentions, each with the candidate the rules read: the server is left as it is, so the
    candidates are taken where find_sanctions hands each finding's candidate to ``sectors_of``, once per mention in
    order (a measurement-only hook; the assertion says when that stops holding)."""
    from quotelens.findings.sanctions import sanctions as module

    seen = []
    original = module.sectors_of

    def recording(candidate, lex):
        seen.append(candidate)
        return original(candidate, lex)

    module.sectors_of = recording
    try:
        found = module.find_sanctions(context, quotes, entities)
    finally:
        module.sectors_of = original
    assert len(seen) == len(found), "find_sanctions no longer reads sectors once per mention"
    return list(zip(found, seen))


def corpus_rows(without: frozenset[str] = frozenset()) -> list[Row]:
    """The rows of the tune half, leaving out the articles of the annotators ``without``."""
    from quotelens.language.nlp import load_nlp

    articles = [a for a in load_news("tune") if a.annotator not in without]
    docs = load_nlp().pipe(article.text for article in articles)
    return [row for article, doc in zip(articles, docs, strict=True) for row in article_rows(article, doc)]


def fit(rows: list[Row], names: tuple[str, ...], c: float):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=3000).fit(matrix(rows, names), [row.gold for row in rows])


def matrix(rows: list[Row], names: tuple[str, ...]):
    import numpy

    return numpy.array([[1.0 if name in row.features else 0.0 for name in names] for row in rows])


def crossed(rows: list[Row]) -> tuple[list[Row], tuple[str, ...]]:
    """Each row's features and each crossed with the rules' status; the crossed ones that CROSSED_MIN rows hold."""
    def cross(row: Row) -> frozenset[str]:
        return row.features | {f"rules {row.rules} & {f}" for f in row.features if not f.startswith("rules ")}

    rows = [Row(row.article_id, cross(row), row.rules, row.gold) for row in rows]
    counts = Counter(f for row in rows for f in row.features)
    return rows, tuple(sorted(f for f, n in counts.items() if n >= CROSSED_MIN))


def gated(rules: str, probabilities: dict[str, float], threshold: float) -> str:
    """The model's top status where it is another than the rules' and over the threshold, else the rules'."""
    top = max(probabilities, key=probabilities.__getitem__)
    return top if top != rules and probabilities[top] >= threshold else rules


def cross_validated(rows: list[Row], names: tuple[str, ...], c: float, folds: int = 5) -> list[dict[str, float]]:
    """Each row's status probabilities from a model trained on the folds that hold none of its article's rows."""
    from sklearn.model_selection import GroupKFold

    results: list[dict[str, float]] = [{}] * len(rows)
    for train, held in GroupKFold(n_splits=folds).split(rows, groups=[row.article_id for row in rows]):
        model = fit([rows[i] for i in train], names, c)
        for i, p in zip(held, model.predict_proba(matrix([rows[i] for i in held], names))):
            results[i] = dict(zip(model.classes_, p))
    return results


def print_variant(label: str, rows: list[Row], probabilities: list[dict[str, float]]) -> None:
    """One line: the model alone, and each gate's right count with what it fixed and broke."""
    alone = sum(max(p, key=p.__getitem__) == row.gold for row, p in zip(rows, probabilities))
    cells = []
    for threshold in SWEEP:
        answers = [gated(row.rules, p, threshold) for row, p in zip(rows, probabilities)]
        fixed = sum(a == row.gold != row.rules for a, row in zip(answers, rows))
        broke = sum(a != row.rules == row.gold for a, row in zip(answers, rows))
        cells.append(f"{fixed - broke:+4d} ({fixed:>2d}/{broke:>2d})")
    print(f"  {label:<22}{alone:>7d}  " + "  ".join(cells))


def print_by_status(rows: list[Row]) -> None:
    counts = Counter(row.gold for row in rows)
    right = Counter(row.gold for row in rows if row.rules == row.gold)
    print("rules right by gold status: " + ", ".join(f"{s} {right[s]}/{n}" for s, n in counts.most_common()))
    print("rules' errors (gold <- rules): " + ", ".join(f"{g} <- {r} {n}" for (g, r), n in Counter(
        (row.gold, row.rules) for row in rows if row.gold != row.rules).most_common(10)))


def main() -> int:
    from quotelens.findings.sanctions.lexicon import load_lexicon
    from learned_status_features import feature_names

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--without", default="", help="annotators whose articles are left out (e.g. A14,B14)")
    args = parser.parse_args()
    rows = corpus_rows(frozenset(filter(None, args.without.split(","))))
    rules = sum(row.rules == row.gold for row in rows)
    print(f"tune half, 5-fold cross-validation grouped by article: {len(rows)} matched mentions in "
          f"{len({row.article_id for row in rows})} articles; rules right {rules} ({rules / len(rows):.3f})")
    print_by_status(rows)
    print(f"\n  {'model':<22}{'alone':>7}  " + "  ".join(f"{'gated ' + str(t):>13}" for t in SWEEP))
    print(f"  {'':<31}" + "  ".join(f"{'net (+/-)':>13}" for _ in SWEEP))
    variants = {"plain": (rows, feature_names(load_lexicon())), "crossed": crossed(rows)}
    for name, (variant, names) in variants.items():
        for c in CS:
            print_variant(f"{name} ({len(names)}), C {c}", variant, cross_validated(variant, names, c))
    return 0


if __name__ == "__main__":
    sys.exit(main())
