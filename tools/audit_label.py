"""Write judgements into an audit CSV from lines on stdin:

<row index> <c|i> <short reason, at most 12 words, own words, no corpus text>

python tools/audit_label.py accusation < labels.txt           # audit-accusation.csv
python tools/audit_label.py accusation --media [--round N] < labels.txt
    # the media audit's round N (default the latest; rows checked to be of that category)
python tools/audit_label.py hedge --media --second [--round N] < labels.txt
    # a second, independent reader of the same rows (media-audit-<N>-reader2.csv)
python tools/audit_label.py booster --headlines [--second] [--round N] < labels.txt
    # the headline audit's round N (headline-audit-<N>[-reader2].csv)
python tools/audit_label.py scare_quote --official [--second] < labels.txt
    # the scare-quote audit of the official corpora (official-quote-audit-<N>[-reader2].csv)
"""

from __future__ import annotations

import argparse
import sys

from framing.stats import validation as v


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("category")
    ap.add_argument("--media", action="store_true", help="label rows of the media audit")
    ap.add_argument("--headlines", action="store_true", help="label rows of the headline audit")
    ap.add_argument(
        "--round",
        type=int,
        default=None,
        dest="round_",
        help="--media / --headlines / --official: round",
    )
    ap.add_argument(
        "--official", action="store_true", help="label rows of the official scare-quote audit"
    )
    ap.add_argument(
        "--second",
        action="store_true",
        help="--media / --headlines / --official: the second reader's file",
    )
    args = ap.parse_args()
    if args.official or args.media or args.headlines:
        from framing.stats import headline_audit as ha
        from framing.stats import media_audit as ma
        from framing.stats import official_quote_audit as oq

        if args.official:
            read, first, second = oq.read_audit, oq.audit_path, oq.second_reader_path
        elif args.headlines:
            read, first, second = ma.read_media_audit, ha.headline_audit_path, ha.second_reader_path
        else:
            read, first, second = ma.read_media_audit, ma.media_audit_path, ma.second_reader_path
        path, columns = first(args.round_), ma.COLUMNS
        df = read(path)
        if args.second:
            path = second(args.round_)
            blank = df.assign(label="", reason="")  # a first run starts from the round's rows
            df = read(path) if path.exists() else blank
    else:
        df, path = v.read_audit(args.category), v.audit_path(args.category)
        columns = v.AUDIT_COLUMNS
    n = 0
    for line in sys.stdin:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        idx, lab, *reason = line.split(maxsplit=2)
        reason = reason[0] if reason else ""
        if len(reason.split()) > 12:
            raise SystemExit(f"row {idx}: reason longer than 12 words")
        if df.loc[int(idx), "category"] != args.category:
            got = df.loc[int(idx), "category"]
            raise SystemExit(f"row {idx}: category {got}, not {args.category}")
        df.loc[int(idx), "label"] = {"c": "correct", "i": "incorrect"}[lab]
        df.loc[int(idx), "reason"] = reason
        n += 1
    df[columns].to_csv(path, index=False, lineterminator="\n")
    left = int((df[df["category"] == args.category]["label"] == "").sum())
    print(f"{args.category}: {n} labels written, {left} rows unlabelled", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
