"""``framing score INPUT... --out OUT``: one row of metrics per document."""

from __future__ import annotations

from pathlib import Path

from ..errors import OutputError
from ..files import atomic_path, check_output
from ._io import lexicon_from_args, read_inputs

FORMATS = (".csv", ".parquet", ".jsonl")


def register(sub) -> None:
    p = sub.add_parser("score", help="metrics for many documents")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt, .csv, .jsonl or .parquet")
    p.add_argument("--out", required=True, help="output .csv, .parquet or .jsonl")
    p.add_argument("--text-col", default="text")
    p.add_argument("--id-col", default="doc_id")
    p.add_argument("--jobs", type=int, default=1)
    p.add_argument("--lexicon", action="append", metavar="FILE")
    p.add_argument("--encoding", default=None)
    p.add_argument("--force", action="store_true", help="overwrite an existing output")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..scoring import score

    out = Path(args.out)
    if out.suffix.lower() not in FORMATS:
        raise OutputError(f"{out}: unknown output type; use one of {', '.join(FORMATS)}")
    check_output(out, force=args.force)
    df = read_inputs(args.inputs, args.text_col, args.id_col, args.encoding)
    table = score(
        df, text_col="text", id_col=args.id_col, lexicon=lexicon_from_args(args), jobs=args.jobs
    )
    with atomic_path(out, force=args.force) as tmp:
        suffix = out.suffix.lower()
        if suffix == ".csv":
            table.to_csv(tmp, index=False)
        elif suffix == ".parquet":
            table.to_parquet(tmp, index=False)
        else:
            table.to_json(tmp, orient="records", lines=True, force_ascii=False)
    return 0
