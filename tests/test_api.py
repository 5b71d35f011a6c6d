"""The Python API for scripts: the same tables as the commands, from paths, names or objects."""

from __future__ import annotations

import pandas as pd
import pytest

import framing
from framing.cli import main
from framing.core.errors import InputError
from tests import _workflow as W

CUSTOM = (
    "id: sanction\nlabel: Sanctions\ndefinition: d\nkind: frame\nentries:\n  - glob: sanction*\n"
)


@pytest.fixture()
def work(tmp_path, monkeypatch):
    monkeypatch.setenv("FRAMING_CORPORA_DIR", str(tmp_path / "corpora"))
    monkeypatch.setenv("FRAMING_DATA_DIR", str(tmp_path / "data"))
    return W.write_article(tmp_path), W.write_corpus(tmp_path), tmp_path


def _read(corpus):
    return framing.load_corpus(
        corpus, text_col="body", id_col="item", group_col="desk", date_col="printed_on"
    )


OPTS = dict(n_boot=20, min_group_size=2, neighbours=3)


def test_compare_article_returns_the_tables_framing_compare_writes(work, capsys):
    art, corpus, tmp = work
    tables = framing.compare_article(
        art, corpus, by="group", text_col="body", id_col="item", group_col="desk",
        date_col="printed_on", **OPTS,
    )  # fmt: skip
    assert set(tables) == {
        "position", "intervals", "groups", "pairwise", "framing_space",
        "framing_space_loadings", "framing_space_components", "neighbours",
        "neighbours_baseline", "documents", "length_matched", "voice",
    }  # fmt: skip
    argv = ["-q", "compare", str(art), "--corpus", str(corpus), *W.column_args(),
            "--out", str(tmp / "cmp"), "--n-boot", "20", "--min-group-size", "2",
            "--neighbours", "3"]  # fmt: skip
    assert main(argv) == 0
    for name, df in tables.items():
        assert df.to_csv(index=False) == (tmp / "cmp" / f"{name}.csv").read_text(), name


@pytest.mark.parametrize("article_as", ["path", "text", "Article", "Analysis"])
@pytest.mark.parametrize("corpus_as", ["DataFrame", "path", "name", "scores"])
def test_compare_article_accepts_every_form(work, monkeypatch, article_as, corpus_as):
    art, corpus, _ = work
    article = {
        "path": art,
        "text": W.ARTICLE,
        "Article": framing.read_article(art),
        "Analysis": framing.analyze(W.ARTICLE),
    }[article_as]
    read = dict(text_col="body", id_col="item", group_col="desk")
    if corpus_as == "DataFrame":
        data, read = _read(corpus), {}
    elif corpus_as == "path":
        data = corpus
    elif corpus_as == "name":
        framing.local.add("desk", corpus, **read)
        data, read = "desk", {}
    else:
        data, read = framing.score(_read(corpus), keep=["group"]), {}
    tables = framing.compare_article(article, data, **read, **OPTS)
    pos = tables["position"]
    assert pos.loc[pos["metric"] == "hedge_per_1k", "article_value"].iloc[0] > 0
    assert set(tables["groups"]["group"]) == {"world", "business", "culture"}


def test_a_custom_category_missing_from_the_corpus_scores_is_a_clear_error(work, tmp_path):
    art, corpus, _ = work
    lex = tmp_path / "sanction.yaml"
    lex.write_text(CUSTOM)
    scores = framing.score(_read(corpus), keep=["group"])  # built-in lexicon only
    with pytest.raises(InputError, match="different lexicons.*corpus scores lack sanction"):
        framing.compare_article(art, scores, lexicon=lex, **OPTS)
    # with the same lexicon on both sides the custom category is compared
    scores = framing.score(_read(corpus), keep=["group"], lexicon=lex)
    tables = framing.compare_article(art, scores, lexicon=lex, **OPTS)
    assert "sanction_per_1k" in set(tables["position"]["metric"])
    # and when the corpus is given as documents, it is scored with the article's lexicon
    tables = framing.compare_article(art, _read(corpus), lexicon=[lex], **OPTS)
    assert "sanction_per_1k" in set(tables["position"]["metric"])


def test_score_keeps_metadata_and_has_a_long_format(work):
    _, corpus, _ = work
    docs = _read(corpus)
    wide = framing.score(docs, keep=["group", "date", "title"])
    assert list(wide.columns[:4]) == ["doc_id", "group", "date", "title"]
    assert wide["group"].tolist() == docs["group"].tolist()
    long = framing.score(docs, keep=["group"], long=True)
    assert list(long.columns) == ["doc_id", "group", "category", "count", "per_1k", "tokens"]
    cats = [*framing.load_lexicon().categories, "scare_quote"]
    assert len(long) == len(docs) * len(cats)
    first = long[long["doc_id"] == docs["doc_id"].iloc[0]]
    assert first["category"].tolist() == cats
    for r in first.itertuples():
        assert r.count == wide.loc[0, f"{r.category}_count"]
        assert r.per_1k == pytest.approx(wide.loc[0, f"{r.category}_per_1k"], nan_ok=True)
    assert framing.long_format(wide, keep=["group"]).equals(long)
    with pytest.raises(InputError, match="no column 'nope' to keep"):
        framing.score(docs, keep=["nope"])


