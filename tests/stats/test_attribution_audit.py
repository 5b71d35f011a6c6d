"""Unit tests of the attribution audit (framing.stats.attribution_audit): the table on a small
hand-made audit frame (hand-worked Wilson intervals and recall), the labelling rules, the seeded
draw, and the stored judgements (package data; no corpus needed)."""

from __future__ import annotations

import dataclasses
import math
import re

import pandas as pd
import pytest
import yaml

from framing.core.errors import DataError
from framing.data.datasets.media import doc_id as media_doc_id
from framing.stats import attribution_audit as aa
from framing.stats import media_audit as ma
from framing.stats import validation as v
from framing.stats.audit_strata import second_person


def _row(sample, group, v0="", s0="", t0="", **judgement) -> pd.Series:
    """A sampled row with assigned ``v0, s0, t0``, judged with ``judgement`` if given."""
    base = dict.fromkeys(aa.COLUMNS, "")
    base.update(
        sample=sample,
        dataset="d",
        doc_id=f"x-{group}",
        group=group,
        outlet=group,
        category="hedge",
        start=0,
        end=1,
        voice=v0,
        source=s0,
        target=t0,
    )
    row = pd.Series(base)
    return aa.judge(row, **judgement) if judgement else row


def _frame(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=aa.COLUMNS).reset_index(drop=True)


@pytest.fixture
def hand_audit() -> pd.DataFrame:
    rows = [
        # RT voice: 4 of 5 right; the two reported ones carry a source, one right
        _row("voice", "RT", "author", voice="author"),
        _row("voice", "RT", "author", voice="author"),
        _row("voice", "RT", "reported", "russia", voice="reported", source="russia"),
        _row("voice", "RT", "reported", "", voice="reported", source="ukraine"),
        _row("voice", "RT", "author", voice="reported", source="vague", error="frame_missed"),
        # Western voice: 1 of 2 right
        _row("voice", "Western", "author", voice="author"),
        _row("voice", "Western", "reported", "", voice="author", error="frame_overreach"),
        # RT target: 3 of 4 right (one names one of two cast actors: right)
        _row("target", "RT", t0="russia", target="russia"),
        _row("target", "RT", t0="west_us", target="west_us+russia"),
        _row("target", "RT", t0="ukraine", target="ukraine"),
        _row("target", "RT", t0="china", target="", error="cue_not_negative"),
        # RT empty target: 3 of 4 right to be empty
        _row("empty_target", "RT", target=""),
        _row("empty_target", "RT", target=""),
        _row("empty_target", "RT", target=""),
        _row("empty_target", "RT", target="russia", error="missed_named"),
    ]
    return _frame(rows)


def test_judge_derives_labels_from_the_readers_values():
    r = _row("voice", "RT", "reported", "west_us+russia", voice="reported", source="russia+west_us")
    assert (r["voice_label"], r["source_label"], r["target_label"]) == ("correct", "correct", "")
    r = _row("voice", "RT", "reported", "vague", voice="author", error="frame_overreach")
    assert (r["voice_label"], r["source_label"], r["source_truth"]) == ("incorrect", "", "")
    r = _row("voice", "RT", "author", voice="reported", source="china")
    assert (r["voice_label"], r["source_label"], r["source_truth"]) == ("incorrect", "", "china")
    assert _row("target", "RT", t0="china", target="west_us")["target_label"] == "incorrect"
    assert _row("target", "RT", t0="china+russia", target="china")["target_label"] == "incorrect"
    assert _row("empty_target", "RT", target="")["target_label"] == "correct"
    assert _row("empty_target", "RT", target="un")["target_label"] == "incorrect"


@pytest.mark.parametrize(
    "kwargs,message",
    [
        ({"voice": "writer"}, "voice"),
        ({"voice": "reported", "source": "nato"}, "source"),
        ({"voice": "author", "target": "vague"}, "target"),
        ({"voice": "author", "error": "typo"}, "error"),
        ({"voice": "author", "reason": " ".join(["word"] * 13)}, "12 words"),
        ({"target": ""}, "needs the reader's voice"),
    ],
)
def test_judge_refuses_bad_values(kwargs, message):
    with pytest.raises(DataError, match=message):
        aa.judge(_row("voice", "RT", "author"), **kwargs)


def test_agrees_rules():
    assert aa.agrees("voice", "author", "author") and not aa.agrees("voice", "author", "reported")
    assert aa.agrees("source", "", "") and aa.agrees("source", "china+russia", "russia+china")
    assert not aa.agrees("source", "vague", "")
    assert aa.agrees("target", "russia", "russia+ukraine")
    assert not aa.agrees("target", "", "russia") and not aa.agrees("target", "russia", "")
    assert aa.agrees("empty target", "", "") and not aa.agrees("empty target", "", "china")
    with pytest.raises(ValueError):
        aa.agrees("who", "", "")


def test_table_counts_and_hand_worked_wilson(hand_audit):
    pops = {
        "voice": {"RT": 1000, "Western": 500, "China Daily": 0},
        "target": {"RT": 100, "Western": 0, "China Daily": 0},
        "empty_target": {"RT": 300, "Western": 0, "China Daily": 0},
    }
    t = aa.attribution_audit_table(hand_audit, pops, n_boot=200).set_index(["assignment", "group"])
    # Wilson 95% by hand: 3/4 -> centre (0.75 + z^2/8) / (1 + z^2/4) = 0.6275,
    # half z*sqrt(0.75*0.25/4 + z^2/64) / (1 + z^2/4) = 0.3269 -> [0.3006, 0.9544]
    r = t.loc[("voice", "RT")]
    assert (r["n"], r["correct"], r["share"]) == (5, 4, 0.8)
    r = t.loc[("target", "RT")]
    assert (r["n"], r["correct"], r["share"]) == (4, 3, 0.75)
    assert (r["lo"], r["hi"]) == pytest.approx((0.3006, 0.9544), abs=1e-4)
    assert r["population"] == 100 and r["goal"] == 0.85 and not r["met"]
    # 1/2 -> [0.0945, 0.9055]; pooled voice 5/7: centre 0.6384, half 0.2794 -> [0.3589, 0.9178]
    r = t.loc[("voice", "Western")]
    assert (r["n"], r["correct"], r["lo"], r["hi"]) == (2, 1, 0.0945, 0.9055)
    r = t.loc[("voice", "pooled")]
    assert (r["n"], r["correct"], r["population"]) == (7, 5, 1500)
    assert (r["lo"], r["hi"]) == pytest.approx((0.3589, 0.9178), abs=1e-4)
    # source: only reported rows the reader agrees are reported (2, one right)
    r = t.loc[("source", "RT")]
    assert (r["n"], r["correct"]) == (2, 1) and math.isnan(r["goal"])
    assert t.loc[("empty target", "RT")][["n", "correct"]].tolist() == [4, 3]
    assert t.loc[("voice", "China Daily")]["n"] == 0
    assert math.isnan(t.loc[("voice", "China Daily")]["share"])


