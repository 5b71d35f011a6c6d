import pytest

from framing.core.errors import LexiconError
from framing.engine.lexicon import load_lexicon
from tests._lex import small_lexicon, write_lexicon


def test_load_small(tmp_path):
    lex = small_lexicon(tmp_path)
    assert list(lex.categories) == ["accusation", "hedge", "west_us"]
    assert lex.categories["west_us"].kind == "actor"
    assert len(lex.fingerprint) == 64


def test_extend_and_replace(tmp_path):
    d = write_lexicon(tmp_path)
    ext = tmp_path / "ext.yaml"
    ext.write_text(
        "id: hedge\nlabel: H\ndefinition: d\nkind: stance\nentries:\n  - term: perhaps\n"
    )
    lex = load_lexicon([d, ext], include_builtin=False)
    assert [e.pattern for e in lex.categories["hedge"].entries][-1] == "perhaps"
    assert len(lex.categories["hedge"].entries) == 4
    ext.write_text(
        "id: hedge\nlabel: H\ndefinition: d\nkind: stance\nreplace: true\nentries:\n  - term: perhaps\n"
    )
    lex2 = load_lexicon([d, ext], include_builtin=False)
    assert [e.pattern for e in lex2.categories["hedge"].entries] == ["perhaps"]
    assert lex2.fingerprint != lex.fingerprint


def test_unloadable_raises_with_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "id: x\nlabel: X\ndefinition: d\nkind: frame\nentries:\n  - term: a\n    glob: b*\n"
    )
    with pytest.raises(LexiconError, match=r"bad.yaml:6: .*exactly one"):
        load_lexicon([bad], include_builtin=False)
    bad.write_text("id: x\n  label: [\n")
    with pytest.raises(LexiconError, match=r"bad.yaml:\d+: invalid YAML"):
        load_lexicon([bad], include_builtin=False)


def test_builtin_loads():
    load_lexicon()  # whatever the built-in files are, they must load


SHARED = """id: x
label: X
definition: d
kind: frame
shared_exclusions:
  month:
    - after: '^\\s+\\d{4}\\b'
      reason: a date
entries:
  - term: may
    exclude:
      - use: month
  - term: march
    exclude:
      - before: '\\bthe\\s+$'
        reason: the noun
      - use: month
"""


COPIED = """id: x
label: X
definition: d
kind: frame
entries:
  - term: may
    exclude:
      - after: '^\\s+\\d{4}\\b'
        reason: a date
  - term: march
    exclude:
      - before: '\\bthe\\s+$'
        reason: the noun
      - after: '^\\s+\\d{4}\\b'
        reason: a date
"""


def test_shared_exclusions_stand_for_their_items(tmp_path):
    (tmp_path / "shared").mkdir()
    (tmp_path / "copied").mkdir()
    (tmp_path / "shared" / "x.yaml").write_text(SHARED)
    (tmp_path / "copied" / "x.yaml").write_text(COPIED)
    shared = load_lexicon([tmp_path / "shared" / "x.yaml"], include_builtin=False)
    copied = load_lexicon([tmp_path / "copied" / "x.yaml"], include_builtin=False)
    assert shared.fingerprint == copied.fingerprint
    may, march = shared.categories["x"].entries
    assert [e.reason for e in may.exclude] == ["a date"]
    assert [e.reason for e in march.exclude] == ["the noun", "a date"]


def test_an_unknown_shared_exclusion_is_an_error(tmp_path):
    f = tmp_path / "x.yaml"
    f.write_text(SHARED.replace("- use: month\n", "- use: months\n", 1))
    with pytest.raises(LexiconError, match=r"x.yaml:\d+: 'use' must name a set"):
        load_lexicon([f], include_builtin=False)
