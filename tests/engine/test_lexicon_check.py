import pytest

from framing.core.errors import LexiconError
from framing.engine.lexicon import (
    catastrophic_backtracking,
    check_lexicon,
    check_lexicons,
    load_lexicon,
)
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


def _frame(tmp_path, name: str, body: str, kind: str = "frame"):
    f = tmp_path / f"{name}.yaml"
    f.write_text(f"id: {name}\nlabel: L\ndefinition: d\nkind: {kind}\nentries:\n{body}")
    return f


def _shadows(probs) -> list[str]:
    return [p.message for p in probs if "shadowed/conflict" in p.message]


@pytest.mark.parametrize(
    ("mine", "theirs", "expected"),
    [
        # a term a glob of another category matches in full (before: only equal terms)
        (
            "  - term: accused\n",
            "  - glob: accuse*\n",
            "term 'accused' is in aa and bb (glob 'accuse*')",
        ),
        ("  - term: hyped up\n", "  - glob: hype* up\n", "(glob 'hype* up')"),
        ("  - term: threatens\n", "  - regex: '\\bthreat(en)?s?\\b'\n", "(regex"),
        # a glob or regex that matches another category's term
        (
            "  - glob: embarg*\n",
            "  - term: embargo\n",
            "glob 'embarg*' of aa also matches term 'embargo' of bb",
        ),
        ("  - regex: 'sanction(s|ed)'\n", "  - term: sanctioned\n", "regex 'sanction(s|ed)' of aa"),
        # case: a case-insensitive term overlaps a case-sensitive one
        (
            "  - term: West\n",
            "  - term: West\n    case_sensitive: true\n",
            "term 'West' is in aa and bb",
        ),
    ],
)
def test_shadowing_beyond_equal_terms_is_a_warning(tmp_path, mine, theirs, expected):
    a, b = _frame(tmp_path, "aa", mine), _frame(tmp_path, "bb", theirs)
    found = _shadows(check_lexicons([a, b], against_builtin=False))
    assert any(expected in m for m in found), found


@pytest.mark.parametrize(
    ("mine", "theirs"),
    [
        ("  - term: accusation\n", "  - glob: accuse*\n"),  # the glob does not match it
        ("  - term: US\n    case_sensitive: true\n", "  - term: us\n    case_sensitive: true\n"),
        ("  - glob: embarg*\n", "  - term: embassy\n"),
        (
            "  - term: the West\n",
            "  - regex: '\\bWest\\b'\n    case_sensitive: true\n",
        ),  # in part only
    ],
)
def test_entries_that_match_different_words_are_no_conflict(tmp_path, mine, theirs):
    a, b = _frame(tmp_path, "aa", mine), _frame(tmp_path, "bb", theirs)
    assert _shadows(check_lexicons([a, b], against_builtin=False)) == []


def test_a_glob_and_a_term_of_one_category_are_no_conflict(tmp_path):
    a = _frame(tmp_path, "aa", "  - glob: embarg*\n  - term: embargo\n")
    assert _shadows(check_lexicons([a], against_builtin=False)) == []


def test_a_users_term_that_a_builtin_glob_covers_is_named(tmp_path):
    a = _frame(tmp_path, "sanctions", "  - term: accused\n")
    found = _shadows(check_lexicons([a]))
    assert found == [
        "shadowed/conflict: term 'accused' is in sanctions and accusation (glob 'accuse*')"
    ]


@pytest.mark.parametrize("regex", ["\\b", "(?=West)", "(?<=the )", "\\b(?=[A-Z])"])
def test_a_zero_width_regex_is_an_error(tmp_path, regex):
    (p,) = [p for p in _check(tmp_path, f"  - regex: '{regex}'\n") if p.severity == "error"]
    assert p.line == 6 and "only matches between characters (zero width" in p.message


def test_extending_a_builtin_category_with_another_kind_is_an_error(tmp_path):
    f = _frame(tmp_path, "hedge", "  - term: reportedly\n", kind="frame")
    errors = [p for p in check_lexicons([f]) if p.severity == "error"]
    assert [p.message for p in errors] == [
        "id 'hedge' is a stance category (hedge.yaml); this file says kind frame: write kind: "
        "stance to extend it, or replace: true to redefine it"
    ]
    with pytest.raises(LexiconError, match=r"hedge.yaml:1: id 'hedge' is a stance category"):
        load_lexicon([f])
    replaced = f.read_text().replace("kind: frame", "kind: frame\nreplace: true")
    f.write_text(replaced)
    assert load_lexicon([f]).categories["hedge"].kind == "frame"


