"""Fresh audit by reading of the attribution rules on the media corpora (issue 13, item 7).

Are the ``voice``, ``source`` and ``target`` that :mod:`framing.engine.attribution` gives to a
match right? A seeded sample stratified by outlet group (RT; the Western outlets BBC, Guardian,
AP and NBC; China Daily opinion) of three kinds of matches, never from the tuning documents
(``validation_data/tuning-documents.csv``):

- ``voice``: stance matches (hedge, booster, distancing, negative_evaluation, accusation); the
  reader records the true voice and, for reported ones, the true source;
- ``target``: target-category matches with a non-empty ``target``; the reader records the
  actor categories the cue casts negatively;
- ``empty_target``: target-category matches with an empty ``target``; the reader records an
  actor of ``ACTORS`` the cue casts negatively, if any (what the rules miss);
- ``reported`` (since round 58): stance matches the rules call reported, judged as voice rows;
  they add to the ``source`` judgements only (a sample of the source's own frame, where a
  voice sample holds few reported rows), never to ``voice``, whose sample they would bias.

The judgements live in ``validation_data/media-audit-attribution*.csv`` (one file per round of
:data:`ROUNDS`; the latest measures the current rules, from round 2 on without any document an
earlier audit showed) as ids, offsets, the assigned values and the reader's values
(``*_truth``), labels and a short reason; never corpus text (:func:`context` re-derives it).
The draw's record (seed, sizes of the sampling frames, fingerprints) and the regression floors
are in the round's ``.yaml``.
:func:`attribution_audit_table` gives the share of correct assignments with Wilson intervals
per group and pooled, and an estimate of target recall; :func:`rescore` re-scores the
judgements against the current rules through the recorded ``*_truth`` values.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from framing.core.errors import DataError
from framing.core.files import atomic_write
from framing.data import datasets
from framing.data.datasets.media import comparable
from framing.engine.analysis import compute
from framing.engine.lexicon import load_lexicon
from framing.engine.scoring import document_homes
from framing.engine.text import sentence_spans
from framing.stats.audit_strata import STRATA
from framing.stats.validation import (
    _texts,
    audit_context,
    cluster_weights,
    cohen_kappa,
    pick_round,
    round_entries,
    shown_documents,
    validation_dir,
    wilson,
)

DATASETS = ("media-rt-2022", "media-western-2022", "chinadaily-opinion-2012-2019")
#: outlet -> outlet group (NYT rows are lead paragraphs and are not sampled)
OUTLET_GROUP = {
    "RT": "RT",
    "BBC": "Western",
    "Guardian": "Western",
    "AP": "Western",
    "NBC": "Western",
    "China Daily": "China Daily",
}
GROUPS = ("RT", "Western", "China Daily")
POOLED = "pooled"
#: a round that judged fewer rows of a cell than this (its population had run out: round 13
#: drew the one BBC headline left) does not replace an earlier, larger measure of the cell
MIN_CELL = 10
HEADLINE_DATASETS = ("china-media-headlines-2022",)
#: outlet -> group of the headline streams: BBC against the four Chinese state outlets
HEADLINE_GROUP = {
    "BBC": "BBC",
    "CGTN": "Chinese state",
    "China Daily": "Chinese state",
    "Global Times": "Chinese state",
    "Xinhua": "Chinese state",
}


@dataclass(frozen=True)
class SamplingFrame:
    """Where a round draws from: ``datasets``, ``outlet_group`` (outlet -> group; other outlets
    are not sampled) and the ``groups`` in table order."""

    name: str
    datasets: tuple[str, ...]
    outlet_group: dict = field(hash=False)
    groups: tuple[str, ...]
    #: the corpus column the ``outlet_group`` keys are read from (a corpus without ``outlet``:
    #: its ``group``, the publisher)
    outlet_column: str = "outlet"


#: full texts of RT, the Western outlets and China Daily opinion (rounds 1-7)
ARTICLES = SamplingFrame("articles", DATASETS, OUTLET_GROUP, GROUPS)
#: the 2022 headline streams (round 8): no reporting verb, a speaker tag instead
HEADLINES = SamplingFrame("headlines", HEADLINE_DATASETS, HEADLINE_GROUP, ("BBC", "Chinese state"))
OFFICIAL_DATASETS = ("kremlin-zelenskyy-2021-2022",)
#: publisher (the corpus's ``group``) -> group of the presidential press releases
OFFICIAL_GROUP = {"Kremlin": "Kremlin", "President of Ukraine": "Ukraine presidency"}
#: Kremlin and Ukrainian presidency press releases, Oct 2021 - Jun 2022 (round 24): another
#: genre (official releases and transcripts), never read for any attribution rule
OFFICIAL = SamplingFrame(
    "official", OFFICIAL_DATASETS, OFFICIAL_GROUP, ("Kremlin", "Ukraine presidency")
)
#: White House 2022 by genre (round 26): releases, and the transcripts of speeches and
#: briefings, whose speaker labels are upper case ("THE PRESIDENT:", "MS. PSAKI:", "Q")
WHITE_HOUSE_GROUP = {
    "statement/release": "statements",
    "speech/remarks": "speeches",
    "press briefing": "briefings",
}
WHITE_HOUSE = SamplingFrame(
    "white-house",
    ("whitehouse-2022",),
    WHITE_HOUSE_GROUP,
    ("statements", "speeches", "briefings"),
    outlet_column="genre",
)

#: UN General Debate 2022 speeches (round 54): a fourth genre, never sampled by an attribution
#: round; one group (each speech is its delegation's own voice; home not set, as analysed)
UNGD_GROUP = {"UN General Debate speech": "UNGD"}
UNGD = SamplingFrame("ungd", ("ungd-2022",), UNGD_GROUP, ("UNGD",), outlet_column="genre")


@dataclass(frozen=True)
class AttributionRound:
    """One draw of the attribution audit: seed, file stem in ``validation_data/`` (``.csv``
    judgements, ``.yaml`` record), sample sizes per kind and outlet group, and what happened to
    it afterwards (``note``)."""

    number: int
    seed: int
    stem: str
    sizes: dict = field(hash=False)
    note: str
    #: The last media precision round drawn before this one: its documents and those of every
    #: earlier media round are left out (None: the rounds before ``max(number, 2)``, as rounds
    #: 1-3 were drawn).
    after_media: int | None = None
    #: the headline precision rounds (:mod:`framing.stats.headline_audit`) up to this number
    #: were drawn before it: their headlines are left out too
    after_headline: int | None = None
    frame: SamplingFrame = ARTICLES
    #: draw only the matches whose sentence is in this stratum
    #: (:data:`framing.stats.audit_strata.STRATA`; "": every match)
    stratum: str = ""
    #: leave out only the documents earlier *attribution* rounds showed: a document that only a
    #: precision round (media, headline) showed is fresh for voice, source and target, since its
    #: readers judged one word's sense and no attribution rule was written from it
    precision_documents_fresh: bool = False
    #: keep the documents earlier attribution rounds showed and leave out only the matches
    #: within :data:`PASSAGE_MARGIN` characters of a row one of them sampled (round 78: the
    #: China Daily documents no round had shown held 2 named targets); the readers of those
    #: rounds saw no word of what is left, but its documents' writers are the same
    fresh_passages: bool = False
    #: ``{assignment: (round, ...)}``: earlier rounds of the same frame whose sampled rows the
    #: current rules still give the same value of that assignment, so that their judgements of
    #: it and this round's are fresh samples of one set of outputs and pool in
    #: :func:`latest_measures` (a row the lexicon no longer matches leaves the pool). Checked
    #: against the corpora by ``tests/stats/test_attribution_audit_regression.py``; only for an
    #: assignment whose values no rule change since those rounds touched (else the rounds that
    #: guided the change would measure their own repair).
    pooled_with: dict = field(default_factory=dict, hash=False)


#: The sampling frames a round may name (``frame`` in :data:`ROUNDS_FILE`).
FRAMES = {f.name: f for f in (ARTICLES, HEADLINES, OFFICIAL, WHITE_HOUSE, UNGD)}
#: The rounds, as data in ``validation_data/`` (number, seed, file stem, sizes, note and the
#: optional fields of :class:`AttributionRound`); a round is appended before it is drawn.
ROUNDS_FILE = "attribution-rounds.yaml"
_ROUND_KEYS = frozenset(
    {"number", "seed", "stem", "sizes", "note", "after_media", "after_headline", "frame",
     "stratum", "precision_documents_fresh", "fresh_passages", "pooled_with"}
)  # fmt: skip


def load_rounds(path: str | Path | None = None) -> tuple[AttributionRound, ...]:
    """The rounds of :data:`ROUNDS_FILE` (or ``path``), oldest first, checked: numbered 1, 2,
    ... in order, known keys and frames, sizes of known sample kinds.

    Raises
    ------
    DataError
        On a malformed file, naming the round and the problem.
    """
    p = Path(path) if path is not None else validation_dir() / ROUNDS_FILE
    rounds = []
    for where, e in round_entries(p, _ROUND_KEYS):
        if e.get("frame", ARTICLES.name) not in FRAMES:
            raise DataError(f"{where}: unknown frame {e['frame']!r}; known: {', '.join(FRAMES)}")
        if set(e["sizes"]) - set(SAMPLE_KINDS):
            raise DataError(f"{where}: unknown sample kind in sizes {sorted(e['sizes'])}")
        fields = dict(e)
        fields["frame"] = FRAMES[e.get("frame", ARTICLES.name)]
        fields["pooled_with"] = {k: tuple(v) for k, v in e.get("pooled_with", {}).items()}
        rounds.append(AttributionRound(**fields))
    return tuple(rounds)


#: every sample kind a round may draw (:func:`sample_frames`)
SAMPLE_KINDS = ("voice", "target", "empty_target", "reported")
#: The rounds, oldest first (:data:`ROUNDS_FILE`); the latest measures the current rules (an
#: earlier one that guided rule changes cannot). A later round leaves out every document an
#: earlier audit showed.
ROUNDS = load_rounds()
#: the sample kinds whose rows a reader judges for voice and source: ``reported`` rows (since
#: round 58) add to the source judgements, not to voice
VOICE_SAMPLES = ("voice", "reported")
#: the record's population key of a sample kind, where it differs (:func:`population`)
POPULATION_KEY = {"reported": "source"}
#: The first round's seed and sizes (defaults of the functions below).
SEED = ROUNDS[0].seed
SAMPLE_SIZES = ROUNDS[0].sizes
VOICE_CATEGORIES = ("hedge", "booster", "distancing", "negative_evaluation", "accusation")
TARGET_CATEGORIES = ("accusation", "negative_evaluation", "cold_war", "distancing")
ACTORS = ("west_us", "china", "russia", "ukraine", "un")
VOICES = ("author", "reported")
GOAL = 0.85
#: the assignments of the table, in order; ``target recall`` is estimated (see the table)
ASSIGNMENTS = ("voice", "source", "target", "empty target", "target recall")
#: readable names of the assignments (figures)
ASSIGNMENT_LABELS = {
    "voice": "voice",
    "source": "source (reported)",
    "target": "target (named)",
    "empty target": "no target (rightly empty)",
    "target recall": "target recall (est.)",
}
#: error codes a reader may record (``error`` column); ``docs/validation.md`` explains them
ERRORS = {
    # voice
    "frame_missed": "reported speech whose reporting frame the rules do not see",
    "frame_overreach": "a frame's scope taken past the reported clause",
    "outside_sentence": "reported by a frame in another sentence",
    "not_a_frame": "a word read as a reporting frame that reports nothing",
    "quote_author": "inside quotation marks but the author's words",
    "transcript_turn": "another speaker's turn in a transcript taken as the author's",
    "transcript_author": "the author's own turn in a transcript taken as another speaker's",
    "author_named": "the author's own State named in the third person taken as another holder",
    # source
    "holder_wrong": "a different word taken as the holder",
    "holder_unresolved": "the holder is an actor the rules do not resolve",
    "vague_missed": "an anonymous or vague holder not marked vague",
    "vague_wrong": "marked vague but the holder is named",
    # target
    "wrong_actor": "an actor named near the cue but not the one cast",
    "victim": "the actor wronged, not the one cast negatively",
    "cue_not_negative": "the cue casts no one negatively here",
    # empty target
    "missed_named": "an actor named in the sentence is cast but not found",
    "missed_implicit": "cast actor only by pronoun, description or earlier sentence",
    "missed_unlisted": "cast actor named by a word the lexicons lack (a person, an office)",
}
COLUMNS = [
    "sample",
    "dataset",
    "doc_id",
    "group",
    "outlet",
    "category",
    "start",
    "end",
    "voice",
    "source",
    "target",
    "voice_truth",
    "source_truth",
    "target_truth",
    "voice_label",
    "source_label",
    "target_label",
    "error",
    "reason",
]
_STR_COLUMNS = [c for c in COLUMNS if c not in ("start", "end")]


def audit_round(number: int | None = None) -> AttributionRound:
    """The round ``number`` (default: the latest round of full texts, :data:`ARTICLES`; the
    headline round is read by its number)."""
    if number is None:
        return latest_round(ARTICLES)
    return pick_round(ROUNDS, number, "attribution")


def latest_round(frame: SamplingFrame) -> AttributionRound:
    """The latest round drawn from ``frame``."""
    return [r for r in ROUNDS if r.frame is frame][-1]


def frame_of(round_: int | None = None) -> SamplingFrame:
    """The sampling frame of a round (default: the latest round of full texts)."""
    return audit_round(round_).frame


def audit_path(round_: int | None = None) -> Path:
    """The judgements of a round, default the latest (package data)."""
    return validation_dir() / f"{audit_round(round_).stem}.csv"


def record_path(round_: int | None = None) -> Path:
    """The draw's record and the regression floors of a round, default the latest."""
    return validation_dir() / f"{audit_round(round_).stem}.yaml"


