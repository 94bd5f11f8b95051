"""Would a learned gate over the rules' status give sanction mentions their status better than the rules? (issue 16)

Run: .venv/bin/python bench/status_gate.py [--rows FILE] [--nested]

A measurement, not a pipeline change (its answer was no: the server is unchanged). Every sanction mention the
analysis finds that matches a gold mention of the news corpus's tune half (bench/sanctions.py's one-to-one span
match), batch 14 left out (the round's checkpoint set), is a row: the features of bench/status_gate_features.py (the
rules' own status and its clause's frame; the mentions around it; the parser's vectors), the rules' status and the
gold status. A multinomial logistic regression (scikit-learn, lbfgs, deterministic) for each variant and each C of
CS, scored in 5-fold cross-validation grouped by article (per fold and pooled) and on batch 21 (the last judge, never
read when the rules were written) as a held-out fold of its own, trained on the rest; the gated model replaces the
rules' status only where its top status is another and scores at least a threshold (each of SWEEP, with what it
fixes and breaks). ``--nested`` then judges the whole recipe: the variant, C and gate chosen inside each fold's
training rows, scored on the fold (slow: about half an hour). Prints aggregates only; no article's errors.
``--rows`` keeps the rows in a pickle so that a second run skips the analysis (about four minutes).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from dataclasses import astuple, dataclass, replace
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))

from learned_status import gated, sanctions_with_candidates  # noqa: E402  (session 13's gate; the candidate hook)
from news_corpus import NewsArticle, load_news, locate  # noqa: E402

SWEEP = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
CS = (0.03, 0.1, 0.3, 1.0)
# The encoder variant's features are standardised dense vectors: it needs a stronger regularisation.
ENCODER_CS = (0.003, 0.01, 0.03)
VARIANTS = ("frame", "frame x rules", "frame + discourse", "frame + encoder")
# The variants the nested cross-validation chooses among (the encoder's fits are too slow to nest).
NESTED = ("frame", "frame x rules", "frame + discourse")
FOLDS = 5
# An open feature (a governing lemma) is kept when this many training articles hold it.
MIN_ARTICLES = 5
CHECKPOINT, JUDGE = 14, 21


@dataclass(frozen=True)
class Row:
    """One found mention matched to a gold one."""

    article_id: str
    batch: int
    features: frozenset[str]
    rules: str
    gold: str
    discourse: frozenset[str] = frozenset()
    vector: tuple[float, ...] = ()


def article_rows(article: NewsArticle, doc) -> list[Row]:
    """The rows of one article: the pipeline's stages as pipeline.analyze_article runs them, each found mention
    paired with a gold one."""
    from quotelens.context import build_context
    from quotelens.findings.links import link_quotes_to_people
    from quotelens.findings.organization_entities import organization_entities
    from quotelens.findings.people.people import find_people
    from quotelens.findings.quotes.quotes import find_quotes
    from quotelens.findings.quotes.ranker import rank_speakers
    from sanctions import match
    from status_gate_features import discourse_features, encoder_vector, gate_features

    context = build_context(doc)
    people = find_people(context)
    quotes = rank_speakers(context, find_quotes(context, people), people)
    entities = link_quotes_to_people([*people, *organization_entities(quotes)], quotes)
    found = [SimpleNamespace(id=s.id, start=s.start, end=s.end, candidate=c, rules=s.status, n=n)
             for n, (s, c) in enumerate(sanctions_with_candidates(context, quotes, entities))]
    statuses = [p.rules for p in found]
    gold = [dict(m) for m in article.sanctions]
    for mention in gold:
        mention["start"], mention["end"] = locate(article.text, mention["mention"], mention.get("occurrence", 1))
    return [Row(article.id, article.batch, gate_features(p.candidate, p.rules), p.rules, g["status"],
                discourse_features(statuses, p.n), tuple(float(v) for v in encoder_vector(p.candidate)))
            for g, p in match(gold, found)]


def corpus_rows(split: str = "tune") -> list[Row]:
    """The rows of one half, batch 14 left out."""
    from quotelens.language.nlp import load_nlp

    articles = [a for a in load_news(split) if a.batch != CHECKPOINT]
    docs = load_nlp().pipe(article.text for article in articles)
    return [row for article, doc in zip(articles, docs, strict=True) for row in article_rows(article, doc)]


def kept_features(rows: list[Row]) -> tuple[str, ...]:
    """The features the model is fitted on: every closed one, and an open lemma only when MIN_ARTICLES training
    articles hold it."""
    articles: dict[str, set[str]] = {}
    for row in rows:
        for name in row.features:
            articles.setdefault(name, set()).add(row.article_id)
    return tuple(sorted(name for name, held in articles.items()
                        if not name.startswith(("lemma ", "above lemma ")) or len(held) >= MIN_ARTICLES))


def matrix(rows: list[Row], names: tuple[str, ...], dense: bool = False):
    """One column per feature name, and the parser's vectors beside them when ``dense``."""
    import numpy

    index = {name: i for i, name in enumerate(names)}
    data = numpy.zeros((len(rows), len(names)))
    for r, row in enumerate(rows):
        for name in row.features:
            if name in index:
                data[r, index[name]] = 1.0
    return numpy.hstack([data, numpy.array([row.vector for row in rows])]) if dense else data


