"""Would a small learned model give sanction mentions their status better than the rules on news it has not read? (16)

Run: .venv/bin/python bench/learned_status.py [--without A14,B14]

Every sanction mention the analysis finds (with the learned status model off: the rules' own answers) that matches a
gold mention of the news corpus's tune half (bench/sanctions.py's one-to-one span match) is a row: its features
(quotelens/findings/sanctions/status_features.py), the rules' status and the gold status. A multinomial logistic
regression over those yes/no features (scikit-learn, lbfgs, deterministic), scored in 5-fold cross-validation grouped
by article: the rules, the model alone, and the model gated (it overrides the rules only where its top status is
another and scores over a threshold: SWEEP, GATE the one the server uses), with what each gate fixes and breaks.
``--without`` leaves annotators out (this round's checkpoint batch, A14/B14, is never trained on during the round).
Prints aggregates only; no article's errors.
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

# Set on tune in grouped cross-validation (this script's sweep): the threshold that gains most statuses there, the
# higher of a tie (bench/train_status_model.py writes it into data/status_model.json).
GATE = 0.6
SWEEP = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
# The regression's inverse regularisation strength, set on tune in the same cross-validation.
C = 0.3


@dataclass(frozen=True)
class Row:
    """One found mention matched to a gold one."""

    article_id: str
    features: frozenset[str]
    rules: str
    gold: str


def article_rows(article: NewsArticle, doc) -> list[Row]:
    """The rows of one article: the pipeline's stages as pipeline.analyze_article runs them, with the rules'
    statuses (sanction_findings(learned=False)), each found mention paired with a gold one."""
    from quotelens.context import build_context
    from quotelens.findings.links import link_quotes_to_people
    from quotelens.findings.organization_entities import organization_entities
    from quotelens.findings.people.people import find_people
    from quotelens.findings.quotes.quotes import find_quotes
    from quotelens.findings.quotes.ranker import rank_speakers
    from quotelens.findings.sanctions.article import context_of
    from quotelens.findings.sanctions.lexicon import load_lexicon
    from quotelens.findings.sanctions.sanctions import sanction_findings
    from quotelens.findings.sanctions.status_features import status_features
    from sanctions import match

    context = build_context(doc)
    people = find_people(context)
    quotes = rank_speakers(context, find_quotes(context, people), people)
    entities = link_quotes_to_people([*people, *organization_entities(quotes)], quotes)
    findings = sanction_findings(context, quotes, entities, learned=False)
    lex, facts = load_lexicon(), context_of(doc, quotes, entities)
    found = [SimpleNamespace(id=k, start=doc[f.candidate.start].idx, end=doc[f.candidate.end - 1].idx
                             + len(doc[f.candidate.end - 1].text), finding=f) for k, f in enumerate(findings)]
    gold = [dict(m) for m in article.sanctions]
    for mention in gold:
        mention["start"], mention["end"] = locate(article.text, mention["mention"], mention.get("occurrence", 1))
    return [Row(article.id, status_features(p.finding.candidate, p.finding.status, lex, facts), p.finding.status,
                g["status"]) for g, p in match(gold, found)]


def corpus_rows(without: frozenset[str] = frozenset()) -> list[Row]:
    """The rows of the tune half, leaving out the articles of the annotators ``without``."""
    from quotelens.language.nlp import load_nlp

    articles = [a for a in load_news("tune") if a.annotator not in without]
    docs = load_nlp().pipe(article.text for article in articles)
    return [row for article, doc in zip(articles, docs, strict=True) for row in article_rows(article, doc)]


def fit(rows: list[Row], names: tuple[str, ...]):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=2000).fit(matrix(rows, names), [row.gold for row in rows])


def matrix(rows: list[Row], names: tuple[str, ...]) -> list[list[float]]:
    return [[1.0 if name in row.features else 0.0 for name in names] for row in rows]


def gated(rules: str, probabilities: dict[str, float], threshold: float) -> str:
    """The server's rule (status_model.learned_status): the model's top status where it is another and over the
    threshold."""
    top = max(probabilities, key=probabilities.__getitem__)
    return top if top != rules and probabilities[top] >= threshold else rules


def cross_validated(rows: list[Row], names: tuple[str, ...], folds: int = 5) -> list[dict[str, float]]:
    """Each row's status probabilities from a model trained on the folds that hold none of its article's rows."""
    from sklearn.model_selection import GroupKFold

    results: list[dict[str, float]] = [{}] * len(rows)
    for train, held in GroupKFold(n_splits=folds).split(rows, groups=[row.article_id for row in rows]):
        model = fit([rows[i] for i in train], names)
        for i, p in zip(held, model.predict_proba(matrix([rows[i] for i in held], names))):
            results[i] = dict(zip(model.classes_, p))
    return results


def print_scores(rows: list[Row], probabilities: list[dict[str, float]]) -> None:
    n = len(rows)
    rules = sum(row.rules == row.gold for row in rows)
    alone = sum(max(p, key=p.__getitem__) == row.gold for row, p in zip(rows, probabilities))
    print(f"{n} matched mentions in {len({row.article_id for row in rows})} articles")
    print(f"  rules          {rules:>5d} {rules / n:.3f}")
    print(f"  model alone    {alone:>5d} {alone / n:.3f}")
    for threshold in SWEEP:
        answers = [gated(row.rules, p, threshold) for row, p in zip(rows, probabilities)]
        right = sum(a == row.gold for a, row in zip(answers, rows))
        changed = [(row, a) for row, a in zip(rows, answers) if a != row.rules]
        fixed = sum(a == row.gold for row, a in changed)
        broke = sum(row.rules == row.gold for row, _ in changed)
        mark = " <- GATE" if threshold == GATE else ""
        print(f"  gated at {threshold:<4} {right:>5d} {right / n:.3f}  changed {len(changed):>3d}: fixed {fixed:>3d}, "
              f"broke {broke:>3d}{mark}")


def print_changes(rows: list[Row], probabilities: list[dict[str, float]], threshold: float) -> None:
    """What the gate at ``threshold`` changes, by (rules, model, gold) status, in aggregate."""
    counts = Counter((row.rules, a, row.gold) for row, p in zip(rows, probabilities)
                     if (a := gated(row.rules, p, threshold)) != row.rules)
    print(f"\nchanges at {threshold} (rules -> model, gold: count)")
    for (rules, model, gold), count in counts.most_common():
        print(f"  {rules:>10} -> {model:<10} gold {gold:<10} {count:>3d}")


def main() -> int:
    from quotelens.findings.sanctions.lexicon import load_lexicon
    from quotelens.findings.sanctions.status_features import feature_names

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--without", default="", help="annotators whose articles are left out (e.g. A14,B14)")
    args = parser.parse_args()
    rows = corpus_rows(frozenset(filter(None, args.without.split(","))))
    names = feature_names(load_lexicon())
    probabilities = cross_validated(rows, names)
    print("tune half, 5-fold cross-validation grouped by article: status right / share of matched mentions")
    print_scores(rows, probabilities)
    print_changes(rows, probabilities, GATE)
    print("\nconfusion of the rules (gold, rules: count):", sorted(Counter(
        (row.gold, row.rules) for row in rows if row.gold != row.rules).items(), key=lambda kv: -kv[1])[:12])
    return 0


if __name__ == "__main__":
    sys.exit(main())
