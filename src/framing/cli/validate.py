"""``framing validate``: the lexical metrics against human judgement (docs/validation.md).

Prints the UNSCon table (attack signals vs. gold labels, P/R/F1 and AUC with cluster bootstrap
95% intervals; 2014 development, 2016 held-out), the target checks (actor references and the
attribution rules' ``target``), the precision audit
(``framing/stats/validation_data/audit-*.csv``, Wilson 95% intervals), the attribution audit
of the media corpora (``media-audit-attribution.csv``: voice, source and target judged by
reading) and the fresh precision audit of the news media (``media-audit.csv``: precision per outlet group, the gap Western − state media,
matches per 1,000 words, the goals of issue 13). Needs the ``unscon`` dataset (fetched on first
use), for the "current lexicon" audit column the three registry corpora, and for the media
rates the three media corpora (scored once, then cached). ``--goals``: only where every
validation goal stands (``framing.stats.goal_status``; the judgements alone, no corpus).
"""

from __future__ import annotations

import sys

from framing.cli._options import non_negative_int, positive_int

BOOT_DEFAULT = 1000


def register(sub) -> None:
    p = sub.add_parser("validate", help="validate the lexical metrics against human judgement")
    p.add_argument("--level", choices=["clauses", "sentences", "both"], default="both")
    p.add_argument(
        "--signal",
        action="append",
        help="UNSCon signals to show and write (repeatable; default: all)",
    )
    p.add_argument(
        "--boot",
        type=positive_int,
        default=BOOT_DEFAULT,
        help=f"bootstrap replicates (default {BOOT_DEFAULT})",
    )
    p.add_argument("--seed", type=non_negative_int, default=None)
    p.add_argument("--no-audit", action="store_true", help="skip the precision audit table")
    p.add_argument("--no-unscon", action="store_true", help="skip the UNSCon tables")
    p.add_argument("--no-media", action="store_true", help="skip the news-media audit")
    p.add_argument(
        "--goals",
        action="store_true",
        help="only where every validation goal stands (docs/validation.md section 0; no corpus "
        "needed); with --out, write that table",
    )
    p.add_argument(
        "--labels",
        metavar="FILE",
        help="only the precision of an audit sample of your own corpus (tools/audit_draw.py "
        "--corpus ... --out FILE, labelled with tools/audit_label.py --file FILE): per category "
        "and pooled, raw counts and Wilson 95%% CI; with --out, write that table",
    )
    p.add_argument(
        "--out",
        "--csv",
        dest="out",
        metavar="PATH",
        help="also write the UNSCon table, or with --goals the goal table (.csv, .parquet or "
        ".jsonl; format from the extension)",
    )
    p.add_argument("--force", action="store_true", help="overwrite an existing --out")
    p.set_defaults(func=run)


def _check_options(args, signals) -> None:
    """:class:`InputError` for options that would print or write less than asked: unknown
    ``--signal`` names, ``--signal``/``--out`` without the UNSCon table they apply to, and every
    table skipped."""
    from framing.core.errors import InputError

    unknown = sorted(set(args.signal or ()) - set(signals))
    if unknown:
        raise InputError(
            f"--signal: unknown signal(s) {', '.join(map(repr, unknown))}; known: "
            f"{', '.join(signals)}"
        )
    if args.goals and args.labels:
        raise InputError("--goals and --labels are two different tables; pass one")
    if args.goals or args.labels:
        mode = "--goals" if args.goals else "--labels"
        ignored = _ignored_options(args)
        if ignored:
            raise InputError(
                f"{', '.join(ignored)}: {mode} does not use {'it' if len(ignored) == 1 else 'them'}"
                f" (it takes --out and --force{', --boot' if args.goals else ''}); drop "
                f"{'it' if len(ignored) == 1 else 'them'}"
            )
        return
    if args.no_unscon and (args.signal or args.out):
        what = "--signal" if args.signal else "--out"
        raise InputError(
            f"{what} applies to the UNSCon table, which --no-unscon skips (--out with --goals "
            "writes the goal table)"
        )
    if args.no_unscon and args.no_audit and args.no_media:
        raise InputError(
            "--no-unscon, --no-audit and --no-media together leave nothing to show; drop one or "
            "pass --goals"
        )


