from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from framing.engine.text import ABBREVIATIONS, normalize_for_matching, sentence_spans, word_tokens


def test_normalize_keeps_length():
    s = "\u201cUS\u201d \u2014 West\u2019s\u00a0\ufb01ne \u2018x\u2019"
    n = normalize_for_matching(s)
    assert len(n) == len(s)
    assert n.startswith('"US" - West\'s fine'.replace("fine", "\ufb01ne"))


def test_word_tokens():
    text = "The U.S.-led West's e.g. 1,000.5 don't US-led"
    toks = word_tokens(text)
    assert [t.text for t in toks] == [
        "The",
        "U.S.-led",
        "West's",
        "e.g.",
        "1,000.5",
        "don't",
        "US-led",
    ]
    assert all(text[t.start : t.end] == t.text for t in toks)


def test_sentences_agree_with_untrained_punkt(article_body):
    p = PunktParameters()
    p.abbrev_types = set(ABBREVIATIONS)
    punkt = PunktSentenceTokenizer(p)
    samples = article_body.split("\n\n") + [
        "Mr. Smith went to Washington. He met Dr. J. Smith at 10 a.m. on Jan. 5. Then he left!",
        'The U.S. said "no." Then it said... nothing. "Really?" she asked. It cost 1,000.5 dollars.',
        "The U.S.-led West, e.g. NATO, is weak. Gen. Milley agreed. In 1990. and then.",
    ]
    for s in samples:
        assert sentence_spans(s) == list(punkt.span_tokenize(s)), s


def test_sentences_blank_and_paragraphs():
    assert sentence_spans("   \n ") == []
    assert sentence_spans("Title\n\nBody here") == [(0, 5), (7, 16)]
