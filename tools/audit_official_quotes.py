"""The scare-quote precision audit of the official corpora (precision round 22, issue 13).

python tools/audit_official_quotes.py draw [--force]     # the round's seeded sample
python tools/audit_official_quotes.py show [--words 60]  # contexts for the readers
python tools/audit_official_quotes.py table              # precision and agreement

``show`` prints each row's index, group and context (re-derived from the corpora, never
stored). Judgements are written by ``tools/audit_label.py scare_quote --official [--second]``
(lines ``<row> <c|i> <reason, at most 12 words>``; an incorrect row's reason starts with its
error type, ``attributed: ...``). See ``framing.stats.official_quote_audit``.
"""

from __future__ import annotations

import argparse
import sys

from framing.core.files import atomic_write
from framing.stats import official_quote_audit as oq
from framing.stats import validation as v


def _draw(force: bool) -> int:
    spec = oq.audit_round()
    path = oq.audit_path()
    if path.exists() and not force:
        print(f"{path} exists (judgements would be lost); use --force to redraw", file=sys.stderr)
        return 2
    pop = oq.draw_population(spec)  # the draw reads this, as the recorded round's test does
    sample = oq.draw(spec, pop)
    atomic_write(path, sample.to_csv(index=False, lineterminator="\n"))
    pop_path = oq.population_path(spec)
    atomic_write(pop_path, pop.to_csv(index=False, lineterminator="\n"))
    print(f"population: {oq.population(pop, set())}")
    print(f"{len(sample)} rows -> {path}; population -> {pop_path}")
    return 0


def _show(words: int) -> int:
    for i, row in oq.read_audit().iterrows():
        ctx = " ".join(v.audit_context(row, words).split())
        print(f"{i} [{oq.GROUPS[row['outlet_group']]}]\n{ctx}\n")
    return 0


def _table() -> int:
    print(oq.audit_table().T.to_string())
    if oq.second_reader_path().exists():
        print(oq.agreement().to_string())
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--force", action="store_true")
    s = sub.add_parser("show")
    s.add_argument("--words", type=int, default=60)
    sub.add_parser("table")
    args = ap.parse_args()
    if args.cmd == "draw":
        return _draw(args.force)
    if args.cmd == "show":
        return _show(args.words)
    return _table()


if __name__ == "__main__":
    raise SystemExit(main())