def test_kwic_over_a_corpus_has_doc_id(work):
    art, corpus, _ = work
    k = framing.kwic(_read(corpus), category="west_us")
    assert list(k.columns) == [
        "doc_id", "category", "left", "matched_text", "right", "start", "end", "sentence",
        "voice", "source", "target", "subcategory", "term", "negated",
    ]  # fmt: skip
    assert k["doc_id"].str.match(r"(world|business|culture)-\d\d").all()
    by_path = framing.kwic(corpus, category="west_us", text_col="body", id_col="item")
    assert by_path.equals(k)
    assert framing.kwic([W.ARTICLE], pattern="sanctions?")["doc_id"].unique().tolist() == ["0"]
    with pytest.raises(InputError, match="unknown category"):
        framing.kwic([W.ARTICLE], category="nope")


def test_kwic_home_col_sets_the_source_of_a_headline_office(tmp_path):
    docs = pd.DataFrame(
        {
            "doc_id": ["cn", "uk", "none"],
            "text": ["Spokesperson denounces the lies of Washington"] * 3,
            "country": ["China", "United Kingdom", None],
        }
    )
    k = framing.kwic(docs, category="accusation", home_col="country")
    assert k.groupby("doc_id", sort=False)["source"].first().to_dict() == {
        "cn": "china", "uk": "", "none": "",
    }  # fmt: skip
    assert (framing.kwic(docs, category="accusation")["source"] == "").all()
    path = tmp_path / "docs.csv"
    docs.to_csv(path, index=False)
    assert framing.kwic(path, category="accusation", home_col="country").equals(k)
    with pytest.raises(InputError, match="no home column 'nope'"):
        framing.kwic(docs, category="accusation", home_col="nope")
    with pytest.raises(InputError, match="home_col needs a DataFrame"):
        framing.kwic(["Spokesperson denounces lies"], home_col="country")


def test_analyze_takes_a_lexicon_path_or_list(tmp_path):
    lex = tmp_path / "sanction.yaml"
    lex.write_text(CUSTOM)
    for spec in (lex, str(lex), [lex], tmp_path):
        m = framing.analyze(W.ARTICLE, lexicon=spec).metrics
        assert m["sanction_count"] == 2 and "hedge_count" in m.index


def test_submodules_are_attributes():
    import types

    for name in ("corpus", "datasets", "registry", "cache", "local", "article", "scoring",
                 "lexicon", "keyness", "comparison", "charts", "style", "saving", "tables",
                 "titles", "labels", "report", "api"):  # fmt: skip
        assert isinstance(getattr(framing, name), types.ModuleType), name
    assert framing.corpus.load is framing.data.corpus.load


def test_a_str_that_looks_like_a_missing_file_is_an_error():
    with pytest.raises(InputError, match="no such file"):
        framing.compare_article("no-such-article.txt", pd.DataFrame({"text": ["x"]}))


@pytest.mark.parametrize(
    ("bad", "needle"),
    [
        ({"n_boot": 0}, "n_boot must be an integer of at least 1, got 0"),
        ({"n_boot": 2.5}, "n_boot must be an integer of at least 1"),
        ({"neighbours": -1}, "neighbours must be an integer of at least 0"),
        ({"min_group_size": True}, "min_group_size must be an integer"),
    ],
)
def test_compare_article_refuses_bad_options_with_a_clear_error(work, bad, needle):
    art, corpus, _ = work
    docs = _read(corpus)
    with pytest.raises(InputError, match=needle):
        framing.compare_article(art, docs, by="group", **{**OPTS, **bad})


@pytest.mark.parametrize("corpus", [None, 3, ["a text"]])
def test_a_corpus_of_the_wrong_type_is_an_input_error(corpus):
    with pytest.raises(InputError, match="a path, a dataset name or a DataFrame, got"):
        framing.load_corpus(corpus)
    with pytest.raises(InputError, match="a path, a dataset name or a DataFrame, got"):
        framing.compare_article(W.ARTICLE, corpus)


def test_compare_article_shows_progress_through_its_statistics(work, capsys, monkeypatch):
    """The bootstraps per metric are most of a large corpus's time: a bar on stderr, none
    when quiet."""
    from framing.core import progress

    art, corpus, _ = work
    docs = _read(corpus)
    monkeypatch.delenv("FRAMING_QUIET", raising=False)
    try:
        progress.set_quiet(False)
        framing.compare_article(art, docs, by="group", **OPTS)
        loud = capsys.readouterr().err
        progress.set_quiet(True)
        framing.compare_article(art, docs, by="group", **OPTS)
        quiet = capsys.readouterr().err
    finally:
        progress.set_quiet(False)
    assert "group intervals" in loud and "pairwise tests" in loud
    assert "pairwise tests" not in quiet and "it/s" not in quiet
