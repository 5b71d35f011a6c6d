"""The generic boilerplate filter: units, thresholds, passes, offsets and the report."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.data import boilerplate as B

FOOTER = "© 2022 Outlet. The Outlet is not responsible for the content of external sites."
BACKGROUND = (
    "Moscow sent troops into the neighbouring state on February 24, citing the failure to "
    "implement the peace accords signed years earlier."
)
VARIANT = (
    "Moscow sent its troops into the neighbouring state on February 24, citing Kiev's failure "
    "to implement the peace accords signed years earlier."
)


def _news(i: int) -> str:
    return f"Story number {i} reports event {i} in town {i}. Officials said {i} people came."


@pytest.mark.parametrize(
    ("kind", "text", "units"),
    [
        ("paragraph", "A one. A two.\n\nB one.\n \nC", ["A one. A two.", "B one.", "C"]),
        ("line", "A one. A two.\nB one.\n\nC", ["A one. A two.", "B one.", "C"]),
        ("sentence", "A one. A two.\nB one", ["A one.", "A two.", "B one"]),
        # wire-copy rules are units of their own
        ("sentence", "Body ends. ___ Follow us at x ___ Credit", ["Body ends.", "___", "Follow us at x", "___", "Credit"]),
        # a URL before a capital ends a unit (the line break after a link was lost)
        ("sentence", "See https://x.org/hub Kyiv shelled", ["See https://x.org/hub", "Kyiv shelled"]),
        ("sentence", "See https://x.org/hub and more", ["See https://x.org/hub and more"]),
        # a sentence end glued to the next sentence
        ("sentence", "armed forces.\u201dIn February it began.", ["armed forces.\u201d", "In February it began."]),
        ("sentence", "the election.President Trump spoke", ["the election.", "President Trump spoke"]),
        ("sentence", "See chinadaily.com.cn or U.S.Army now.", ["See chinadaily.com.cn or U.S.Army now."]),
        ("sentence", "", []),
    ],
)  # fmt: skip
def test_unit_spans(kind, text, units):
    assert [text[s:e] for s, e in B.unit_spans(text, kind)] == units


def test_unknown_unit_kind():
    with pytest.raises(ValueError, match="unit must be one of"):
        B.unit_spans("x", "word")


@pytest.mark.parametrize(
    ("texts", "kind"),
    [
        (["a\n\nb", "c\n\nd", "e"], "paragraph"),
        (["a\nb", "c\nd", "e\n\nf"], "line"),  # 1 of 3 has a blank line, 2 of 3 a line break
        (["a. b.", "c\nd", "e"], "sentence"),
        ([], "sentence"),
    ],
)
def test_choose_unit(texts, kind):
    assert B.choose_unit(texts) == kind


def test_threshold_is_documents_and_share():
    docs = [f"{_news(i)} {FOOTER}" if i < 6 else _news(i) for i in range(40)]
    bp = B.find_boilerplate(docs)
    assert bp.min_docs == 5 and bp.n_docs == 40 and bp.unit == "sentence"
    assert set(bp.units) == {
        "© 2022 outlet.",
        "the outlet is not responsible for the content of external sites.",
    }
    assert bp.units["© 2022 outlet."] == 6
    # four documents are below the floor of 5
    assert B.find_boilerplate(docs[2:]).units == {}
    # the share: 1,000 documents need ceil(0.5%) = 5, 2,000 need 10
    many = docs[:6] + [_news(i) for i in range(100, 2094)]
    assert B.find_boilerplate(many).min_docs == 10 and B.find_boilerplate(many).units == {}
    assert B.find_boilerplate(many, min_share=0.001).min_docs == 5


def test_case_quotes_and_spaces_do_not_hide_a_repeat():
    variants = ["The Outlet\u2019s footer.", "The OUTLET\u2019s  footer.", "THE OUTLET'S footer."]
    docs = [f"{_news(i)} {variants[i % 3]}" for i in range(6)]
    bp = B.find_boilerplate(docs)
    assert list(bp.units) == ["the outlet's footer."]
    assert all(B.remove(d, bp)[0] == _news(i) for i, d in enumerate(docs))


def test_rules_of_any_length_are_one_unit():
    docs = [f"{_news(i)} {'_' * (3 + i)} Credit {i}." for i in range(5)]
    assert B.find_boilerplate(docs).units == {"___": 5}


def test_lowercase_and_tiny_units_are_never_boilerplate():
    docs = [f'"Why {i}?" he asked. {_news(i)} *' for i in range(10)]
    units = [docs[0][s:e] for s, e in B.unit_spans(docs[0], "sentence")]
    assert units[1] == "he asked." and units[-1] == "*"
    assert B.find_boilerplate(docs).units == {}


def test_partial_and_near_passes():
    docs = [f"{_news(i)} {FOOTER}" for i in range(5)]
    docs.append(f"{_news(5)} Follow Joel on Twitter {FOOTER}")  # no full stop before the footer
    docs += [f"{_news(i)} {BACKGROUND}" for i in range(6, 12)]
    docs.append(f"{_news(12)} {VARIANT} Then more news came.")
    bp = B.find_boilerplate(docs)
    clean, spans, what = B.remove(docs[5], bp)
    assert clean == f"{_news(5)} Follow Joel on Twitter"
    assert ("partial", "© 2022 outlet.") in what
    clean, spans, what = B.remove(docs[12], bp)
    assert clean == f"{_news(12)} Then more news came."
    assert sum(n for (kind, _), n in what.items() if kind == "near") == 1
    assert B.find_boilerplate(docs, near=None).near_match(VARIANT.lower()) is None


def test_near_needs_enough_words():
    short = ["Read more here now please." for _ in range(6)]
    docs = [f"{_news(i)} {s}" for i, s in enumerate(short)] + [f"{_news(9)} Read more there now."]
    bp = B.find_boilerplate(docs)
    assert B.remove(docs[-1], bp)[0] == docs[-1]


def test_offsets_map_back_to_the_original():
    docs = [f"{FOOTER} {_news(i)}\n\n{BACKGROUND} Closing {i}. {FOOTER}" for i in range(6)]
    bp = B.find_boilerplate(docs, unit="sentence")
    original = docs[0]
    clean, spans, _ = B.remove(original, bp)
    assert clean == f"{_news(0)}\n\nClosing 0."
    assert spans == [
        (0, len(FOOTER) + 1),
        (original.index(BACKGROUND), original.index("Closing")),
        (original.index(" " + FOOTER, 10), len(original)),
    ]
    for i, ch in enumerate(clean):
        assert original[B.original_offset(i, spans)] == ch
    start = clean.index("Closing")
    s, e = B.original_span(start, start + len("Closing 0."), spans)
    assert original[s:e] == "Closing 0."
    # a span ending right before a removal does not take it in; one across a removal does
    s, e = B.original_span(0, len(_news(0)), spans)
    assert original[s:e] == _news(0)
    s, e = B.original_span(0, start + 1, spans)
    assert BACKGROUND in original[s:e]
    assert B.original_span(3, 3, spans) == (B.original_offset(3, spans),) * 2


def test_hand_worked_offset_example():
    # "AB xx CD yy" minus "xx " (3..6) and " yy" (8..11) -> "AB CD"
    spans = [(3, 6), (8, 11)]
    assert [B.original_offset(i, spans) for i in range(5)] == [0, 1, 2, 6, 7]
    assert B.original_span(3, 5, spans) == (6, 8)
    assert B.spans_from_json(B.spans_to_json(spans)) == spans
    assert B.spans_from_json(None) == [] and B.spans_from_json("[]") == []


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [FOOTER, "Short.", "Read on at https://x.org/a", "___", "Word\n", "Él dijo.\n\n", " "]
        )
        | st.text(alphabet="abc .\n", max_size=12),
        max_size=12,
    )
)
def test_offsets_property(parts):
    original = " ".join(parts)
    docs = [original] + [
        f"{_news(i)} {FOOTER} Short. ___ Read on at https://x.org/a" for i in range(6)
    ]
    bp = B.find_boilerplate(docs, unit="sentence")
    clean, spans, _ = B.remove(original, bp)
    kept = "".join(
        original[a:b]
        for a, b in zip(
            [0] + [e for _, e in spans], [s for s, _ in spans] + [len(original)], strict=True
        )
    )
    assert kept == clean
    assert all(original[B.original_offset(i, spans)] == c for i, c in enumerate(clean))
    assert spans == sorted(spans) and all(a < b for a, b in spans)


def test_clean_corpus_by_group_and_report():
    rows = [("A", f"{_news(i)} {FOOTER}") for i in range(6)]
    rows += [("B", f"{_news(i)} {FOOTER}") for i in range(4)]  # 4 < 5: not boilerplate in B
    rows += [("A", FOOTER)]  # a text that is only boilerplate becomes empty (kept here)
    df = pd.DataFrame(rows, columns=["group", "text"]).assign(doc_id=lambda d: d.index.astype(str))
    out, report = B.clean_corpus(df)
    assert list(out.columns) == ["group", "text", "doc_id", B.SPANS_COL]
    assert (
        out.loc[out["group"] == "B", "text"].tolist() == df.loc[df["group"] == "B", "text"].tolist()
    )
    assert out.loc[10, "text"] == "" and out.loc[0, "text"] == _news(0)
    assert B.spans_from_json(out.loc[0, B.SPANS_COL]) == [(len(_news(0)), len(df.loc[0, "text"]))]
    t = report.table.set_index("group")
    assert t.loc["A", "documents"] == 7 and t.loc["A", "documents_affected"] == 7
    assert t.loc["A", "removed_units"] == 14 and t.loc["A", "boilerplate_units"] == 2
    assert t.loc["B", "removed_units"] == 0 and t.loc["B", "min_documents"] == 5
    top = report.top[report.top["group"] == "A"]
    assert top["documents"].tolist() == [7, 7]
    assert all(len(u) <= B.DISPLAY_CHARS for u in top["unit_text"])
    assert "A: 14 sentence unit(s) removed from 7 of 7 documents" in report.summary()
    again = B.BoilerplateReport.from_dict(report.to_dict())
    pd.testing.assert_frame_equal(again.table, report.table, check_dtype=False)
    # no group column: one group; missing texts are empty
    out, report = B.clean_corpus(
        df.drop(columns="group").assign(text=[*df["text"][:-1], None]), by=None
    )
    assert report.table["group"].tolist() == ["(all)"] and out["text"].iloc[-1] == ""


def test_bring_your_own_corpus_opt_in(tmp_path):
    from framing.data import corpus

    rows = [(f"d{i}", "A" if i < 6 else "B", f"{_news(i)} {FOOTER}") for i in range(8)]
    path = tmp_path / "c.csv"
    pd.DataFrame(rows, columns=["id", "outlet", "body"]).to_csv(path, index=False)
    kw = {"text_col": "body", "id_col": "id", "group_col": "outlet"}
    plain = corpus.load(path, **kw)
    assert plain["text"].str.contains("©").all() and B.SPANS_COL not in plain.columns
    clean = corpus.load(path, boilerplate=True, **kw)
    assert clean["doc_id"].tolist() == plain["doc_id"].tolist()
    assert clean["text"].tolist()[:6] == [_news(i) for i in range(6)]
    assert clean["text"].str.contains("©").tolist()[6:] == [True, True]  # 2 docs in B
    report = B.BoilerplateReport.from_dict(clean.attrs["boilerplate"])
    assert report.table.set_index("group").loc["A", "documents_affected"] == 6