def second_reader_path(round_: int | None = None) -> Path:
    """A second, independent reader's judgements of a round's rows (same rows, own values)."""
    return validation_dir() / f"{audit_round(round_).stem}-reader2.csv"


def unjudged(audit: pd.DataFrame) -> pd.DataFrame:
    """The rows with every reader value, label, error and reason emptied."""
    cols = [c for c in COLUMNS if c.endswith(("_truth", "_label")) or c in ("error", "reason")]
    return audit.assign(**dict.fromkeys(cols, ""))


def reader_agreement(round_: int | None = None) -> pd.DataFrame:
    """Two independent readers of the voice rows of round ``round_`` (default the latest), per
    outlet group and ``all``: ``n`` rows both judged, voice ``agreement`` and Cohen's
    ``kappa`` of their author/reported readings, each reader's share of the rules' voice
    judged correct (``first_voice``, ``second_voice``), and on the rows both readers call
    reported (``n_reported``) the agreement of their sources (``source_agreement``, as sets)."""
    first = read_attribution_audit(round_=round_)
    second = read_attribution_audit(second_reader_path(round_))
    key = ["sample", "dataset", "doc_id", "category", "start", "end"]
    if not first[key].astype(str).equals(second[key].astype(str)):
        raise DataError(f"{second_reader_path(round_).name}: rows differ from the round's")
    both = first.assign(
        second_truth=second["voice_truth"],
        second_source=second["source_truth"],
        second_label=second["voice_label"],
    )
    both = both[
        both["sample"].isin(VOICE_SAMPLES)
        & both["voice_truth"].ne("")
        & both["second_truth"].ne("")
    ]
    rows = []
    for group in [*frame_of(round_).groups, "all"]:
        g = both if group == "all" else both[both["group"] == group]
        n = len(g)
        rep = g[(g["voice_truth"] == "reported") & (g["second_truth"] == "reported")]
        same_source = [
            _actors(a) == _actors(b)
            for a, b in zip(rep["source_truth"], rep["second_source"], strict=True)
        ]
        rows.append(
            {
                "group": group,
                "n": n,
                "agreement": float((g["voice_truth"] == g["second_truth"]).mean())
                if n
                else math.nan,
                "kappa": cohen_kappa(list(g["voice_truth"]), list(g["second_truth"])),
                "first_voice": float((g["voice_label"] == "correct").mean()) if n else math.nan,
                "second_voice": float((g["second_label"] == "correct").mean()) if n else math.nan,
                "n_reported": len(rep),
                "source_agreement": float(sum(same_source) / len(rep)) if len(rep) else math.nan,
            }
        )
    return pd.DataFrame(rows)


