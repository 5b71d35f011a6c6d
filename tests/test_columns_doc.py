"""docs/columns.md names every column a real run writes, and only those.

Each table of the page is read (the backquoted names of its first cell; ``<category>``,
``<stance>`` and ``<actor>`` stand for the built-in categories of that kind) and compared with
the output of the command it documents, run on the tutorial's corpus: ``framing score`` (wide,
``--no-attribution`` and ``--long``), ``framing kwic`` and ``Analysis.matches``, ``framing
keyness`` (both methods), ``framing compare`` (its tables and the columns the page spells out)
and ``framing.load_corpus``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

import framing
from framing.cli import main
from framing.data.datasets import SCHEMA
from framing.engine.lexicon import load_lexicon
from tests import _workflow as W

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "columns.md"
NAME = re.compile(r"`([^`]+)`")


def section(title: str) -> str:
    """The text of the ``## title ...`` section of the page."""
    text = DOC.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}")
    end = text.find("\n## ", start + 1)
    return text[start : end if end > 0 else None]


def table_names(title: str) -> list[str]:
    """The column names of the section's table: the backquoted names of each row's first cell
    (options such as ``--keep`` / ``keep=`` left out); a ``<stance>`` row also names, in its
    description, the other categories whose matches get a voice."""
    rows = [ln for ln in section(title).splitlines() if ln.startswith("| `")]
    names = []
    for row in rows:
        first, rest = row.split(" | ", 1)
        names += [n for n in NAME.findall(first) if not n.startswith("-") and not n.endswith("=")]
        if "<stance>" in first:
            names += [f"<stance:{c}>" for c in NAME.findall(rest)]
    return names


def outside_parentheses(text: str) -> str:
    """``text`` without what stands in (nested) parentheses."""
    out, depth = [], 0
    for ch in text:
        depth += ch == "("
        if depth == 0:
            out.append(ch)
        depth -= ch == ")" and depth > 0
    return "".join(out)


def expand(names: list[str]) -> set[str]:
    """Placeholders replaced by the built-in categories of their kind (``<stance>``: those of
    kind stance and the categories its row names)."""
    cats = load_lexicon().categories
    voiced = [c for c, v in cats.items() if v.kind == "stance"]
    voiced += [n[8:-1] for n in names if n.startswith("<stance:") and n[8:-1] in cats]
    kinds = {
        "category": list(cats),
        "stance": voiced,
        "actor": [c for c, v in cats.items() if v.kind == "actor"],
    }
    out = set()
    for name in names:
        if name.startswith("<stance:"):
            continue
        m = re.match(r"<(\w+)>(.*)", name)
        out |= {c + m.group(2) for c in kinds[m.group(1)]} if m else {name}
    return out


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("columns")
    (d / "op-ed.txt").write_text(W.ARTICLE, encoding="utf-8")
    W.write_corpus(d)
    return d


def run(*argv) -> None:
    assert main(["-q", *map(str, argv)]) == 0


def header(path: Path) -> list[str]:
    return list(pd.read_csv(path, nrows=0).columns)


def test_the_page_is_read():
    assert {"doc_id", "tokens", "hedge_author_per_1k", "west_us_targeted_sentence_share"} <= expand(
        table_names("Scores")
    )
    assert "count_reference" in table_names("Keyness")


def test_score_columns_are_the_documented_ones(folder):
    corpus = folder / "desk-corpus.csv"
    run("score", corpus, *W.column_args(), "--keep", "group,date", "--out", folder / "s.csv")
    cols = header(folder / "s.csv")
    documented = expand(table_names("Scores"))
    kept = {"group", "date"}
    assert cols[:3] == ["doc_id", "group", "date"]  # "doc_id, then the --keep columns"
    assert set(cols) - kept == documented, (
        f"undocumented: {sorted(set(cols) - kept - documented)}; "
        f"documented, not written: {sorted(documented - set(cols))}"
    )
    # --no-attribution leaves out the kinds of column the page names, and nothing else
    run("score", corpus, *W.column_args(), "--no-attribution", "--out", folder / "n.csv")
    left_out = set(cols) - kept - set(header(folder / "n.csv"))
    assert left_out == {c for c in cols if re.search(r"_author_|_targeted_|^vague_source_", c)}
    words = section("Scores").split("`--no-attribution`", 1)[1].split("\n\n", 1)[0]
    for kind in ("_author_count", "_author_per_1k", "_targeted_count", "_targeted_per_1k",
                 "_targeted_sentence_share", "vague_source_"):  # fmt: skip
        assert kind in words
    # --long: the columns in the order given (kept columns after the id)
    run("score", corpus, *W.column_args(), "--keep", "group", "--long", "--out", folder / "l.csv")
    long = pd.read_csv(folder / "l.csv")
    spelled = NAME.findall(section("Scores").split("`--long`", 1)[1].split("(one row", 1)[0])
    assert [c for c in long.columns if c != "group"] == spelled[spelled.index("doc_id") :]
    assert list(long.columns)[:2] == ["doc_id", "group"]
    assert set(long["category"]) == {*load_lexicon().categories, "scare_quote"}


