"""Where a sentence may hold a reporting frame: the cue words of ``cues/attribution.yaml`` found
in the lowercase text (Hyperscan when installed, else one regex), and the sentences worth a
close look (:func:`_candidates`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

from framing.engine import multiscan
from framing.engine.attribution.frame import _APPEAL_PARTICLES, _CALL, _PARTICLES, _POINT_OUT
from framing.engine.clauses import GROUP_ADVERBS
from framing.engine.cues import Cues

#: flags of a cue word (:func:`_cue_flags`): what it needs around it to open a frame
_FRAME, _VAGUE, _ALONE, _PASSIVE, _THAT, _NAMING, _EXIST, _CLEAR = 1, 2, 4, 8, 16, 32, 64, 128

#: after a form of "make": "it", at most two words, "clear" (a "made it crystal clear" frame)
_IT_CLEAR = re.compile(r"\s+it\s+(?:[a-z]+\s+){0,2}?clear\b")

#: "made clear that", "made very clear to them that" (version 51): "clear" within three words,
#: "that" within six after it
_BARE_CLEAR = re.compile(r"\s+(?:[a-z]+\s+){0,2}?clear\b[^.;!?]{0,40}?\bthat\b")

#: "has been clear that", "was very clear that" (version 51): a form of be, adverbs, "clear that"
_BE_CLEAR = re.compile(r"\b(?:is|was|were|are|been|be|am)\s+(?:[a-z]+\s+){0,2}?$")

_NEXT2 = re.compile(r"\s*(\w+(?:['-]\w+)*|[^\w\s])\s*(\w+(?:['-]\w+)*|[^\w\s])?")


def _trie(words) -> str:
    """A regex alternation of ``words`` as a trie (the regex engine then tries each prefix
    once; a flat alternation of hundreds of words is several times slower)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(c for c in node if c)]
        if "" in node:
            alts.append("")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return emit(root)


@lru_cache(maxsize=4)
def _detector(cues: Cues) -> tuple[re.Pattern, dict[str, int]]:
    """One regex for every cue word that can open a frame or a vague attribution, and the
    flags of each word (:func:`_cue_flags`)."""
    flags = _cue_flags(cues)
    return re.compile(r"\b" + _trie(flags) + r"\b"), flags


@lru_cache(maxsize=4)
def _cue_flags(cues: Cues) -> dict[str, int]:
    """Every cue word that can open a frame or a vague attribution, with its flags (frame,
    vague holder, vague on its own, passive participle, needs "that", verb of naming)."""
    flags: dict[str, int] = {}

    def add(words, flag: int) -> None:
        for w in words:
            flags[w] = flags.get(w, 0) | flag

    # frame_words holds the headline appeals ("urges"): candidates, checked in _verb_frame
    add(cues.opener_words | {"according"}, _FRAME)
    add(cues.vague_heads | cues.anonymity_markers, _VAGUE)
    add(cues.vague_adverbs, _FRAME | _ALONE)
    add(cues.vague_existentials | cues.vague_nouns, _FRAME | _VAGUE)  # "there are fears that"
    add(cues.vague_existentials, _EXIST)  # may complete a "there are ..." frame (see frames())
    add(cues.vague_passives | cues.blame | cues.belief, _PASSIVE)  # belief: "it is hoped that"
    add(cues.expletive_passives, _PASSIVE)  # "it is generally accepted that" (version 133)
    add(cues.headline_speech_passives, _PASSIVE)  # "Washington urged to stop ..." (round 12)
    # "X is seen / has been interpreted as ...": the participles of vague_passives_as that no
    # other list holds open a counted vague attribution too (version 139; QA pass 24)
    add(cues.vague_passives_as, _PASSIVE)
    # words whose every frame needs "that" next (or "over/about/of" after a noun of fearing),
    # and verbs of naming that open no other frame: checked per occurrence (_opens)
    add(
        (cues.need_that | cues.belief_adjectives | cues.expressed_nouns)
        - cues.naming_verbs
        - cues.vague_adverbs
        - cues.briefing_verbs,  # "informed Y about Z" (version 70)
        _THAT,
    )
    add(cues.naming_verbs - cues.frame_words - cues.reporting_nouns, _NAMING)
    add(cues.make_clear | {"clear"}, _FRAME | _CLEAR)
    return flags


