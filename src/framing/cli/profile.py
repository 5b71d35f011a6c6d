"""``framing profile FILE``: the metrics of one article (table, JSON or CSV)."""

from __future__ import annotations

import json
import math
import sys

from framing.cli._io import lexicon_from_args, read_article_text


def register(sub) -> None:
    p = sub.add_parser("profile", help="metrics of one article")
    p.add_argument("file", help="article .txt (raw, or body beside NAME.yaml)")
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")
    p.add_argument(
        "--lexicon", action="append", metavar="FILE", help="extra lexicon YAML (repeatable)"
    )
    p.add_argument("--encoding", default=None, help="text encoding of FILE (default UTF-8)")
    p.set_defaults(func=run)


def run(args) -> int:
    from framing.engine.analysis import analyze

    lexicon = lexicon_from_args(args)
    _title, body = read_article_text(args.file, encoding=args.encoding)
    metrics = analyze(body, lexicon).metrics
    if args.format == "json":
        data = {
            k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in metrics.items()
        }
        print(json.dumps(data, indent=2))
    elif args.format == "csv":
        metrics.rename_axis("metric").rename("value").to_csv(sys.stdout)
    else:
        width = max(map(len, metrics.index))
        for k, v in metrics.items():
            print(f"{k:<{width}}  {v:.4g}")
    return 0
