"""Write server/quotelens/data/speaker_ranker.json: the learned speaker ranker's weights (issue 14).

Run: .venv/bin/python bench/train_speaker_ranker.py [--check]

Trained on the news corpus's tune half only (bench/data/news/, split "tune"; never the test half nor the reserve):
every gold direct quote the server's gate opens (ranker_features.is_open: the rules found no person or body at a
missing, pronoun or definite cue; of any class, unnamed sources too), analysed with the ranker off; each candidate
(quotelens/findings/quotes/ranker_candidates.py) labelled right by the bench's ``same_speaker``; and every quote
whose singular pronoun cue the rules resolved to a person or body (the same question, which earlier mention the
pronoun stands for, on seven times as many quotes: grouped CV on tune gains with them). The ranker learns from the
quotes it will answer and their like: fitted on every quote of the four classes whose speaker is not the name at the
cue, it learnt mostly to follow the rules' answer, which an open quote never has among its candidates (so the rules'
answer is no feature of it: among the resolved pronouns it would be the whole lesson). A
scikit-learn logistic regression (lbfgs, deterministic) over features standardised by their mean and standard
deviation on those rows; the file holds both, the coefficients, the intercept and the threshold the server answers
over (bench/speaker_ranker.py GATE, set on tune in grouped cross-validation). ``--check`` retrains and says
whether the file in the tree is what this script writes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speaker_ranker import GATE, corpus_rows, fit_gate, gate_feature_names, gate_rows  # noqa: E402

WEIGHTS = Path(__file__).resolve().parents[1] / "server" / "quotelens" / "data" / "speaker_ranker.json"
DIGITS = 6  # rounded, so that a retrain on another machine writes the same bytes


def weights_file(rows) -> str:
    ranked = gate_rows(rows)
    model = fit_gate(rows)
    scaler, regression = model[0], model[-1]
    names = gate_feature_names(ranked)
    data = {
        "why": "The learned speaker ranker (quotelens/findings/quotes/ranker.py): a logistic regression over the "
               "standardised features of ranker_features.py, written by bench/train_speaker_ranker.py from the "
               f"news corpus's tune half ({len(ranked)} gold quotes its gate opens or whose singular pronoun the "
               f"rules resolved, in "
               f"{len({row.article_id for row in ranked})} articles).",
        "features": list(names),
        "mean": [round(float(v), DIGITS) for v in scaler.mean_],
        "scale": [round(float(v), DIGITS) for v in scaler.scale_],
        "coef": [round(float(v), DIGITS) for v in regression.coef_[0]],
        "intercept": round(float(regression.intercept_[0]), DIGITS),
        "threshold": GATE,
    }
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether the file in the tree is reproduced")
    args = parser.parse_args()
    written = weights_file(corpus_rows("tune"))
    if args.check:
        same = WEIGHTS.exists() and WEIGHTS.read_text(encoding="utf-8") == written
        print(f"{WEIGHTS.name}: {'reproduced' if same else 'DIFFERS from a retrain'}")
        return 0 if same else 1
    WEIGHTS.write_text(written, encoding="utf-8")
    print(f"wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
