"""Sentences a document prints twice: later copies removed, offsets mapped back.

The fixtures mimic AP's copies via dailymail.co.uk (no outlet text): a lead paragraph printed
again after the story, and a photo caption printed twice.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from framing.core.errors import InputError
from framing.data.boilerplate import original_span
from framing.data.repeats import REPEATS_COL, drop_repeats, repeated_spans

LEAD = "Russian shelling hit the city across the river from the nuclear plant on Sunday."
CAPTION = "Ukrainian servicemen take a break during training with their tank unit in the east."
STORY = "Officials said the damage was severe. He declined to comment. He declined to comment."
AP_COPY = f"{LEAD} {STORY} {CAPTION} More text follows here. {CAPTION} {LEAD}"


def test_later_copies_of_long_sentences_go_short_ones_stay():
    spans = repeated_spans(AP_COPY)
    assert [AP_COPY[s:e] for s, e in spans] == [CAPTION, LEAD]
    df, _ = drop_repeats(pd.DataFrame({"text": [AP_COPY], "group": ["AP"]}))
    assert df.text[0] == f"{LEAD} {STORY} {CAPTION} More text follows here."
    # "He declined to comment." (4 words) may recur on purpose: kept twice


@pytest.mark.parametrize(
    "variant",
    [
        LEAD.upper(),  # case
        LEAD.replace(" ", "  "),  # spacing
        LEAD.replace("the nuclear", "the\tnuclear"),  # a tab
    ],
)
def test_a_repeat_is_compared_as_boilerplate_units_are(variant):
    text = f"{LEAD} Something else happened in between today. {variant}"
    assert [text[s:e] for s, e in repeated_spans(text)] == [variant]


def test_quotes_and_apostrophes_are_normalised():
    a = "The minister said Russia’s “operation” would go on for many more weeks."
    b = 'The minister said Russia\'s "operation" would go on for many more weeks.'
    text = f"{a} Then came the rest. {b}"
    assert [text[s:e] for s, e in repeated_spans(text)] == [b]


def test_offsets_of_the_cleaned_text_map_back_to_the_text_given():
    df, _ = drop_repeats(pd.DataFrame({"text": [AP_COPY]}), by=None)
    clean, spans = df.text[0], json.loads(df[REPEATS_COL][0])
    i = clean.index("More text")
    s, e = original_span(i, i + len("More text"), spans)
    assert AP_COPY[s:e] == "More text"
    assert sum(e - s for s, e in spans) == len(AP_COPY) - len(clean)


def test_report_counts_by_group_by_hand():
    df = pd.DataFrame(
        {
            "text": [AP_COPY, "A plain story of nine words with nothing said twice.", None],
            "group": ["AP", "BBC", "BBC"],
        }
    )
    out, table = drop_repeats(df)
    assert out[REPEATS_COL].tolist()[1:] == ["[]", "[]"]
    ap = table.set_index("group").loc["AP"]
    words_lead, words_caption = len(LEAD.split()), len(CAPTION.split())
    assert ap["documents"] == 1 and ap["documents_affected"] == 1
    assert ap["sentences_removed"] == 2
    assert ap["words_removed"] == words_lead + words_caption
    assert ap["share_words_removed"] == pytest.approx(ap["words_removed"] / ap["words"])
    bbc = table.set_index("group").loc["BBC"]
    assert (bbc["documents"], bbc["documents_affected"], bbc["words_removed"]) == (2, 0, 0)
    assert list(out.columns) == ["text", "group", REPEATS_COL] and out.text[2] == ""


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"text_col": "body"}, "no text column 'body'"), ({"min_words": 0}, "min_words must be")],
)
def test_bad_arguments_are_one_line(kwargs, message):
    with pytest.raises(InputError, match=message):
        drop_repeats(pd.DataFrame({"text": ["x"]}), **kwargs)