def test_wilson_against_scipy(hand_audit):
    from scipy.stats import binomtest

    t = aa.attribution_audit_table(hand_audit, {}, n_boot=10)
    for r in t[t["n"] > 0].itertuples(index=False):
        ci = binomtest(r.correct, r.n).proportion_ci(method="wilson")
        assert (r.lo, r.hi) == pytest.approx((ci.low, ci.high), abs=1e-4)


def test_recall_estimate_by_hand(hand_audit):
    # RT: 100 matches with a target, 3/4 right and 3/4 casting someone (the wrong one casts
    # nobody); 300 without, 1/4 missing an actor: recall = 100*0.75 / (100*0.75 + 300*0.25)
    pops = {"target": {"RT": 100}, "empty_target": {"RT": 300}}
    t = aa.attribution_audit_table(hand_audit, pops, n_boot=300)
    r = t[(t["assignment"] == "target recall") & (t["group"] == "RT")].iloc[0]
    assert r["share"] == pytest.approx(75 / 150, abs=1e-4)
    assert r["n"] == 8 and r["correct"] == 3 and r["population"] == 400
    assert 0.0 <= r["lo"] <= r["share"] <= r["hi"] <= 1.0
    # a wrong target that does cast someone else adds to the matches that cast an actor
    a = hand_audit.copy()
    a.loc[10] = aa.judge(a.loc[10], target="russia", error="wrong_actor")
    t = aa.attribution_audit_table(a, pops, n_boot=50)
    r = t[(t["assignment"] == "target recall") & (t["group"] == "RT")].iloc[0]
    assert r["share"] == pytest.approx(75 / (100 + 75), abs=1e-4)
    # without populations there is no recall row
    t = aa.attribution_audit_table(hand_audit, {}, n_boot=10)
    assert not (t["assignment"] == "target recall").any()


def test_error_counts(hand_audit):
    e = aa.error_counts(hand_audit)
    got = {(r.assignment, r.error): (r.RT, r.Western, r.all) for r in e.itertuples(index=False)}
    assert got == {
        ("voice", "frame_missed"): (1, 0, 1),
        ("voice", "frame_overreach"): (0, 1, 1),
        ("source", "(none)"): (1, 0, 1),
        ("target", "cue_not_negative"): (1, 0, 1),
        ("empty target", "missed_named"): (1, 0, 1),
    }
    assert list(e["assignment"]) == ["voice", "voice", "source", "target", "empty target"]


def _matches() -> pd.DataFrame:
    rows = []
    for g, ds in (("RT", "a"), ("Western", "b"), ("China Daily", "c")):
        for i in range(30):
            cat = ("hedge", "accusation", "cold_war")[i % 3]
            target = "russia" if i % 2 else ""
            voice = "" if cat == "cold_war" else ("reported" if i % 4 == 0 else "author")
            rows.append((ds, f"{g}-{i // 5}", g, g, cat, i, i + 1, voice, "", target))
    cols = [
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
    ]
    return pd.DataFrame(rows, columns=cols)


def test_reported_rows_count_for_source_only():
    """Round 58's ``reported`` sample: its rows are judged like voice rows and add to the source
    judgements, never to voice (a sample of reported matches would bias the voice share)."""
    rows = [
        _row("voice", "RT", "author", voice="author"),
        _row("voice", "RT", "reported", "russia", voice="reported", source="russia"),
        _row("reported", "RT", "reported", "russia", voice="reported", source="ukraine"),
        _row("reported", "RT", "reported", "", voice="author", error="frame_overreach"),
    ]
    audit = _frame(rows)
    assert len(aa.judged(audit, "voice")) == 2
    assert aa.judged(audit, "source")["ok"].tolist() == [True, False]
    table = aa.attribution_audit_table(audit, {}, n_boot=10).set_index(["assignment", "group"])
    assert (table.loc[("voice", "RT"), "n"], table.loc[("source", "RT"), "n"]) == (2, 2)
    m = _matches()
    drawn = aa.draw_sample(m, seed=7, sizes={"reported": 3})
    assert drawn["voice"].eq("reported").all() and len(drawn) == 9
    assert drawn["category"].isin(aa.VOICE_CATEGORIES).all()


def test_draw_is_seeded_stratified_and_without_replacement():
    m = _matches()
    sizes = {"voice": 5, "target": 4, "empty_target": 50}
    a = aa.draw_sample(m, seed=7, sizes=sizes)
    assert a.equals(aa.draw_sample(m, seed=7, sizes=sizes))
    assert not a.equals(aa.draw_sample(m, seed=8, sizes=sizes))
    counts = a.groupby(["sample", "group"]).size()
    assert (counts.loc["voice"] == 5).all() and (counts.loc["target"] == 4).all()
    assert (counts.loc["empty_target"] == 10).all()  # all 10 empty-target matches of a group
    assert not a.duplicated(["sample", "doc_id", "start"]).any()
    v = a[a["sample"] == "voice"]
    assert v["category"].isin(aa.VOICE_CATEGORIES).all()
    t = a[a["sample"] == "target"]
    assert t["target"].ne("").all() and t["category"].isin(aa.TARGET_CATEGORIES).all()
    assert a[a["sample"] == "empty_target"]["target"].eq("").all()
    assert (a[["voice_label", "target_label", "reason"]] == "").all().all()
    pop = aa.population(m)
    assert pop["voice"] == {"RT": 20, "Western": 20, "China Daily": 20}
    assert pop["source"]["RT"] == int(((m["group"] == "RT") & (m["voice"] == "reported")).sum())


