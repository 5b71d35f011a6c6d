import math

from hypothesis import given, settings
from hypothesis import strategies as st

from framing.engine.analysis import analyze
from framing.engine.lexicon import load_lexicon

from ._lex import FILES

_LEX = {}


def _lex(tmp_path_factory):
    if "x" not in _LEX:
        d = tmp_path_factory.mktemp("lex")
        for n, t in FILES.items():
            (d / n).write_text(t)
        _LEX["x"] = load_lexicon([d], include_builtin=False)
    return _LEX["x"]


words = st.sampled_from(
    ["US", "the", "West", "not", "hegemony", "may", "\u201cx\u201d", "U.S.", ",", "\n", "ﬁ"]
)
texts = st.one_of(st.text(), st.lists(words).map(" ".join))


@settings(max_examples=150, deadline=None)
@given(texts)
def test_properties(tmp_path_factory, text):
    a = analyze(text, _lex(tmp_path_factory))
    for r in a.matches.itertuples():
        assert text[r.start : r.end] == r.matched_text
    m = a.metrics
    for c in m.index:
        if c.endswith("_count"):
            assert m[c] >= 0
            per = c.replace("_negated_count", "").replace("_count", "") + "_per_1k"
            if per in m.index and not c.endswith("_negated_count"):
                exp = m[c] * 1000 / m["tokens"] if m["tokens"] else math.nan
                assert (math.isnan(exp) and math.isnan(m[per])) or m[per] == exp
    for t in a.tokens:
        assert text[t.start : t.end] == t.text