def test_match_columns_are_the_documented_ones(folder):
    documented = set(table_names("Matches and keywords in context"))
    run("kwic", "--category", "accusation", folder / "op-ed.txt", "--out", folder / "k.csv")
    cols = header(folder / "k.csv")
    assert set(cols) == documented, sorted(set(cols) ^ documented)
    assert cols[-3:] == ["subcategory", "term", "negated"]  # "the last three columns"
    matches = framing.analyze(W.ARTICLE).matches
    assert set(matches.columns) == documented - {"doc_id", "left", "right"}
    assert list(framing.kwic([W.ARTICLE], category="hedge").columns) == cols


@pytest.mark.parametrize("method", ["logodds", "g2"])
def test_keyness_columns_are_the_documented_ones(folder, method):
    out = folder / f"key-{method}.csv"
    run("keyness", folder / "op-ed.txt", "--corpus", folder / "desk-corpus.csv",
        *W.column_args(), "--method", method, "--out", out)  # fmt: skip
    cols = set(header(out))
    rows = [ln for ln in section("Keyness").splitlines() if ln.startswith("| `")]
    documented = set()
    for row in rows:
        cell = row.split(" | ")[0]
        for part in re.split(r"\bor\b", cell):  # "`z`, `delta` (log-odds) or `G2`, ... (G²)"
            if "log-odds" in part and method == "g2" or "G²" in part and method == "logodds":
                continue
            documented |= set(NAME.findall(part))
    assert cols == documented, (
        f"undocumented: {sorted(cols - documented)}; not written: {sorted(documented - cols)}"
    )


def test_compare_tables_and_spelled_out_columns_are_the_documented_ones(folder):
    out = folder / "comparison"
    run("compare", folder / "op-ed.txt", "--corpus", folder / "desk-corpus.csv",
        *W.column_args(), "--out", out, "--n-boot", 50, "--min-group-size", 2)  # fmt: skip
    text = section("Comparison")
    tables = text.split("One CSV / DataFrame per table:", 1)[1].split("their columns are", 1)[0]
    named = set(NAME.findall(outside_parentheses(tables)))
    written = {p.stem for p in out.glob("*.csv")}
    assert written == named, sorted(written ^ named)
    spelled = {
        "framing_space_components": "component, explained_variance_ratio",
        "neighbours_baseline": "n, median, p90",
        "voice": "group, category, unit",
    }
    for table, start in spelled.items():
        cols = ", ".join(header(out / f"{table}.csv"))
        i = text.index(f"`{start}")
        assert " ".join(text[i + 1 : text.index("`", i + 1)].split()) == cols, table


def test_document_columns_come_first_in_the_documented_order(folder):
    df = framing.load_corpus(
        folder / "desk-corpus.csv", text_col="body", id_col="item", group_col="desk"
    )
    named = table_names("Documents")
    assert set(df.columns[: len(named)]) == set(named)
    assert list(df.columns[: len(named)]) == list(SCHEMA)


def _help(command: str, option: str | None = None) -> str:
    """The ``--help`` text of a subcommand (its description), or of one of its options."""
    from framing.cli import build_parser

    sub = next(a for a in build_parser()._actions if a.dest == "command").choices[command]
    if option is None:
        return " ".join((sub.description or "").split())
    return next(a.help for a in sub._actions if option in a.option_strings)


def test_the_help_texts_name_the_columns_written(folder):
    """``score --long`` named no ``tokens`` (QA pass 23); kwic's description lists every column."""
    run("score", folder / "op-ed.txt", "--long", "--out", folder / "one-long.csv")
    assert _help("score", "--long").endswith(", ".join(header(folder / "one-long.csv")[1:]))
    run("kwic", "--category", "hedge", folder / "op-ed.txt", "--out", folder / "kw.csv")
    described = _help("kwic").split("One row per match: ", 1)[1]
    for col in header(folder / "kw.csv"):
        assert col in described, col