def fit(rows: list[Row], c: float, dense: bool = False):
    """The model and its feature names, fitted on ``rows`` (standardised when ``dense``)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    names = kept_features(rows)
    regression = LogisticRegression(C=c, max_iter=5000)
    model = make_pipeline(StandardScaler(), regression) if dense else regression
    return model.fit(matrix(rows, names, dense), [row.gold for row in rows]), names


def variant(rows: list[Row], name: str) -> list[Row]:
    """The rows as one variant of VARIANTS reads them."""
    if name == "frame x rules":  # each feature also crossed with the rules' status: when to trust them
        return [replace(row, features=row.features | {f"{row.rules} & {f}" for f in row.features
                                                      if not f.startswith("rules ")}) for row in rows]
    if name == "frame + discourse":
        return [replace(row, features=row.features | row.discourse) for row in rows]
    return rows


def held_sets(rows: list[Row]) -> list[list[int]]:
    """The held-out rows of each grouped fold (by article) of the rows outside batch 21, then batch 21's."""
    from sklearn.model_selection import GroupKFold

    rest = [i for i, row in enumerate(rows) if row.batch != JUDGE]
    split = GroupKFold(n_splits=FOLDS).split(rest, groups=[rows[i].article_id for i in rest])
    return [[rest[i] for i in held] for _, held in split] + [[i for i, row in enumerate(rows) if row.batch == JUDGE]]


def scored(rows: list[Row], sets: list[list[int]], c: float, dense: bool) -> list[dict[str, float]]:
    """Each row's probabilities from a model trained on the other folds' rows (batch 21 never among them, but
    for its own fold, which is scored by a model trained on every other row)."""
    judge = set(sets[-1])
    results: list[dict[str, float]] = [{}] * len(rows)
    for held in sets:
        out = set(held) | (judge if held is not sets[-1] else set())
        model, names = fit([row for i, row in enumerate(rows) if i not in out], c, dense)
        for i, p in zip(held, model.predict_proba(matrix([rows[i] for i in held], names, dense))):
            results[i] = dict(zip(model.classes_, p))
    return results


def tally(rows, scores, indices, threshold) -> tuple[int, int, int, int]:
    """Rules right, gated right, fixed, broken over ``indices``."""
    answers = {i: gated(rows[i].rules, scores[i], threshold) for i in indices}
    rules = sum(rows[i].rules == rows[i].gold for i in indices)
    right = sum(answers[i] == rows[i].gold for i in indices)
    fixed = sum(answers[i] == rows[i].gold != rows[i].rules for i in indices)
    broke = sum(answers[i] != rows[i].rules == rows[i].gold for i in indices)
    return rules, right, fixed, broke


def print_variant(rows: list[Row], sets: list[list[int]], name: str, c: float) -> None:
    """The model alone, then each gate: right (fixed/broken) per fold, pooled over the five, and on batch 21."""
    scores = scored(variant(rows, name), sets, c, name == "frame + encoder")
    alone = sum(max(p, key=p.__getitem__) == row.gold for row, p in zip(rows, scores))
    pooled = [i for held in sets[:-1] for i in held]
    print(f"\n{name}, C {c}: the model alone {alone}/{len(rows)}")
    for threshold in SWEEP:
        cells = [tally(rows, scores, held, threshold) for held in sets]
        rules, right, fixed, broke = tally(rows, scores, pooled, threshold)
        print(f"  gate {threshold}: " + "  ".join(f"{r:>4d} ({f}/{b})" for _, r, f, b in cells[:-1])
              + f" | pooled {right} {right / len(pooled):.3f} {right - rules:+d} ({fixed}/{broke})"
              + " | batch 21 {1} ({2}/{3})".format(*cells[-1]))


