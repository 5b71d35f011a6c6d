"""Analysts' own lexicon files: typos, reserved ids, degenerate entries and copies of built-in
files are caught by ``framing lexicon check`` and by loading (``--lexicon``, ``load_lexicon``)."""

import os
import shutil

import pytest

from framing.cli import main
from framing.core.errors import LexiconError
from framing.engine.analysis import metric_columns
from framing.engine.lexicon import (
    RESERVED_ENDINGS,
    RESERVED_IDS,
    builtin_files,
    check_lexicons,
    load_lexicon,
)

HEAD = "id: {id}\nlabel: X\ndefinition: d\nkind: frame\n"
ENTRY = "entries:\n  - term: plan\n"


def _file(tmp_path, body, cid="mine", name="mine.yaml"):
    f = tmp_path / name
    f.write_text(HEAD.format(id=cid) + body, encoding="utf-8")
    return f


def _errors(f):
    return [p for p in check_lexicons([f], against_builtin=False) if p.severity == "error"]


# (case, id, body after the head, line of the error, message)
ERRORS = [
    ("top-level typo", "hedge", "replce: true\n" + ENTRY, 5,
     "unknown key 'replce' (did you mean 'replace'?)"),
    ("top-level key far from any", "mine", "colour_scheme: red\n" + ENTRY, 5,
     "unknown key 'colour_scheme' (known: citations, "),
    ("replace not a boolean", "mine", "replace: 'false'\n" + ENTRY, 5,
     "replace must be true or false"),
    ("entry typo", "mine", "entries:\n  - term: may\n    exlcude:\n      - after: x\n", 7,
     "unknown entry key 'exlcude' (did you mean 'exclude'?)"),
    ("entry typo of a flag", "mine", "entries:\n  - term: US\n    case_sensitve: true\n", 7,
     "unknown entry key 'case_sensitve' (did you mean 'case_sensitive'?)"),
    ("exclude typo beside a good side", "mine",
     "entries:\n  - term: may\n    exclude:\n      - after: x\n        reasn: y\n", 9,
     "unknown exclude key 'reasn' (did you mean 'reason'?)"),
    ("exclude typo of its only side", "mine",
     "entries:\n  - term: may\n    exclude:\n      - befroe: x\n", 8,
     "unknown exclude key 'befroe' (did you mean 'before'?)"),
    ("typo in a shared exclusion", "mine",
     "shared_exclusions:\n  s:\n    - after: x\n      reasn: y\n"
     "entries:\n  - term: may\n    exclude: [{use: s}]\n  - term: can\n    exclude: [{use: s}]\n",
     8, "unknown exclude key 'reasn' (did you mean 'reason'?)"),
    ("scare-quote metric", "scare_quote", ENTRY, 1, "id 'scare_quote' is reserved"),
    ("vague-source metric", "vague_source", ENTRY, 1, "id 'vague_source' is reserved"),
    ("kwic's pattern label", "pattern", ENTRY, 1, "id 'pattern' is reserved"),
    ("token count", "tokens", ENTRY, 1, "id 'tokens' is reserved"),
    ("readability column", "gunning_fog", ENTRY, 1, "id 'gunning_fog' is reserved"),
    ("a category's negated column", "hedge_negated", ENTRY, 1,
     "id 'hedge_negated' ends in '_negated'"),
    ("an actor's targeted columns", "west_us_targeted", ENTRY, 1,
     "id 'west_us_targeted' ends in '_targeted'"),
    ("a voiced category's author columns", "accusation_author", ENTRY, 1,
     "ends in '_author'"),
    ("glob of only a star", "mine", "entries:\n  - glob: '*'\n", 6,
     "glob '*' has nothing but '*' and spaces: it matches every word"),
    ("glob of stars and a space", "mine", "entries:\n  - glob: '* *'\n", 6, "matches every word"),
    ("glob of two stars", "mine", "entries:\n  - glob: '**'\n", 6, "matches every word"),
    ("no entries", "mine", "entries: []\n", 5, "entries is empty"),
    ("unquoted year", "mine", "entries:\n  - term: 1984\n", 6,
     "term 1984 is read as a number, not text; quote it: term: '1984'"),
    ("unquoted decimal", "mine", "entries:\n  - term: 3.5\n", 6, "quote it: term: '3.5'"),
    ("unquoted yes", "mine", "entries:\n  - term: yes\n", 6,
     "term yes is read as true or false, not text; quote it: term: 'yes'"),
    ("unquoted date", "mine", "entries:\n  - term: 2022-02-24\n", 6,
     "term 2022-02-24 is read as a date, not text; quote it"),
    ("empty term", "mine", "entries:\n  - term: ''\n", 6, "term must be a non-empty string"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("cid", "body", "line", "message"), [c[1:] for c in ERRORS], ids=[c[0] for c in ERRORS]
)
def test_check_and_load_refuse_with_file_and_line(tmp_path, cid, body, line, message):
    f = _file(tmp_path, body, cid)
    errors = _errors(f)
    assert [(p.line, message in p.message) for p in errors if message in p.message] == [
        (line, True)
    ], errors
    with pytest.raises(LexiconError, match=rf"mine\.yaml:{line}: "):
        load_lexicon([f], include_builtin=False)


@pytest.mark.parametrize(
    "body",
    [
        "entries:\n  - glob: '*ward'\n",
        "entries:\n  - glob: '*-*'\n",
        "entries:\n  - term: '1984'\n",
        "replace: false\n" + ENTRY,
        "entries:\n  - term: may\n    exclude:\n      - {after: x, reason: y, case_sensitive: true}\n",
    ],
)
def test_near_misses_still_load(tmp_path, body):
    f = _file(tmp_path, body)
    assert _errors(f) == []
    assert "mine" in load_lexicon([f], include_builtin=False).categories


def test_kwic_refuses_a_misspelt_replace(tmp_path, capsys):
    doc = tmp_path / "a.txt"
    doc.write_text("The plan might fail, officials said.\n")
    f = _file(tmp_path, "replce: true\n" + ENTRY, "hedge")
    assert main(["kwic", str(doc), "--category", "hedge", "--lexicon", str(f)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "mine.yaml:5: unknown key 'replce'" in err[0], err


def test_reserved_ids_cover_every_column_the_engine_names_itself(tmp_path):
    """Every score column is a category's (``x_...``) or a reserved name's; a category's columns
    are ``x_count``, ``x_per_1k`` or ``x`` + a reserved ending + ``_...``."""
    (tmp_path / "x.yaml").write_text(HEAD.format(id="x").replace("frame", "stance") + ENTRY)
    (tmp_path / "y.yaml").write_text(HEAD.format(id="y").replace("frame", "actor") + ENTRY)
    lex = load_lexicon([tmp_path], include_builtin=False)
    for col in metric_columns(lex, attribution=True):
        cid = col.split("_", 1)[0]
        if cid in ("x", "y"):
            rest = col[1:]
            assert rest in ("_count", "_per_1k") or rest.startswith(
                tuple(f"{e}_" for e in RESERVED_ENDINGS)
            ), col
        else:
            stem = col.removesuffix("_count").removesuffix("_per_1k")
            assert col in RESERVED_IDS or stem in RESERVED_IDS, col


# ---------------------------------------------------------------- extending a built-in category
def _builtin(cid):
    return next(f for f in builtin_files() if f.stem == cid)


def _warnings(probs):
    assert not [p for p in probs if p.severity == "error"], probs
    return [p for p in probs if p.severity == "warning"]


def test_a_copied_builtin_file_without_replace_is_warned_about(tmp_path):
    lines = _builtin("hedge").read_text(encoding="utf-8").splitlines(keepends=True)
    i = lines.index("  - term: might\n")
    my = tmp_path / "my.yaml"
    my.write_text("".join(lines[:i] + lines[i + 1 :]), encoding="utf-8")
    n = len(load_lexicon().categories["hedge"].entries)
    warned = _warnings(check_lexicons([my]))
    assert warned[0].line == 1 and warned[0].message == (
        f"id 'hedge' is built-in: your {n - 1} entries are added to its {n}; "
        "set replace: true to use yours instead"
    )
    dups = [p for p in warned if p.message.startswith("duplicate entry")]
    assert len(dups) == n - 1 and "the built-in hedge has it (hedge.yaml:" in dups[0].message
    # with replace: true the file is the category: no warning, and `might` is gone
    my.write_text("replace: true\n" + my.read_text(encoding="utf-8"), encoding="utf-8")
    assert _warnings(check_lexicons([my])) == []
    mine = load_lexicon([my]).categories["hedge"].entries
    assert "might" not in {e.pattern for e in mine} and len(mine) == n - 1


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("entries:\n  - term: perhaps so\n", ["5: id 'hedge' is built-in: your 1 entry is added"]),
        (
            "entries:\n  - term: perhaps so\n  - term: Might\n",
            ["5: id 'hedge' is built-in: your 2 entries are added", "8: duplicate entry 'Might'"],
        ),
        ("replace: true\nentries:\n  - term: might\n", []),
    ],
    ids=["new entry", "a built-in entry again, other case", "replaced"],
)
def test_extending_a_builtin_category(tmp_path, body, expected):
    f = tmp_path / "h.yaml"
    f.write_text("label: H\ndefinition: d\nkind: stance\nversion: 1\nid: hedge\n" + body)
    warned = [f"{p.line}: {p.message}" for p in _warnings(check_lexicons([f]))]
    assert len(warned) == len(expected) and all(
        w.startswith(e) for w, e in zip(warned, expected, strict=True)
    ), warned
    assert _warnings(check_lexicons([f], against_builtin=False)) == []


def test_builtin_files_check_without_any_warning():
    assert check_lexicons(builtin_files()) == []


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


def test_an_edit_that_keeps_the_files_time_is_loaded(tmp_path):
    """A file rewritten within the clock's resolution (or given its old time back, as ``cp -p``
    does) is read again: the scoring cache is keyed by the lexicon loaded, so a stale one
    would serve stale scores."""
    f = _file(tmp_path, ENTRY)
    before = f.stat().st_mtime_ns
    assert [e.pattern for e in load_lexicon([f]).categories["mine"].entries] == ["plan"]
    f.write_text(HEAD.format(id="mine") + "entries:\n  - term: plans\n", encoding="utf-8")
    os.utime(f, ns=(before, before))
    assert [e.pattern for e in load_lexicon([f]).categories["mine"].entries] == ["plans"]
