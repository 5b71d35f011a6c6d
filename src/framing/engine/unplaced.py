"""Speakers the actor lexicons do not place: names at a verb of saying, counted over a corpus.

The actor lexicons list states, their organs and the officials that the project's corpora quote
most often; version 111 chose its additions this way. A user's corpus quotes other people.
:func:`unplaced_speakers` lists the names that stand right before a verb of speech, belief or
blame ("Sidorchuk said", "Haidai claimed") or right after *said / told / added* ("..., said
Sidorchuk") and that no actor entry covers, with how often and in how many documents they do,
and the first context of each: the candidates an analyst reads before adding an entry to a
lexicon (``docs/tutorial.md``).

What it counts: one to three capitalised words (the last one is the key, as the name bank
keys a person by surname), not a word of the cues' ``name_stopwords`` (openers, months) and not
a pronoun. What it misses: names the document introduces with an actor and a title are placed
there by the name bank (:mod:`framing.engine.names`) and still listed here (the lexicon lacks
them elsewhere); a speaker named only by a title (*the mayor said*), by a pronoun, or in a
quotation's tag after the quotation's own words in another sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from framing.core.progress import progress
from framing.engine.analysis import actor_categories
from framing.engine.compose import compose
from framing.engine.cues import Cues, load_cues
from framing.engine.document import Document
from framing.engine.invisible import find_matches
from framing.engine.kwic import corpus_documents
from framing.engine.lexicon import as_lexicon
from framing.engine.matcher import get_matcher

#: Columns of :func:`unplaced_speakers`.
COLUMNS = ["name", "count", "documents", "example_doc", "example"]
#: verbs after which a name is the speaker ("..., said Sidorchuk"; not "told Reuters": the
#: listener)
_INVERTED = ("said", "says", "added", "wrote")
#: verb forms that are mostly plural nouns after a capitalised word ("the Baltic states",
#: "European views")
_NOUN_FORMS = frozenset({"states", "views"})
#: words that open a run but name no one ("His remarks")
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})
#: heads of bodies the cue lists do not hold ("the Foreign Office said", "the World Bank warned")
_BODY_HEADS = frozenset({"office", "bank", "service", "fund", "forces", "guard", "group"})
_NAME = r"(?<![\w'’-])[A-Z][\w'’-]*[a-z][\w'’-]*"
_RUN = rf"{_NAME}(?:\s+{_NAME}){{0,2}}"
_CONTEXT = 60


class _Rules(NamedTuple):
    """The compiled patterns and word sets of :func:`speaker_names` (one per cue set)."""

    before: re.Pattern  #: a name right before a verb of speech, belief or blame
    after: re.Pattern  #: a name right after an inverted tag's verb
    stop: frozenset[str]  #: openers, months, pronouns and possessives: no name
    #: what a name cannot end in: the stop words, titles, bodies and vague heads ("the Defense
    #: Ministry said", "Analysts said")
    no_last: frozenset[str]


@lru_cache(maxsize=2)
def _rules(cues: Cues) -> _Rules:
    """The :class:`_Rules` of a cue set (compiled once)."""
    verbs = [
        w
        for w in cues.frame_verbs
        if w.isalpha() and w not in _NOUN_FORMS and not w.endswith("ing")  # "Additional reporting"
    ]
    alternation = "|".join(sorted(map(re.escape, verbs), key=lambda v: (-len(v), v)))
    stop = cues.name_stopwords | _POSSESSIVES | {"i", "he", "she", "it", "we", "they", "you"}
    heads = cues.titles | cues.institution_titles | cues.speaker_heads | cues.vague_heads
    return _Rules(
        re.compile(rf"\b(?P<name>{_RUN})\s+(?:{alternation})\b(?!['’])"),
        re.compile(rf"\b(?:{'|'.join(_INVERTED)})\s+(?P<name>{_RUN})(?=\s*[.,;:!?]|\s*$)"),
        frozenset(stop),
        frozenset(stop | heads | _BODY_HEADS),
    )


def speaker_names(text: str, lexicon=None) -> list[tuple[str, int, int]]:
    """``(name, start, end)`` of every unplaced speaker name in ``text`` (see the module), in
    text order; ``name`` is the last capitalised word of the run."""
    text, spans = compose(text)  # decomposed accents: spans mapped back, names composed
    lex = as_lexicon(lexicon)
    rules = _rules(load_cues())
    doc = Document(text)  # the lexicon's matches only: no quotes, no attribution
    actors = set(actor_categories(lex))
    matches = find_matches(get_matcher(lex), doc.text, doc.sentences, doc.norm, doc.low)
    covered = [(m.start, m.end) for m in matches if m.category in actors]
    found = {}
    for pattern in (rules.before, rules.after):
        for m in pattern.finditer(text):
            if text[max(0, m.start("name") - 3) : m.start("name")] == "of ":
                continue  # the end of a body's name: "the Ministry of Defense announced"
            words = m.group("name").split()
            while words and words[0].lower() in rules.stop:
                words = words[1:]  # "Yesterday Sidorchuk said", "But Sidorchuk said"
            if not words or words[-1].lower() in rules.no_last:
                continue
            start = m.end("name") - len(words[-1])
            end = m.end("name")
            if any(s < end and start < e for s, e in covered):
                continue  # a listed name: "Konashenkov", "Anatoly Antonov"
            found[start] = (words[-1], start, end)
    rows = [found[s] for s in sorted(found)]
    if spans is None:
        return rows
    return [(name, spans.start(s), spans.end(e)) for name, s, e in rows]  # the name composed


def unplaced_speakers(
    data, lexicon=None, min_count: int = 3, text_col: str = "text", id_col: str = "doc_id"
) -> pd.DataFrame:
    """The unplaced speaker names of a corpus (a DataFrame with ``doc_id`` and ``text``, a
    Series or a list of texts), at least ``min_count`` times, most frequent first (ties by
    name): ``name, count, documents`` (documents that use it) and the first ``example_doc`` and
    ``example`` (60 characters each side, the name in brackets)."""
    lex = as_lexicon(lexicon)
    count: dict[str, int] = {}
    documents: dict[str, set[str]] = {}
    example: dict[str, tuple[str, str]] = {}
    docs = corpus_documents(data, text_col, id_col)
    for doc_id, text, _ in progress(docs, desc="speakers", unit="doc"):
        for name, start, end in speaker_names(text, lex):
            count[name] = count.get(name, 0) + 1
            documents.setdefault(name, set()).add(doc_id)
            if name not in example:
                left = text[max(0, start - _CONTEXT) : start].replace("\n", " ")
                right = text[end : end + _CONTEXT].replace("\n", " ")
                example[name] = (doc_id, f"{left}[{text[start:end]}]{right}")
    rows = [(n, c, len(documents[n]), *example[n]) for n, c in count.items() if c >= min_count]
    rows.sort(key=lambda r: (-r[1], r[0]))
    return pd.DataFrame(rows, columns=COLUMNS)