def _ignored_options(args) -> list[str]:
    """The options given that ``--goals`` and ``--labels`` do not use (``--boot`` is
    ``--goals``' only)."""
    given = {
        "--level": args.level != "both",
        "--signal": bool(args.signal),
        "--seed": args.seed is not None,
        "--no-audit": args.no_audit,
        "--no-unscon": args.no_unscon,
        "--no-media": args.no_media,
        "--boot": bool(args.labels) and args.boot != BOOT_DEFAULT,
    }
    return [name for name, on in given.items() if on]


def _fmt(x: float, lo: float, hi: float) -> str:
    if x != x:  # NaN
        return "   -              "
    return f"{x:.2f} [{lo:.2f},{hi:.2f}]"


def run(args) -> int:
    from framing.core.tables import check_table_output, write_table
    from framing.stats import validation as v

    _check_options(args, v.SIGNALS)
    if args.out:
        check_table_output(args.out, force=args.force)
    out = sys.stdout
    if args.labels:
        table = v.precision_table(v.read_audit_file(args.labels))
        if args.out:
            write_table(table, args.out, force=args.force)
        _print_own_precision(table, args.labels, out)
        return 0
    if args.goals:
        from framing.stats import goal_status as gs

        cells = gs.goal_status(n_boot=args.boot)
        if args.out:
            write_table(cells, args.out, force=args.force)
        _print_goals(cells, out)
        return 0
    if not args.no_unscon:
        levels = v.LEVELS if args.level == "both" else (args.level,)
        units = {lv: v.unscon_units(lv) for lv in levels}
        seed = v.SEED if args.seed is None else args.seed
        table = v.unscon_table(units, n_boot=args.boot, seed=seed)
        if args.signal:
            table = table[table["signal"].isin(args.signal)].reset_index(drop=True)
        if args.out:
            write_table(table, args.out, force=args.force)
        print(
            "UNSCon: does a unit with the signal carry the gold label? "
            "(95% CI: speeches resampled)",
            file=out,
        )
        head = (
            f"{'level':9} {'split':19} {'signal':19} {'gold':16} {'n':>5} {'gold':>5} "
            f"{'flag':>5}  {'precision':18} {'recall':18} {'F1':18} {'AUC':18}"
        )
        print(head, file=out)
        for r in table.itertuples(index=False):
            print(
                f"{r.level:9} {r.split:19} {r.signal:19} {r.gold:16} {r.units:5d} "
                f"{r.gold_units:5d} {r.flagged:5d}  "
                f"{_fmt(r.precision, r.precision_lo, r.precision_hi)} "
                f"{_fmt(r.recall, r.recall_lo, r.recall_hi)} {_fmt(r.f1, r.f1_lo, r.f1_hi)} "
                f"{_fmt(r.auc, r.auc_lo, r.auc_hi)}",
                file=out,
            )
        tt = v.target_table(units, n_boot=args.boot, seed=seed)
        print(
            "\nTargets: gold target USA -> west_us reference; Russia -> russia reference", file=out
        )
        for r in tt.itertuples(index=False):
            print(
                f"{r.level:9} {r.split:19} {r.scope:15} {r.target:7} {r.units:5d} "
                f"{r.gold_units:5d} {r.flagged:5d}  "
                f"{_fmt(r.precision, r.precision_lo, r.precision_hi)} "
                f"{_fmt(r.recall, r.recall_lo, r.recall_hi)} {_fmt(r.f1, r.f1_lo, r.f1_hi)}",
                file=out,
            )
        at = v.attribution_target_table(units, n_boot=args.boot, seed=seed)
        print(
            "\nTarget attribution: does a unit whose matches target the actor carry that gold "
            "target? (target: the rules' `target`; reference: the unit names the actor)",
            file=out,
        )
        for r in at.itertuples(index=False):
            print(
                f"{r.level:9} {r.split:19} {r.scope:15} {r.predictor:9} {r.target:19} "
                f"{r.units:5d} {r.gold_units:5d} {r.flagged:5d}  "
                f"{_fmt(r.precision, r.precision_lo, r.precision_hi)} "
                f"{_fmt(r.recall, r.recall_lo, r.recall_hi)} {_fmt(r.f1, r.f1_lo, r.f1_hi)}",
                file=out,
            )
    if not args.no_audit:
        audit = v.read_audit()
        current = v.still_matched(audit)  # local re-derivation, no corpus scan
        prec = v.audit_precision(audit, current)
        print("\nPrecision audit (matches judged by an AI reader; Wilson 95% CI)", file=out)
        print(
            f"{'category':20} {'round 1':>26} {'current lexicon':>26} {'round 2 (changed)':>26}",
            file=out,
        )
        for r in prec.itertuples(index=False):
            cells = []
            for part in ("round1", "current", "round2"):
                n = getattr(r, f"{part}_n", 0)
                if n and n == n:
                    cells.append(
                        f"{int(getattr(r, part + '_correct'))}/{int(n)} "
                        + _fmt(
                            getattr(r, part + "_precision"),
                            getattr(r, part + "_lo"),
                            getattr(r, part + "_hi"),
                        )
                    )
                else:
                    cells.append("-")
            print(f"{r.category:20} " + " ".join(f"{c:>26}" for c in cells), file=out)
        from framing.stats.attribution_audit import headline_measures, latest_measures

        print(
            "\nAttribution audit of the media corpora (voice, source, target judged by AI readers; "
            "Wilson 95% CI; target recall estimated, bootstrap CI; (rN): the audit round that "
            "last measured the cell)",
            file=out,
        )
        _print_measures(latest_measures(), out)
        print(
            "\nAttribution audit of the 2022 headline streams (BBC; CGTN, China Daily, Global "
            "Times, Xinhua), another population, not pooled with the above",
            file=out,
        )
        _print_measures(headline_measures(), out)
    if not args.no_media:
        _print_media(out)
    return 0