def test_an_id_with_a_final_newline_is_refused(tmp_path):
    # "$" matches before a final newline: `id: |` kept it, and columns became "nl\n_count"
    f = tmp_path / "nl.yaml"
    f.write_text('id: "nl\\n"\nlabel: X\ndefinition: d\nkind: frame\nentries:\n  - term: war\n')
    assert any(p.severity == "error" and "id" in p.message for p in check_lexicon(f))
    with pytest.raises(LexiconError):
        load_lexicon([f], include_builtin=False)


def test_a_term_without_letters_or_digits_is_named(tmp_path):
    probs = _check(tmp_path, "  - term: '('\n  - term: 'c++'\n")
    warned = [p.message for p in probs if p.severity == "warning"]
    assert any("'(' has no letter or digit" in m for m in warned)
    assert not any("'c++'" in m for m in warned)


def test_lexicon_files_are_decoded_as_articles_and_never_from_a_device(tmp_path):
    body = HEAD + "  - term: war\n"
    u16 = tmp_path / "u16.yaml"
    u16.write_bytes(body.encode("utf-16"))  # a Windows "Unicode" save, with its BOM
    assert not [p for p in check_lexicon(u16) if p.severity == "error"]
    assert "x" in load_lexicon([u16], include_builtin=False).categories
    latin = tmp_path / "l1.yaml"
    latin.write_bytes(body.replace("label: X", "label: caf\u00e9").encode("latin-1"))
    (err,) = [p for p in check_lexicon(latin) if p.severity == "error"]
    assert "offset" in err.message and "save the lexicon file as UTF-8" in err.message
    assert err.line == 0 and str(err).startswith(f"{latin}: error:")  # no ":0"
    with pytest.raises(LexiconError, match="is a device"):
        load_lexicon(["/dev/zero"], include_builtin=False)
    with pytest.raises(LexiconError, match="lexicon path is empty"):
        load_lexicon([""], include_builtin=False)


def test_patterns_in_messages_are_shown_as_written(tmp_path):
    """A regex's backslashes single, as the file has them (repr doubled each one)."""
    probs = _check(
        tmp_path, "  - regex: '\\bfoo\\b'\n  - regex: '\\bfoo\\b'\n  - regex: '(\\w+\\s?)+x'\n"
    )
    msgs = [p.message for p in probs]
    assert "duplicate entry '\\bfoo\\b' (first at line 6)" in msgs
    assert any(m.startswith("regex '(\\w+\\s?)+x' is prone to catastrophic") for m in msgs)
    assert not any("\\\\" in m for m in msgs)


def test_a_dic_file_is_pointed_to_lexicon_import(tmp_path):
    f = tmp_path / "liwc.dic"
    f.write_text("%\n1\tsanctions\n%\nembargo\t1\n")
    (p,) = check_lexicons([f], against_builtin=False)
    assert p.severity == "error" and "framing lexicon import" in p.message
    with pytest.raises(LexiconError, match="framing lexicon import"):
        load_lexicon([f])


def test_a_fixed_repeat_of_many_varying_copies_is_catastrophic(tmp_path):
    """``(a?){25}a{25}`` takes seconds on 25 a's (each copy takes or skips one); a fixed
    count was not a loop to the check. Fixed widths and few copies stay accepted."""
    from framing.engine.regex_safety import backtracking_risk

    for bad in [r"(a?){25}a{25}", r"(?:\w+\s*){8}x", r"(?:\w\w?){12}"]:
        assert backtracking_risk(bad), bad
    for ok in [r"\d{4}", r"(?:[A-Z]\.){5}", r"\w{5}\w*x", r"(a?){3}", r"\b\d{1,2}\s+\w+\s+\d{4}\b"]:
        assert backtracking_risk(ok) is None, ok
    (p,) = _check(tmp_path, "  - regex: '(a?){25}a{25}'\n")
    assert p.severity == "error" and "catastrophic backtracking" in p.message
