"""The attribution audit of the media corpora: draw, show contexts, record judgements, floors.

python tools/audit_attribution.py [--round N] draw [--seed S] [--force | --record-only]
python tools/audit_attribution.py show [--sample voice] [--group RT] [--from 0 --to 40]
                                       [--unlabelled] [--words 25]
python tools/audit_attribution.py label [--second] < judgements.txt
python tools/audit_attribution.py floors
python tools/audit_attribution.py frame-population

``show`` prints each row's index, assigned values and its context (re-derived from the
corpora, never stored). ``label`` reads lines

    <row> v=<author|reported> s=<actor[+actor]|vague> t=<actor[+actor]> e=<error> | <reason>

(keys optional: ``v`` on voice rows, ``s`` when reported, ``t`` on target rows, empty for no
actor; reason at most 12 words, the judge's own) and derives the labels
(``framing.stats.attribution_audit.judge``). ``floors`` records the current shares as the
regression floors of the round's ``.yaml`` record; ``frame-population`` records the named and
empty targets of the round's whole sampling frame under the current rules, to which the
whole-frame target recall is scaled (``aa.whole_frame_recall``; run it again after a rule change:
a mirror test compares it with the current rules). ``--round`` (default: the latest round of
``framing.stats.attribution_audit.ROUNDS``, read from ``validation_data/attribution-rounds.yaml``,
where a new round is appended before it is drawn) picks the files; ``draw`` uses the round's seed and
sizes and, from round 2 on, leaves out every document an earlier audit showed; round 8
draws from the headline streams (``framing.stats.attribution_audit.HEADLINES``).
"""

from __future__ import annotations

import argparse
import sys

import yaml

from framing.core.errors import DataError
from framing.core.files import atomic_write
from framing.stats import attribution_audit as aa


def _draw(args) -> int:
    from framing.engine.cues import load_cues
    from framing.engine.lexicon import load_lexicon

    spec = aa.audit_round(args.round_)
    path = aa.audit_path(spec.number)
    if path.exists() and not (args.force or args.record_only):
        raise DataError(f"{path} exists; --force replaces it (and its judgements)")
    seed = spec.seed if args.seed is None else args.seed
    frame = spec.frame
    docs = aa.frame_documents(
        frame.datasets,
        set() if spec.fresh_passages else aa.earlier_documents(spec.number),
        outlet_group=frame.outlet_group,
        outlet_column=frame.outlet_column,
    )
    matches = aa.frame_matches(docs, stratum=spec.stratum)
    if spec.fresh_passages:  # shown documents stay; the passages readers saw do not
        matches = aa.fresh_passage_matches(matches, aa.earlier_rows(spec.number))
    sample = aa.draw_sample(matches, seed=seed, sizes=spec.sizes, groups=frame.groups)
    if args.record_only:  # the stored sample must be the one this draw gives
        keys = ["sample", "dataset", "doc_id", "category", "start", "end"]
        old = aa.read_attribution_audit(round_=spec.number)[keys].astype(str)
        if not old.equals(sample[keys].astype(str)):
            raise DataError("the stored sample differs from a fresh draw (rules or data changed)")
    else:
        aa.write_attribution_audit(sample, round_=spec.number)
    record = {
        "seed": seed,
        "sizes": dict(spec.sizes),
        "datasets": list(frame.datasets),
        "excluded_tuning_documents": int(docs.attrs["excluded_tuning"]),
        "documents": {g: int((docs["group"] == g).sum()) for g in frame.groups},
        "population": aa.population(matches, frame.groups),
        "lexicon_fingerprint": load_lexicon().fingerprint,
        "cues_fingerprint": load_cues().fingerprint,
    }
    if spec.fresh_passages:
        record["excluded_earlier_matches"] = int(matches.attrs["excluded_earlier_matches"])
    elif spec.number > 1:
        record["excluded_earlier_documents"] = int(docs.attrs["excluded_earlier"])
    if args.record_only:  # keep the recorded floors
        old_record = aa.read_record(round_=spec.number)
        record.update({k: old_record[k] for k in ("tolerance", "floors") if k in old_record})
    _write_record(record, spec.number)
    print(f"{len(sample)} rows, record -> {aa.record_path(spec.number)}")
    return 0


def _write_record(record: dict, round_: int | None) -> None:
    atomic_write(
        aa.record_path(round_), yaml.safe_dump(record, sort_keys=False, allow_unicode=True)
    )


