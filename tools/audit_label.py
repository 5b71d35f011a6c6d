"""Write judgements into src/framing/stats/validation_data/audit-<category>.csv from lines on stdin:

<row index> <c|i> <short reason, at most 12 words, own words, no corpus text>

python tools/audit_label.py accusation < labels.txt
"""

from __future__ import annotations

import argparse
import sys

from framing.stats import validation as v


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("category")
    args = ap.parse_args()
    df = v.read_audit(args.category)
    n = 0
    for line in sys.stdin:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        idx, lab, *reason = line.split(maxsplit=2)
        reason = reason[0] if reason else ""
        if len(reason.split()) > 12:
            raise SystemExit(f"row {idx}: reason longer than 12 words")
        df.loc[int(idx), "label"] = {"c": "correct", "i": "incorrect"}[lab]
        df.loc[int(idx), "reason"] = reason
        n += 1
    df[v.AUDIT_COLUMNS].to_csv(v.audit_path(args.category), index=False, lineterminator="\n")
    left = int((df["label"] == "").sum())
    print(f"{args.category}: {n} labels written, {left} rows unlabelled", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