#: characters on either side of an earlier round's sampled match within which a round with
#: ``fresh_passages`` draws nothing: past the widest context any reader was shown (150 words)
PASSAGE_MARGIN = 2000


def earlier_rows(before: int) -> pd.DataFrame:
    """``dataset, doc_id, start, end`` of every row the attribution rounds before ``before``
    sampled (their readers saw its context)."""
    parts = [
        read_attribution_audit(round_=r.number)[["dataset", "doc_id", "start", "end"]]
        for r in ROUNDS
        if r.number < before and audit_path(r.number).exists()
    ]
    if not parts:
        return pd.DataFrame(columns=["dataset", "doc_id", "start", "end"])
    return pd.concat(parts, ignore_index=True)


def fresh_passage_matches(
    matches: pd.DataFrame, earlier: pd.DataFrame, margin: int = PASSAGE_MARGIN
) -> pd.DataFrame:
    """``matches`` less those that start or end within ``margin`` characters of an ``earlier``
    row of the same document; the attribute ``excluded_earlier_matches`` counts them."""
    near: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for r in earlier.itertuples(index=False):
        near.setdefault((str(r.dataset), str(r.doc_id)), []).append(
            (int(r.start) - margin, int(r.end) + margin)
        )
    keep = [
        not any(lo <= s <= hi or lo <= e <= hi for lo, hi in near.get((str(d), str(doc)), ()))
        for d, doc, s, e in zip(
            matches["dataset"], matches["doc_id"], matches["start"], matches["end"], strict=True
        )
    ]
    out = matches[keep].reset_index(drop=True)
    out.attrs["excluded_earlier_matches"] = len(matches) - len(out)
    return out


def earlier_documents(before: int) -> set[tuple[str, str]]:
    """(dataset, doc_id) of every document shown by attribution rounds before ``before`` and by
    the media precision rounds drawn before it (up to the round's ``after_media``; for rounds 1-3
    the media rounds numbered below ``max(before, 2)``) and the headline precision rounds up to
    its ``after_headline``: the rules were changed while reading them, so a later round leaves
    them out. A round with ``precision_documents_fresh`` leaves out the attribution rounds'
    documents only."""
    from framing.stats import media_audit as ma

    paths = [audit_path(r.number) for r in ROUNDS if r.number < before]
    spec = next((r for r in ROUNDS if r.number == before), None)
    if spec is not None and spec.precision_documents_fresh:
        return shown_documents(paths)
    last = spec.after_media + 1 if spec is not None and spec.after_media else max(before, 2)
    paths += [ma.media_audit_path(r.number) for r in ma.ROUNDS if r.number < last]
    if spec is not None and spec.after_headline:
        from framing.stats import headline_audit as ha

        paths += [
            ha.headline_audit_path(r.number) for r in ha.ROUNDS if r.number <= spec.after_headline
        ]
    return shown_documents(paths)


# ---------------------------------------------------------------- sampling frame
def tuning_urls() -> frozenset[str]:
    """URLs of the documents the issue-13 rules were tuned on (never sampled)."""
    df = pd.read_csv(validation_dir() / "tuning-documents.csv", dtype=str)
    return frozenset(df["url"].dropna())


def tuning_headlines(use: str = "") -> frozenset[tuple[str, str]]:
    """(dataset, doc_id) of the headlines read to write rules (never sampled; headlines have no
    URL): the speaker tags (round 8) and the headline scare-quote rule (round 12). ``use``: only
    the rows whose ``use`` holds this text."""
    df = pd.read_csv(validation_dir() / "headline-tuning-documents.csv", dtype=str)
    df = df[df["use"].str.contains(use, regex=False)]
    return frozenset(zip(df["dataset"], df["doc_id"], strict=True))