def nested(rows: list[Row], sets: list[list[int]]) -> None:
    """The whole recipe judged at once: in each outer fold the variant (of NESTED), C and gate are chosen by a
    grouped 4-fold cross-validation inside its training rows (the most right, the rules when nothing gains), then
    fitted on them all and scored on the held-out fold. Batch 21 is an outer fold of its own."""
    from sklearn.model_selection import GroupKFold

    judge = set(sets[-1])
    for k, held in enumerate(sets):
        train = [i for i in range(len(rows)) if i not in set(held) and (k == len(sets) - 1 or i not in judge)]
        inner = [[train[j] for j in part] for _, part in GroupKFold(n_splits=4).split(
            train, groups=[rows[i].article_id for i in train])]
        best, choice = 0, None
        for name in NESTED:
            named = variant(rows, name)
            for c in CS:
                scores: dict[int, dict[str, float]] = {}
                for part in inner:
                    model, names = fit([named[i] for i in train if i not in set(part)], c)
                    probabilities = model.predict_proba(matrix([named[i] for i in part], names))
                    scores.update({i: dict(zip(model.classes_, p)) for i, p in zip(part, probabilities)})
                for threshold in SWEEP:
                    _, right, fixed, broke = tally(rows, scores, train, threshold)
                    if fixed - broke > best:
                        best, choice = fixed - broke, (name, c, threshold)
        rules = sum(rows[i].rules == rows[i].gold for i in held)
        if choice is None:
            print(f"  fold {k + 1}: nothing gains inside its training rows: the rules, {rules}/{len(held)}")
            continue
        name, c, threshold = choice
        named = variant(rows, name)
        model, names = fit([named[i] for i in train], c)
        scores = {i: dict(zip(model.classes_, p))
                  for i, p in zip(held, model.predict_proba(matrix([named[i] for i in held], names)))}
        rules, right, fixed, broke = tally(rows, scores, held, threshold)
        print(f"  fold {k + 1}: chose {name}, C {c}, gate {threshold} (inner {best:+d}): {right}/{len(held)} "
              f"against the rules' {rules} ({fixed}/{broke})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=Path, help="a pickle of the rows: read if it exists, else written")
    parser.add_argument("--nested", action="store_true", help="also choose the setting inside each fold")
    args = parser.parse_args()
    if args.rows and args.rows.exists():
        rows = [Row(*fields) for fields in pickle.loads(args.rows.read_bytes())]
    else:
        rows = corpus_rows()
        if args.rows:
            args.rows.write_bytes(pickle.dumps([astuple(row) for row in rows]))
    sets = held_sets(rows)
    pooled = [i for held in sets[:-1] for i in held]
    print(f"tune half without batch {CHECKPOINT}: {len(rows)} matched mentions in "
          f"{len({row.article_id for row in rows})} articles. Rules right per fold: " + ", ".join(
              f"{sum(rows[i].rules == rows[i].gold for i in held)}/{len(held)}" for held in sets[:-1])
          + f"; pooled {sum(rows[i].rules == rows[i].gold for i in pooled)}/{len(pooled)}"
          + f"; batch 21 {sum(rows[i].rules == rows[i].gold for i in sets[-1])}/{len(sets[-1])}")
    print("rules' errors (gold <- rules): " + ", ".join(f"{g} <- {r} {n}" for (g, r), n in Counter(
        (row.gold, row.rules) for row in rows if row.gold != row.rules).most_common(10)))
    for name in VARIANTS:
        for c in ENCODER_CS if name == "frame + encoder" else CS:
            print_variant(rows, sets, name, c)
    if not args.nested:
        return 0
    print("\nnested: variant, C and gate chosen inside each fold's training rows, then scored on the fold "
          "(fold 6 is batch 21)")
    nested(rows, sets)
    return 0


if __name__ == "__main__":
    sys.exit(main())