def _clear_after(low: str, pos: int, word: str) -> bool:
    """Whether the word at ``pos`` (a form of "make", or "clear") can open a frame of
    :func:`_clear_frame` / :func:`_be_clear_frame`: "made it clear", "made (very) clear ...
    that", "has been clear that"."""
    end = pos + len(word)
    if word == "clear":
        return (
            low.startswith(" that", end)
            and _BE_CLEAR.search(low, max(0, pos - 40), pos) is not None
        )
    return _IT_CLEAR.match(low, end) is not None or _BARE_CLEAR.match(low, end) is not None


@lru_cache(maxsize=4)
def _prefixed(cues: Cues) -> re.Pattern:
    """The detector's words after a non-word character (see :func:`_candidates`)."""
    return re.compile(r"\W(" + _trie(_cue_flags(cues)) + r")\b")


@lru_cache(maxsize=4)
def _be_before(cues: Cues) -> re.Pattern:
    """A form of be/get, then only adverbs in -ly or of ``GROUP_ADVERBS`` (not, also, never,
    now, still, ...), up to the end: the left context in which
    :meth:`SentenceView.is_passive` reads a participle as passive."""
    forms = sorted(w for w in cues.be_forms | cues.get_forms if re.fullmatch(r"\w+", w))
    adverbs = "|".join(sorted(GROUP_ADVERBS))
    return re.compile(r"\b(?:" + "|".join(forms) + r")\s+(?:(?:\w+ly|" + adverbs + r")\s+)*$")


class Candidates(NamedTuple):
    """Sentence indices found by :func:`_candidates`."""

    #: a superset of the sentences where :func:`frames` finds any frame: a frame word that can
    #: open a frame there, or a word of ``vague_existentials`` ("there are fears in Europe
    #: that": the frame opens at "there", with "that" up to three words after the noun, further
    #: than :func:`_opens` looks)
    framed: set[int]
    vague: set[int]  # sentences that can hold a vague attribution


def _candidates(
    cues: Cues,
    low: str,
    starts: list[int],
    headlines: set[int] = frozenset(),
    norm: str | None = None,
) -> Candidates:
    """Sentences that may hold a frame and sentences that can hold a vague attribution
    (:class:`Candidates`), from one pass over the cue words of the text. In ``headlines``
    (sentences without final punctuation) a passive needs no form of be ("China accused of")."""
    flags = _cue_flags(cues)
    be_before = _be_before(cues)
    framed: set[int] = set()
    vague_word: set[int] = set()
    alone: set[int] = set()
    for pos, word in _cue_hits(cues, low):
        f = flags[word]
        if f & _CLEAR and not _clear_after(low, pos, word):
            continue
        si = bisect_right(starts, pos) - 1
        if f & (_THAT | _NAMING) and not _opens(
            low, pos + len(word), word, f, cues, si in headlines, norm
        ):
            # no frame opens at the word; a vague head still counts, and an existential noun
            # may still complete a "there are ... that" frame (Candidates.framed)
            f &= _VAGUE | _EXIST
            if not f:
                continue
        if f & (_FRAME | _EXIST):
            framed.add(si)
        if f & _VAGUE:
            vague_word.add(si)
        if f & _ALONE or (
            f & _PASSIVE and (si in headlines or be_before.search(low, max(0, pos - 120), pos))
        ):
            alone.add(si)
    return Candidates(framed, (vague_word & framed) | alone)


