"""Print audit contexts for judging (re-derived from the downloaded corpora; never stored).

python tools/audit_print.py accusation --from 0 --to 50 [--unlabelled] [--words 25]
"""

from __future__ import annotations

import argparse

from framing.engine.lexicon import load_lexicon
from framing.stats import validation as v


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("category")
    ap.add_argument("--from", type=int, default=0, dest="lo")
    ap.add_argument("--to", type=int, default=50, dest="hi")
    ap.add_argument("--words", type=int, default=25)
    ap.add_argument("--unlabelled", action="store_true")
    args = ap.parse_args()
    cat = load_lexicon().categories[args.category]
    print(f"## {cat.id}: {' '.join(cat.definition.split())}\n")
    df = v.read_audit(args.category)
    for i in range(args.lo, min(args.hi, len(df))):
        row = df.iloc[i]
        if args.unlabelled and row["label"]:
            continue
        ctx = " ".join(v.audit_context(row, args.words).split())
        print(f"{i} r{row['round']} <{row['term']}> {ctx}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
