from framing.engine.quotes import MAX_SCARE_QUOTE_WORDS, quotes_frame
from framing.engine.text import sentence_spans


def test_article_scare_quotes(article_body):
    q = quotes_frame(article_body, sentence_spans(article_body))
    scare = [t.rstrip(",") for t in q.loc[q["is_scare_quote"], "text"]]
    assert scare == [
        "China had prior knowledge",
        "China colluding with Russia",
        "China willing to give military supports to Russia",
        "China weakens West's sanctions on Russia",
    ]
    assert MAX_SCARE_QUOTE_WORDS == 8


def test_not_scare():
    t = (
        'He said "we will win" today. The book "War and Peace" is long. '
        'A "one two three four five six seven eight nine" quote. The so-called \u201cdemocracy\u201d.'
    )
    q = quotes_frame(t, sentence_spans(t)).set_index("text")
    assert q.loc["we will win", "reason"].startswith("attributed speech")
    assert q.loc["War and Peace", "reason"] == "title of a work"
    assert q.loc["one two three four five six seven eight nine", "reason"].startswith("too long")
    assert bool(q.loc["democracy", "is_scare_quote"])
    assert list(quotes_frame("it's the students' book").columns)[:3] == ["start", "end", "text"]
