"""``framing compare`` and ``framing keyness`` end to end on a small synthetic corpus."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from framing.cli import main
from tests._lex import write_lexicon

WORDS = [
    "the",
    "US",
    "West",
    "hegemony",
    "may",
    "might",
    "China",
    "Russia",
    "cooperation",
    "peace",
    "war",
    "so-called",
    "accuse",
    "Washington",
    "trust",
    "world",
    "order",
    "nations",
    "said",
    "today",
    "people",
]
FILES = [
    "position.csv",
    "intervals.csv",
    "groups.csv",
    "pairwise.csv",
    "neighbours.csv",
    "neighbours_baseline.csv",
    "framing_space.csv",
    "framing_space_loadings.csv",
    "framing_space_components.csv",
    "documents.csv",
    "length_matched.csv",
    "voice.csv",
    "summary.md",
    ".framing-output.json",  # the manifest of the files framing wrote (never deletes others)
]


@pytest.fixture()
def corpus_csv(tmp_path):
    rng = np.random.default_rng(0)
    rows = []
    for g, n in (("kremlin", 12), ("ungd", 15), ("whitehouse", 10), ("tiny", 3)):
        for i in range(n):
            k = rng.integers(12, 20)  # at least 108 words: kept by the 100-word minimum
            text = " ".join(
                " ".join(rng.choice(WORDS, rng.integers(9, 15))) + "." for _ in range(k)
            )
            rows.append((f"{g}-{i}", g, f"T {g} {i}", f"2022-03-{1 + i:02d}", text))
        rows.append((f"{g}-short", g, f"T {g} short", "2022-03-28", "The US may accuse China."))
    path = tmp_path / "corpus.csv"
    cols = ["doc_id", "group", "title", "date", "text"]
    pd.DataFrame(rows, columns=cols).to_csv(path, index=False)
    return path


def _compare(article_path, corpus_csv, tmp_path, out, *extra):
    lex = write_lexicon(tmp_path)
    args = ["--quiet", "compare", str(article_path), "--corpus", str(corpus_csv)]
    return main([*args, "--out", str(out), "--lexicon", str(lex), "--n-boot", "200", *extra])


def test_compare_writes_every_table(article_path, corpus_csv, tmp_path):
    out = tmp_path / "cmp"
    assert _compare(article_path, corpus_csv, tmp_path, out) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(FILES)
    pos = pd.read_csv(out / "position.csv", keep_default_na=False)
    assert {"(all)", "kremlin", "tiny", "ungd", "whitehouse"} == set(pos["group"])
    assert {"n", "median", "percentile", "robust_z", "note"} <= set(pos.columns)
    iv = pd.read_csv(out / "intervals.csv")
    assert {"count", "tokens", "lower", "upper", "corpus_median_outside_interval"} <= set(
        iv.columns
    )
    assert set(iv["category"]) >= {"hedge", "accusation", "west_us", "scare_quote"}
    groups = pd.read_csv(out / "groups.csv", keep_default_na=False)
    assert (groups.loc[groups["group"] == "tiny", "excluded_reason"] != "").all()
    pw = pd.read_csv(out / "pairwise.csv")
    assert {"n1", "n2", "U", "p", "p_adj", "p_adj_all", "cliffs_delta"} <= set(pw.columns)
    pairs = set(zip(pw["group1"], pw["group2"], strict=True))
    assert pairs == {("kremlin", "ungd"), ("kremlin", "whitehouse"), ("ungd", "whitehouse")}
    fs = pd.read_csv(out / "framing_space.csv")
    assert fs["is_focal"].sum() == 1
    nn = pd.read_csv(out / "neighbours.csv")
    assert len(nn) == 10 and list(nn["rank"]) == list(range(1, 11))
    assert not nn["doc_id"].str.endswith("-short").any()
    docs = pd.read_csv(out / "documents.csv").set_index("group")
    assert (docs["too_short"] == 1).all() and (docs["min_tokens"] == 100).all()
    assert docs.loc["kremlin", "kept"] == 12
    lm = pd.read_csv(out / "length_matched.csv").set_index("category")
    # every synthetic document is shorter than the 729-word article: no same-length excerpt
    assert (lm["n_units"] == 0).all() and (lm["n_short"] == 40).all()
    assert lm["percentile"].isna().all()
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert "## The article's rates" in summary and "### Topic mentions" in summary
    assert "Cliff's delta" in summary and "Flagged: tiny (3)" in summary
    assert "tokens" not in summary and "_count" not in summary  # rates, never raw counts
    assert "robust z" not in summary
    voice = pd.read_csv(out / "voice.csv")
    assert voice["group"].iloc[0] == "(article)" and {"kremlin", "ungd"} <= set(voice["group"])
    assert "## Whose voice" in summary and "| (article) |" in summary


def test_compare_prints_the_precision_of_the_chosen_genre(article_path, corpus_csv, tmp_path):
    from framing.stats.validation import audited_precision

    rows = {}
    for genre in ("official", "news"):
        out = tmp_path / genre
        assert _compare(article_path, corpus_csv, tmp_path, out, "--precision", genre) == 0
        summary = (out / "summary.md").read_text(encoding="utf-8")
        rows[genre] = next(ln for ln in summary.splitlines() if ln.startswith("| distancing |"))
        d = audited_precision(genre=genre).set_index("category").loc["distancing"]
        assert f"{d['precision']:.2f} ({d['lower']:.2f}–{d['upper']:.2f})" in rows[genre]
    assert "exploratory" in rows["official"] and "exploratory" not in rows["news"]
    assert "precision audited on news" in (tmp_path / "news" / "summary.md").read_text("utf-8")


def test_compare_summary_does_not_list_many_small_groups(article_path, corpus_csv, tmp_path):
    out = tmp_path / "cmp"
    assert _compare(article_path, corpus_csv, tmp_path, out, "--by", "doc_id") == 0
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert "40 groups of 1 document each; 0 have at least 5 documents, so no group" in summary
    assert "4 documents shorter than 100 words were left out first" in summary
    assert "kremlin-3" not in summary.split("## Nearest neighbours")[0]
    assert "No pair of groups to compare: pairwise.csv is empty" in summary
    pairwise = (out / "pairwise.csv").read_text(encoding="utf-8").splitlines()
    assert len(pairwise) == 1  # the header: no row for 780 pairs of one-document groups
    assert "is `doc_id` a column with one value per document?" in summary


def test_compare_summary_of_one_group_says_there_is_no_pair(article_path, corpus_csv, tmp_path):
    import pandas as pd

    one = tmp_path / "one.csv"
    pd.read_csv(corpus_csv).assign(desk="all").to_csv(one, index=False)
    out = tmp_path / "cmp"
    assert _compare(article_path, one, tmp_path, out, "--group-col", "desk") == 0
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert "1 group of 40 documents; a single group has no pair to compare." in summary
    assert "No pair of groups to compare: pairwise.csv is empty (it lists" in summary


def _section(summary: str, head: str) -> str:
    return summary.split(f"## {head}")[1].split("\n## ")[0]


def test_the_summary_s_framing_space_numbers_are_in_csv_files(article_path, corpus_csv, tmp_path):
    out = tmp_path / "cmp"
    assert _compare(article_path, corpus_csv, tmp_path, out) == 0
    summary = (out / "summary.md").read_text(encoding="utf-8")
    comps = pd.read_csv(out / "framing_space_components.csv")
    assert list(comps.columns) == ["component", "explained_variance_ratio"]
    assert list(comps["component"]) == ["PC1", "PC2"]
    shares = [f"{pc} explains {r:.4g}" for pc, r in comps.itertuples(index=False)]
    assert " and ".join(shares) + " of the variance" in _section(summary, "Framing space")
    base = pd.read_csv(out / "neighbours_baseline.csv")
    assert list(base.columns) == ["n", "median", "p90"] and len(base) == 1
    n, median, p90 = base.iloc[0]
    assert n == 40  # every kept document has a similarity
    assert (
        f"Against {median:.2f} for the median document and {p90:.2f} at the 90th percentile "
        "(40 documents; neighbours_baseline.csv)"
    ) in _section(summary, "Nearest neighbours")


def test_a_component_that_explains_nothing_is_not_described(article_path, corpus_csv, tmp_path):
    two = tmp_path / "two.csv"
    pd.read_csv(corpus_csv).query("doc_id in ['kremlin-0', 'ungd-0']").to_csv(two, index=False)
    out = tmp_path / "cmp"
    assert _compare(article_path, two, tmp_path, out) == 0
    ratio = pd.read_csv(out / "framing_space_components.csv")["explained_variance_ratio"]
    assert ratio[0] == pytest.approx(1) and ratio[1] < 1e-12  # two documents: one dimension
    text = _section((out / "summary.md").read_text(encoding="utf-8"), "Framing space")
    assert "What moves the article most: PC1 " in text and "; PC2 " not in text
    assert "PC2 explains less than 1% of the variance" in text and "not described" in text


@pytest.mark.parametrize("case", ["no match anywhere", "one long document"])
def test_compare_without_a_framing_space_writes_every_other_table(
    article_path, corpus_csv, tmp_path, capsys, case
):
    df = pd.read_csv(corpus_csv)
    if case == "no match anywhere":
        rng = np.random.default_rng(1)
        df["text"] = [" ".join(rng.choice(["the", "said", "today", "people"], 120)) + "."
                      for _ in range(len(df))]  # fmt: skip
        why = "needs at least 2 metrics that vary across the 44 corpus documents"
    else:
        df = df[df["doc_id"].str.endswith("-short") | (df["doc_id"] == "ungd-0")]
        why = "needs at least 2 corpus documents of at least 100 words; there is 1"
    path = tmp_path / "flat.csv"
    df.to_csv(path, index=False)
    out = tmp_path / "cmp"
    assert _compare(article_path, path, tmp_path, out) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(
        f"framing: warning: the framing space was not built: it {why}"
    ), err
    gone = {"framing_space", "framing_space_loadings", "framing_space_components", "neighbours",
            "neighbours_baseline"}  # fmt: skip
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f for f in FILES if f.removesuffix(".csv") not in gone
    )
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert _section(summary, "Framing space").strip().startswith(f"Not built: it {why}")
    assert "which was not built" in _section(summary, "Nearest neighbours")
    if case == "one long document":
        assert "1 group of 1 document, too small to rank" in summary


def test_compare_refuses_existing_and_is_seeded(article_path, corpus_csv, tmp_path, capsys):
    out = tmp_path / "cmp"
    assert _compare(article_path, corpus_csv, tmp_path, out, "--seed", "1") == 0
    first = (out / "groups.csv").read_text()
    assert _compare(article_path, corpus_csv, tmp_path, out) == 2
    assert "already exists" in capsys.readouterr().err
    (out / "stale.txt").write_text("x")  # a file framing did not write: never deleted
    assert _compare(article_path, corpus_csv, tmp_path, out, "--seed", "1", "--force") == 2
    assert "did not write (stale.txt)" in capsys.readouterr().err
    assert (out / "stale.txt").read_text() == "x"
    (out / "stale.txt").unlink()
    assert _compare(article_path, corpus_csv, tmp_path, out, "--seed", "1", "--force") == 0
    assert (out / "groups.csv").read_text() == first
    assert _compare(article_path, corpus_csv, tmp_path, out, "--seed", "2", "--force") == 0
    assert (out / "groups.csv").read_text() != first
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_compare_bad_group_column_one_line(article_path, corpus_csv, tmp_path, capsys):
    out = tmp_path / "cmp"
    assert _compare(article_path, corpus_csv, tmp_path, out, "--by", "nope") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--by" in err[0]
    assert not out.exists()


def test_keyness_prints_counts_and_filters(article_path, corpus_csv, tmp_path, capsys):
    out = tmp_path / "k.csv"
    args = ["keyness", str(article_path), "--corpus", str(corpus_csv), "--top", "5"]
    assert main([*args, "--method", "g2", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "count_target" in text and "count_reference" in text and "G2" in text
    assert "min_count (count_target + count_reference >= 3):" in text
    df = pd.read_csv(out)
    assert list(df.columns[:3]) == ["term", "count_target", "count_reference"]
    assert main([*args, "--out", str(out)]) == 2  # refuses to overwrite
    assert "terms pass (Benjamini-Hochberg adjusted p" in text and "quasi-Poisson" in text
    assert {"p_exact_adj", "p_doc_adj", "passes"} <= set(df.columns)
    assert not ({"the", "and", "of"} & set(df["term"]))  # function words left out by default
    assert main([*args, "--ngram", "2", "--function-words"]) == 0
    text = capsys.readouterr().out
    assert "method logodds" in text and "no filters" in text
    assert "china and" in text
    assert main([*args, "--format", "csv"]) == 0  # a machine format on stdout
    captured = capsys.readouterr()
    assert captured.out.startswith("term,count_target,count_reference")
    assert "framing keyness: " in captured.err and "terms kept; function_words (" in captured.err


@pytest.mark.parametrize("command", ["compare", "keyness", "report"])
def test_the_article_inside_the_corpus_is_left_out_with_a_warning(
    article_path, corpus_csv, tmp_path, capsys, command
):
    from framing.data.article import read_txt

    body = read_txt(article_path).body
    df = pd.read_csv(corpus_csv)
    spaced = "  " + body.replace(" ", "  ").replace("\n\n", "\n") + "\n"  # spacing aside
    df = pd.concat([df, pd.DataFrame([{"doc_id": "self", "group": "ungd", "text": spaced}])])
    path = tmp_path / "with-self.csv"
    df.to_csv(path, index=False)
    out = {
        "compare": tmp_path / "cmp",
        "keyness": tmp_path / "k.csv",
        "report": tmp_path / "r.html",
    }
    argv = ["-q", command, str(article_path), "--corpus", str(path), "--out", str(out[command])]
    if command == "compare":
        argv += ["--n-boot", "20", "--lexicon", str(write_lexicon(tmp_path))]
    assert main(argv) == 0
    err = capsys.readouterr().err
    assert "left out 1 corpus document(s) with the article's own text ('self')" in err
    if command == "compare":
        assert "self" not in set(pd.read_csv(out[command] / "neighbours.csv")["doc_id"])