def test_write_read_roundtrip(tmp_path, hand_audit):
    p = aa.write_attribution_audit(hand_audit, tmp_path / "a.csv")
    back = aa.read_attribution_audit(p)
    assert back.astype(str).equals(hand_audit.astype(str))
    (tmp_path / "bad.csv").write_text("sample,dataset\nvoice,d\n", encoding="utf-8")
    with pytest.raises(DataError, match="columns missing"):
        aa.read_attribution_audit(tmp_path / "bad.csv")
    with pytest.raises(DataError, match="missing"):
        aa.read_attribution_audit(tmp_path / "none.csv")


def test_rescore_relabels_through_the_readers_values(hand_audit):
    current = pd.DataFrame(
        {
            "voice": hand_audit["voice"],
            "source": hand_audit["source"],
            "target": hand_audit["target"],
            "matched": True,
        }
    )
    same = aa.rescore(hand_audit, current)
    assert same.astype(str).equals(hand_audit.astype(str))
    current.loc[4, "voice"], current.loc[4, "source"] = "reported", "vague"  # a miss repaired
    current.loc[3, "source"] = "ukraine"  # a source repaired
    current.loc[10, "target"] = ""  # a wrong target dropped: leaves the target sample
    current.loc[14, "target"] = "russia"  # a missed target found: leaves the empty sample
    current.loc[0, "matched"] = False  # a match gone
    new = aa.rescore(hand_audit, current)
    assert len(new) == len(hand_audit) - 3
    t = aa.attribution_audit_table(new, {}, n_boot=10).set_index(["assignment", "group"])
    assert t.loc[("voice", "RT"), "correct"] == 4 and t.loc[("voice", "RT"), "n"] == 4
    assert t.loc[("source", "RT"), "correct"] == 3 and t.loc[("source", "RT"), "n"] == 3
    assert t.loc[("target", "RT"), ["n", "correct"]].tolist() == [3, 3]
    assert t.loc[("empty target", "RT"), ["n", "correct"]].tolist() == [3, 3]


# ---------------------------------------------------------------- the rounds as data
_ROUND = "- number: 1\n  seed: 7\n  stem: att1\n  sizes: {voice: 2}\n  note: n\n"


def test_load_rounds_reads_every_field(tmp_path):
    p = tmp_path / "r.yaml"
    p.write_text(
        _ROUND + "- number: 2\n  seed: 8\n  stem: att2\n  sizes: {target: 3}\n  note: m\n"
        "  frame: headlines\n  fresh_passages: true\n  pooled_with: {voice: [1]}\n"
    )
    one, two = aa.load_rounds(p)
    assert one == aa.AttributionRound(1, 7, "att1", {"voice": 2}, "n")
    assert two.frame is aa.HEADLINES and two.fresh_passages and two.pooled_with == {"voice": (1,)}
    assert two.after_media is None and not two.precision_documents_fresh


@pytest.mark.parametrize(
    "extra,message",
    [
        ("- number: 3\n  seed: 1\n  stem: x\n  sizes: {}\n  note: n\n", "numbered 1, 2"),
        ("- number: 2\n  seed: 1\n  stem: x\n  sizes: {}\n  note: n\n  frame: blogs\n",
         "unknown frame 'blogs'"),
        ("- number: 2\n  seed: 1\n  stem: x\n  sizes: {}\n  note: n\n  color: red\n",
         "unknown key(s) color"),
        ("- number: 2\n  seed: 1\n  stem: x\n  sizes: {quotes: 3}\n  note: n\n",
         "unknown sample kind"),
    ],
)  # fmt: skip
def test_load_rounds_refuses_a_malformed_file(tmp_path, extra, message):
    p = tmp_path / "r.yaml"
    p.write_text(_ROUND + extra)
    with pytest.raises(DataError, match=re.escape(message)):
        aa.load_rounds(p)


def test_every_round_has_its_files_and_a_unique_seed():
    assert [r.number for r in aa.ROUNDS] == list(range(1, len(aa.ROUNDS) + 1))
    assert len({r.seed for r in aa.ROUNDS}) == len(aa.ROUNDS)
    for r in aa.ROUNDS:
        assert aa.audit_path(r.number).is_file() and aa.record_path(r.number).is_file(), r.number


# ---------------------------------------------------------------- the stored audit
@pytest.fixture(scope="module", params=aa.ROUNDS, ids=lambda r: f"round{r.number}")
def spec(request) -> aa.AttributionRound:
    return request.param


@pytest.fixture(scope="module")
def stored(spec) -> pd.DataFrame:
    return aa.read_attribution_audit(round_=spec.number)


def test_stored_audit_is_complete_and_ids_only(stored, spec):
    record = yaml.safe_load(aa.record_path(spec.number).read_text(encoding="utf-8"))
    assert record["seed"] == spec.seed and record["sizes"] == spec.sizes
    counts = stored.groupby(["sample", "group"]).size()
    pop = {k: record["population"][aa.POPULATION_KEY.get(k, k)] for k in spec.sizes}
    for kind, n in spec.sizes.items():
        for group, k in counts.loc[kind].items():  # n per stratum, or all when fewer exist
            assert k == min(n, pop[kind][group]), (kind, group)
    frame = spec.frame
    shown = {g for g in frame.groups if any(pop[k].get(g) for k in spec.sizes)}
    assert set(stored["group"]) == shown  # every group with a match to show (round 10: no BBC)
    assert not stored.duplicated(["sample", "doc_id", "start", "end", "category"]).any()
    judged = stored["voice_label"].ne("") | stored["target_label"].ne("")
    assert judged.all()
    assert stored["reason"].map(lambda r: 0 < len(r.split()) <= 12).all()
    assert stored["error"].isin(["", *aa.ERRORS]).all()
    assert set(stored["dataset"]) <= set(frame.datasets)
    assert stored["outlet"].isin(frame.outlet_group).all()  # no NYT leads
    assert (stored["outlet"].map(frame.outlet_group) == stored["group"]).all()


def test_stored_labels_follow_from_the_readers_values(stored):
    for i, r in stored.iterrows():
        again = aa.judge(
            r, r["voice_truth"], r["source_truth"], r["target_truth"], r["error"], r["reason"]
        )
        assert again.equals(r), i
        wrong = "incorrect" in (r["voice_label"], r["source_label"], r["target_label"])
        assert bool(r["error"]) == wrong, i  # every error has a code, and only errors


