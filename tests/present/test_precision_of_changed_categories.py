"""A built-in category the user's lexicon files change has no audited precision: the audits
judged the built-in entries only (QA pass 3: a hedge extended by ``term: the`` printed 0.90)."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.cli import main
from framing.engine.lexicon import load_lexicon
from framing.present.tables import with_precision
from framing.stats.validation import audited_precision, changed_categories

HEDGE_THE = "id: hedge\nlabel: Hedges\nkind: stance\ndefinition: x\nentries:\n  - term: the\n"
NEW = "id: sanction\nlabel: Sanctions\nkind: frame\ndefinition: x\nentries:\n  - glob: sanction*\n"
REPLACED = HEDGE_THE.replace("entries:", "replace: true\nentries:")


@pytest.fixture()
def files(tmp_path):
    out = {}
    for name, text in (("hedge_the.yaml", HEDGE_THE), ("new.yaml", NEW),
                       ("replaced.yaml", REPLACED)):  # fmt: skip
        (tmp_path / name).write_text(text)
        out[name] = tmp_path / name
    return out


@pytest.mark.parametrize(
    "names, changed",
    [
        ([], {}),  # the built-in lexicon
        (["new.yaml"], {}),  # a new category changes no built-in one
        (["hedge_the.yaml"], {"hedge": ("hedge_the.yaml",)}),  # extended
        (["replaced.yaml"], {"hedge": ("replaced.yaml",)}),  # replaced
        (["new.yaml", "hedge_the.yaml"], {"hedge": ("hedge_the.yaml",)}),
    ],
)
def test_changed_categories(files, names, changed):
    lexicon = load_lexicon([files[n] for n in names]) if names else load_lexicon()
    assert changed_categories(lexicon) == changed


def test_a_changed_category_loses_its_audited_precision(files):
    plain = audited_precision(genre="news")
    assert "hedge" in set(plain["category"])  # the built-in hedge is audited
    lexicon = load_lexicon([files["hedge_the.yaml"]])
    assert "hedge" not in set(audited_precision(genre="news", lexicon=lexicon)["category"])
    table = pd.DataFrame({"category": ["hedge", "hedge_author", "accusation"]})
    out = with_precision(table, genre="news", lexicon=lexicon).set_index("category")
    assert out.loc["hedge", "precision_note"] == "not audited (changed by hedge_the.yaml)"
    assert out.loc["hedge_author", "precision_note"] == "not audited (changed by hedge_the.yaml)"
    assert pd.isna(out.loc["hedge", "precision"])
    assert out.loc["accusation", "precision_note"].startswith("precision 0.")  # untouched


def test_profile_compare_and_report_say_not_audited(files, article_path, tmp_path, capsys):
    lex = str(files["hedge_the.yaml"])
    assert main(["profile", str(article_path), "--lexicon", lex]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("hedge_count"))
    assert "not audited (changed by hedge_the.yaml)" in line and "0.9" not in line
    corpus = tmp_path / "c.csv"
    texts = [
        "The US may accuse China of hegemony. " * 30,
        "Russia said peace and cooperation might follow the talks in the West. " * 20,
        "Officials perhaps think the so-called sanctions are groundless. " * 25,
    ]
    pd.DataFrame({"doc_id": ["a", "b", "c"], "group": ["x", "y", "y"], "text": texts}).to_csv(
        corpus, index=False
    )
    argv = ["-q", "compare", str(article_path), "--corpus", str(corpus), "--lexicon", lex,
            "--out", str(tmp_path / "cmp"), "--n-boot", "20", "--min-group-size", "1"]  # fmt: skip
    assert main(argv) == 0
    summary = (tmp_path / "cmp" / "summary.md").read_text(encoding="utf-8")
    hedge = next(x for x in summary.splitlines() if x.startswith("| hedge |"))
    assert "not audited (changed by hedge_the.yaml)" in hedge
    out = tmp_path / "r.html"
    assert main(["-q", "report", str(article_path), "--lexicon", lex, "--out", str(out)]) == 0
    assert "not audited (changed by hedge_the.yaml)" in out.read_text(encoding="utf-8")
