"""Where the tests find the contract (shared/ in the repo) and the read-only data folder beside the repo."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / "shared"
# The read-only data folder that sits beside the repository (seed article, evaluation sets); CI lays it there too.
DATA = REPO.parent / "shared"
SEED_TEXT = DATA / "seed" / "kim-putin-sanctions.txt"
SEED_GOLD = DATA / "seed" / "kim-putin-sanctions.gold.json"
EXTRACTION = DATA / "data" / "article-extraction"
POLNEAR_DEV_TEXTS = DATA / "data" / "polnear" / "dev" / "text"