def test_stored_sample_avoids_the_tuning_documents(stored):
    tuning = pd.read_csv(aa.validation_dir() / "tuning-documents.csv", dtype=str)
    names = {"rt": "RT", "bbc": "BBC", "guardian": "Guardian", "ap": "AP", "nbc": "NBC"}
    ids = {
        media_doc_id(names[o], u)
        for o, u in zip(tuning["outlet"], tuning["url"], strict=True)
        if o in names
    }
    assert ids and not ids & set(stored["doc_id"])
    # the headlines read for the speaker tags (the scare-quote reading of round 12 came later)
    headlines = aa.tuning_headlines("speaker tags")
    assert headlines and not headlines & set(zip(stored["dataset"], stored["doc_id"], strict=True))


def test_stored_floors_are_the_table(stored, spec):
    record = aa.read_record(round_=spec.number)
    t = aa.attribution_audit_table(
        stored, record["population"], n_boot=50, groups=spec.frame.groups
    )
    t = t.set_index(["assignment", "group"])
    for f in record["floors"]:
        assert t.loc[(f["assignment"], f["group"]), "share"] == pytest.approx(f["share"])


def test_rounds_pick_files_and_leave_out_earlier_documents(tmp_path, monkeypatch):
    row = dict.fromkeys(aa.COLUMNS, "")
    pd.DataFrame([{**row, "dataset": "media-rt-2022", "doc_id": "a"}]).to_csv(
        tmp_path / "att1.csv", index=False
    )
    pd.DataFrame([{"dataset": "media-rt-2022", "doc_id": "m"}]).to_csv(
        tmp_path / "media-audit.csv", index=False
    )
    pd.DataFrame([{"dataset": "media-rt-2022", "doc_id": "n"}]).to_csv(
        tmp_path / "media-audit-2.csv", index=False
    )
    monkeypatch.setattr(aa, "validation_dir", lambda: tmp_path)
    monkeypatch.setattr(v, "validation_dir", lambda: tmp_path)  # the media audit's files
    monkeypatch.setattr(
        ma,
        "ROUNDS",
        (
            ma.AuditRound(1, 1, "media-audit.csv", ("hedge",), "tuned on"),
            ma.AuditRound(2, 2, "media-audit-2.csv", ("hedge",), "drawn with attribution 2"),
        ),
    )
    sizes = {"voice": 1, "target": 1, "empty_target": 1}
    monkeypatch.setattr(
        aa,
        "ROUNDS",
        (
            aa.AttributionRound(1, 1, "att1", sizes, "tuned on"),
            aa.AttributionRound(2, 2, "att2", sizes, "fresh"),
        ),
    )
    assert aa.audit_path().name == "att2.csv" and aa.record_path(1).name == "att1.yaml"
    assert aa.earlier_documents(2) == {("media-rt-2022", "a"), ("media-rt-2022", "m")}
    assert aa.earlier_documents(1) == {("media-rt-2022", "m")}
    # round 3 leaves out both audits' rounds 1 and 2 (media round 2 was drawn with attribution 2)
    assert aa.earlier_documents(3) == {("media-rt-2022", d) for d in "amn"}
    assert ma.earlier_documents(3) == {("media-rt-2022", d) for d in "amn"}
    assert aa.read_record() == {}  # no record drawn yet
    with pytest.raises(ValueError, match="no attribution audit round 5"):
        aa.audit_round(5)


def test_a_media_round_may_count_the_attribution_documents_as_fresh(tmp_path, monkeypatch):
    """``fresh_per_category`` leaves out the documents earlier media rounds showed for the
    category and every attribution round's; ``attribution_fresh`` (media round 12, scare
    quotes) only the former."""
    pd.DataFrame(
        [
            {"dataset": "media-rt-2022", "doc_id": "q", "category": "scare_quote"},
            {"dataset": "media-rt-2022", "doc_id": "h", "category": "hedge"},
        ]
    ).to_csv(tmp_path / "media-audit.csv", index=False)
    row = dict.fromkeys(aa.COLUMNS, "")
    pd.DataFrame([{**row, "dataset": "media-rt-2022", "doc_id": "a"}]).to_csv(
        tmp_path / "att1.csv", index=False
    )
    monkeypatch.setattr(aa, "validation_dir", lambda: tmp_path)
    monkeypatch.setattr(v, "validation_dir", lambda: tmp_path)
    monkeypatch.setattr(ma, "ROUNDS", (ma.AuditRound(1, 1, "media-audit.csv", ("hedge",), ""),))
    sizes = {"voice": 1, "target": 1, "empty_target": 1}
    monkeypatch.setattr(aa, "ROUNDS", (aa.AttributionRound(1, 1, "att1", sizes, ""),))
    sq = "scare_quote"
    per_category = ma.AuditRound(2, 2, "m2.csv", (sq,), "", (sq,))
    fresh = ma.AuditRound(2, 2, "m2.csv", (sq,), "", (sq,), (sq,), (sq,))
    everything = ma.AuditRound(2, 2, "m2.csv", (sq,), "")
    docs = lambda *ids: {("media-rt-2022", d) for d in ids}  # noqa: E731
    assert ma.round_exclusions(everything, sq) == docs("q", "h", "a")
    assert ma.round_exclusions(per_category, sq) == docs("q", "a")
    assert ma.round_exclusions(fresh, sq) == docs("q")
    assert ma.round_exclusions(fresh, "hedge") == docs("q", "h", "a")  # other categories: all


