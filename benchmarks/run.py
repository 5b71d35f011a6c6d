"""Throughput benchmark: framing against Empath, textstat and VADER on the same texts, same run.

Usage: ``python benchmarks/run.py [--quick] [--out benchmarks/results.md]`` (``make bench``).
Reads the registry corpora (set ``FRAMING_MIRROR`` offline). Writes a markdown report with machine
info, MB/s and documents/s per tool, ratios against Empath, peak memory of a ``--jobs 2`` run on
the White House corpus, and scaling at 1x, 2x and 4x corpus size.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import pandas as pd

import framing
from framing.datasets import load
from framing.files import atomic_write
from framing.progress import set_quiet

ROOT = Path(__file__).resolve().parents[1]


def _mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def _time(fn: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _tools() -> dict[str, Callable[[list[str]], object]]:
    import textstat
    from empath import Empath
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from framing.resources import ensure_cmudict

    ensure_cmudict()
    empath = Empath()
    vader = SentimentIntensityAnalyzer()
    return {
        "framing lexical metrics": lambda ts: framing.score(ts, readability=False, sentiment=False),
        "framing full profile": lambda ts: framing.score(ts),
        "Empath analyze (all categories, normalised)": lambda ts: [
            empath.analyze(t, normalize=True) for t in ts
        ],
        "textstat (FRE, FK grade, Gunning fog)": lambda ts: [
            (
                textstat.flesch_reading_ease(t),
                textstat.flesch_kincaid_grade(t),
                textstat.gunning_fog(t),
            )
            for t in ts
        ],
        "VADER polarity_scores (whole documents)": lambda ts: [
            vader.polarity_scores(t) for t in ts
        ],
    }


def _sample(texts: list[str], mb: float) -> list[str]:
    out, size = [], 0.0
    for t in texts:
        if size >= mb:
            break
        out.append(t)
        size += len(t.encode("utf-8")) / 1e6
    return out


def throughput(texts: list[str], corpus: str, vader_mb: float) -> pd.DataFrame:
    rows = []
    for tool, fn in _tools().items():
        sample = _sample(texts, vader_mb) if tool.startswith("VADER") else texts
        seconds = _time(lambda fn=fn, sample=sample: fn(sample))
        mb = _mb(sample)
        rows.append(
            {
                "corpus": corpus,
                "tool": tool,
                "documents": len(sample),
                "MB": round(mb, 2),
                "seconds": round(seconds, 2),
                "MB/s": round(mb / seconds, 2),
                "docs/s": round(len(sample) / seconds, 1),
            }
        )
    df = pd.DataFrame(rows)
    empath = df.loc[df["tool"].str.startswith("Empath"), "MB/s"].iloc[0]
    df["x Empath"] = (df["MB/s"] / empath).round(2)
    return df


def scaling(texts: list[str]) -> pd.DataFrame:
    rows = []
    for factor in (1, 2, 4):
        scaled = texts * factor
        seconds = _time(lambda s=scaled: framing.score(s, readability=False, sentiment=False))
        rows.append(
            {
                "scale": f"{factor}x",
                "documents": len(scaled),
                "MB": round(_mb(scaled), 2),
                "seconds": round(seconds, 2),
            }
        )
    df = pd.DataFrame(rows)
    df["seconds per MB"] = (df["seconds"] / df["MB"]).round(3)
    return df


def jobs_run(corpus_df: pd.DataFrame, jobs: int) -> dict:
    """Score a corpus with ``framing score --jobs N`` in a child process: wall time and peak RSS."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "corpus.parquet"
        corpus_df[["doc_id", "text"]].to_parquet(src)
        out = Path(tmp) / "scores.parquet"
        cmd = [
            sys.executable,
            "-m",
            "framing.cli",
            "--quiet",
            "score",
            str(src),
            "--out",
            str(out),
            "--jobs",
            str(jobs),
        ]
        start = time.perf_counter()
        subprocess.run(cmd, check=True)
        seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "documents": len(corpus_df),
        "MB": round(_mb(list(corpus_df["text"])), 2),
        "jobs": jobs,
        "seconds": round(seconds, 1),
        "peak RSS of largest process (MB)": round(peak_kb / 1024),
    }


def machine_info() -> str:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    pkgs = ", ".join(
        f"{p} {version(p)}" for p in ("framing", "empath", "textstat", "vaderSentiment", "pandas")
    )
    return (
        f"- CPU: {cpu}; cores: {os.cpu_count()}; Python {platform.python_version()} on "
        f"{platform.system()} {platform.machine()}\n- Packages: {pkgs}\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results.md"))
    parser.add_argument("--quick", action="store_true", help="UNGD only, small samples")
    parser.add_argument("--vader-mb", type=float, default=0.5, help="MB of text for VADER (slow)")
    args = parser.parse_args(argv)
    set_quiet(True)

    ungd = load("ungd-2022")
    parts = [throughput(list(ungd["text"]), "ungd-2022", args.vader_mb)]
    wh = None
    if not args.quick:
        wh = load("whitehouse-2022")
        parts.append(throughput(list(wh["text"]), "whitehouse-2022", args.vader_mb))
    table = pd.concat(parts, ignore_index=True)
    scale = scaling(list(ungd["text"]))
    jobs = pd.DataFrame([jobs_run(wh if wh is not None else ungd, 2)])

    report = [
        "# Benchmark results",
        "",
        "Generated by `make bench` (`benchmarks/run.py`). All tools run on the same texts in the same",
        "process, one after another; times are wall-clock seconds of one pass. VADER runs on whole",
        f"documents (not its intended sentence-by-sentence use) on a sample of about {args.vader_mb} MB.",
        "",
        "## Machine",
        machine_info(),
        "## Throughput",
        table.to_markdown(index=False),
        "",
        "## Scaling (framing lexical metrics, UNGD 2022 repeated)",
        scale.to_markdown(index=False),
        "",
        "## Whole corpus with `framing score --jobs 2`",
        jobs.to_markdown(index=False),
        "",
    ]
    atomic_write(args.out, "\n".join(report))
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
