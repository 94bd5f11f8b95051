"""Do new kinds of training rows help the gated speaker ranker on news it has not seen? (issue 14)

Run: .venv/bin/python bench/ranker_extra_rows.py [--folds 5,10] [--weights 0.25,0.5,1,2] [--cache FILE]
(the rows take two analyses, tune's and PolNeAR train's, some twenty minutes; --cache keeps them for the next run)

Grouped cross-validation by article on the news corpus's tune half, as bench/speaker_ranker.py does: each fold's
gated ranker is fitted on the other folds' gate rows (speaker_ranker.gate_rows), alone or with extra rows given a
sample weight, and judged on the held-out fold's quotes (right speakers of every gold quote, the gated ranker's
column). Extra rows: PolNeAR train's (bench/polnear_ranker_rows.py; never dev), those of them only at a pronoun cue
or only where the gate opens, and two kinds of tune's own quotes the gate leaves closed (the other folds' only):
those named at the cue (the rules' answer is no feature, so they teach what a name at the cue looks like) and those
of the four classes whose speaker is not the name at the cue (ranker_features.RANKED_CLASSES).

Measured (s25; tune 2619 gold quotes, rules 2419, the gated ranker now 2431 at GATE 0.5 in 5 and 10 folds): no kind
gains at GATE. PolNeAR train gives 224 rows (115 open, 109 resolved pronouns; 182 with a right candidate, 34 of an
unnamed source): at weights 0.25/0.5/1/2, 2430/2429/2429/2429 (5 folds), 2429 (10 folds, 0.5 and 1); its pronoun
cues only (132 rows) 2430-2431, its open quotes only 2427-2429. Tune's closed quotes named at the cue (992 rows)
lose: 2424/2421/2422/2422 at 0.25/0.5/1/2, the lesson of train_speaker_ranker.py again (a name at the cue teaches
the features of the rules' answer, which an open quote never has); the four classes' closed quotes (744 rows) 2428
at 0.25, 2426 at 1, and the person classes' (pronoun, description, no mention: 291) 2430 and 2426.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ranker_features import RANKED_CLASSES, Row  # noqa: E402
from speaker_ranker import GATE, SWEEP, corpus_rows, gate_rows, gated, vector  # noqa: E402

# The three of RANKED_CLASSES whose speaker is a person (no organisation).
PERSON_CLASSES = ("pronoun", "description", "no mention at the cue")


def fit_weighted(rows: list[Row], extra: list[Row], weight: float):
    """The gated ranker fitted on ``rows``' gate rows and ``extra`` at ``weight`` each (``vector(alone=True)``)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    taught = [(row, 1.0) for row in gate_rows(rows)] + [(row, weight) for row in extra if row.features]
    features = [vector(f, True) for row, _ in taught for f in row.features]
    labels = [label for row, _ in taught for label in row.labels]
    weights = [w for row, w in taught for _ in row.labels]
    return make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(
        features, labels, logisticregression__sample_weight=weights)


def right(rows: list[Row], model, threshold: float) -> int:
    """Right speakers of every gold quote of ``rows``: the gated ranker's answer where the gate opens, else the
    rules'."""
    total = 0
    for row in rows:
        if not (row.features and row.gate_open):
            total += row.rules_right
            continue
        scores = model.predict_proba([vector(f, True) for f in row.features])[:, 1]
        total += gated(row, scores, max(range(len(scores)), key=scores.__getitem__), threshold)
    return total


def cross_validated(tune: list[Row], extra_of, weight: float, folds: int) -> dict[float, int]:
    """Right speakers on the held-out folds at each threshold; ``extra_of(train rows)`` gives the extra rows."""
    from sklearn.model_selection import GroupKFold

    counts = dict.fromkeys(SWEEP, 0)
    for train, held in GroupKFold(n_splits=folds).split(tune, groups=[row.article_id for row in tune]):
        rest = [tune[i] for i in train]
        model = fit_weighted(rest, extra_of(rest), weight)
        for threshold in SWEEP:
            counts[threshold] += right([tune[i] for i in held], model, threshold)
    return counts


def named_at_cue(rows: list[Row]) -> list[Row]:
    """Quotes named at the cue that the gate leaves closed, each candidate labelled by the gold speaker."""
    return [row for row in rows if row.kind == "named at the cue" and not (row.gate_open or row.teaches)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", default="5,10")
    parser.add_argument("--weights", default="0.25,0.5,1,2")
    parser.add_argument("--cache", help="a pickle of (tune rows, PolNeAR train rows) to read or write")
    args = parser.parse_args()
    if args.cache and Path(args.cache).exists():
        tune, polnear = pickle.loads(Path(args.cache).read_bytes())
    else:
        from polnear_ranker_rows import polnear_rows

        tune, polnear = corpus_rows("tune"), polnear_rows("train")
        if args.cache:
            Path(args.cache).write_bytes(pickle.dumps((tune, polnear)))
    kinds = {
        "polnear": lambda rest: polnear,
        "polnear, pronoun cues": lambda rest: [row for row in polnear if row.kind == "polnear pronoun"],
        "polnear, open only": lambda rest: [row for row in polnear if row.gate_open],
        "tune named at the cue": named_at_cue,
        "tune four classes, closed": lambda rest: [row for row in rest if row.kind in RANKED_CLASSES
                                                   and not (row.gate_open or row.teaches)],
        "tune person classes, closed": lambda rest: [row for row in rest if row.kind in PERSON_CLASSES
                                                     and not (row.gate_open or row.teaches)],
    }
    print(f"tune: {len(tune)} gold quotes, {len(gate_rows(tune))} gate rows; PolNeAR train: {len(polnear)} rows "
          f"({sum(r.gate_open for r in polnear)} open, {sum(r.teaches for r in polnear)} resolved pronouns, "
          f"{sum(any(r.labels) for r in polnear)} with a right candidate)")
    rules = sum(row.rules_right for row in tune)
    for folds in (int(f) for f in args.folds.split(",")):
        print(f"\n{folds}-fold grouped CV on tune: right speakers of every gold quote (rules {rules}), by threshold")
        print(f"{'rows':<38}" + "".join(f"{t:>7}" for t in SWEEP))
        base = cross_validated(tune, lambda rest: [], 1.0, folds)
        print(f"{'tune gate rows (now)':<38}" + "".join(f"{base[t]:>7d}" for t in SWEEP))
        for name, extra_of in kinds.items():
            for weight in (float(w) for w in args.weights.split(",")):
                counts = cross_validated(tune, extra_of, weight, folds)
                print(f"{f'+ {name} x{weight}':<38}" + "".join(f"{counts[t]:>7d}" for t in SWEEP), flush=True)
    print(f"\n(GATE is {GATE})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
