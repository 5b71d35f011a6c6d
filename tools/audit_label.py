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
python tools/audit_label.py hedge --file sample.csv < labels.txt
    # a sample of your own corpus (tools/audit_draw.py --corpus ... --out sample.csv)

Labels: ``c`` / ``correct`` or ``i`` / ``incorrect`` (any case). A line that names no row of the
file, another category's row, a row already labelled on an earlier line, or an unknown label
stops the run with one line naming it, and nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from framing.stats import validation as v

_LABELS = {"c": "correct", "i": "incorrect", "correct": "correct", "incorrect": "incorrect"}


class LabelError(ValueError):
    """A line of labels that cannot be applied (the message names its line)."""


def _parse_line(no: int, line: str, df: pd.DataFrame, category: str) -> tuple[int, str, str]:
    """``(row, label, reason)`` of one line; :class:`LabelError` naming line ``no``."""
    parts = line.split(maxsplit=2)
    if len(parts) < 2:
        raise LabelError(f"line {no}: expected '<row> <c|i> <reason>', got {line!r}")
    try:
        idx = int(parts[0])
    except ValueError:
        raise LabelError(f"line {no}: row {parts[0]!r} is not a row number") from None
    if idx not in df.index:
        raise LabelError(f"line {no}: no row {idx} (the file has rows 0-{len(df) - 1})")
    label = _LABELS.get(parts[1].lower())
    if label is None:
        raise LabelError(f"line {no}: label {parts[1]!r} is not c, i, correct or incorrect")
    reason = " ".join(parts[2].split()) if len(parts) > 2 else ""
    if len(reason.split()) > 12:
        raise LabelError(f"line {no}: row {idx}: reason longer than 12 words")
    if df.loc[idx, "category"] != category:
        got = df.loc[idx, "category"]
        raise LabelError(f"line {no}: row {idx}: category {got}, not {category}")
    return idx, label, reason


def parse_labels(lines, df: pd.DataFrame, category: str) -> dict[int, tuple[str, str]]:
    """Row -> (label, reason) of every label line (blank and ``#`` lines skipped);
    :class:`LabelError` on the first line that cannot be applied, a row labelled twice
    included."""
    out: dict[int, tuple[str, str]] = {}
    first: dict[int, int] = {}
    for no, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        idx, label, reason = _parse_line(no, line, df, category)
        if idx in first:
            raise LabelError(f"line {no}: row {idx} already labelled on line {first[idx]}")
        first[idx] = no
        out[idx] = (label, reason)
    return out


def write_atomic(df: pd.DataFrame, path) -> None:
    """Write the CSV next to ``path`` and move it into place (no half-written file)."""
    tmp = Path(path).with_name(Path(path).name + ".tmp")
    df.to_csv(tmp, index=False, lineterminator="\n")
    tmp.replace(path)


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
    ap.add_argument("--file", help="an audit sample of your own corpus (tools/audit_draw.py --out)")
    args = ap.parse_args()
    if args.file:
        from framing.core.errors import FramingError

        try:
            df, path = v.read_audit_file(args.file), args.file
        except FramingError as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
        columns = v.AUDIT_COLUMNS
    elif args.official or args.media or args.headlines:
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
        path = v.audit_path(args.category)
        if not path.exists():
            print(f"error: no audit sample of {args.category!r} ({path})", file=sys.stderr)
            return 2
        df, columns = v.read_audit(args.category), v.AUDIT_COLUMNS
    try:
        labels = parse_labels(sys.stdin, df, args.category)
    except LabelError as e:
        print(f"error: {e}; nothing written", file=sys.stderr)
        return 2
    for idx, (label, reason) in labels.items():
        df.loc[idx, "label"] = label
        df.loc[idx, "reason"] = reason
    write_atomic(df[columns], path)
    n = len(labels)
    left = int((df[df["category"] == args.category]["label"] == "").sum())
    print(f"{args.category}: {n} labels written, {left} rows unlabelled", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
