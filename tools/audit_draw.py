"""Draw audit samples (labels left empty).

python tools/audit_draw.py --all --n 100 --seed 1            # round 1, every category
python tools/audit_draw.py --category hedge --round 2 --n 30 --terms could might
python tools/audit_draw.py --media [--round N]               # the news-media audit (issue 13)
python tools/audit_draw.py --headlines [--old OLD.parquet]   # the headline audit (round 12)
python tools/audit_draw.py --corpus my.csv --out sample.csv --all --n 30 --seed 7
    # your own corpus (a path or a corpus name, as `framing score` reads it)

Registry audit: src/framing/stats/validation_data/audit-<category>.csv. ``--media``: the
stratified sample of :mod:`framing.stats.media_audit` (n per category and outlet group, seed
of the round in ``media_audit.ROUNDS`` (``validation_data/media-audit-rounds.yaml``), default the latest, unless ``--seed``) into the round's
file; from round 2 on, documents shown by earlier rounds are left out. Refuses to replace an
existing sample unless ``--force``. ``--headlines``: the sample of
:mod:`framing.stats.headline_audit`; ``--old`` adds ``N`` of each group from a table of the scare
quotes an earlier version of the rules found in the headline streams (columns dataset, doc_id,
start, end, outlet_group; written by running that version), as category ``scare_quote_v16``,
with the same exclusions. ``--corpus PATH --out FILE``: a sample of the matches of the built-in
lexicon (and scare quotes, category ``scare_quote``) in your own corpus, ``n`` per category,
appended to ``FILE`` as the next round, leaving out every match ``FILE`` already holds (a fresh
sample each time; the same seed on the same corpus and file gives the same rows).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

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


def check_categories(cats: list[str], own: bool = False) -> str | None:
    """The error line for no category or an unknown one (None when all are known)."""
    known = list(load_lexicon().ids()) + ([v.SCARE_QUOTE] if own else [])
    if not cats:
        return "name a category (--category NAME, repeatable) or pass --all"
    unknown = [c for c in cats if c not in known]
    if unknown:
        return f"unknown category {', '.join(unknown)}; known: {', '.join(known)}"
    return None


def draw_own(corpus: str, out: str, cats: list[str], n: int, seed: int, text_col: str) -> int:
    """Append a fresh sample of the corpus's matches to ``out`` (see the module docstring)."""
    from framing.core.errors import FramingError
    from framing.data.corpus import load_corpus

    try:
        df = load_corpus(corpus, text_col=text_col)
        old = v.read_audit_file(out) if Path(out).exists() else None
    except FramingError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if not isinstance(df, pd.DataFrame) or df.empty:
        print(f"error: {corpus}: no documents", file=sys.stderr)
        return 2
    round_ = next_round(old)
    matches = v.own_corpus_matches(df, Path(corpus).name)
    new = v.draw_own_sample(matches, cats, n, seed, exclude=old, round_=round_)
    append_sample(Path(out), old, new, cats, n, round_)
    print(f"{len(new)} rows (round {round_}) -> {out}")
    return 0


def next_round(old: pd.DataFrame | None) -> int:
    """The round a new draw into a file holding ``old`` gets: 1, else one after its latest."""
    return 1 if old is None or old.empty else int(old["round"].max()) + 1


def append_sample(
    path: Path, old: pd.DataFrame | None, new: pd.DataFrame, cats, n: int, round_: int
) -> None:
    """Write ``old`` and ``new`` (round ``round_``) to ``path`` (a temporary file, then
    renamed), saying how many rows each category got and when fewer than ``n`` were left."""
    for cat in cats:
        got = int((new["category"] == cat).sum())
        note = "" if got == n else f" (only {got} left of the {n} asked)"
        print(f"{cat}: +{got} rows{note} (round {round_}) -> {path}")
    frame = new if old is None or old.empty else pd.concat([old, new], ignore_index=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    frame[v.AUDIT_COLUMNS].to_csv(tmp, index=False, lineterminator="\n")
    tmp.replace(path)


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
        "--round",
        type=int,
        default=None,
        dest="round_",
        help="default: 1, or one after the file's latest round (media: the latest)",
    )
    ap.add_argument("--terms", nargs="*", help="lexicon entries (patterns) to restrict to")
    ap.add_argument("--media", action="store_true", help="the news-media audit")
    ap.add_argument("--headlines", action="store_true", help="the headline audit (round 12)")
    ap.add_argument("--old", help="--headlines: scare quotes of an earlier version (Parquet)")
    ap.add_argument("--force", action="store_true", help="replace an existing sample")
    ap.add_argument("--corpus", help="your own corpus (path or name); needs --out")
    ap.add_argument("--out", help="--corpus: the sample file (created, or appended to)")
    ap.add_argument("--text-col", default="text", help="--corpus: the text column (text)")
    args = ap.parse_args()
    if args.corpus or args.out:
        if not (args.corpus and args.out):
            print("error: --corpus and --out go together", file=sys.stderr)
            return 2
        cats = [*load_lexicon().ids(), v.SCARE_QUOTE] if args.all else args.category
        if err := check_categories(cats, own=True):
            print(f"error: {err}", file=sys.stderr)
            return 2
        seed = 1 if args.seed is None else args.seed
        return draw_own(args.corpus, args.out, cats, args.n or 100, seed, args.text_col)
    if args.headlines:
        return draw_headlines(args.n, args.force, args.old)
    if args.media:
        return draw_media(args.n, args.seed, args.category, args.force, args.round_)
    n = args.n or 100
    seed = 1 if args.seed is None else args.seed
    cats = list(load_lexicon().ids()) if args.all else args.category
    if err := check_categories(cats):
        print(f"error: {err}", file=sys.stderr)
        return 2
    for cat in cats:
        path = v.audit_path(cat)
        old = v.read_audit(cat) if path.exists() else None
        round_ = args.round_ or next_round(old)  # a second draw is round 2, not pooled into 1
        new = v.draw_audit_sample(cat, n, seed, terms=args.terms, exclude=old, round_=round_)
        append_sample(path, old, new, [cat], n, round_)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
