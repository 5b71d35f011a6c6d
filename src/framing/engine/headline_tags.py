"""Speaker tags of headlines: "Pelosi's visit dangerous, provocative: China's UN envoy",
"Tighter export controls could hamper Russia's war effort - report", "Study: Water may have
been brought to Earth by asteroids".

Headline style drops the reporting verb and puts the source in a tag: after a colon or a spaced
dash at the end, or before a colon at the start. A tag is read only in a sentence without final
punctuation (a headline, title or caption; a sentence of running text ends in ``.``, ``!`` or
``?``), of at most :data:`MAX_TAG` tokens, without a verb form of the cue lists, and its last
word must name a source: a title or body (``titles``, ``institution_titles``), a vague head
(``experts``, ``sources``) or a source noun (``tag_heads``: study, report, survey, police, ...).
A bare document noun ("... - report") or an unnamed person ("...: expert") is a vague holder.
At the end of a headline the tag may also be an actor ("...: UN"), a person the lexicons name
("... - Zelensky") or a capitalised name ("... - Rose Ayling-Ellis"). Topic labels ("Ukraine
war: ...", "Kenya election 2022: ...", "Sanna Marin: ...") open no tag: at the start only a
source noun, a leader the lexicons name or a UN body does ("Xi: ...", "WHO: ...", unless the
rest is a story about the person: "Nancy Pelosi: How she rose ..."), and not a transcript's speaker label in capitals
("THE PRESIDENT:"). Tested
in ``tests/engine/test_headline_tags.py``; measured by attribution audit rounds 8 and 9
(``docs/validation.md``).
"""

from __future__ import annotations

from framing.engine.clauses import OTHER, VAGUE, Holder, SentenceView, unpunctuated
from framing.engine.cues import Cues

#: marks that set off a tag (dashes are ``-`` in the normalised text)
TAG_MARKS = frozenset({":", "-"})
#: at most this many tokens in a tag ("Former U.S. diplomat": 6 tokens with the dots)
MAX_TAG = 6
#: a final tag may run to this many tokens when a source of at most MAX_TAG tokens is followed
#: only by prepositional phrases ("...: top official on Hong Kong affairs", "...: Commissioner's
#: office of Chinese foreign ministry in HKSAR"; attribution rounds 19, 21, 22)
MAX_LONG_TAG = 14
#: genre labels that open a headline ("News Analysis: ...") name no source; at the end
#: ("...: analysis") a document head does
_GENRE_LABELS = frozenset(
    {"analysis", "commentary", "editorial", "interview", "opinion", "explainer", "roundup"}
)
_TAG_PREPOSITIONS = frozenset({"of", "on", "in", "for", "at", "to", "with", "from"})
_NAME_JOINERS = frozenset({".", "'"})
#: words that may stand before a document head in a vague tag ("...: a new study")
_BARE_DOCUMENT_WORDS = frozenset({"a", "an", "the", "new", "latest", "recent"})
_FINAL = frozenset(".!?")  # the usual last character of a sentence of running text


def headline_sentences(norm: str, sentences: list[tuple[int, int]]) -> set[int]:
    """Indices of the sentences without final punctuation (headlines, titles, captions)."""
    return {
        si
        for si, (s, e) in enumerate(sentences)
        if e > s and norm[e - 1] not in _FINAL and unpunctuated(norm[max(s, e - 3) : e])
    }


def tag_sentences(norm: str, sentences: list[tuple[int, int]], headlines: set[int]) -> set[int]:
    """The ``headlines`` that may hold a tag: a colon or a spaced dash (a superset of those
    where :func:`tag_frames` finds one)."""
    out = set()
    for si in headlines:
        s, e = sentences[si]
        if norm.find(":", s, e) >= 0 or norm.find(" - ", s, e) >= 0:
            out.add(si)
    return out


def tag_frames(view: SentenceView, cues: Cues) -> list[tuple[int, int, int, int, Holder]]:
    """``(lo, hi, scope_lo, scope_hi, holder)`` of the speaker tags of a headline: the tag's own
    tokens ``[lo, hi]`` and the clause it reports ``[scope_lo, scope_hi)``."""
    n = view.n
    if n < 3 or not view.headline:
        return []
    out = []
    end = n
    for c in range(n - 2, max(0, n - 2 - MAX_LONG_TAG), -1):  # a final tag: "...: UN envoy"
        t = view.toks[c]
        if t in TAG_MARKS:
            hi = n if n - 1 - c <= MAX_TAG else 0
            holder = _speaker(view, c + 1, hi, cues, final=True) if hi else None
            if holder is None:  # a source and prepositional phrases after it
                hi = _head_end(view, c + 1, n, cues)
                holder = _speaker(view, c + 1, hi, cues, final=True) if hi else None
            if holder is not None and hi < n and holder.kind != "actor" and view.low[hi] == "of":
                tail = view.noun_phrase(hi + 1, limit=n - hi - 1)  # "... office of Chinese FM"
                holder = tail if tail.kind == "actor" else holder
            if holder is not None and c > 0:
                out.append((c, n - 1, 0, c, holder))
                end = c
            break
        if t in (",", ";", '"', "(", ")"):
            break
    for c in range(1, min(end - 1, MAX_TAG + 1)):  # an opening tag: "Study: ..."
        t = view.toks[c]
        if t == ":":
            holder = _speaker(view, 0, c, cues, final=False)
            if holder is not None:
                out.append((0, c, c + 1, end, holder))
            break
        if t in (",", ";", '"', "-", "(", ")"):
            break
    return out