def frame_documents(
    names: Iterable[str] = DATASETS,
    exclude_documents: set[tuple[str, str]] | frozenset = frozenset(),
    outlet_group: dict[str, str] | None = None,
    outlet_column: str = "outlet",
) -> pd.DataFrame:
    """The documents of the sampling frame: ``dataset, doc_id, outlet, group, home, text``
    (``home``: the actor category of the outlet's country, :func:`home_of`).

    Lead paragraphs (NYT), every document whose URL is a tuning document, every tuning headline
    and every (dataset, doc_id) in ``exclude_documents`` are left out; the attributes
    ``excluded_tuning`` and ``excluded_earlier`` count them. ``outlet_group``: outlet -> group
    (default :data:`OUTLET_GROUP`; other outlets are left out), read from ``outlet_column``.
    """
    outlet_group = OUTLET_GROUP if outlet_group is None else outlet_group
    parts, excluded, earlier = [], 0, 0
    tuning, headlines = tuning_urls(), tuning_headlines()
    for name in names:
        df = comparable(datasets.load(name))
        if outlet_column != "outlet" or "outlet" not in df.columns:
            # press releases: the publishing office, or another column (the genre)
            column = outlet_column if outlet_column in df.columns else "group"
            df = df.assign(outlet=df[column].astype(str))
        df = df[df["outlet"].isin(outlet_group)]
        tuned = df["url"].isin(tuning) | pd.Series(
            [(name, str(d)) in headlines for d in df["doc_id"]], index=df.index, dtype=bool
        )
        excluded += int(tuned.sum())
        df = df[~tuned]
        shown = pd.Series(
            [(name, str(d)) in exclude_documents for d in df["doc_id"]], index=df.index, dtype=bool
        )
        earlier += int(shown.sum())
        df = df[~shown]
        parts.append(
            pd.DataFrame(
                {
                    "dataset": name,
                    "doc_id": df["doc_id"].astype(str),
                    "outlet": df["outlet"].astype(str),
                    "group": df["outlet"].map(outlet_group),
                    "home": list(map(_home_column(df).get, df["doc_id"].astype(str))),
                    "text": df["text"].astype(str),
                }
            )
        )
    out = pd.concat(parts, ignore_index=True)
    out.attrs["excluded_tuning"] = excluded
    out.attrs["excluded_earlier"] = earlier
    return out


def _home_column(df: pd.DataFrame) -> dict[str, str]:
    """doc_id -> the home key of a corpus frame's document: the actor category of the outlet's
    country (``outlet_country``), marked official where the publisher is that country's
    government (:func:`framing.data.datasets.home_options`, version 93); ``""`` where it names
    no category (the United Kingdom) or is missing."""
    ids = df["doc_id"].astype(str)
    opts = datasets.home_options(df)
    if not opts:
        return dict.fromkeys(ids, "")
    homes = document_homes(df, opts["home_col"], load_lexicon(), opts.get("official_col"))
    return dict(zip(ids, homes, strict=True))


@lru_cache(maxsize=8)
def _homes(name: str) -> dict[str, str]:
    """:func:`_home_column` of dataset ``name``."""
    return _home_column(datasets.load(name))


def home_of(dataset: str, doc_id: str) -> str:
    """The home actor category of a document (:func:`framing.analyze`'s ``home``)."""
    return _homes(dataset).get(str(doc_id), "")


def document_matches(text: str, home: str = "", stratum: str = "") -> pd.DataFrame:
    """The voiced and targeted matches of one text with their ``voice``, ``source``, ``target``
    (the same computation as :func:`framing.analyze`, without readability and sentiment;
    ``home``: the outlet's actor category; ``stratum``: only the matches whose sentence is in
    it, :data:`framing.stats.audit_strata.STRATA`)."""
    if stratum and stratum not in STRATA:
        raise DataError(f"unknown stratum {stratum!r}; known: {', '.join(STRATA)}")
    spans, matches, _, _, attribution = compute(text, load_lexicon(), False, False, home=home)
    keep = STRATA[stratum] if stratum else None
    inside: dict[int, bool] = {}
    rows = []
    for m, a in zip(matches, attribution.rows, strict=True):
        if m.category not in VOICE_CATEGORIES and m.category not in TARGET_CATEGORIES:
            continue
        if keep is not None:
            if m.sentence not in inside:
                inside[m.sentence] = keep(text[slice(*spans[m.sentence])])
            if not inside[m.sentence]:
                continue
        rows.append((m.category, m.start, m.end, *a))
    return pd.DataFrame(rows, columns=["category", "start", "end", "voice", "source", "target"])


def frame_matches(docs: pd.DataFrame | None = None, stratum: str = "") -> pd.DataFrame:
    """Every voiced or targeted match of the frame's documents with its assignments, sorted by
    dataset, doc_id, start, category (a stable order for the seeded draw); ``stratum``: only
    the matches whose sentence is in it (:func:`document_matches`)."""
    docs = frame_documents() if docs is None else docs
    parts = []
    for r in docs.itertuples(index=False):
        m = document_matches(r.text, getattr(r, "home", ""), stratum)
        if len(m):
            m.insert(0, "dataset", r.dataset)
            m.insert(1, "doc_id", r.doc_id)
            m.insert(2, "group", r.group)
            m.insert(3, "outlet", r.outlet)
            parts.append(m)
    cols = ["dataset", "doc_id", "group", "outlet", "category", "start", "end"]
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=[*cols, "voice"])
    return out.sort_values(["dataset", "doc_id", "start", "category"]).reset_index(drop=True)


def sample_frames(matches: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The match population of each sample kind (see the module docstring)."""
    targeted = matches["category"].isin(TARGET_CATEGORIES)
    voiced = matches[matches["category"].isin(VOICE_CATEGORIES)]
    return {
        "voice": voiced,
        "target": matches[targeted & matches["target"].ne("")],
        "empty_target": matches[targeted & matches["target"].eq("")],
        "reported": voiced[voiced["voice"] == "reported"],
    }


def population(
    matches: pd.DataFrame, groups: tuple[str, ...] = GROUPS
) -> dict[str, dict[str, int]]:
    """Size of each sample kind's population per outlet group, and ``source``: the stance
    matches the rules call reported (the frame of the source judgements)."""
    frames = sample_frames(matches)
    for kind, key in POPULATION_KEY.items():
        frames[key] = frames.pop(kind)
    return {kind: {g: int((f["group"] == g).sum()) for g in groups} for kind, f in frames.items()}


def frame_population(frame: SamplingFrame = ARTICLES) -> dict[str, dict[str, int]]:
    """Named and empty targets per group over every document of ``frame`` (tuning documents and
    leads left out as in a draw, but no document or passage an audit showed): the population the
    whole-frame target recall is scaled to (:func:`_pooled_table`), under the current rules.
    A round's record keeps it as ``frame_population`` (``tools/audit_attribution.py
    frame-population``; a mirror test checks it against the current rules)."""
    docs = frame_documents(
        frame.datasets, set(), outlet_group=frame.outlet_group, outlet_column=frame.outlet_column
    )
    pop = population(frame_matches(docs), frame.groups)
    return {kind: pop[kind] for kind in ("target", "empty_target")}


def draw_sample(
    matches: pd.DataFrame,
    seed: int = SEED,
    sizes: dict[str, int] | None = None,
    groups: tuple[str, ...] = GROUPS,
) -> pd.DataFrame:
    """A seeded simple random sample of each kind per outlet group (without replacement; one
    generator drawn in the fixed order kind x group). Labels and truths are empty."""
    sizes = SAMPLE_SIZES if sizes is None else sizes
    rng = np.random.default_rng(seed)
    frames = sample_frames(matches)
    parts = []
    for kind, n in sizes.items():
        for g in groups:
            f = frames[kind][frames[kind]["group"] == g].reset_index(drop=True)
            idx = np.sort(rng.choice(len(f), size=min(n, len(f)), replace=False))
            take = f.iloc[idx].copy()
            take.insert(0, "sample", kind)
            parts.append(take)
    out = pd.concat(parts, ignore_index=True)
    for c in COLUMNS:
        if c not in out.columns:
            out[c] = ""
    return out[COLUMNS].reset_index(drop=True)


# ---------------------------------------------------------------- judgements
def read_attribution_audit(
    path: str | Path | None = None, round_: int | None = None
) -> pd.DataFrame:
    """The stored sample and judgements of ``path`` or of a round (default: the latest), empty
    strings for missing cells."""
    p = Path(path) if path is not None else audit_path(round_)
    if not p.is_file():
        raise DataError(f"{p}: attribution audit missing; draw it with tools/audit_attribution.py")
    df = pd.read_csv(p, dtype={c: str for c in _STR_COLUMNS}, keep_default_na=False)
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise DataError(f"{p}: columns missing: {', '.join(missing)}")
    return df[COLUMNS]


def write_attribution_audit(
    df: pd.DataFrame, path: str | Path | None = None, round_: int | None = None
) -> Path:
    """Write the judgements atomically (columns :data:`COLUMNS`, ``\\n`` line ends) to
    ``path`` or a round's file (default: the latest)."""
    p = Path(path) if path is not None else audit_path(round_)
    return atomic_write(p, df[COLUMNS].to_csv(index=False, lineterminator="\n"))


