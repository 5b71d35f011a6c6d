"""Argument checks of the Python API: a mistake is one clear :class:`framing.InputError`.

Each test here failed before its fix (a silent wrong result or a deep TypeError/RuntimeError);
``docs/reliability.md`` lists them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

import framing
from framing.engine.kwic import COLUMNS
from framing.engine.scoring import score_stream
from tests import _workflow as W

SRC = Path(__file__).resolve().parents[1] / "src"
GUARD = (
    'jobs > 1 starts worker processes: call framing from under `if __name__ == "__main__":` '
    "in a script (or use jobs=1)"
)
TEXTS = [W.ARTICLE, "The committee met on Tuesday.", W.ARTICLE.replace("sanctions", "tariffs")]


def _run_script(tmp_path, body: str) -> subprocess.CompletedProcess:
    script = tmp_path / "script.py"
    script.write_text(textwrap.dedent(body), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(SRC), "FRAMING_DATA_DIR": str(tmp_path / "data")}
    env.pop("FRAMING_QUIET", None)
    return subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=300,
        cwd=tmp_path,
    )  # fmt: skip


SETUP = """\
import pandas as pd
import framing
texts = ["The regime accused the West of hypocrisy. " * 30] * 6
df = pd.DataFrame({"text": texts, "group": list("aabbcc")})
"""


@pytest.mark.parametrize(
    "call",
    [
        "print(framing.score(df, jobs=2, progress=False).shape)",
        "print(framing.score(df, jobs=2, engine='dask', progress=False).shape)",
        "framing.compare_article('The West was accused. ' * 40, df, jobs=2, n_boot=10, "
        "min_group_size=2)",
        "framing.score(df, jobs=2)\nif __name__ == '__main__':\n    print('a guard below')",
    ],
    ids=["score", "score-dask", "compare_article", "score-above-a-guard"],
)
def test_jobs_in_a_script_without_the_main_guard_is_one_clear_error(tmp_path, call):
    done = _run_script(tmp_path, SETUP + call + "\n")
    assert done.returncode != 0
    last = done.stderr.strip().splitlines()[-1]
    assert last == f"framing.core.errors.InputError: {GUARD}", done.stderr[-3000:]
    assert "bootstrapping phase" not in done.stderr  # the workers exit quietly
    assert "BrokenPipeError" not in done.stderr


def test_jobs_in_a_script_under_the_main_guard_runs(tmp_path):
    body = SETUP + 'if __name__ == "__main__":\n    print(framing.score(df, jobs=2).shape)\n'
    done = _run_script(tmp_path, body)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split()[0].startswith("(6,")


def test_a_pool_that_breaks_under_the_main_guard_keeps_its_own_error():
    from concurrent.futures.process import BrokenProcessPool

    from framing.core.main_guard import pool_start

    with pytest.raises(BrokenProcessPool, match="worker killed"), pool_start():
        raise BrokenProcessPool("worker killed")  # pytest's __main__ has the guard


def test_score_id_col_given_must_exist():
    df = pd.DataFrame({"text": TEXTS[:2], "item": ["x", "y"]})
    with pytest.raises(framing.InputError, match=r"no id column 'nope' \(columns: text, item\)"):
        framing.score(df, id_col="nope", progress=False)
    # the default doc_id absent: the rows are numbered, as documented
    assert framing.score(df, progress=False)["doc_id"].tolist() == ["0", "1"]
    assert framing.score(df, id_col="item", progress=False)["item"].tolist() == ["x", "y"]


@pytest.mark.parametrize(
    "df, kw, message",
    [
        (pd.DataFrame({"doc_id": ["1", "1"], "text": ["x", "y"]}), {}, "duplicate id '1'"),
        (pd.DataFrame({"doc_id": [1, None], "text": ["x", "y"]}), {}, "has empty values"),
        (pd.DataFrame({"doc_id": ["a", None], "text": ["x", "y"]}), {}, "has empty values"),
        (pd.DataFrame({"k": [2.0, float("nan")], "text": ["x", "y"]}), {"id_col": "k"},
         "has empty values"),
        (pd.DataFrame({"k": ["a", "a"], "text": ["x", "y"]}), {"id_col": "k"}, "duplicate"),
    ],
)  # fmt: skip
def test_load_corpus_dataframe_checks_ids_as_framing_load_does(df, kw, message):
    with pytest.raises(framing.InputError, match=message):
        framing.load_corpus(df, **kw)


def test_compare_article_refuses_a_dataframe_with_repeated_ids():
    df = pd.DataFrame({"doc_id": ["a"] * 6, "text": TEXTS * 2, "group": list("aabbcc")})
    message = r"corpus DataFrame: duplicate id 'a' \(6 rows share an id\)"  # as framing.load
    with pytest.raises(framing.InputError, match=message):
        framing.compare_article(W.ARTICLE, df, n_boot=10, min_group_size=2)
    ok = framing.load_corpus(df.assign(doc_id=list("abcdef")))
    assert ok["doc_id"].tolist() == list("abcdef")


@pytest.mark.parametrize(
    "corpus, kw, message",
    [
        (TEXTS, {"category": "accusation", "voise": "author"}, "unknown option 'voise'"),
        (TEXTS[0], {"tex_col": "body"}, "unknown option 'tex_col'"),
        (TEXTS, {"text_col": "body"}, "text_col= reads a DataFrame or a file"),
        ("../tut/desk.csv", {}, "no such file"),
        (Path("nowhere/desk.csv"), {}, "no such file"),
    ],
)
def test_kwic_refuses_unknown_options_and_missing_paths(corpus, kw, message):
    with pytest.raises(framing.InputError, match=message):
        framing.kwic(corpus, **kw)


def test_evidence_refuses_an_unknown_category_as_kwic_does():
    a = framing.analyze(W.ARTICLE)
    with pytest.raises(framing.InputError, match="unknown category 'nope'; known: "):
        a.kwic("nope")
    with pytest.raises(framing.InputError, match="unknown category 'nope'; known: "):
        a.evidence("nope")
    assert len(a.evidence("accusation")) == a.metrics["accusation_count"]


@pytest.mark.parametrize(
    "kw, message",
    [
        ({"window": -3}, r"window must be an integer >= 1, got -3"),
        ({"window": 0}, r"window must be an integer >= 1, got 0"),
        ({"window": "8"}, r"window must be an integer >= 1, got '8'"),
        ({"window": 2.5}, r"window must be an integer >= 1, got 2.5"),
        ({"window": True}, r"window must be an integer >= 1, got True"),
        ({"pattern": 5}, r"pattern must be a str \(a regular expression\), got int"),
        ({"category": "accusation", "pattern": "sanction"}, "category or pattern, not both"),
    ],
)
@pytest.mark.parametrize("how", ["Analysis.kwic", "framing.kwic"])
def test_kwic_arguments_are_checked(kw, message, how):
    call = framing.analyze(W.ARTICLE).kwic if how == "Analysis.kwic" else framing.kwic
    args = () if how == "Analysis.kwic" else ([W.ARTICLE],)
    with pytest.raises(framing.InputError, match=message):
        call(*args, **kw)


@pytest.mark.parametrize(
    "corpus",
    [["no framing words here", W.ARTICLE], ["nothing", "at all"], []],
    ids=["one-without-matches", "no-matches", "empty"],
)
def test_kwic_position_columns_are_int64_whatever_the_data(corpus):
    k = framing.kwic(corpus)
    assert list(k.columns) == COLUMNS
    assert {c: str(k[c].dtype) for c in ("start", "end", "sentence")} == dict.fromkeys(
        ("start", "end", "sentence"), "int64"
    )


def test_score_keep_takes_one_column_name():
    df = pd.DataFrame({"text": TEXTS, "group": list("abc")})
    one = framing.score(df, keep="group", progress=False)
    pd.testing.assert_frame_equal(one, framing.score(df, keep=["group"], progress=False))
    assert list(one.columns[:2]) == ["doc_id", "group"]


@pytest.mark.parametrize(
    ("keep", "message"),
    [
        (["group", "group"], r"keep= names column 'group' twice"),
        (["tokens"], r"cannot keep column 'tokens': the score table has a metric of that name"),
        ("hedge_per_1k", r"cannot keep column 'hedge_per_1k'"),
    ],
)
def test_score_keep_refuses_repeats_and_metric_names(keep, message):
    df = pd.DataFrame(
        {"text": TEXTS, "group": list("abc"), "tokens": [1, 2, 3], "hedge_per_1k": [0.0] * 3}
    )
    with pytest.raises(framing.InputError, match=message):
        framing.score(df, keep=keep, progress=False)
    with pytest.raises(framing.InputError, match=message):
        list(score_stream([df], keep=keep, progress=False))


@pytest.mark.parametrize("jobs", ["2", 0, -1, 2.5, True, None])
def test_score_jobs_must_be_an_integer(jobs):
    with pytest.raises(framing.InputError, match=r"jobs must be an integer >= 1, got "):
        framing.score(TEXTS, jobs=jobs, progress=False)


@pytest.mark.parametrize("option", ["n_boots", "by_col"])
def test_compare_article_names_an_unknown_option(option):
    df = pd.DataFrame({"text": TEXTS * 2, "group": list("aabbcc")})
    with pytest.raises(framing.InputError, match=f"unknown option '{option}'; options: .*n_boot"):
        framing.compare_article(W.ARTICLE, df, **{option: 10})


def test_score_of_a_dict_takes_its_keys_as_ids():
    out = framing.score({"a": "The West accused Russia.", 7: "Peace."}, progress=False)
    assert list(out["doc_id"]) == ["a", "7"]  # before: the keys were scored as texts
    assert out.loc[0, "accusation_count"] == 1 and out.loc[0, "tokens"] == 4


@pytest.mark.parametrize("pattern", ["", "   "])
def test_an_empty_kwic_pattern_is_refused(pattern):
    with pytest.raises(framing.InputError, match="pattern is empty"):
        framing.kwic(["The West accused Russia."], pattern=pattern)


def test_kwic_without_a_match_says_so(tmp_path, capsys):
    from framing.cli import main

    doc = tmp_path / "a.txt"
    doc.write_text("Nothing to see here. " * 5)
    assert main(["kwic", str(doc), "--category", "accusation"]) == 0
    assert "framing kwic: no match in 1 document(s)" in capsys.readouterr().err


def test_every_lexicon_option_says_what_it_does(capsys):
    from framing.cli import main

    for command in ("score", "kwic", "profile", "report", "compare"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        text = " ".join(capsys.readouterr().out.split())  # as wrapped by argparse
        assert "added to the built-in lexicon (repeatable" in text, command
