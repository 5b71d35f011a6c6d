import math
import os
import subprocess
import sys

import textstat

from framing.engine.readability import mattr, readability
from framing.engine.resources import ensure_cmudict

TEXTS = [
    "",
    "Hello world. This is it.",
    "Don't stop 'n rock's \"quoted\" words\u2014dash. 1,000.5 x",
    "The hegemony of arbitrarily twisted international affairs! Really? Yes...",
]


def test_equals_textstat(article_body):
    ensure_cmudict()
    for t in TEXTS + [article_body, article_body[:500]]:
        r = readability(t)
        assert abs(r["flesch_reading_ease"] - textstat.flesch_reading_ease(t)) < 1e-9
        assert abs(r["flesch_kincaid_grade"] - textstat.flesch_kincaid_grade(t)) < 1e-9
        assert abs(r["gunning_fog"] - textstat.gunning_fog(t)) < 1e-9


def test_mattr():
    assert math.isnan(mattr([]))
    assert mattr(["a", "b", "a"]) == 2 / 3
    toks = ["a", "b"] * 60
    assert mattr(toks, window=50) == 2 / 50


def test_offline_empty_home(tmp_path, article_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("NLTK")}
    env.update(
        HOME=str(tmp_path),
        FRAMING_NLTK_DATA=str(tmp_path / "nltk"),
        XDG_CACHE_HOME=str(tmp_path / "c"),
    )
    code = (
        "import sys, nltk; nltk.download = lambda *a, **k: sys.exit('download');"
        "from framing.engine.readability import text_metrics;"
        "print(text_metrics(open(sys.argv[1]).read())['flesch_reading_ease'])"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(article_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert 0 < float(proc.stdout) < 80