def _cue_hits(cues: Cues, low: str) -> list[tuple[int, str]]:
    """``(start, word)`` of every detector word in ``low`` as a whole word (``\\bword\\b``).

    Every detector word is made of word characters only, so each hit is a whole maximal run
    of word characters: hits never overlap and their order does not matter. With Hyperscan
    (:func:`_cue_scan`) one C pass finds the words anywhere and a hit counts when no word
    character touches it on either side (``\\b`` in the byte patterns would make the database
    take 50 times longer to compile); without Hyperscan the regex :func:`_detector` does it.
    """
    scan = _cue_scan(cues)
    if scan is not None:
        db, words = scan
        data = multiscan.to_bytes(low)
        n = len(data)
        word = multiscan.WORD_BYTES
        hits: list[tuple[int, str]] = []
        append = hits.append

        def on_match(i: int, start: int, end: int, flags: int, ctx) -> None:
            if (start and word[data[start - 1]]) or (end < n and word[data[end]]):
                return  # inside a longer word ("essay", "Germany")
            append((start, words[i]))

        db.scan_into(data, on_match)
        return hits
    return _regex_cue_hits(cues, low)


def _regex_cue_hits(cues: Cues, low: str) -> list[tuple[int, str]]:
    """:func:`_cue_hits` with the regex :func:`_detector` (without Hyperscan)."""
    first = _detector(cues)[0].match(low)
    hits = [(0, first.group())] if first else []
    # "\\W(word)\\b" finds the same words as "\\b(word)\\b" after the text's first character, but
    # the regex engine skips word characters in its C prefix loop instead of trying a match
    # at each of them (about 15% faster on UNGD)
    hits += [(m.start(1), m.group(1)) for m in _prefixed(cues).finditer(low)]
    return hits


@lru_cache(maxsize=4)
def _cue_scan(cues: Cues) -> tuple[multiscan.MultiScan, list[str]] | None:
    """A Hyperscan database of the detector's words as plain literals (exact on
    :func:`~framing.engine.multiscan.to_bytes` for ASCII letters and digits) and the word of
    each expression id; None without the wheel or when some word is not such a literal."""
    words = sorted(_cue_flags(cues))
    if not multiscan.available() or not all(re.fullmatch(r"[A-Za-z0-9]+", w) for w in words):
        return None
    return multiscan.MultiScan(words), words


def _opens(
    low: str,
    end: int,
    word: str,
    f: int,
    cues: Cues,
    headline: bool = False,
    norm: str | None = None,
) -> bool:
    """Whether the two tokens after a need-that word or a verb of naming (ending at ``end``)
    let :func:`frames` open a frame there: the same tests as :func:`_verb_frame`,
    :func:`_noun_frame` and the naming branch of :func:`frames`, on the text after the word
    (a superset in a ``headline``, where some verbs report without "that")."""
    m = _NEXT2.match(low, end)
    nxt, nxt2 = (m.group(1), m.group(2) or "") if m else ("", "")
    if f & _NAMING:
        return (
            nxt not in _PARTICLES
            or (headline and nxt in _APPEAL_PARTICLES and word in _CALL)
            or (word in _CALL and nxt in ("on", "upon"))  # "called on X to" (version 69)
        )
    if headline and word in cues.headline_report_verbs:
        return True
    final = nxt in (".", "!") or (nxt == "out" and nxt2 in (".", "!"))
    if final:  # "..., he added.", "..., Vladimir Putin pointed out." (_final_tag): a lower-case
        # verb (not "the United States.") with a comma in the words before it
        start = end - len(word)
        final = (norm is None or norm[start].islower()) and "," in low[max(0, start - 100) : start]
    return (
        "that" in (nxt, nxt2)
        or final
        or (word in _POINT_OUT and nxt == "out")  # "pointed out the latest ..." (version 68)
        or (word in cues.vague_nouns and nxt in ("over", "about", "of"))
        or (word in cues.vague_passives and nxt == "to")  # "are estimated to" (version 51)
        or (word in cues.vague_passives_as and nxt == "as")  # "is considered as" (version 51)
    )