def _print_own_precision(table, path, out) -> None:
    """The precision table of an own audit sample (:func:`framing.stats.validation.precision_table`)."""
    print(
        f"Precision of the judged matches in {path} (Wilson 95% CI; 'all': every judged row "
        "pooled, categories in proportion to their rows)",
        file=out,
    )
    print(f"{'category':20} {'k/n':>9}  {'precision [95% CI]':18} unlabelled", file=out)
    for r in table.itertuples(index=False):
        k = f"{r.correct}/{r.n}"
        print(
            f"{r.category:20} {k:>9}  {_fmt(r.precision, r.lo, r.hi)} {r.unlabelled:10d}", file=out
        )


def _print_goals(cells, out) -> None:
    """The goal-status table (:func:`framing.stats.goal_status.goal_status`): a count line, then
    one line per cell, the cells that miss their goal marked."""
    import pandas as pd

    from framing.stats import goal_status as gs

    n = gs.totals(cells)
    print(
        f"Where every validation goal of issue 13 stands: {n['cells']} cells carry a goal, "
        f"{n['met']} met, {n['not met']} not met, {n['too few']} with fewer than {gs.MIN_N} "
        "judged rows (not judged). Each cell: its latest audit round (rN); AI readers; "
        "Wilson 95% CI (gaps: Newcombe; target recall: an estimate, bootstrap CI)",
        file=out,
    )
    print(
        f"{'goal':52} {'corpus':24} {'measure':36} {'group':26} {'k/n':>7}  "
        f"{'value [95% CI]':18} {'status':10} round",
        file=out,
    )
    for r in cells.itertuples(index=False):
        if pd.isna(r.n):
            k = "est."
        elif pd.isna(r.correct):
            k = f">={int(r.n)}"
        else:
            k = f"{int(r.correct)}/{int(r.n)}"
        status = "NOT MET" if r.status == "not met" else r.status
        rnd = "-" if pd.isna(r.round) else f"r{int(r.round)}"
        print(
            f"{r.goal:52} {r.corpus:24} {r.measure:36} {r.group:26} {k:>7}  "
            f"{_fmt(r.value, r.lo, r.hi)} {status:10} {rnd}",
            file=out,
        )


