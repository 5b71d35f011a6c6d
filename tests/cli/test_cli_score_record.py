"""A score table records the lexicon and rules version it was made with, and a comparison
refuses scores made with others (QA pass 3: an edited lexicon file passed the column check)."""

from __future__ import annotations

import pandas as pd
import pytest

import framing
from framing.cli import main
from framing.engine.analysis import METRICS_VERSION
from framing.engine.scoring import SCORE_RECORD, check_record

LEX = "id: sanction\nlabel: Sanctions\nkind: frame\ndefinition: x\nentries:\n  - glob: sanction*\n"
TEXTS = [
    "The sanctions debate goes on. The US may accuse China of hegemony. " * 20,
    "Russia said peace might follow the talks with the West. " * 25,
    "Officials think the sanctions are groundless and perhaps unfair. " * 25,
]


@pytest.fixture()
def work(tmp_path):
    (tmp_path / "v1.yaml").write_text(LEX)
    (tmp_path / "v2.yaml").write_text(LEX + "  - term: debate\n")  # one entry more
    pd.DataFrame({"doc_id": list("abc"), "group": list("xyy"), "text": TEXTS}).to_csv(
        tmp_path / "c.csv", index=False
    )
    (tmp_path / "art.txt").write_text("The sanctions debate. The West accused Russia. " * 30)
    return tmp_path


def _score(work, out: str) -> None:
    argv = ["-q", "score", str(work / "c.csv"), "--lexicon", str(work / "v1.yaml"),
            "--keep", "group", "--out", str(work / out)]  # fmt: skip
    assert main(argv) == 0


def test_parquet_scores_record_their_lexicon_and_rules(work):
    _score(work, "s.parquet")
    rec = pd.read_parquet(work / "s.parquet").attrs[SCORE_RECORD]
    lexicon = framing.load_lexicon([work / "v1.yaml"])
    assert rec == {"lexicon": lexicon.fingerprint, "metrics_version": METRICS_VERSION}
    assert check_record(pd.read_parquet(work / "s.parquet"), lexicon) is True
    assert check_record(pd.DataFrame({"tokens": [1]}), lexicon) is False  # no record


@pytest.mark.parametrize("command", ["compare", "report"])
def test_scores_of_another_lexicon_are_refused(work, capsys, command):
    _score(work, "s.parquet")
    out = ["--out", str(work / "o"), "--n-boot", "20", "--min-group-size", "1"]
    if command == "report":
        out = ["--out", str(work / "r.html")]
    for lexicon, code in (("v2.yaml", 2), ("v1.yaml", 0)):
        argv = ["-q", command, str(work / "art.txt"), "--corpus", str(work / "s.parquet"),
                "--lexicon", str(work / lexicon), *out]  # fmt: skip
        assert main(argv) == code
        err = capsys.readouterr().err.strip().splitlines()
        if code:
            assert len(err) == 1 and "were made with another lexicon (sha256 " in err[0]
        else:
            assert err == []  # a Parquet table that records its lexicon: no warning


def test_scores_of_another_rules_version_are_refused(work):
    lexicon = framing.load_lexicon([work / "v1.yaml"])
    scores = framing.score(pd.read_csv(work / "c.csv"), lexicon=lexicon, keep=["group"],
                           progress=False)  # fmt: skip
    scores.attrs[SCORE_RECORD] = {**scores.attrs[SCORE_RECORD], "metrics_version": 1}
    with pytest.raises(framing.InputError, match="rules version 1, this framing has version"):
        framing.compare_article(str(work / "art.txt"), scores, lexicon=lexicon, n_boot=20,
                                min_group_size=1)  # fmt: skip


def test_csv_scores_are_compared_with_a_warning(work, capsys):
    _score(work, "s.csv")
    argv = ["-q", "compare", str(work / "art.txt"), "--corpus", str(work / "s.csv"),
            "--lexicon", str(work / "v2.yaml"), "--out", str(work / "o"), "--n-boot", "20",
            "--min-group-size", "1"]  # fmt: skip
    assert main(argv) == 0  # CSV keeps no record: only the categories are checked
    assert "s.csv does not record the lexicon it was scored with" in capsys.readouterr().err
