"""``framing score --chunk-size``: streamed output equals the whole-corpus output."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.cli import main
from framing.engine.scoring import score, score_stream
from tests._lex import write_lexicon


@pytest.fixture()
def corpus(article_body):
    paras = [p for p in article_body.split("\n") if p.strip()]
    docs = [" ".join(paras[i : i + 2]) for i in range(0, len(paras), 2)]
    docs += ["", "The US may not.", "caf\u00e9 \u201cWest\u201d"]
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(docs))], "text": docs})


def _write(df: pd.DataFrame, path):
    if path.suffix == ".csv":
        df.to_csv(path, index=False)
    elif path.suffix == ".jsonl":
        df.to_json(path, orient="records", lines=True, force_ascii=False)
    else:
        df.to_parquet(path, index=False)


def _run(tmp_path, inputs, out_name, *extra):
    lex = write_lexicon(tmp_path)
    out = tmp_path / out_name
    args = ["--quiet", "score", *map(str, inputs), "--out", str(out)]
    args += ["--lexicon", str(lex / "hedge.yaml"), *extra]
    assert main(args) == 0
    return out


@pytest.mark.parametrize("fmt", [".csv", ".jsonl", ".parquet"])
@pytest.mark.parametrize("with_id", [True, False])
def test_streamed_equals_whole(tmp_path, corpus, fmt, with_id):
    src = tmp_path / f"in{fmt}"
    _write(corpus if with_id else corpus[["text"]], src)
    for out_fmt in (".csv", ".jsonl", ".parquet"):
        whole = _run(tmp_path, [src], f"whole{out_fmt}")
        streamed = _run(tmp_path, [src], f"streamed{out_fmt}", "--chunk-size", "3")
        if out_fmt == ".parquet":
            pd.testing.assert_frame_equal(pd.read_parquet(whole), pd.read_parquet(streamed))
        else:
            assert whole.read_bytes() == streamed.read_bytes()
    table = pd.read_csv(tmp_path / "whole.csv", keep_default_na=False)
    assert len(table) == len(corpus)
    if not with_id:
        assert table["doc_id"].iloc[0] == "in-1"  # zero-padded to the row count


def test_several_inputs_and_txt(tmp_path, corpus, article_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.jsonl"
    _write(corpus.iloc[:5], a)
    _write(corpus.iloc[5:], b)
    whole = _run(tmp_path, [a, article_path, b], "whole.csv")
    streamed = _run(tmp_path, [a, article_path, b], "streamed.csv", "--chunk-size", "2")
    assert whole.read_bytes() == streamed.read_bytes()


def test_duplicate_ids_across_chunks(tmp_path, corpus, capsys):
    df = pd.concat([corpus.iloc[:4], corpus.iloc[:1]], ignore_index=True)
    src = tmp_path / "dup.csv"
    _write(df, src)
    out = tmp_path / "o.csv"
    assert main(["--quiet", "score", str(src), "--out", str(out), "--chunk-size", "2"]) == 2
    assert "duplicate" in capsys.readouterr().err
    assert not out.exists() and not list(tmp_path.glob(".o.csv.*"))  # no partial output


def test_score_stream_api_equals_score(tmp_path, corpus):
    from framing.engine.lexicon import load_lexicon

    lex = load_lexicon([write_lexicon(tmp_path)], include_builtin=False)
    chunks = [corpus.iloc[i : i + 4] for i in range(0, len(corpus), 4)]
    for jobs in (1, 2):
        parts = list(score_stream(chunks, lexicon=lex, jobs=jobs, progress=False))
        got = pd.concat(parts, ignore_index=True)
        pd.testing.assert_frame_equal(got, score(corpus, lexicon=lex, progress=False))


def test_progress_on_stderr_unless_quiet(tmp_path, corpus, capsys, monkeypatch):
    from framing.core import progress

    monkeypatch.delenv("FRAMING_QUIET", raising=False)
    progress.set_quiet(False)  # earlier --quiet runs in this process silenced it
    src = tmp_path / "in.csv"
    _write(corpus, src)
    lex = write_lexicon(tmp_path)
    base = ["score", str(src), "--lexicon", str(lex / "hedge.yaml"), "--chunk-size", "2"]
    try:
        assert main([*base, "--out", str(tmp_path / "loud.csv")]) == 0
        loud = capsys.readouterr()
        assert main(["--quiet", *base, "--out", str(tmp_path / "quiet.csv")]) == 0
        quiet = capsys.readouterr()
    finally:
        progress.set_quiet(False)
    assert "scoring" in loud.err and loud.out == ""
    # --quiet silences progress, not warnings (the corpus has an empty document).
    assert "scoring" not in quiet.err and "it/s" not in quiet.err and quiet.out == ""
    assert all(line.startswith("framing: warning:") for line in quiet.err.splitlines())


def test_streaming_warns_like_whole_input(tmp_path, capsys):
    """Chunked input gets the same HTML / non-English warnings as whole input."""
    import pandas as pd

    from framing.cli import main

    src = tmp_path / "in.csv"
    pd.DataFrame(
        {
            "doc_id": ["en", "html", "de"],
            "text": [
                "The West accused China of helping Russia, and the US agreed with it.",
                "<html><body><p>The West accused China of helping Russia.</p></body></html>",
                "Der Westen hat China vorgeworfen, Russland zu helfen, und die USA haben "
                "dem zugestimmt, aber die Regierung in Peking hat das immer wieder bestritten "
                "und von einer Kampagne gegen das eigene Land gesprochen, die nicht aufhört.",
            ],
        }
    ).to_csv(src, index=False)
    out = tmp_path / "out.csv"
    assert main(["-q", "score", str(src), "--out", str(out), "--chunk-size", "2"]) == 0
    err = capsys.readouterr().err
    assert "look like HTML" in err and "non-English" in err
    streamed = pd.read_csv(out)
    assert main(["-q", "score", str(src), "--out", str(tmp_path / "whole.csv")]) == 0
    pd.testing.assert_frame_equal(streamed, pd.read_csv(tmp_path / "whole.csv"))


def test_counter_is_silent_when_quiet(monkeypatch, capsys):
    from framing.core import progress

    monkeypatch.setenv("FRAMING_QUIET", "1")
    bar = progress.counter(5, desc="scoring", unit="doc")
    bar.update(5)
    bar.close()
    assert capsys.readouterr().err == ""
    monkeypatch.setenv("FRAMING_QUIET", "0")
    monkeypatch.setattr(progress, "_quiet", False)
    bar = progress.counter(2, desc="scoring", unit="doc")
    bar.update(2)
    assert bar.n == 2
    bar.close()


def test_a_dask_stream_without_a_cluster_starts_no_pool_per_chunk(corpus, monkeypatch):
    """QA pass 6: ``engine="dask"`` streamed without a cluster started a dask process pool for
    every chunk (73 s against 11 s); the stream's one local pool now scores, the same table."""
    import framing.engine.scoring as scoring

    def no_pool(jobs):
        raise AssertionError("a dask pool was started for a chunk")

    monkeypatch.setattr(scoring, "_local_dask_pool", no_pool)
    chunks = [corpus.iloc[i : i + 3] for i in range(0, len(corpus), 3)]
    got = pd.concat(score_stream(chunks, engine="dask", jobs=2, progress=False), ignore_index=True)
    pd.testing.assert_frame_equal(got, score(corpus, progress=False), check_exact=True)