def test_a_round_after_later_media_rounds_leaves_them_out(tmp_path, monkeypatch):
    """``after_media``: attribution round 2, drawn after media round 3, leaves out media rounds
    1-3 (without it, only the media rounds numbered below 2)."""
    for i, doc in enumerate("mnp", start=1):
        name = "media-audit.csv" if i == 1 else f"media-audit-{i}.csv"
        pd.DataFrame([{"dataset": "media-rt-2022", "doc_id": doc}]).to_csv(
            tmp_path / name, index=False
        )
    row = dict.fromkeys(aa.COLUMNS, "")
    pd.DataFrame([{**row, "dataset": "media-rt-2022", "doc_id": "a"}]).to_csv(
        tmp_path / "att1.csv", index=False
    )
    monkeypatch.setattr(aa, "validation_dir", lambda: tmp_path)
    monkeypatch.setattr(v, "validation_dir", lambda: tmp_path)
    files = {1: "media-audit.csv", 2: "media-audit-2.csv", 3: "media-audit-3.csv"}
    monkeypatch.setattr(
        ma, "ROUNDS", tuple(ma.AuditRound(n, n, f, ("hedge",), "") for n, f in files.items())
    )
    sizes = {"voice": 1, "target": 1, "empty_target": 1}
    plain = (
        aa.AttributionRound(1, 1, "att1", sizes, ""),
        aa.AttributionRound(2, 2, "att2", sizes, ""),
    )
    monkeypatch.setattr(aa, "ROUNDS", plain)
    assert {d for _, d in aa.earlier_documents(2)} == {"a", "m"}
    later = (plain[0], aa.AttributionRound(2, 2, "att2", sizes, "", after_media=3))
    monkeypatch.setattr(aa, "ROUNDS", later)
    assert {d for _, d in aa.earlier_documents(2)} == {"a", "m", "n", "p"}
    # round 69's rule: documents only a precision round showed are fresh for attribution
    fresh = (plain[0], aa.AttributionRound(2, 2, "att2", sizes, "", precision_documents_fresh=True))
    monkeypatch.setattr(aa, "ROUNDS", fresh)
    assert {d for _, d in aa.earlier_documents(2)} == {"a"}


def test_fresh_passages_leave_out_only_what_readers_saw(tmp_path, monkeypatch):
    """``fresh_passages`` (round 78): a match within the margin of an earlier round's row of
    the same document is left out (either end); one past it, or in another document, stays."""
    row = dict.fromkeys(aa.COLUMNS, "")
    pd.DataFrame([{**row, "dataset": "d", "doc_id": "a", "start": 5000, "end": 5010}]).to_csv(
        tmp_path / "att1.csv", index=False
    )
    monkeypatch.setattr(aa, "validation_dir", lambda: tmp_path)
    sizes = {"voice": 1}
    monkeypatch.setattr(
        aa,
        "ROUNDS",
        (
            aa.AttributionRound(1, 1, "att1", sizes, ""),
            aa.AttributionRound(2, 2, "att2", sizes, "", fresh_passages=True),
        ),
    )
    earlier = aa.earlier_rows(2)
    assert earlier[["doc_id", "start", "end"]].values.tolist() == [["a", 5000, 5010]]
    assert aa.earlier_rows(1).empty
    matches = pd.DataFrame(
        {
            "dataset": ["d"] * 5,
            "doc_id": ["a", "a", "a", "a", "b"],
            "start": [2990, 2995, 7009, 7011, 5000],
            "end": [2999, 3000, 7020, 7020, 5010],
        }
    )
    kept = aa.fresh_passage_matches(matches, earlier, margin=2000)
    # 2990-2999 ends before 3000 (5000 - 2000): kept; 2995-3000 ends on it: out; 7009 starts
    # inside 5010 + 2000: out; 7011 starts past it: kept; document b: kept
    assert kept["start"].tolist() == [2990, 7011, 5000]
    assert kept.attrs["excluded_earlier_matches"] == 2


def test_pooled_rounds_name_the_whole_frame_as_their_population():
    """Rows pooled over rounds sample the whole frame: their population is the record's
    ``frame_population`` (or empty), never the latest round's depleted frame (which held 0
    named China Daily targets beside 42 judged rows)."""
    latest = aa.latest_measures(n_boot=50)
    pooled = latest[latest["pooled_rounds"] != ""]
    assert len(pooled)
    known = pooled[pooled["population"].notna()]
    assert (known["population"] >= known["n"]).all()
    spec = aa.audit_round(int(pooled["round"].max()))
    whole = aa.read_record(round_=spec.number).get("frame_population", {})
    row = pooled[(pooled["assignment"] == "target") & (pooled["group"] == "China Daily")]
    if "target" in whole and len(row) and row["round"].iloc[0] == spec.number:
        assert row["population"].iloc[0] == whole["target"]["China Daily"]


@pytest.mark.parametrize("frame", [aa.ARTICLES, aa.HEADLINES], ids=["articles", "headlines"])
def test_latest_measures_take_each_cell_from_the_latest_round_that_measured_it(frame):
    latest = aa.latest_measures(n_boot=50, frame=frame)
    tables = {
        spec.number: aa.attribution_audit_table(
            aa.read_attribution_audit(round_=spec.number),
            aa.read_record(round_=spec.number).get("population", {}),
            n_boot=50,
            groups=frame.groups,
        )
        for spec in aa.ROUNDS
        if spec.frame is frame
    }
    for r in latest.itertuples(index=False):
        for number, table in tables.items():
            cell = table[(table["assignment"] == r.assignment) & (table["group"] == r.group)]
            rows = table[(table["assignment"] == r.assignment) & (table["group"] != aa.POOLED)]
            complete = (rows["n"] > 0).all() if r.group == aa.POOLED else True
            small = cell["n"] < aa.MIN_CELL if r.group != aa.POOLED else False
            if number > r.round and complete and (r.n >= aa.MIN_CELL or r.group == aa.POOLED):
                # a later round measured a group's cell only with fewer rows than MIN_CELL
                assert (cell["share"].isna() | small).all(), (
                    r.assignment,
                    r.group,
                    number,
                )
        if r.group == aa.POOLED:  # a pooled row comes from a round that measured every group
            rows = tables[r.round]
            spec = aa.audit_round(r.round)
            if r.assignment in spec.pooled_with:  # with the rounds it pools: rounds 81 and 82 drew
                # no China Daily named target (none left), rounds 78-80 did
                rows = aa.attribution_audit_table(
                    aa.pooled_audit(spec, r.assignment), {}, n_boot=50, groups=frame.groups
                )
            rows = rows[(rows["assignment"] == r.assignment) & (rows["group"] != aa.POOLED)]
            assert (rows["n"] > 0).all(), (r.assignment, r.round)
    if frame is aa.ARTICLES:
        assert set(latest["assignment"]) == set(aa.ASSIGNMENTS)
    # round 13 drew the one BBC empty target left: round 9's twenty stay the measure
    if frame is aa.HEADLINES:
        cell = latest[(latest["assignment"] == "empty target") & (latest["group"] == "BBC")]
        assert cell["round"].tolist() == [9] and cell["n"].tolist() == [20]