def _actors(value: str) -> frozenset[str]:
    return frozenset(x for x in str(value).split("+") if x)


def agrees(assignment: str, assigned: str, truth: str) -> bool:
    """Whether an assigned value is right given the reader's value.

    ``voice`` and ``source``: equal (a source's coordinated actors as a set); ``target``: every
    assigned actor is cast negatively (``assigned`` a non-empty subset of ``truth``: naming one
    of two cast actors is right); ``empty target``: nothing is cast (``truth`` empty).
    """
    if assignment in ("voice", "source"):
        return _actors(assigned) == _actors(truth) if assignment == "source" else assigned == truth
    if assignment == "target":
        return bool(_actors(assigned)) and _actors(assigned) <= _actors(truth)
    if assignment == "empty target":
        return not _actors(truth)
    raise ValueError(f"unknown assignment {assignment!r}")


def _check_values(voice: str, source: str, target: str) -> None:
    if voice and voice not in VOICES:
        raise DataError(f"voice {voice!r}: use one of {', '.join(VOICES)}")
    for a in _actors(source):
        if a not in (*ACTORS, "vague"):
            raise DataError(f"source {source!r}: use actor categories joined by '+', or 'vague'")
    for a in _actors(target):
        if a not in ACTORS:
            raise DataError(f"target {target!r}: use actor categories joined by '+'")


def judge(
    row: pd.Series,
    voice: str = "",
    source: str = "",
    target: str = "",
    error: str = "",
    reason: str = "",
) -> pd.Series:
    """Record the reader's values for one sampled row and derive its labels with
    :func:`agrees`: ``voice`` rows get ``voice_label`` and, when the rules said ``reported``
    and the reader agrees, ``source_label``; ``target`` and ``empty_target`` rows get
    ``target_label``.

    Raises
    ------
    DataError
        On an unknown value or error code, a missing voice on a voice row, or a reason
        longer than 12 words.
    """
    _check_values(voice, source, target)
    if error and error not in ERRORS:
        raise DataError(f"error {error!r}: use one of {', '.join(ERRORS)}")
    if len(reason.split()) > 12:
        raise DataError("reason longer than 12 words")
    out = row.copy()
    out[["voice_truth", "source_truth", "target_truth", "error", "reason"]] = [
        voice,
        source if voice == "reported" else "",
        target,
        error,
        reason,
    ]
    out[["voice_label", "source_label", "target_label"]] = ["", "", ""]
    if row["sample"] in VOICE_SAMPLES:
        if voice not in VOICES:
            raise DataError("a voice row needs the reader's voice")
        out["voice_label"] = _label(agrees("voice", row["voice"], voice))
        if row["voice"] == "reported" and voice == "reported":
            out["source_label"] = _label(agrees("source", row["source"], source))
    elif row["sample"] == "target":
        out["target_label"] = _label(agrees("target", row["target"], target))
    else:
        out["target_label"] = _label(agrees("empty target", row["target"], target))
    return out


def _label(ok: bool) -> str:
    return "correct" if ok else "incorrect"


#: the sample kinds whose rows judge each assignment, and the label column that records it
JUDGED_BY = {
    "voice": (("voice",), "voice_label"),
    "source": (VOICE_SAMPLES, "source_label"),
    "target": (("target",), "target_label"),
    "empty target": (("empty_target",), "target_label"),
}


def judged(audit: pd.DataFrame, assignment: str) -> pd.DataFrame:
    """The rows that judge ``assignment`` (``voice``, ``source``, ``target``, ``empty
    target``), with a boolean column ``ok``."""
    if assignment not in JUDGED_BY:
        raise ValueError(f"unknown assignment {assignment!r}")
    samples, col = JUDGED_BY[assignment]
    d = audit[audit["sample"].isin(samples) & audit[col].ne("")].copy()
    d["ok"] = d[col].eq("correct")
    return d


# ---------------------------------------------------------------- table
def _round(x: float, nd: int = 4) -> float:
    return float(round(x, nd)) if np.isfinite(x) else math.nan


def _share_row(assignment: str, group: str, d: pd.DataFrame, pop: int | None) -> dict:
    k, n = int(d["ok"].sum()), len(d)
    lo, hi = wilson(k, n)
    share = k / n if n else math.nan
    goal = GOAL if assignment in ("voice", "target") else math.nan
    return {
        "assignment": assignment,
        "group": group,
        "n": n,
        "correct": k,
        "share": _round(share),
        "lo": _round(lo),
        "hi": _round(hi),
        "population": pop,
        "goal": goal,
        "met": (share >= goal) if np.isfinite(goal) and n else None,
    }


def _recall(t: pd.DataFrame, e: pd.DataFrame, pops: dict[str, tuple[int, int]], w_t, w_e):
    """Estimated target recall: matches with a right target over matches that cast an actor,
    scaled from the two samples to each group's population (T targeted, E empty); ``w_t`` and
    ``w_e`` are B x n bootstrap weights (or a row of ones for the estimate)."""
    hit = np.zeros(w_t.shape[0])
    cast = np.zeros(w_t.shape[0])
    for g, (n_t, n_e) in pops.items():
        mt = (t["group"] == g).to_numpy()
        me = (e["group"] == g).to_numpy()
        wt, we = w_t[:, mt], w_e[:, me]
        with np.errstate(invalid="ignore", divide="ignore"):
            p_ok = wt @ t["ok"].to_numpy()[mt] / wt.sum(axis=1)
            p_cast = wt @ t["cast"].to_numpy()[mt] / wt.sum(axis=1)
            p_miss = we @ (~e["ok"].to_numpy()[me]) / we.sum(axis=1)
        hit += n_t * p_ok
        cast += n_t * p_cast + n_e * p_miss
    with np.errstate(invalid="ignore", divide="ignore"):
        return hit / cast