def _source_head(head: str, cues: Cues) -> bool:
    """``head`` names a source: a title or body, a tag head, a vague or a person head."""
    return (
        head in cues.titles
        or head in cues.tag_heads
        or head in cues.vague_heads
        or head in cues.person_tag_heads
    )


def _head_end(view: SentenceView, lo: int, hi: int, cues: Cues) -> int:
    """For a long final tag ``lo..hi-1``: the first preposition after a head of at most
    :data:`MAX_TAG` tokens, when every word after it is a plain word of a prepositional phrase
    (no verb of the cue lists, no comma or quotation mark); else 0 (no tag)."""
    k = next(
        (k for k in range(lo + 1, min(hi, lo + MAX_TAG + 1)) if view.low[k] in _TAG_PREPOSITIONS), 0
    )
    head = view.low[k - 1] if k else ""
    if not (_source_head(head, cues) or head in cues.office_heads):
        return 0  # only a source noun heads a long tag ("official on ...", "office of ...")
    rest = range(k + 1, hi)
    if any(not view.toks[m][:1].isalnum() and view.toks[m] not in _NAME_JOINERS for m in rest):
        return 0
    if any(view.low[m] in cues.clause_words for m in rest):
        return 0
    return k


def _speaker(view: SentenceView, lo: int, hi: int, cues: Cues, final: bool) -> Holder | None:
    """The holder named by tokens ``lo..hi-1`` when they are a speaker tag, else None."""
    low, toks = view.low, view.toks
    words = [k for k in range(lo, hi) if toks[k] not in _NAME_JOINERS]
    if not words or any(not toks[k][0].isalnum() for k in words):
        return None
    verbs = cues.clause_words
    head = low[words[-1]]
    if not final and head in _GENRE_LABELS:
        return None  # "News Analysis: ...", "Interview: ...": the outlet's own genre label
    source_head = _source_head(head, cues)
    if any(low[k] in verbs for k in words[:-1]) or (head in verbs and not source_head):
        return None  # a clause ("MPs told", "says embassy"), not a tag ("- report" is one)
    if (
        not final
        and len(words) > 1
        and all(toks[k].isupper() for k in words)
        and head not in cues.tag_heads
    ):  # "U.S. CDC: ..." is an agency's tag (round 15)
        return None  # a transcript's speaker label ("THE PRESIDENT: I think"): the author
    holder = view.noun_phrase(lo, limit=hi - lo)
    if source_head:
        if holder.kind in ("actor", "vague"):
            return holder
        if bare_document([low[k] for k in words], cues):
            return VAGUE  # "... - report", "...: a new survey" (round 10)
        if head in cues.person_tag_heads and _unnamed(view, words[:-1], final):
            return VAGUE  # "...: expert", "Climate expert: ..." (round 12)
        return view.office(words[0], words[-1] + 1)  # "...: FM spokesperson" (round 16)
    chunk = view.chunk_of[words[-1]]
    if not final:
        named = chunk is not None and chunk.first <= words[0]
        if named and (chunk.person or chunk.cat == "un") and _quoted_rest(view, hi):
            # "Xi: CPC is always with the people" (rounds 13, 20), "IAEA: ...", "WHO: ..." (a UN
            # body speaks; round 22); a state's name stays a topic label ("China: ...")
            return holder
        return None  # "Ukraine war: ...", "Sanna Marin: ...": a topic label
    if chunk is not None and chunk.first <= words[0]:
        return holder if holder.kind == "actor" else None  # "...: UN", "... - Zelensky"
    if len(words) <= 4 and all(toks[k][0].isupper() for k in words):
        return OTHER  # "... - Rose Ayling-Ellis"
    return None


#: words after an opening name that make the headline a story about the person: "Nancy
#: Pelosi: How she rose to the top" (BBC), not the person's words
_PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
_ABOUT_THE_PERSON = _PERSON_PRONOUNS | {"how", "why", "what", "who", "when", "where", "the", "a"}


def _quoted_rest(view: SentenceView, colon: int) -> bool:
    """The headline after an opening leader's name and colon reads as the person's words: it
    does not open with a question word or an article and does not refer to the person with a
    pronoun ("Nancy Pelosi: How she rose ...", "Trump: The ...": topic labels)."""
    rest = view.low[colon + 1 :]
    return bool(rest) and rest[0] not in _ABOUT_THE_PERSON and _PERSON_PRONOUNS.isdisjoint(rest)


def bare_document(words: list[str], cues: Cues) -> bool:
    """Lower-case ``words`` are a bare document noun: a ``document_tag_heads`` word with at most
    an article or "new / latest / recent" before it ("report", "a new study"), naming no one."""
    return (
        bool(words)
        and words[-1] in cues.document_tag_heads
        and all(w in _BARE_DOCUMENT_WORDS for w in words[:-1])
    )


def _unnamed(view: SentenceView, words: list[int], final: bool) -> bool:
    """The words before a person head name no one: articles and lower-case words ("a climate
    expert"), or a capitalised common word opening the headline ("Climate expert: ...")."""
    for k in words:
        tok = view.toks[k]
        if tok.islower() or view.low[k] in _BARE_DOCUMENT_WORDS:
            continue
        if not final and k == 0 and view.chunk_of[k] is None and tok[1:].islower():
            continue  # the headline's first word, capitalised as a sentence start
        return False
    return True