def _print_measures(table, out) -> None:
    """Rows of an attribution audit table with their round and goal."""
    for r in table.itertuples(index=False):
        goal = "" if r.met is None else f"  goal {r.goal:.2f}: {'met' if r.met else 'not met'}"
        k = "estimate" if r.assignment == "target recall" else f"{r.correct}/{r.n}"
        print(
            f"{r.assignment:14} {r.group:13} {k:>9} {_fmt(r.share, r.lo, r.hi)} (r{r.round}){goal}",
            file=out,
        )


def _print_media(out) -> None:
    from framing.stats import headline_audit as ha
    from framing.stats import media_audit as ma

    docs = ma.media_documents()
    rates = ma.media_rates(docs, ma.media_scores(docs))
    table = ma.media_audit_table(ma.read_media_audit(), rates)
    _print_precision(
        table,
        ma.media_audit_goals(table),
        {**ma.GROUPS, ma.STATE: "state media"},
        "Western - state",
        "\nNews-media audit (issue 13): precision of matches judged by AI readers, per outlet group "
        "(Wilson 95% CI); Western - state media (Newcombe 95% CI); matches per 1,000 words; "
        "(rN): the audit round that measured the category",
        out,
    )
    table = ha.headline_audit_table()
    _print_precision(
        table,
        ha.headline_goals(table),
        {**ha.GROUPS, "all": "both"},
        "BBC - Chinese state",
        "\nHeadline audit (issue 13, round 12): the same on the 2022 headline streams (BBC; CGTN, "
        "China Daily, Global Times, Xinhua), another population, not pooled with the above; "
        f"{ha.OLD_SCARE_QUOTE}: the scare quotes of the rules before round 12",
        out,
    )


def _print_precision(table, goals, names: dict, gap_name: str, title: str, out) -> None:
    """A precision table (:func:`framing.stats.media_audit.media_audit_table`) and its goals."""
    groups = list(names)
    print(title, file=out)
    print(
        f"{'category':20} "
        + " ".join(f"{names[g]:>24}" for g in groups)
        + f" {gap_name:>24}  "
        + " ".join(f"{names[g] + ' /1k':>16}" for g in groups),
        file=out,
    )
    for r in table.itertuples(index=False):
        cells = [
            f"{getattr(r, g + '_correct')}/{getattr(r, g + '_n')} "
            + _fmt(getattr(r, g + "_precision"), getattr(r, g + "_lo"), getattr(r, g + "_hi"))
            for g in groups
        ]
        gap = f"{r.gap:+.2f} [{r.gap_lo:+.2f},{r.gap_hi:+.2f}]"
        per_1k = [f"{getattr(r, g + '_per_1k'):16.2f}" for g in groups]
        label = f"{r.category} (r{r.round})" if "round" in table else r.category
        print(
            f"{label:20} "
            + " ".join(f"{c:>24}" for c in cells)
            + f" {gap:>24}  "
            + " ".join(per_1k),
            file=out,
        )
    print("\nGoals of issue 13 (precision goals in every outlet group)", file=out)
    for r in goals.itertuples(index=False):
        verdict = "met" if r.met else "NOT MET"
        print(
            f"{r.category:20} {r.goal:58} {r.value:+.2f} ({r.where}; threshold "
            f"{r.threshold:+.2f}): {verdict}",
            file=out,
        )