def _hand_count(rounds, samples, label) -> dict[str, tuple[int, int]]:
    """``group -> (n, correct)`` straight from the CSV files of ``rounds``: the rows of
    ``samples`` with a ``label``, less the rows their records retired."""
    out: dict[str, tuple[int, int]] = {}
    for number in rounds:
        audit = pd.read_csv(aa.audit_path(number), dtype=str, keep_default_na=False)
        record = yaml.safe_load(aa.record_path(number).read_text())
        retired = {i for e in record.get("retired_rows", []) for i in e["rows"]}
        rows = audit[audit["sample"].isin(samples) & audit[label].ne("")]
        rows = rows[~rows.index.isin(retired)]
        for g, d in rows.groupby("group"):
            n, ok = out.get(g, (0, 0))
            out[g] = (n + len(d), ok + int((d[label] == "correct").sum()))
    return out


@pytest.mark.parametrize(
    ("assignment", "rounds", "samples", "label", "groups"),
    [
        ("voice", (69, 70, 75, 76, 77, 78, 79, 80, 81, 82), ["voice"], "voice_label", aa.GROUPS),
        # rounds 86 and 87 (RT and Western only) measure those groups' sources since
        ("source", (78, 79, 80, 81, 82, 84, 85), ["voice", "reported"], "source_label",
         ("China Daily",)),
        ("target", (78, 79, 80, 81, 82, 83, 89), ["target"], "target_label", aa.GROUPS),
        ("empty target", (78, 79, 80, 81, 82, 83, 89), ["empty_target"], "target_label",
         aa.GROUPS),
    ],
)  # fmt: skip
def test_pooled_cells_count_every_judged_row_of_the_pooled_rounds(
    assignment, rounds, samples, label, groups
):
    """Round 82 pools voice with rounds 69, 70 and 75-81; round 83 (targets only) pools named
    and empty targets with rounds 78-82 (versions 123-126 change their rows only toward their
    readers' values or to values a census read blind), and round 89 with rounds 78-83
    (version 143 moves four of their empty rows to their readers' actor); round 85 (sources
    only) pools sources
    with rounds 78-82 and 84 (version 138 changes two rows of round 84, to its reader's): each
    group's cell counts, straight from the CSV files, every judged row of the latest round that
    measured it and of the rounds it pools, less the rows the records retired."""
    latest_round = rounds[-1]
    assert aa.audit_round(latest_round).pooled_with.get(assignment, ()) == rounds[:-1]
    latest = aa.latest_measures(n_boot=20).set_index(["assignment", "group"])
    counted = _hand_count(rounds, samples, label)
    assert set(groups) <= set(counted)
    for g in groups:
        n, ok = counted[g]
        cell = latest.loc[(assignment, g)]
        assert (cell["n"], cell["correct"], cell["round"]) == (n, ok, latest_round), g
        assert cell["pooled_rounds"] == "+".join(map(str, rounds))


@pytest.mark.parametrize(
    ("record", "rounds", "expected"),
    [
        # docs/validation.md section 105 (Western 0.48 under version 126's frame, 0.49 since
        # version 128 gave 4 of its empty targets an actor: section 108; China Daily 0.43, 0.44
        # since version 143 gave 4 more an actor: section 128)
        (82, (78, 79, 80, 81, 82), (0.55, 0.49, 0.44)),
        # section 106 (China Daily 0.38 under version 127's frame, 0.39 since version 129:
        # section 109; 0.38 again since version 140 took 2 of its named targets in the frame
        # from former office holders: section 121; Western 0.51 and China Daily 0.39 since
        # version 143: section 128)
        (83, (78, 79, 80, 81, 82, 83), (0.52, 0.51, 0.39)),
        # section 129: round 89 pooled with rounds 78-83
        (89, (78, 79, 80, 81, 82, 83, 89), (0.54, 0.48, 0.39)),
    ],
)
def test_whole_frame_recall_by_hand(record, rounds, expected):
    """The recall cells of a round scale the pooled rows of its rounds to the whole frame (the
    record's ``frame_population``), computed here from the CSV files by the formula of
    docs/validation.md section 105: recall = sum_g T_g p_g / sum_g (T_g c_g + E_g m_g), with
    T_g, E_g the group's named and empty targets in the frame, p_g the share of named rows
    right, c_g the share of named rows that cast an actor, m_g the share of empty rows that
    miss one. Not the round's own frame: earlier draws took most of its named targets."""
    frame = yaml.safe_load(aa.record_path(record).read_text())["frame_population"]
    parts = [pd.read_csv(aa.audit_path(n), dtype=str, keep_default_na=False) for n in rounds]
    rows = pd.concat(parts, ignore_index=True)
    named = rows[(rows["sample"] == "target") & rows["target_label"].ne("")]
    empty = rows[(rows["sample"] == "empty_target") & rows["target_label"].ne("")]
    cells = aa.whole_frame_recall(aa.audit_round(record), n_boot=20).set_index("group")
    hit_all = cast_all = 0.0
    for g in aa.GROUPS:
        t, e = named[named["group"] == g], empty[empty["group"] == g]
        p = (t["target_label"] == "correct").mean()
        c = t["target_truth"].ne("").mean()
        m = (e["target_label"] != "correct").mean()
        hit = frame["target"][g] * p
        cast = frame["target"][g] * c + frame["empty_target"][g] * m
        cell = cells.loc[g]
        assert cell["share"] == pytest.approx(hit / cast, abs=1e-4), g
        assert cell["population"] == frame["target"][g] + frame["empty_target"][g]
        assert cell["pooled_rounds"] == "+".join(map(str, rounds))
        hit_all, cast_all = hit_all + hit, cast_all + cast
    assert cells.loc[aa.POOLED, "share"] == pytest.approx(hit_all / cast_all, abs=1e-4)
    # as the docs print them (f"{x:.2f}": 0.3850 reads 0.39, where round() gives 0.38)
    assert tuple(float(f"{cells.loc[g, 'share']:.2f}") for g in aa.GROUPS) == expected
    if record == aa.audit_round().number:  # the latest round's cells are section 0's
        latest = aa.latest_measures(n_boot=20).set_index(["assignment", "group"])
        assert (
            latest.loc[("target recall", "RT"), "pooled_rounds"] == cells.loc["RT", "pooled_rounds"]
        )


