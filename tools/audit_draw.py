"""Draw audit samples (labels left empty).

python tools/audit_draw.py --all --n 100 --seed 1            # round 1, every category
python tools/audit_draw.py --category hedge --round 2 --n 30 --terms could might
python tools/audit_draw.py --media [--round N]               # the news-media audit (issue 13)
python tools/audit_draw.py --headlines [--old OLD.parquet]   # the headline audit (round 12)

Registry audit: src/framing/stats/validation_data/audit-<category>.csv. ``--media``: the
stratified sample of :mod:`framing.stats.media_audit` (n per category and outlet group, seed
of the round in ``media_audit.ROUNDS`` (``validation_data/media-audit-rounds.yaml``), default the latest, unless ``--seed``) into the round's
file; from round 2 on, documents shown by earlier rounds are left out. Refuses to replace an
existing sample unless ``--force``. ``--headlines``: the sample of
:mod:`framing.stats.headline_audit`; ``--old`` adds ``N`` of each group from a table of the scare
quotes an earlier version of the rules found in the headline streams (columns dataset, doc_id,
start, end, outlet_group; written by running that version), as category ``scare_quote_v16``,
with the same exclusions.
"""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from framing.engine.lexicon import load_lexicon
from framing.stats import validation as v


def draw_media(
    n: int | None, seed: int | None, categories: list[str], force: bool, round_: int | None
) -> int:
    from framing.stats import media_audit as ma

    spec = ma.audit_round(round_)
    path = ma.media_audit_path(spec.number)
    if path.exists() and not force:
        print(f"{path} exists (judgements would be lost); use --force to redraw", file=sys.stderr)
        return 2
    docs = ma.media_documents()
    matches = ma.media_matches(docs)
    sample = ma.draw_round(spec, matches, categories, n or ma.N_PER_CELL, seed, v.read_audit())
    sample.to_csv(path, index=False, lineterminator="\n")
    counts = sample.groupby(["category", "outlet_group"]).size().unstack(fill_value=0)
    print(counts.to_string())
    print(f"{len(sample)} rows -> {path}")
    return 0


def draw_headlines(n: int | None, force: bool, old: str | None) -> int:
    from framing.stats import attribution_audit as aa
    from framing.stats import headline_audit as ha
    from framing.stats import media_audit as ma

    spec = ha.audit_round()
    path = ha.headline_audit_path(spec.number)
    if path.exists() and not force:
        print(f"{path} exists (judgements would be lost); use --force to redraw", file=sys.stderr)
        return 2
    n = n or ha.N_PER_CELL
    matches = ha.headline_matches()
    parts = [ha.draw_round(spec, matches, n, v.read_audit())]
    if old:
        rows = pd.read_parquet(old).assign(
            category=ha.OLD_SCARE_QUOTE, term=v.SCARE_QUOTE_TERM, tuning=False
        )
        tuned = aa.tuning_headlines()  # every tuning headline, with or without a match now
        keys = zip(rows["dataset"], rows["doc_id"], strict=True)
        rows = rows[[k not in tuned for k in keys]]
        parts.append(
            ma.draw_media_sample(
                rows,
                (ha.OLD_SCARE_QUOTE,),
                n,
                spec.seed,
                exclude_documents=ha.earlier_documents(spec.number),
                groups=ha.GROUPS,
            )
        )
    sample = pd.concat(parts, ignore_index=True)
    sample.to_csv(path, index=False, lineterminator="\n")
    print(sample.groupby(["category", "outlet_group"]).size().unstack(fill_value=0).to_string())
    print(f"{len(sample)} rows -> {path}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--category", action="append", default=[])
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--n", type=int, default=None, help="default 100 (media: 30 per cell)")
    ap.add_argument("--seed", type=int, default=None, help="default 1 (media: its own seed)")
    ap.add_argument(
        "--round", type=int, default=None, dest="round_", help="default 1 (media: the latest)"
    )
    ap.add_argument("--terms", nargs="*", help="lexicon entries (patterns) to restrict to")
    ap.add_argument("--media", action="store_true", help="the news-media audit")
    ap.add_argument("--headlines", action="store_true", help="the headline audit (round 12)")
    ap.add_argument("--old", help="--headlines: scare quotes of an earlier version (Parquet)")
    ap.add_argument("--force", action="store_true", help="replace an existing sample")
    args = ap.parse_args()
    if args.headlines:
        return draw_headlines(args.n, args.force, args.old)
    if args.media:
        return draw_media(args.n, args.seed, args.category, args.force, args.round_)
    n = args.n or 100
    seed = 1 if args.seed is None else args.seed
    cats = load_lexicon().ids() if args.all else args.category
    for cat in cats:
        path = v.audit_path(cat)
        old = v.read_audit(cat) if path.exists() else pd.DataFrame(columns=v.AUDIT_COLUMNS)
        round_ = args.round_ or 1
        new = v.draw_audit_sample(cat, n, seed, terms=args.terms, exclude=old, round_=round_)
        out = pd.concat([old, new], ignore_index=True)[v.AUDIT_COLUMNS]
        path.parent.mkdir(parents=True, exist_ok=True)
        out.to_csv(path, index=False, lineterminator="\n")
        print(f"{cat}: +{len(new)} rows (round {round_}) -> {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
