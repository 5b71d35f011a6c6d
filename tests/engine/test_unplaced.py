"""``framing.engine.unplaced``: names that speak without an actor entry, counted over a corpus.
The texts are written for the tests."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.cli import main
from framing.engine.unplaced import COLUMNS, speaker_names, unplaced_speakers

TEXT = (
    "Yesterday Sidorchuk said the talks had failed. But Oleh Petrenko told reporters it was "
    'over. Konashenkov said the strike hit a depot. The minister said so. "It is over," said '
    "Sidorchuk. He said it again. The Kremlin said no. In March Sidorchuk claimed a victory. "
    "Mr Petrenko added that more may come."
)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (TEXT, ["Sidorchuk", "Petrenko", "Sidorchuk", "Sidorchuk", "Petrenko"]),
        # listed actors, titles, pronouns and openers are no unplaced speakers
        ("Konashenkov said it. The Kremlin said no. He said so. The mayor said yes.", []),
        ("May said it.", []),  # a month-like word is never a name
        ("Antonov said the runway was closed.", ["Antonov"]),  # a shared surname is not listed
        ("Anatoly Antonov said the sanctions would fail.", []),  # ... its full name is
        ("the plant, said Grossi.", []),
        # a body's title, a listener, a possessive, a hyphenated word, a noun; a name after an
        # actor and a title is listed (the name bank places it in this text only)
        ("The Russian Defense Ministry said so. Russian Envoy Sidorchuk said no.", ["Sidorchuk"]),
        ("Petrenko told Reuters. His remarks followed.", ["Petrenko"]),
        ("fighters with neo-Nazi views joined. The Baltic states said no.", []),
        ("the Baltic state's government voted. The Ministry of Defense announced it.", []),
        ("The Foreign Office said so. Analysts said no. Additional reporting by Sidorchuk.", []),
    ],
)
def test_speaker_names(text, names):
    assert [n for n, *_ in speaker_names(text)] == names


def test_spans_point_at_the_name():
    for name, start, end in speaker_names(TEXT):
        assert TEXT[start:end] == name


def test_counts_documents_order_and_threshold():
    docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [TEXT, "Petrenko said it.", ""]})
    table = unplaced_speakers(docs, min_count=1)
    assert list(table.columns) == COLUMNS
    # Sidorchuk 3 in a; Petrenko 2 in a and 1 in b: ties by name, most frequent first
    assert table[["name", "count", "documents"]].values.tolist() == [
        ["Petrenko", 3, 2],
        ["Sidorchuk", 3, 1],
    ]
    assert table["example_doc"].tolist() == ["a", "a"]
    assert "[Petrenko] told reporters" in table["example"].iloc[0]
    assert unplaced_speakers(docs, min_count=4).empty
    assert unplaced_speakers([TEXT], min_count=3)["name"].tolist() == ["Sidorchuk"]


def test_cli_lists_and_writes(tmp_path, capsys):
    src = tmp_path / "corpus.csv"
    pd.DataFrame({"doc_id": ["a", "b"], "text": [TEXT, "Petrenko said it."]}).to_csv(
        src, index=False
    )
    assert main(["--quiet", "lexicon", "unplaced", str(src), "--min", "2"]) == 0
    out = capsys.readouterr().out
    assert "Petrenko" in out and "Sidorchuk" in out
    dest = tmp_path / "unplaced.csv"
    assert main(["--quiet", "lexicon", "unplaced", str(src), "--out", str(dest)]) == 0
    assert pd.read_csv(dest)["name"].tolist() == ["Petrenko", "Sidorchuk"]


def test_cli_refuses_missing_input_in_one_line(tmp_path, capsys):
    assert main(["lexicon", "unplaced", str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "missing.txt" in err[0]