def attribution_audit_table(
    audit: pd.DataFrame | None = None,
    populations: dict[str, dict[str, int]] | None = None,
    n_boot: int = 1000,
    seed: int = SEED,
    groups: tuple[str, ...] = GROUPS,
) -> pd.DataFrame:
    """Share of correct assignments per assignment x outlet group (and pooled), Wilson 95%.

    Rows: ``voice`` (stance matches), ``source`` (matches the rules call reported and the reader
    agrees are reported), ``target`` (matches with a target: is it cast negatively?), ``empty
    target`` (matches without one: is nothing recognisable cast?) and ``target recall``
    (estimated: right targets over matches that cast an actor, each group's two samples scaled
    to its population; percentile interval of a bootstrap that resamples both samples' rows;
    ``n`` and ``correct`` are then the two samples' rows and right targets). Pooled rows add the
    groups' judged rows, each row weighing the same: a group weighs by its sample (alike where
    a round draws the same number from each group, not where rounds with unequal samples are
    pooled), except recall, weighted by population. ``population``: the size of the sample's frame (``media-audit-attribution.yaml``);
    ``goal`` / ``met``: the issue's goal (voice and target at least 0.85 correct).
    ``groups``: the sampling frame's groups (:attr:`SamplingFrame.groups`).
    """
    audit = read_attribution_audit() if audit is None else audit
    if populations is None:
        populations = read_record().get("population", {})
    pop_kind = {
        "voice": "voice",
        "source": "source",
        "target": "target",
        "empty target": "empty_target",
    }
    rows = []
    for assignment in ASSIGNMENTS[:-1]:
        d = judged(audit, assignment)
        pops = populations.get(pop_kind[assignment], {})
        for g in groups:
            rows.append(_share_row(assignment, g, d[d["group"] == g], pops.get(g)))
        total = sum(pops.values()) if pops else None
        rows.append(_share_row(assignment, POOLED, d, total))
    t = judged(audit, "target")
    t["cast"] = t["target_truth"].map(lambda x: bool(_actors(x)))
    e = judged(audit, "empty target")
    tp, ep = populations.get("target", {}), populations.get("empty_target", {})
    for g in (*groups, POOLED):
        gs = groups if g == POOLED else (g,)
        if not all(x in tp and x in ep for x in gs):
            continue
        tg, eg = t[t["group"].isin(gs)], e[e["group"].isin(gs)]
        if not len(tg) or not len(eg):
            continue
        pops = {x: (tp[x], ep[x]) for x in gs}
        est = _recall(tg, eg, pops, np.ones((1, len(tg))), np.ones((1, len(eg))))[0]
        wt = cluster_weights(range(len(tg)), n_boot, seed)
        we = cluster_weights(range(len(eg)), n_boot, seed + 1)
        boot = _recall(tg, eg, pops, wt, we)
        boot = boot[np.isfinite(boot)]
        lo, hi = np.percentile(boot, [2.5, 97.5]) if len(boot) else (math.nan, math.nan)
        rows.append(
            {
                "assignment": "target recall",
                "group": g,
                "n": len(tg) + len(eg),
                "correct": int(tg["ok"].sum()),
                "share": _round(est),
                "lo": _round(float(lo)),
                "hi": _round(float(hi)),
                "population": sum(tp[x] + ep[x] for x in gs),
                "goal": math.nan,
                "met": None,
            }
        )
    return pd.DataFrame(rows)


def latest_measures(n_boot: int = 1000, frame: SamplingFrame = ARTICLES) -> pd.DataFrame:
    """For each assignment and outlet group (and pooled), the :func:`attribution_audit_table`
    row of the latest round of ``frame`` that measured it (a group's cell: with at least
    :data:`MIN_CELL` rows, else the latest at all), with a ``round`` column: late rounds
    sample what the fresh documents still hold (round 7: voice and source only; rounds 5-6: RT
    targets only; round 10: Chinese-state headlines only), so a cell's latest measure may come
    from an earlier round, of earlier rules. A pooled row comes from the latest round that
    measured every group. The full texts (:data:`ARTICLES`) and the headline streams
    (:data:`HEADLINES`) are different populations, never pooled; a round drawn from a stratum
    (round 68) measures only that stratum and is left out. A round that pools an assignment
    with earlier rounds (:attr:`AttributionRound.pooled_with`) gives that assignment's cells
    from all their judged rows (column ``pooled_rounds``, e.g. "69+70+72")."""
    tables = [
        _pooled_table(spec, n_boot) for spec in ROUNDS if spec.frame is frame and not spec.stratum
    ]
    every = pd.concat(tables, ignore_index=True)
    # a pooled row counts only from a round that measured every group (else it is one group's)
    pooled = every["group"] == POOLED
    groups = every[(every["n"] > 0) & ~pooled].groupby(["assignment", "round"]).size()
    key = pd.MultiIndex.from_frame(every[["assignment", "round"]])
    complete = key.map(groups).fillna(0).to_numpy() == len(frame.groups)
    measured = every[every["share"].notna() & (~pooled | complete)]
    # a group's cell: its latest round with at least MIN_CELL rows, else its latest at all
    # (a pooled cell: the latest round that measured every group, as above)
    enough = measured[(measured["n"] >= MIN_CELL) | (measured["group"] == POOLED)]
    cells = pd.MultiIndex.from_frame(measured[["assignment", "group"]])
    have = pd.MultiIndex.from_frame(enough[["assignment", "group"]])
    measured = pd.concat([enough, measured[~cells.isin(have)]])
    latest = (
        measured.sort_values("round", kind="stable")
        .groupby(["assignment", "group"], sort=False)
        .tail(1)
    )
    order = {a: i for i, a in enumerate(ASSIGNMENTS)}
    gorder = {g: i for i, g in enumerate((*frame.groups, POOLED))}
    return latest.sort_values(
        ["assignment", "group"],
        key=lambda c: c.map(order) if c.name == "assignment" else c.map(gorder),
        kind="stable",
    ).reset_index(drop=True)