def _show(args) -> int:
    df = aa.read_attribution_audit(round_=args.round_)
    for i in range(args.lo, min(args.hi, len(df))):
        r = df.iloc[i]
        if (args.sample and r["sample"] != args.sample) or (
            args.group and r["group"] != args.group
        ):
            continue
        if args.unlabelled and (r["voice_label"] or r["target_label"]):
            continue
        ctx, sentence = aa.context(r, args.words)
        print(
            f"{i} [{r['sample']}/{r['group']}/{r['outlet']}] {r['category']} "
            f"voice={r['voice'] or '-'} source={r['source'] or '-'} target={r['target'] or '-'}"
        )
        print("  ctx: " + " ".join(ctx.split()))
        print("  sen: " + " ".join(sentence.split()) + "\n")
    return 0


def _label(args) -> int:
    if args.second:  # a second, independent reader of the same rows: its own file
        path = aa.second_reader_path(args.round_)
        df = (
            aa.read_attribution_audit(path)
            if path.exists()
            else aa.unjudged(aa.read_attribution_audit(round_=args.round_))
        )
    else:
        path, df = None, aa.read_attribution_audit(round_=args.round_)
    n = 0
    for line in sys.stdin:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        head, _, reason = line.partition("|")
        idx, *pairs = head.split()
        vals = {"v": "", "s": "", "t": "", "e": ""}
        for p in pairs:
            k, _, val = p.partition("=")
            if k not in vals:
                raise DataError(f"row {idx}: unknown key {k!r}")
            vals[k] = val
        i = int(idx)
        df.loc[i] = aa.judge(df.loc[i], vals["v"], vals["s"], vals["t"], vals["e"], reason.strip())
        n += 1
    aa.write_attribution_audit(df, path=path, round_=args.round_)
    left = int(((df["voice_label"] == "") & (df["target_label"] == "")).sum())
    print(f"{n} judgements written, {left} rows unjudged", file=sys.stderr)
    return 0


def _floors(args) -> int:
    record = aa.read_record(round_=args.round_)
    audit = aa.read_attribution_audit(round_=args.round_)
    groups = aa.frame_of(args.round_).groups
    table = aa.attribution_audit_table(audit, record.get("population", {}), groups=groups)
    record["tolerance"] = args.tolerance
    record["floors"] = [
        {"assignment": r.assignment, "group": r.group, "share": r.share}
        for r in table.itertuples(index=False)
        if r.assignment in ("voice", "source", "target", "empty target") and r.share == r.share
    ]
    _write_record(record, args.round_)
    print(table.to_string(index=False))
    return 0


def _frame_population(args) -> int:
    """Write the frame's named and empty targets under the current rules into the record (the
    whole-frame target recall is scaled to them: ``aa.whole_frame_recall``)."""
    record = aa.read_record(round_=args.round_)
    record["frame_population"] = aa.frame_population(aa.frame_of(args.round_))
    _write_record(record, args.round_)
    print(yaml.safe_dump(record["frame_population"], sort_keys=False))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--round", type=int, default=None, dest="round_", help="default: the latest")
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--seed", type=int, default=None, help="default: the round's seed")
    d.add_argument("--force", action="store_true")
    d.add_argument(
        "--record-only", action="store_true", help="check the stored sample, rewrite the record"
    )
    d.set_defaults(func=_draw)
    s = sub.add_parser("show")
    s.add_argument("--sample", choices=list(aa.SAMPLE_KINDS))
    s.add_argument(
        "--group",
        choices=[
            *aa.GROUPS,
            *aa.HEADLINES.groups,
            *aa.OFFICIAL.groups,
            *aa.WHITE_HOUSE.groups,
            *aa.UNGD.groups,
        ],
    )
    s.add_argument("--from", type=int, default=0, dest="lo")
    s.add_argument("--to", type=int, default=10**6, dest="hi")
    s.add_argument("--words", type=int, default=25)
    s.add_argument("--unlabelled", action="store_true")
    s.set_defaults(func=_show)
    lab = sub.add_parser("label")
    lab.add_argument("--second", action="store_true", help="a second reader's file (-reader2)")
    lab.set_defaults(func=_label)
    f = sub.add_parser("floors")
    f.add_argument("--tolerance", type=float, default=0.02)
    f.set_defaults(func=_floors)
    fp = sub.add_parser("frame-population", help="whole-frame targets for the recall estimate")
    fp.set_defaults(func=_frame_population)
    args = ap.parse_args()
    try:
        return args.func(args)
    except DataError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
