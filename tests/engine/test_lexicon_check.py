from framing.engine.lexicon import catastrophic_backtracking, check_lexicon, check_lexicons
from tests._lex import write_lexicon

HEAD = "id: x\nlabel: X\ndefinition: d\nkind: frame\nentries:\n"


def _check(tmp_path, body, name="x.yaml"):
    f = tmp_path / name
    f.write_text(HEAD + body)
    return check_lexicon(f)


def test_valid_small_lexicon_has_no_errors(tmp_path):
    d = write_lexicon(tmp_path)
    assert not [p for p in check_lexicons([d], against_builtin=False) if p.severity == "error"]


def test_errors_with_lines(tmp_path):
    probs = _check(
        tmp_path,
        "  - term: a\n  - regex: '(a+)+'\n  - regex: '['\n  - term: a\n  - foo: 1\n    term: b\n",
    )
    msgs = {(p.line, p.severity): p.message for p in probs}
    assert "catastrophic" in msgs[(7, "error")]
    assert "not a valid regex" in msgs[(8, "error")]
    assert "duplicate" in msgs[(9, "warning")]
    assert any(p.line == 10 and "unknown entry key" in p.message for p in probs)


def test_missing_fields_and_yaml_error(tmp_path):
    f = tmp_path / "m.yaml"
    f.write_text("id: x\nentries: []\n")
    assert any("missing required field 'kind'" in p.message for p in check_lexicon(f))
    f.write_text("id: x\nlabel: [unclosed\n")
    (p,) = check_lexicon(f)
    assert p.severity == "error" and p.line >= 2


def test_catastrophic_patterns():
    for bad in [r"(a+)+", r"(a|a)*", r"(\w+\s?)*", r"(?:a|ab)+"]:
        assert catastrophic_backtracking(bad), bad
    for ok in [r"\bso[- ]called\b", r"(?:ab|cd)+", r"\w+", r"accus\w*"]:
        assert catastrophic_backtracking(ok) is None, ok


def test_conflict_between_categories(tmp_path):
    a = tmp_path / "a.yaml"
    b = tmp_path / "b.yaml"
    a.write_text(HEAD.replace("id: x", "id: aa") + "  - term: hegemony\n")
    b.write_text(HEAD.replace("id: x", "id: bb") + "  - term: Hegemony\n")
    probs = check_lexicons([a, b], against_builtin=False)
    assert any(
        "shadowed/conflict" in p.message and "aa" in p.message and "bb" in p.message for p in probs
    )