def audited_voice_shares(frame: SamplingFrame = ARTICLES) -> pd.DataFrame:
    """How much of each group's stance is the author's own, by the rules and by the readers, on
    the judged voice rows of the latest round of ``frame`` that judged voice (with the earlier
    rounds it pools voice with): a voice row is a match drawn at random from a group's voiced
    matches, so the readers' share of ``author`` estimates the group's own-voice share without
    the rules' errors, and the rules' share on the same rows shows which way they err.

    Columns: group (the frame's groups, then ``pooled``), rows, rules_author, readers_author,
    author_read_reported (rules ``author``, readers ``reported``), reported_read_author,
    share_rules, share_readers with its Wilson interval (readers_lower, readers_upper), round,
    pooled_rounds ("69+70+75" or empty)."""
    for spec in reversed([r for r in ROUNDS if r.frame is frame and not r.stratum]):
        rows = judged(
            pooled_audit(spec, "voice")
            if "voice" in spec.pooled_with
            else read_attribution_audit(round_=spec.number),
            "voice",
        )
        if len(rows):
            break
    else:
        raise DataError(f"no round of the {frame.name} frame judged voice")
    pooled = pooled_rounds(spec, "voice")
    out = []
    for group in (*frame.groups, POOLED):
        d = rows if group == POOLED else rows[rows["group"] == group]
        rules = d["voice"].eq("author")
        readers = d["voice_truth"].eq("author")
        n, k = len(d), int(readers.sum())
        lo, hi = wilson(k, n)
        out.append(
            {
                "group": group,
                "rows": n,
                "rules_author": int(rules.sum()),
                "readers_author": k,
                "author_read_reported": int((rules & ~readers).sum()),
                "reported_read_author": int((~rules & readers).sum()),
                "share_rules": _round(rules.sum() / n) if n else math.nan,
                "share_readers": _round(k / n) if n else math.nan,
                "readers_lower": _round(lo),
                "readers_upper": _round(hi),
                "round": spec.number,
                "pooled_rounds": pooled if "voice" in spec.pooled_with else "",
            }
        )
    return pd.DataFrame(out)


def pooled_audit(spec: AttributionRound, assignment: str) -> pd.DataFrame:
    """The judged rows of ``assignment`` of round ``spec`` and of the earlier rounds it pools
    that assignment with (:attr:`AttributionRound.pooled_with`), less the rows their records
    retired (:func:`retired_rows`)."""
    samples = JUDGED_BY[assignment][0]
    parts = []
    for number in (*spec.pooled_with.get(assignment, ()), spec.number):
        audit = read_attribution_audit(round_=number)
        audit = audit.drop(index=sorted(retired_rows(number)))
        parts.append(audit[audit["sample"].isin(samples)])
    return pd.concat(parts, ignore_index=True)


def retired_rows(number: int) -> set[int]:
    """The rows of round ``number`` its record lists as retired (a lexicon repair removed the
    match on purpose)."""
    return {i for e in read_record(round_=number).get("retired_rows", []) for i in e["rows"]}


def _pooled_table(spec: AttributionRound, n_boot: int) -> pd.DataFrame:
    """:func:`attribution_audit_table` of round ``spec`` with a ``round`` column and a
    ``pooled_rounds`` column ("69+70+72" where the round pools an assignment with earlier
    rounds, else empty); a pooled assignment's rows come from :func:`pooled_audit`, and its
    ``population`` is the whole frame's (the record's ``frame_population``; empty where the
    record has none): the round's own frame, which earlier draws depleted, is not what pooled
    rows sample."""
    record = read_record(round_=spec.number)
    population = record.get("population", {})
    whole = record.get("frame_population") or {}
    groups = spec.frame.groups
    table = attribution_audit_table(
        read_attribution_audit(round_=spec.number), population, n_boot=n_boot, groups=groups
    ).assign(round=spec.number, pooled_rounds="")
    for assignment, earlier in spec.pooled_with.items():
        for number in earlier:
            other = audit_round(number)
            if other.frame is not spec.frame or number >= spec.number:
                raise DataError(
                    f"round {spec.number} pools with round {number}: not an earlier "
                    "round of the same frame"
                )
        kind = assignment.replace(" ", "_")
        pooled = attribution_audit_table(
            pooled_audit(spec, assignment), {kind: whole.get(kind, {})}, n_boot=n_boot,
            groups=groups,
        )  # fmt: skip
        pooled = pooled[pooled["assignment"] == assignment].assign(
            round=spec.number, pooled_rounds=pooled_rounds(spec, assignment)
        )
        table = pd.concat([table[table["assignment"] != assignment], pooled], ignore_index=True)
    return with_whole_frame_recall(table, spec, n_boot)


def whole_frame_population(spec: AttributionRound) -> dict | None:
    """The record's ``frame_population`` (every document of the frame,
    :func:`frame_population`) when round ``spec`` pools its named and its empty targets with
    the same earlier rounds, so that the whole-frame recall and the readers' mix of targets
    (:mod:`framing.stats.targets`) can be estimated from its rows; else None."""
    earlier = spec.pooled_with.get("target")
    if not earlier or spec.pooled_with.get("empty target") != earlier:
        return None
    return read_record(round_=spec.number).get("frame_population") or None


def whole_frame_recall(spec: AttributionRound, n_boot: int = 1000) -> pd.DataFrame | None:
    """The ``target recall`` rows of round ``spec`` over its whole sampling frame: the named
    and empty target rows it pools with the same earlier rounds, scaled to the frame's
    population (:func:`whole_frame_population`) instead of the round's own frame, which the
    earlier draws have depleted of named targets. None when :func:`whole_frame_population` is.

    The estimate takes the pooled rows as samples of the whole frame's named and empty targets
    (they are random samples of the passages each round left fresh); ``pooled_rounds`` names
    the rounds and ``population`` is the whole frame's."""
    population = whole_frame_population(spec)
    if population is None:
        return None
    rows = pd.concat(
        [pooled_audit(spec, "target"), pooled_audit(spec, "empty target")], ignore_index=True
    )
    table = attribution_audit_table(rows, population, n_boot=n_boot, groups=spec.frame.groups)
    return table[table["assignment"] == "target recall"].assign(
        round=spec.number, pooled_rounds=pooled_rounds(spec, "target")
    )


def with_whole_frame_recall(
    table: pd.DataFrame, spec: AttributionRound, n_boot: int = 1000
) -> pd.DataFrame:
    """``table`` (an :func:`attribution_audit_table` of round ``spec``) with its ``target
    recall`` rows replaced by :func:`whole_frame_recall`'s where the round has them (columns
    ``round`` and ``pooled_rounds`` kept only if ``table`` has them)."""
    recall = whole_frame_recall(spec, n_boot)
    if recall is None:
        return table
    recall = recall[[c for c in recall.columns if c in table.columns]]
    return pd.concat([table[table["assignment"] != "target recall"], recall], ignore_index=True)


def pooled_rounds(spec: AttributionRound, assignment: str) -> str:
    """The rounds an assignment of round ``spec`` pools, itself last ("78+79+80")."""
    return "+".join(map(str, (*spec.pooled_with.get(assignment, ()), spec.number)))


def rounds_label(measures: pd.DataFrame, assignment: str) -> str:
    """Which rounds ``assignment``'s cells of :func:`latest_measures` come from, for a caption:
    "rounds 69+70+72 pooled", "round 72", "rounds 7/9"."""
    rows = measures[measures["assignment"] == assignment]
    pooled = sorted({p for p in rows["pooled_rounds"] if p})
    if pooled:
        return f"rounds {'/'.join(pooled)} pooled"
    numbers = sorted(set(rows["round"].astype(int)))
    return f"round{'s' if len(numbers) > 1 else ''} {'/'.join(map(str, numbers))}"


