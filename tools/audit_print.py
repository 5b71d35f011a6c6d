"""Print audit contexts for judging (re-derived from the downloaded corpora; never stored).

python tools/audit_print.py accusation --from 0 --to 50 [--unlabelled] [--words 25]
python tools/audit_print.py hedge --media --group western [--unlabelled] [--round N]
python tools/audit_print.py booster --headlines [--group bbc] [--round N]
python tools/audit_print.py hedge --file sample.csv --corpus my.csv [--text-col body]
    # a sample of your own corpus (tools/audit_draw.py --corpus ... --out sample.csv)

Row numbers are those of the CSV (``audit-<category>.csv``; with ``--media`` the whole
media audit file of the round, default the latest; with ``--headlines`` the headline audit's),
as tools/audit_label.py expects them.
"""

from __future__ import annotations

import argparse
import sys

from framing.core.errors import FramingError, InputError
from framing.data.corpus import load_corpus
from framing.engine.lexicon import load_lexicon
from framing.stats import validation as v


def _definition(category: str) -> str:
    if category == v.SCARE_QUOTE:
        return (
            "quotation marks by which the author distances themself from the quoted words "
            "(not attributed speech, not a title or a name)"
        )
    return " ".join(load_lexicon().categories[category].definition.split())


def _own_rows(file, corpus, text_col: str, category: str):
    """The rows of ``category`` in an own sample and the texts (doc_id -> text) of its corpus;
    :class:`FramingError` when one is missing or a row's document is not in the corpus."""
    if not (file and corpus):
        raise InputError("--file and --corpus go together")
    audit = v.read_audit_file(file)
    df = load_corpus(corpus, text_col=text_col)
    texts = dict(zip(df["doc_id"].astype(str), df["text"].fillna("").astype(str), strict=True))
    missing = sorted(set(audit["doc_id"].astype(str)) - set(texts))
    if missing:
        raise InputError(
            f"{file}: {len(missing)} document(s) not in {corpus} (first: {missing[0]}); "
            "pass the corpus the sample was drawn from"
        )
    return audit[audit["category"] == category], texts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("category")
    ap.add_argument("--from", type=int, default=0, dest="lo")
    ap.add_argument("--to", type=int, default=None, dest="hi", help="default: 50 rows on")
    ap.add_argument("--words", type=int, default=25)
    ap.add_argument("--unlabelled", action="store_true")
    ap.add_argument("--media", action="store_true", help="rows of media-audit.csv")
    ap.add_argument("--headlines", action="store_true", help="rows of the headline audit")
    ap.add_argument(
        "--group", help="--media / --headlines: one outlet group (rt, western, bbc ...)"
    )
    ap.add_argument(
        "--round", type=int, default=None, dest="round_", help="--media / --headlines: round"
    )
    ap.add_argument("--file", help="an audit sample of your own corpus; needs --corpus")
    ap.add_argument("--corpus", help="--file: the corpus it was drawn from (path or name)")
    ap.add_argument("--text-col", default="text", help="--corpus: the text column (text)")
    args = ap.parse_args()
    known = [*load_lexicon().ids(), v.SCARE_QUOTE]
    if args.category not in known:
        print(
            f"error: unknown category {args.category}; known: {', '.join(known)}", file=sys.stderr
        )
        return 2
    texts = None
    if args.file or args.corpus:
        try:
            rows, texts = _own_rows(args.file, args.corpus, args.text_col, args.category)
        except (FramingError, KeyError) as e:
            print(f"error: {e}", file=sys.stderr)
            return 2
    print(f"## {args.category}: {_definition(args.category)}\n")
    grouped = args.media or args.headlines
    if texts is not None:
        pass
    elif grouped:
        from framing.stats import headline_audit as ha
        from framing.stats import media_audit as ma

        if args.headlines:
            df = ha.read_headline_audit(ha.audit_round(args.round_).number)
        else:
            df = ma.read_media_audit(ma.media_audit_path(args.round_))
        keep = df["category"] == args.category
        if args.group:
            keep &= df["outlet_group"] == args.group
        rows = df[keep]
    else:
        rows = v.read_audit(args.category)
    hi = args.lo + 50 if args.hi is None else args.hi
    for i, row in rows.iterrows():
        if not args.lo <= i < hi or (args.unlabelled and row["label"]):
            continue
        ctx = " ".join(v.audit_context(row, args.words, texts).split())
        tag = row["outlet_group"] if grouped else f"r{row['round']}"
        print(f"{i} {tag} <{row['term']}> {ctx}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
