"""Draw audit samples into src/framing/stats/validation_data/audit-<category>.csv (labels left empty).

python tools/audit_draw.py --all --n 100 --seed 1            # round 1, every category
python tools/audit_draw.py --category hedge --round 2 --n 30 --terms could might
"""

from __future__ import annotations

import argparse

import pandas as pd

from framing.engine.lexicon import load_lexicon
from framing.stats import validation as v


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--category", action="append", default=[])
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--round", type=int, default=1, dest="round_")
    ap.add_argument("--terms", nargs="*", help="lexicon entries (patterns) to restrict to")
    args = ap.parse_args()
    cats = load_lexicon().ids() if args.all else args.category
    for cat in cats:
        path = v.audit_path(cat)
        old = v.read_audit(cat) if path.exists() else pd.DataFrame(columns=v.AUDIT_COLUMNS)
        new = v.draw_audit_sample(
            cat, args.n, args.seed, terms=args.terms, exclude=old, round_=args.round_
        )
        out = pd.concat([old, new], ignore_index=True)[v.AUDIT_COLUMNS]
        path.parent.mkdir(parents=True, exist_ok=True)
        out.to_csv(path, index=False, lineterminator="\n")
        print(f"{cat}: +{len(new)} rows (round {args.round_}) -> {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