def headline_measures(n_boot: int = 1000) -> pd.DataFrame:
    """:func:`latest_measures` of the headline streams (:data:`HEADLINES`: BBC against the
    Chinese state outlets)."""
    return latest_measures(n_boot, HEADLINES)


def chart_data(measures: pd.DataFrame, groups: Iterable[str]) -> pd.DataFrame:
    """One row per assignment (readable label) and ``n / correct / share / lo / hi / round``
    columns per group (and ``pooled_rounds`` where a cell pools rounds), from
    :func:`latest_measures` or :func:`headline_measures` (the data of the validation figures)."""
    wide = measures.pivot(index="assignment", columns="group").reindex(list(ASSIGNMENTS))
    data = pd.DataFrame({"assignment": [ASSIGNMENT_LABELS[a] for a in ASSIGNMENTS]})
    for g in groups:
        for col in ("n", "correct", "share", "lo", "hi", "round"):
            data[f"{col} {g}"] = wide[(col, g)].to_numpy()
        pooled = wide.get(("pooled_rounds", g))
        if pooled is not None and pooled.fillna("").any():
            data[f"pooled_rounds {g}"] = pooled.to_numpy()
    return data


class FrameSummary(NamedTuple):
    """What a validation figure of one sampling frame needs (:func:`frame_summary`)."""

    measures: pd.DataFrame  #: :func:`latest_measures`
    groups: list[str]  #: the frame's groups and the pooled column
    data: pd.DataFrame  #: :func:`chart_data` (the figure's CSV)
    share: pd.Series  #: share by (assignment, group)
    #: the rounds an assignment's cells come from ("45/46"), oldest first; ``targets``: those of
    #: the three target assignments together
    rounds: pd.Series


def _rounds(measures: pd.DataFrame) -> pd.Series:
    """ "45/46": the rounds each assignment's cells come from, and ``targets`` for the target,
    empty-target and recall cells together."""

    def joined(r) -> str:
        return "/".join(map(str, sorted(set(r))))

    out = measures.groupby("assignment")["round"].agg(joined)
    targets = measures[measures["assignment"].isin(ASSIGNMENTS[2:])]["round"]
    out["targets"] = joined(targets)
    return out


def frame_summary(frame: SamplingFrame, n_boot: int = 1000) -> FrameSummary:
    """The latest measures of ``frame``, their chart data, shares and rounds: the inputs of a
    frame's figure in notebook 06."""
    measures = latest_measures(n_boot, frame)
    groups = [*frame.groups, POOLED]
    return FrameSummary(
        measures,
        groups,
        chart_data(measures, groups),
        measures.set_index(["assignment", "group"])["share"],
        _rounds(measures),
    )


def error_counts(
    audit: pd.DataFrame | None = None, groups: tuple[str, ...] = GROUPS
) -> pd.DataFrame:
    """Error codes of the rows judged wrong (a row of a voice sample may carry a voice or a
    source error): assignment, error, count per group and in all, most frequent first."""
    audit = read_attribution_audit() if audit is None else audit
    rows = []
    for assignment in ASSIGNMENTS[:-1]:
        d = judged(audit, assignment)
        d = d[~d["ok"]]
        for err, x in d.groupby(d["error"].replace("", "(none)"), sort=True):
            rec = {"assignment": assignment, "error": err}
            rec.update({g: int((x["group"] == g).sum()) for g in groups})
            rec["all"] = len(x)
            rows.append(rec)
    out = pd.DataFrame(rows, columns=["assignment", "error", *groups, "all"])
    order = {a: i for i, a in enumerate(ASSIGNMENTS)}
    out["_o"] = out["assignment"].map(order)
    out = out.sort_values(["_o", "all", "error"], ascending=[True, False, True])
    return out.drop(columns="_o").reset_index(drop=True)


# ---------------------------------------------------------------- record, contexts, rescoring
def read_record(path: str | Path | None = None, round_: int | None = None) -> dict:
    """The draw's record (seed, populations, fingerprints) and the regression floors of
    ``path`` or a round (default: the latest)."""
    import yaml

    p = Path(path) if path is not None else record_path(round_)
    if not p.is_file():
        return {}
    return yaml.safe_load(p.read_text(encoding="utf-8")) or {}


def _text(row) -> str:
    return _texts(str(row["dataset"]))[str(row["doc_id"])]


def context(row, words: int = 25) -> tuple[str, str]:
    """The match of a sampled row with ``words`` words each side (marked ``[[...]]``) and its
    whole sentence, re-derived from the downloaded corpus (never stored)."""
    text = _text(row)
    start = int(row["start"])
    sentence = next(
        (text[s:e] for s, e in sentence_spans(text) if s <= start < e),
        text[start : int(row["end"])],
    )
    return audit_context(row, words), sentence


def current_assignments(audit: pd.DataFrame) -> pd.DataFrame:
    """``voice, source, target`` that the current rules give to each sampled match (empty when
    the match is gone), re-derived from the downloaded corpora."""
    out = []
    cache: dict[tuple[str, str], pd.DataFrame] = {}
    for _, r in audit.iterrows():
        key = (r["dataset"], r["doc_id"])
        if key not in cache:
            cache[key] = document_matches(_text(r), home_of(*key))
        m = cache[key]
        hit = m[(m["category"] == r["category"]) & (m["start"] == int(r["start"]))]
        hit = hit[hit["end"] == int(r["end"])]
        if len(hit):
            out.append(tuple(hit.iloc[0][["voice", "source", "target"]]) + (True,))
        else:
            out.append(("", "", "", False))
    return pd.DataFrame(out, columns=["voice", "source", "target", "matched"], index=audit.index)


def surviving(audit: pd.DataFrame, current: pd.DataFrame) -> pd.Series:
    """True for the audit rows the current rules still sample: the match still exists and a
    target row still has a target (an empty-target row still has none)."""
    has_target = current["target"].astype(bool)
    return (
        current["matched"].astype(bool)
        & ~((audit["sample"] == "target") & ~has_target)
        & ~((audit["sample"] == "empty_target") & has_target)
    )


def rescore(audit: pd.DataFrame, current: pd.DataFrame) -> pd.DataFrame:
    """The judgements re-labelled for the current rules through the reader's values: rows whose
    match is gone, and target rows whose current target no longer fits their sample (a target
    became empty or the reverse), are dropped (:func:`surviving`)."""
    rows = []
    keep = surviving(audit, current)
    for i, r in audit.iterrows():
        if not keep.loc[i]:
            continue
        c = current.loc[i]
        new = r.copy()
        new[["voice", "source", "target"]] = [c["voice"], c["source"], c["target"]]
        if r["voice_label"] or r["target_label"]:
            new = judge(
                new, r["voice_truth"], r["source_truth"], r["target_truth"], r["error"], r["reason"]
            )
        rows.append(new)
    return pd.DataFrame(rows, columns=COLUMNS).reset_index(drop=True)
