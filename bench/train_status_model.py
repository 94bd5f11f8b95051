"""Write server/quotelens/data/status_model.json: the learned sanction status model's weights (issue 16).

Run: .venv/bin/python bench/train_status_model.py [--without A14,B14] [--check]

Trained on the news corpus's tune half only (bench/data/news/, split "tune"; never the test half nor the reserve),
leaving out the articles of the annotators ``--without`` names (written into the file, so that ``--check`` leaves
out the same): every found mention matched to a gold one, analysed with the model off so that the rules' own status
is a feature (bench/learned_status.py corpus_rows). A scikit-learn multinomial logistic regression (lbfgs,
deterministic) over the yes/no features of quotelens/findings/sanctions/status_features.py; the file holds the
statuses, each feature's weight for each status, the intercepts and the threshold the server overrides the rules
over (bench/learned_status.py GATE, set on tune in grouped cross-validation). ``--check`` retrains and says whether
the file in the tree is what this script writes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from learned_status import C, GATE, corpus_rows, fit  # noqa: E402

WEIGHTS = Path(__file__).resolve().parents[1] / "server" / "quotelens" / "data" / "status_model.json"
DIGITS = 6  # rounded, so that a retrain on another machine writes the same bytes


def weights_file(without: tuple[str, ...]) -> str:
    from quotelens.findings.sanctions.lexicon import load_lexicon
    from quotelens.findings.sanctions.status_features import STATUSES, feature_names

    rows = corpus_rows(frozenset(without))
    names = feature_names(load_lexicon())
    model = fit(rows, names)
    classes = list(model.classes_)
    statuses = [s for s in STATUSES if s in classes]
    order = [classes.index(s) for s in statuses]
    data = {
        "why": "The learned sanction status model (quotelens/findings/sanctions/status_model.py): a multinomial "
               "logistic regression over the yes/no features of status_features.py, written by "
               f"bench/train_status_model.py from the news corpus's tune half ({len(rows)} found mentions matched "
               f"to gold, in {len({row.article_id for row in rows})} articles; C {C}).",
        "without": list(without),
        "statuses": statuses,
        "features": list(names),
        "coef": [[round(float(model.coef_[k][j]), DIGITS) for k in order] for j in range(len(names))],
        "intercept": [round(float(model.intercept_[k]), DIGITS) for k in order],
        "threshold": GATE,
    }
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--without", default="", help="annotators whose articles are left out (e.g. A14,B14)")
    parser.add_argument("--check", action="store_true", help="only say whether the file in the tree is reproduced")
    args = parser.parse_args()
    if args.check:
        without = tuple(json.loads(WEIGHTS.read_text(encoding="utf-8")).get("without", ())) if WEIGHTS.exists() else ()
        same = WEIGHTS.exists() and WEIGHTS.read_text(encoding="utf-8") == weights_file(without)
        print(f"{WEIGHTS.name}: {'reproduced' if same else 'DIFFERS from a retrain'}")
        return 0 if same else 1
    WEIGHTS.write_text(weights_file(tuple(filter(None, args.without.split(",")))), encoding="utf-8")
    print(f"wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