def test_whole_frame_recall_needs_the_frame_and_both_pools(monkeypatch):
    """Without ``frame_population`` in the record, or with named and empty targets pooled with
    different rounds, a round's recall stays its own frame's (None here)."""
    spec = aa.audit_round(82)
    assert aa.whole_frame_recall(spec, n_boot=10) is not None
    real = aa.read_record
    monkeypatch.setattr(
        aa, "read_record", lambda *a, **k: {x: y for x, y in real(*a, **k).items()
                                            if x != "frame_population"}
    )  # fmt: skip
    assert aa.whole_frame_recall(spec, n_boot=10) is None
    monkeypatch.setattr(aa, "read_record", real)
    other = dataclasses.replace(spec, pooled_with={"target": (78, 79), "empty target": (78,)})
    assert aa.whole_frame_recall(other, n_boot=10) is None


def test_the_source_cells_of_round_81_by_hand():
    """Sources pooled over rounds 78-81 (docs/validation.md section 99): RT 80/121, Western
    103/121, China Daily 51/83, counted from the four files."""
    assert _hand_count((78, 79, 80, 81), ["voice", "reported"], "source_label") == {
        "RT": (121, 80), "Western": (121, 103), "China Daily": (83, 51)
    }  # fmt: skip


def test_the_source_cells_of_round_82_by_hand():
    """Sources pooled over rounds 78-82 (docs/validation.md section 102): RT 105/159, Western
    140/160, China Daily 73/113, counted from the five files."""
    assert _hand_count((78, 79, 80, 81, 82), ["voice", "reported"], "source_label") == {
        "RT": (159, 105), "Western": (160, 140), "China Daily": (113, 73)
    }  # fmt: skip


def test_the_source_cells_of_round_85_by_hand():
    """Sources of round 84 (version 135) and round 85 (version 138), and pooled over rounds
    78-82, 84 and 85 (docs/validation.md sections 119 and 120), counted from the files."""
    rows = ["voice", "reported"]
    assert _hand_count((84,), rows, "source_label") == {
        "RT": (30, 20), "Western": (26, 23), "China Daily": (24, 16)
    }  # fmt: skip
    assert _hand_count((85,), rows, "source_label") == {
        "RT": (30, 22), "Western": (29, 26), "China Daily": (12, 7)
    }  # fmt: skip
    assert _hand_count((78, 79, 80, 81, 82, 84, 85), rows, "source_label") == {
        "RT": (219, 147), "Western": (215, 189), "China Daily": (149, 96)
    }  # fmt: skip


def test_the_source_cells_of_rounds_86_to_88_by_hand():
    """Sources of round 86 (version 139), round 87 (version 140) and round 88 (version 142), RT
    and Western only (no China Daily reported match was left), counted from the files
    (docs/validation.md sections 121, 122 and 127); round 87 pools with no earlier round, round
    88 (round 87's guide; version 142 changes none of round 87's rows) with round 87, so their
    pooled cells are section 0's for RT and Western, and China Daily's stays round 85's pooled
    cell."""
    rows = ["voice", "reported"]
    assert _hand_count((86,), rows, "source_label") == {"RT": (27, 18), "Western": (30, 26)}
    assert _hand_count((87,), rows, "source_label") == {"RT": (26, 20), "Western": (29, 24)}
    assert _hand_count((88,), rows, "source_label") == {"RT": (28, 19), "Western": (28, 20)}
    assert aa.audit_round(87).pooled_with == {}
    assert aa.audit_round(88).pooled_with == {"source": (87,)}
    latest = aa.latest_measures(n_boot=20).set_index(["assignment", "group"])
    for group, (n, ok) in {"RT": (54, 39), "Western": (57, 44)}.items():
        cell = latest.loc[("source", group)]
        assert (cell["round"], cell["n"], cell["correct"]) == (88, n, ok)
    assert latest.loc[("source", "China Daily"), "round"] == 85


def test_rounds_label():
    m = pd.DataFrame(
        {
            "assignment": ["voice", "voice", "source", "source", "target"],
            "round": [72, 72, 7, 9, 72],
            "pooled_rounds": ["69+70+72", "69+70+72", "", "", ""],
        }
    )
    assert aa.rounds_label(m, "voice") == "rounds 69+70+72 pooled"
    assert aa.rounds_label(m, "source") == "rounds 7/9"
    assert aa.rounds_label(m, "target") == "round 72"


def test_pooling_only_with_earlier_rounds_of_the_same_frame(monkeypatch):
    spec = aa.audit_round(72)
    for bad in ((72,), (71,)):  # itself; a headline round
        wrong = aa.AttributionRound(**{**spec.__dict__, "pooled_with": {"voice": bad}})
        with pytest.raises(DataError, match="not an earlier round of the same frame"):
            aa._pooled_table(wrong, n_boot=10)


def test_reader_agreement_hand_worked(monkeypatch):
    rows = pd.DataFrame({c: [""] * 5 for c in aa.COLUMNS}).assign(
        sample=["voice"] * 4 + ["target"],
        dataset="media-rt-2022",
        doc_id=["a", "b", "c", "d", "e"],
        group="RT",
        category="hedge",
        start=[1, 2, 3, 4, 5],
        end=[2, 3, 4, 5, 6],
        voice=["reported", "reported", "reported", "author", ""],
    )
    first = rows.assign(
        voice_truth=["reported", "reported", "author", "author", ""],
        source_truth=["russia", "", "", "", ""],
        voice_label=["correct", "correct", "incorrect", "correct", ""],
    )
    second = rows.assign(
        voice_truth=["reported", "author", "author", "author", ""],
        source_truth=["russia", "", "", "", ""],
        voice_label=["correct", "incorrect", "incorrect", "correct", ""],
    )
    monkeypatch.setattr(
        aa, "read_attribution_audit", lambda path=None, round_=None: second if path else first
    )
    got = aa.reader_agreement().set_index("group")
    # p_o = 3/4; p_e = (2/4)(1/4) + (2/4)(3/4) = 1/2; kappa = (3/4 - 1/2) / (1/2) = 1/2
    assert got.loc["RT", "n"] == 4 and got.loc["RT", "agreement"] == 0.75
    assert math.isclose(got.loc["RT", "kappa"], 0.5)
    assert (got.loc["RT", "first_voice"], got.loc["RT", "second_voice"]) == (0.75, 0.5)
    assert (got.loc["RT", "n_reported"], got.loc["RT", "source_agreement"]) == (1, 1.0)
    assert got.loc["Western", "n"] == 0 and math.isnan(got.loc["Western", "agreement"])
    assert got.loc["all", "n"] == 4


