"""Analysts' own lexicon files: typos, reserved ids, degenerate entries and copies of built-in
files are caught by ``framing lexicon check`` and by loading (``--lexicon``, ``load_lexicon``)."""

import shutil

from framing.cli import main
from framing.engine.lexicon import builtin_files

HEAD = "id: {id}\nlabel: X\ndefinition: d\nkind: frame\n"
ENTRY = "entries:\n  - term: plan\n"


def _file(tmp_path, body, cid="mine", name="mine.yaml"):
    f = tmp_path / name
    f.write_text(HEAD.format(id=cid) + body, encoding="utf-8")
    return f


def _builtin(cid):
    return next(f for f in builtin_files() if f.stem == cid)


# ---------------------------------------------------------------- the CLI's file count
def test_check_counts_the_files_of_a_folder(tmp_path, capsys):
    d = tmp_path / "lex"
    d.mkdir()
    _file(d, ENTRY, "aa", "aa.yaml")
    _file(d, "entries:\n  - term: other\n", "bb", "bb.yml")
    one = _file(tmp_path, "entries:\n  - term: third\n", "cc", "cc.yaml")
    assert main(["lexicon", "check", str(d), str(one)]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "ok: 3 file(s), 0 warning(s)"


def test_check_copies_of_the_builtin_folder(tmp_path, capsys):
    shutil.copytree(_builtin("hedge").parent, tmp_path / "lex")
    n = len(builtin_files())
    assert main(["lexicon", "check", str(tmp_path / "lex")]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith(f"ok: {n} file(s), ")
