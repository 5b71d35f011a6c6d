"""Censuses of a rule change: every match whose value a version changed, read in full.

A fresh random round holds almost none of the few matches a small rule change touches, so each
such change is measured where it acts: every changed match of the seven registry corpora,
shuffled with control matches the version leaves alone (a seeded draw), read blind by two
readers who write the value they see. The judgements are package data (ids, offsets, the
rules' values, each reader's values and reasons; never corpus text):

- ``targets-118`` (``target-census-118.csv``, ``docs/validation.md`` section 95): the 19 targets
  version 118 gave and 21 matches left without one;
- ``voices-120`` (``voice-census-120.csv``, section 97): the 59 voices and sources version 120
  changed (a "suggest" whose subject is a thing is the writer's inference), with the values
  before (``old_voice``, ``old_source``), and 20 reported matches after a "suggest" it left
  alone;
- ``voices-121`` (``voice-census-121.csv``, section 98): the 250 matches whose voice, source or
  target versions 121 and 122 changed (speech tags, anonymous holders, nouns read as verbs,
  infinitives after a comma), with the values before (``old_voice``, ``old_source``,
  ``old_target``), 35 reported matches of the seven corpora they left alone, and 8 that version
  121 changed and 122 put back (``restored``, outside the table);
- ``voices-123`` (``voice-census-123.csv``, section 100): the 34 matches whose voice or source
  version 123 changed (a share of people as the subject, "believed to be ... by", "interpreted
  as"), with the values before, and 15 reported matches it left alone;
- ``voices-124`` (``voice-census-124.csv``, section 101): the 9 matches whose voice or source
  version 124 changed (a bare title as a later "he"'s antecedent, "regretted that"), with the
  values before, 10 reported matches it left alone, and 2 whose target alone changed
  (``target_only``, outside the table: the readers judged voice and source);
- ``voices-125`` (``voice-census-125.csv``, section 103): the 14 sources version 125 changed
  (officials of a state's regions and cities), with the values before, and 10 reported matches
  it left alone;
- ``voices-126`` (``voice-census-126.csv``, section 104): the 15 matches whose voice or source
  version 126 changed ("there are signs that" as evidence, an attributive "suspected" after
  "and"), with the values before, and 10 reported matches it left alone;
- ``voices-144`` (``voice-census-144.csv``, section 132): the 20 matches version 144 changed
  (officials of US states and cities): 19 sources from none to ``west_us`` and 1 whose target
  alone changed (``target_only``); no controls (the rule only adds a holder's state);
- ``targets-127`` (``target-census-127.csv``, section 107): the 16 targets version 127 gave
  (all had none before: the owner of a copula's subject past a modifier, "resort to", a
  sentence-opening "By <-ing>") and 10 matches left without one;
- ``targets-128`` (``target-census-128.csv``, section 108): the 35 targets version 128 gave
  (all had none before: an agent past a participle of perpetrating, modifiers coordinated
  before their noun) and 12 matches left without one;
- ``targets-129`` (``target-census-129.csv``, section 109): the 10 targets version 129 gave
  (a relative pronoun's antecedent as the doer) and 10 matches left without one;
- ``targets-130`` (``target-census-130.csv``, section 110): the 39 targets a tried rule gave
  the labeller of "what X called" (a pronoun or a title), and 10 such labels it left without
  one. The readers split on whether a plain attribution casts its labeller, and the rule was
  withdrawn: the current rules give these rows no target (``target`` holds the tried rule's);
- ``targets-inside`` (``target-census-inside.csv``, section 111): all 38 targets the current
  rules give a "what X calls" label through an actor inside it (role ``inside``: *what Russia
  calls*), kind ``current``: a precision census of unchanged outputs, no controls;
  ``tried_target`` holds the values of a rule tried and not kept (no target for the text's own
  side).

Rows are flagged ``guided`` when their passage was one of the audit rows the rules were written
from, and ``shown_passage`` when any earlier attribution round sampled a row within 2,000
characters (the strict freshness of :func:`framing.stats.attribution_audit.
fresh_passage_matches`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd

from framing.core.errors import DataError
from framing.stats.intervals import wilson
from framing.stats.validation import validation_dir

#: census name -> (file, the columns of the rules' values and of each reader's)
CENSUSES = {
    "targets-118": ("target-census-118.csv", ("target",)),
    "voices-120": ("voice-census-120.csv", ("voice", "source")),
    "voices-121": ("voice-census-121.csv", ("voice", "source")),
    "voices-123": ("voice-census-123.csv", ("voice", "source")),
    "voices-124": ("voice-census-124.csv", ("voice", "source")),
    "voices-125": ("voice-census-125.csv", ("voice", "source")),
    "voices-126": ("voice-census-126.csv", ("voice", "source")),
    "voices-144": ("voice-census-144.csv", ("voice", "source")),
    "targets-127": ("target-census-127.csv", ("target",)),
    "targets-128": ("target-census-128.csv", ("target",)),
    "targets-129": ("target-census-129.csv", ("target",)),
    "targets-130": ("target-census-130.csv", ("target",)),
    "targets-inside": ("target-census-inside.csv", ("target",)),
}
_IDS = ["row", "kind", "guided", "shown_passage", "dataset", "doc_id", "category", "start", "end"]
#: a row's kind: a match the version changed, a control it left alone, a match one version
#: changed and the next put back (``voices-121``: 8 rows version 122 restored), a match of a
#: voice census whose target alone changed (``voices-124``: 2 rows, outside the table), or a
#: current output read in full without a change (``targets-inside``)
KINDS = ("changed", "control", "restored", "target_only", "current")


def _columns(values: tuple[str, ...]) -> list[str]:
    readers = [f"{r}{suffix}" for r in ("reader1", "reader2") for suffix in _suffixes(values)]
    return [*_IDS, *values, *readers, "reason1", "reason2"]


def _suffixes(values: tuple[str, ...]) -> list[str]:
    return [""] if len(values) == 1 else [f"_{v}" for v in values]


def read_census(name: str = "targets-118", path: str | Path | None = None) -> pd.DataFrame:
    """The rows of census ``name`` (:data:`CENSUSES`), empty strings for empty cells and
    booleans for the two flags.

    Raises
    ------
    DataError
        If the name is unknown, the file is missing or lacks a column.
    """
    if name not in CENSUSES:
        raise DataError(f"unknown census {name!r}; known: {', '.join(CENSUSES)}")
    file, values = CENSUSES[name]
    p = Path(path) if path is not None else validation_dir() / file
    if not p.is_file():
        raise DataError(f"{p}: the census {name} is missing")
    df = pd.read_csv(p, dtype=str, keep_default_na=False)
    columns = _columns(values)
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise DataError(f"{p}: columns missing: {', '.join(missing)}")
    df = df.copy()  # also any extra columns ("old_voice", "old_source": the values before)
    for flag in ("guided", "shown_passage"):
        df[flag] = df[flag].map({"True": True, "False": False})
    df["start"], df["end"] = df["start"].astype(int), df["end"].astype(int)
    return df


def _agrees(assigned: str, truth: str) -> bool:
    """The same set of actors ("russia+ukraine" equals "ukraine+russia")."""
    return set(filter(None, assigned.split("+"))) == set(filter(None, truth.split("+")))


def _subsets(df: pd.DataFrame, what: str, controls: str) -> dict[str, pd.DataFrame]:
    current = df[df["kind"] == "current"]
    if len(current):  # a census of the current rules' outputs, no change and no controls
        return {
            f"current {what}, all": current,
            f"current {what}, passages no attribution round showed": current[
                ~current["shown_passage"]
            ],
        }
    changed = df[df["kind"] == "changed"]
    return {
        f"changed {what}, all": changed,
        f"changed {what}, passages that guided no rule": changed[~changed["guided"]],
        f"changed {what}, passages no attribution round showed": changed[~changed["shown_passage"]],
        controls: df[df["kind"] == "control"],
    }


def _table(df: pd.DataFrame, what: str, controls: str, value, agree) -> pd.DataFrame:
    """Per subset (:func:`_subsets`), how many rows each reader and both readers find right,
    with the Wilson interval of ``both``, and how many rows the two readers agree on;
    ``value(row, who)`` is the value the rules (``who="rules"``) or a reader gave, ``agree(a,
    b)`` whether two values are the same."""
    rows = []
    for name, d in _subsets(df, what, controls).items():
        records = d.to_dict("records")
        one = [agree(value(r, "rules"), value(r, "reader1")) for r in records]
        two = [agree(value(r, "rules"), value(r, "reader2")) for r in records]
        both = sum(a and b for a, b in zip(one, two, strict=True))
        n = len(records)
        lo, hi = wilson(both, n)
        readers = sum(agree(value(r, "reader1"), value(r, "reader2")) for r in records)
        rows.append(
            {
                "subset": name,
                "n": n,
                "reader1": sum(one),
                "reader2": sum(two),
                "both": both,
                "share": both / n if n else float("nan"),
                "lo": lo,
                "hi": hi,
                "readers_agree": readers,
            }  # fmt: skip
        )
    return pd.DataFrame(rows)


def census_table(census: pd.DataFrame | None = None, name: str = "targets-118") -> pd.DataFrame:
    """Agreement of the rules' target with each reader, per subset of a target census
    (``census``, or the census ``name`` of :data:`CENSUSES`).

    Returns
    -------
    DataFrame
        One row per subset (changed: all, not guided, fresh passages; controls; or, for a
        census of current outputs, current: all, fresh passages): ``n``,
        ``reader1`` and ``reader2`` (rows where the reader's target equals the rules'),
        ``both`` (equal for both readers), ``share`` (``both / n``) with its Wilson 95% interval
        ``lo``, ``hi``, and ``readers_agree`` (rows where the two readers wrote the same).
    """
    df = read_census(name) if census is None else census

    def value(r: dict, who: str) -> str:
        return r["target" if who == "rules" else who]

    return _table(df, "targets", "controls (the rules give no target)", value, _agrees)


def _voice_right(voice: str, source: str, truth_voice: str, truth_source: str) -> bool:
    """The rules' voice equals the reader's, and so does the source where both say reported."""
    if voice != truth_voice:
        return False
    return voice != "reported" or _agrees(source, truth_source)


def voice_census_table(
    census: pd.DataFrame | None = None,
    values: tuple[str, str] = ("voice", "source"),
    sources: bool = True,
) -> pd.DataFrame:
    """:func:`census_table` for the voice census: a row agrees with a reader when the voice is
    the reader's and, where both say reported, the source too. ``values``: the columns of the
    rules' voice and source (``("old_voice", "old_source")``: the values before the version);
    ``sources=False`` compares the voices alone."""
    df = read_census("voices-120") if census is None else census
    voice, source = values

    def value(r: dict, who: str) -> tuple[str, str]:
        names = (voice, source) if who == "rules" else (f"{who}_voice", f"{who}_source")
        return (r[names[0]], r[names[1]] if sources else "")

    return _table(
        df, "voices", "controls (still reported)", value, lambda a, b: _voice_right(*a, *b)
    )


def census_confirms(row: dict, column: str, value: str) -> bool:
    """Both readers of a voice census that read the match of ``row`` (``dataset``, ``doc_id``,
    ``category``, ``start``) give ``value`` for ``column`` (``voice`` or ``source``; a source
    only where both read the match as reported): a later blind reading of a row an earlier
    round judged otherwise (attribution round 79's *locals told RT*, read by the census of
    version 121)."""
    if column not in ("voice", "source"):
        return False
    key = (str(row["dataset"]), str(row["doc_id"]), str(row["category"]), int(row["start"]))
    for readers in _voice_readings().get(key, ()):
        if column == "voice" and all(v == value for v, _ in readers):
            return True
        if column == "source" and all(v == "reported" and _agrees(s, value) for v, s in readers):
            return True
    return False


@lru_cache(maxsize=1)
def _voice_readings() -> dict[tuple, list[tuple[tuple[str, str], ...]]]:
    """``(dataset, doc_id, category, start) -> [((voice, source) of reader 1, of reader 2), ...]``
    over every voice census, read once."""
    out: dict[tuple, list] = {}
    for name, (_, values) in CENSUSES.items():
        if values != ("voice", "source"):
            continue
        for r in read_census(name).to_dict("records"):
            key = (r["dataset"], r["doc_id"], r["category"], r["start"])
            pair = tuple((r[f"reader{k}_voice"], r[f"reader{k}_source"]) for k in (1, 2))
            out.setdefault(key, []).append(pair)
    return out