def test_reader_agreement_rejects_other_rows(monkeypatch):
    first = aa.read_attribution_audit(round_=aa.audit_round().number)
    second = first.assign(doc_id="x")
    monkeypatch.setattr(
        aa, "read_attribution_audit", lambda path=None, round_=None: second if path else first
    )
    with pytest.raises(DataError, match="rows differ"):
        aa.reader_agreement()


def test_label_second_writes_its_own_file(monkeypatch, tmp_path, capsys):
    import importlib.util
    import io
    import shutil
    import sys
    from pathlib import Path

    spec = aa.audit_round()  # the default round of the tool
    for suffix in (".csv", ".yaml"):
        shutil.copy(aa.validation_dir() / f"{spec.stem}{suffix}", tmp_path / f"{spec.stem}{suffix}")
    monkeypatch.setattr(aa, "validation_dir", lambda: tmp_path)
    tool = Path(__file__).resolve().parents[2] / "tools" / "audit_attribution.py"
    loader = importlib.util.spec_from_file_location("audit_attribution_tool", tool)
    module = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(module)
    first = aa.read_attribution_audit(round_=spec.number)
    row = int(first.index[0])  # a voice row, or a target row of a targets-only round (83)
    voiced = first.loc[row, "sample"] in aa.VOICE_SAMPLES
    key, column, value = ("v", "voice_truth", "author") if voiced else ("t", "target_truth", "un")
    line = f"{row} {key}={value} | the reader's own reading\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(line))
    monkeypatch.setattr(sys, "argv", ["audit_attribution.py", "label", "--second"])
    assert module.main() == 0
    second = aa.read_attribution_audit(aa.second_reader_path(spec.number))
    assert second.loc[row, column] == value
    assert (second.drop(index=row)[column] == "").all()  # only what the reader said
    # the round's own file is untouched
    assert aa.read_attribution_audit(round_=spec.number).equals(first)


def test_headline_frame_maps_outlets_and_leaves_out_tuning_headlines(monkeypatch):
    name = aa.HEADLINE_DATASETS[0]
    corpus = pd.DataFrame(
        {
            "doc_id": ["h1", "h2", "h3", "h4"],
            "outlet": ["BBC", "CGTN", "Xinhua", "Reuters"],
            "outlet_country": ["United States", "China", "China", None],
            "url": [None] * 4,
            "genre": ["headline"] * 4,
            "text": ["a", "b", "c", "d"],
        }
    )
    monkeypatch.setattr(aa.datasets, "load", lambda n: corpus)
    monkeypatch.setattr(aa, "tuning_headlines", lambda: frozenset({(name, "h2")}))
    docs = aa.frame_documents(
        aa.HEADLINES.datasets, {(name, "h3")}, outlet_group=aa.HEADLINES.outlet_group
    )
    assert docs[["doc_id", "group", "home"]].values.tolist() == [["h1", "BBC", "west_us"]]
    assert docs.attrs == {"excluded_tuning": 1, "excluded_earlier": 1}
    assert aa.population(
        pd.DataFrame(columns=["group", "category", "voice", "target"]), aa.HEADLINES.groups
    )["voice"] == {"BBC": 0, "Chinese state": 0}


def test_default_round_is_the_latest_of_full_texts():
    assert aa.audit_round().frame is aa.ARTICLES
    assert aa.audit_round(8).frame is aa.HEADLINES


def test_a_stratum_round_is_no_measure_of_its_frame():
    """Round 68 draws only the sentences with a speaker's "you" (``stratum``): the White House
    figure keeps round 67's voice."""
    strata = [spec.number for spec in aa.ROUNDS if spec.stratum]
    assert 68 in strata
    latest = aa.latest_measures(n_boot=20, frame=aa.WHITE_HOUSE)
    assert not set(latest["round"]) & set(strata)
    voice = latest[latest["assignment"] == "voice"]
    assert set(voice["round"]) == {67}


def test_frame_summary_is_the_latest_measures_in_the_figures_shape():
    summary = aa.frame_summary(aa.OFFICIAL, n_boot=50)
    assert summary.groups == [*aa.OFFICIAL.groups, aa.POOLED]
    voice = summary.measures[
        (summary.measures["assignment"] == "voice") & (summary.measures["group"] == aa.POOLED)
    ].iloc[0]
    assert summary.share["voice", aa.POOLED] == voice["share"]
    cells = summary.measures[summary.measures["assignment"] == "voice"]["round"]
    assert summary.rounds["voice"] == "/".join(map(str, sorted(set(cells))))
    assert str(voice["round"]) in summary.rounds["voice"].split("/")
    targets = summary.measures[summary.measures["assignment"].isin(aa.ASSIGNMENTS[2:])]
    assert summary.rounds["targets"] == "/".join(map(str, sorted(set(targets["round"]))))
    # the figure's CSV: one column per measure and group, the voice row first
    row = summary.data.set_index("assignment").loc[aa.ASSIGNMENT_LABELS["voice"]]
    assert row[f"correct {aa.POOLED}"] == voice["correct"]
    assert row[f"n {aa.POOLED}"] == voice["n"]


# ---------------------------------------------------------------- strata (round 68)
@pytest.mark.parametrize(
    ("sentence", "inside"),
    [
        ("If you think you might be eligible, call.", True),
        ("You’ll really see that it works.", True),
        ("Y'all think I'm kidding.", True),
        ("You all think I'm kidding.", True),
        ("And you believe it.", True),
        ("We think it works.", False),
        ("The youth know it.", False),  # not "you" inside a word
        ("You said that it works.", False),  # not a verb of the lists
        ("You, the people of this great nation, know it.", False),  # more than two words
    ],
)
def test_second_person_stratum(sentence, inside):
    assert second_person(sentence) is inside


def test_an_unknown_stratum_is_a_clear_error():
    with pytest.raises(DataError, match="unknown stratum 'nope'; known: second_person"):
        aa.document_matches("It is probably over.", stratum="nope")


def test_document_matches_keeps_only_the_stratum():
    text = "If you think it is probably over, call. The war is probably over."
    every = aa.document_matches(text)
    some = aa.document_matches(text, stratum="second_person")
    second = text.rindex("probably")
    assert second in set(every["start"]) and len(every) == 3  # think, probably, probably
    assert second not in set(some["start"]) and len(some) == 2
