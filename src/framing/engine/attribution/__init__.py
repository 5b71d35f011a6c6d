"""Who speaks and who is blamed: ``voice``, ``source`` and ``target`` of lexicon matches.

Transparent token-level rules (no parser; see :mod:`framing.engine.clauses` and
``docs/metrics.md``, "Voice, source and target"), run only on the sentences that need them:

- **voice** (stance categories and ``voice_categories`` of ``cues/attribution.yaml``):
  ``reported`` when the match is inside a quotation; or is itself a belief, speech or blame verb
  whose holder is not the author ("Western countries will *think* that", "the US *accused*
  China"; distancing verbs stay the author's: choosing "claimed" is the writer's distancing);
  or lies in the scope of a reporting frame whose holder is not the author: a reporting or
  belief verb ("X said/believes/assumed that ...", also after the clause: "..., X said"),
  "according to X", a reporting noun with "that" ("X's claim that"), an attributing adverb
  ("reportedly") or an agentless passive ("it is widely believed that", "X is said to").
  Otherwise ``author``; first-person holders ("I believe", "we think") are the author.
- **source** of a reported match: the holder's actor categories (``west_us``, ``china+russia``
  for coordinated holders), ``vague`` for vague or anonymous holders, else ``""``.
- **target** (``target_categories`` of ``cues/targets.yaml``): the actor category the cue casts
  negatively, by the role of the cue (blame → the object or passive subject; negative action →
  the doer; evaluative → the actor the word attaches to).

:func:`attribute` returns one ``(voice, source, target)`` per match (empty strings when not
applicable) and the sentence of every vague attribution in the text (``vague_source_count``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

from framing.engine.attribution.cue_scan import _candidates
from framing.engine.attribution.frame import AUTHOR_VOICE, REPORTED, Frame
from framing.engine.attribution.frame_rules import frames
from framing.engine.attribution.roles import (
    _BLAME_NOUNS,
    _ISSUING,
    _THREATENS,
    _points_finger,
    _target,
    _voice,
)
from framing.engine.attribution.speakers import _quote_holder, _turn_speakers
from framing.engine.clauses import (
    OTHER,
    Holder,
    SentenceView,
    plain_ascii,
)
from framing.engine.cues import Cues, load_cues
from framing.engine.headline_tags import (
    headline_sentences,
    tag_sentences,
)
from framing.engine.names import bank_pattern, name_bank, name_spans
from framing.engine.text import bounded_spans, lower_same_length

ACTOR_KINDS = ("actor",)

#: actor subcategories that name a person ("Putin", "the UN Secretary-General"): antecedents
#: of "he" / "she" (see :meth:`SentenceView.pronoun`)
_PERSON_SUBCATEGORIES = frozenset({"leader", "secretary_general", "official"})


# ---------------------------------------------------------------- public
class Attribution(NamedTuple):
    """``rows``: ``(voice, source, target)`` per match; ``vague_sentences``: the sentence index
    of every vague attribution (its length is ``vague_source_count``); ``vague_spans``: the
    character span of each one's reporting word(s) (*say* of *critics say*, *believed* of *it
    is believed*, *reportedly*), in the same order."""

    rows: list[tuple[str, str, str]]
    vague_sentences: list[int]
    vague_spans: list[tuple[int, int]]


def attribute(
    norm: str,
    sentences: list[tuple[int, int]],
    matches: list,
    quotes: list[tuple],
    kinds: dict[str, str],
    cues: Cues | None = None,
    low: str | None = None,
    home: str = "",
    label_actors=None,
    official: bool = False,
) -> Attribution:
    """``(voice, source, target)`` per match of ``matches`` and the vague attributions.

    ``norm`` is the normalised text (:func:`framing.engine.text.normalize_for_matching`),
    ``sentences`` its sentence spans, ``matches`` the matcher's output (``category``,
    ``subcategory``, ``start``, ``end``, ``sentence``), ``quotes`` the quotation tuples of
    :func:`framing.engine.quotes.find_quotes`, ``kinds`` the kind of every category. A sentence
    longer than :data:`~framing.engine.text.MAX_SENTENCE_CHARS` is read in windows of that length (linear time on
    text without sentence punctuation); the vague attributions keep the original sentence index.
    ``low``: ``lower_same_length(norm)`` when the caller has it already (the document's).
    ``home``: the actor category of the publisher's country (``china`` for a Chinese outlet),
    the source of a headline's unqualified spokesperson or ministry (``docs/metrics.md``);
    ``""``: unknown. ``label_actors(label)``: the ``(category, subcategory)`` of each actor the
    lexicon finds in an upper-case transcript label read title-cased (version 93; see
    :func:`framing.engine.analysis.label_actors`); None reads no label so. ``official``: the
    publisher is the home's own government, whose collective name as a subject is the author's
    voice (version 93, ``state_selves``).
    """
    low = lower_same_length(norm) if low is None else low
    windows = bounded_spans(norm, sentences)
    if windows is sentences:
        return _attribute(
            norm, low, sentences, matches, quotes, kinds, cues, home, label_actors, official
        )
    wstarts = [w for w, _ in windows]
    ostarts = [s for s, _ in sentences]

    def window_of(pos: int) -> int:
        return max(0, bisect_right(wstarts, pos) - 1)

    moved = [x._replace(sentence=window_of(x.start)) if x.sentence >= 0 else x for x in matches]
    wquotes = [(*q[:6], window_of(q[0]), *q[7:]) for q in quotes]
    result = _attribute(
        norm, low, windows, moved, wquotes, kinds, cues, home, label_actors, official
    )
    vague = [max(0, bisect_right(ostarts, windows[w][0]) - 1) for w in result.vague_sentences]
    return Attribution(result.rows, vague, result.vague_spans)


_ACTOR, _TARGETED, _VOICED = 1, 2, 4


def _uses(cat: str, kinds: dict[str, str], voiced: set[str], targeted: set[str]) -> int:
    """What matches of category ``cat`` are read for: ``_ACTOR`` (an actor chunk),
    ``_TARGETED`` (they get a target), ``_VOICED`` (they get a voice), or 0."""
    actor = _ACTOR if kinds.get(cat) in ACTOR_KINDS else 0
    return actor | (_TARGETED if cat in targeted else 0) | (_VOICED if cat in voiced else 0)


class _Plan(NamedTuple):
    """What :func:`_attribute` reads of a document's matches: the actor spans of each sentence
    (``(start, end, category, person)``), the sentences read for a target, those holding a
    voiced match, and the indices of the matches that get a voice or a target, in order."""

    actors: dict[int, list[tuple]]
    need: set[int]
    voiced_sents: set[int]
    work: list[int]


def _plan(matches: list, kinds: dict[str, str], voiced: set[str], targeted: set[str]) -> _Plan:
    """The :class:`_Plan` of ``matches`` (one pass; what each category is read for is looked
    up once per category, :func:`_uses`)."""
    actors: dict[int, list[tuple]] = {}
    need: set[int] = set()
    voiced_sents: set[int] = set()
    work: list[int] = []
    uses: dict[str, int] = {}
    for idx, x in enumerate(matches):
        cat = x.category
        use = uses.get(cat)
        if use is None:
            use = uses[cat] = _uses(cat, kinds, voiced, targeted)
        if not use:
            continue
        if use & _ACTOR:
            person = x.subcategory in _PERSON_SUBCATEGORIES
            actors.setdefault(x.sentence, []).append((x.start, x.end, cat, person))
        elif use & _TARGETED:
            need.add(x.sentence)
        if use & _VOICED:
            voiced_sents.add(x.sentence)
        if use & (_VOICED | _TARGETED):
            work.append(idx)
    return _Plan(actors, need, voiced_sents, work)


@lru_cache(maxsize=8)
def _adversary_pattern(cues: Cues, home: str) -> tuple[re.Pattern, dict[str, str]] | None:
    """The home's adversary descriptions (``home_adversaries``) as one pattern on lowercased
    text, and the adversary of each phrase; None when the home has none."""
    table = {p: adv for h, adv, phrases in cues.home_adversaries if h == home for p in phrases}
    if not table:
        return None
    alts = "|".join(
        r"\s+".join(map(re.escape, p.split())) for p in sorted(table, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w'’-])(?:{alts})(?![\w-])"), table


def _add_adversaries(
    actors: dict[int, list[tuple]], low: str, starts: list[int], home: str, cues: Cues
) -> None:
    """Version 72: the home's adversary descriptions (*the occupiers*, *the enemy* in the
    Ukrainian presidency's text) as actor chunks of the adversary, in place in ``actors``; not
    right after an actor ("Russian occupiers": one chunk already)."""
    found = _adversary_pattern(cues, home)
    if found is None:
        return
    pattern, table = found
    touched: set[int] = set()
    for m in pattern.finditer(low):
        s, e = m.span()
        si = max(0, bisect_right(starts, s) - 1)
        spans = actors.setdefault(si, [])
        if any(a_e <= s and not low[a_e:s].strip() for _, a_e, *_ in spans):
            continue  # "Russian occupiers", "Russia's invaders"
        spans.append((s, e, table[" ".join(m.group().split())], False))
        touched.add(si)
    for si in touched:
        actors[si].sort()


class _Reader:
    """The sentence views and reporting frames of one document, each built on first use: a
    view holds its sentence's actor matches and the names of the document's name bank (read
    at the first view)."""

    def __init__(self, norm, low, sentences, actors, cues, order, home) -> None:
        self.norm, self.low, self.sentences = norm, low, sentences
        self.actors, self.cues, self.order, self.home = actors, cues, order, home
        self.views: dict[int, SentenceView] = {}
        self.sframes: dict[int, list[Frame]] = {}
        # checked once for all the views (slices of norm); else each view checks its own
        self.is_ascii = True if plain_ascii(norm) else None
        self._bank = None  # the document's name bank and its pattern, read on first use

    def bank(self):
        """The document's name bank (:func:`~framing.engine.names.name_bank`) and its pattern."""
        if self._bank is None:
            spans = (a[:4] for spans in self.actors.values() for a in spans)
            bank = name_bank(self.norm, spans, self.cues, self.low, self.home)
            self._bank = (bank, bank_pattern(bank.names))
        return self._bank

    def view(self, si: int) -> SentenceView:
        """The :class:`SentenceView` of sentence ``si``."""
        v = self.views.get(si)
        if v is None:
            v = self.views[si] = self._new_view(si)
        return v

    def _new_view(self, si: int) -> SentenceView:
        s, e = self.sentences[si]
        view = self.view

        def earlier(si=si) -> SentenceView | None:
            return view(si - 1) if si > 0 else None

        bank, pattern = self.bank()
        spans = self.actors.get(si, [])
        if pattern is not None:
            named = name_spans(self.norm, s, e, bank.names, pattern, spans, bank.bodies)
            spans = sorted(spans + named) if named else spans
        return SentenceView(
            self.norm,
            s,
            e,
            spans,
            self.cues,
            self.order,
            earlier,
            is_ascii=self.is_ascii,
            heads=bank.heads,
            home=self.home,
        )

    def frames_of(self, si: int) -> list[Frame]:
        """The reporting frames of sentence ``si`` (:func:`frame_rules.frames`): only for the
        sentences that need a voice or may hold a vague attribution; a sentence read only for
        a target needs none."""
        f = self.sframes.get(si)
        if f is None:
            f = self.sframes[si] = frames(self.view(si), self.cues)
        return f

    def close(self) -> None:
        """Break the cycles between the views and this reader (a view's ``earlier`` calls
        :meth:`view`): reference counting then frees them now, and the cyclic garbage
        collector, paused while a batch is scored, has nothing of them to walk later
        (tested)."""
        self.views.clear()


def _attribute(
    norm, low, sentences, matches, quotes, kinds, cues, home="", label_actors=None, official=False
) -> Attribution:
    """:func:`attribute` on sentences of bounded length."""
    cues = cues or load_cues()
    voiced = {c for c, k in kinds.items() if k == "stance"} | set(cues.voice_categories)
    targeted = set(cues.target_categories)
    out = [("", "", "")] * len(matches)
    if not sentences:
        return Attribution(out, [], [])
    actors, need, voiced_sents, work = _plan(matches, kinds, voiced, targeted)
    starts = [s for s, _ in sentences]
    if home and cues.home_adversaries:
        _add_adversaries(actors, low, starts, home, cues)
    headlines = headline_sentences(norm, sentences)
    framed, vague_cands = _candidates(cues, low, starts, headlines, norm)
    tagged = tag_sentences(norm, sentences, headlines)  # "...: China's UN envoy" (round 8)
    framed |= tagged | _speech_act_sentences(low, matches, work)
    need |= (framed & voiced_sents) | vague_cands
    q_of = _quotations(matches, work, quotes, voiced, starts, need)
    order = {c: i for i, c in enumerate(kinds)}
    reader = _Reader(norm, low, sentences, actors, cues, order, home)
    view, frames_of = reader.view, reader.frames_of
    speaker_of = (
        _turn_speakers(norm, matches, kinds, cues, home, lambda: reader.bank()[0], label_actors)
        if ": " in norm
        else None
    )
    vague, vague_spans = _vague_attributions(reader, vague_cands, tagged)
    q_holders: dict[tuple[int, int, int], Holder] = {}  # each quotation's speaker, when read
    for idx in work:
        x = matches[idx]
        cat, si = x.category, x.sentence
        if si < 0:
            continue
        is_voiced = cat in voiced
        # the author's voice, without reading the sentence, outside quotations when the sentence
        # needs no frames or holds none (frames() finds none outside ``framed``, and _voice
        # gives an empty frame list the author's voice)
        plain = is_voiced and idx not in q_of and (si not in need or si not in framed)
        if plain and cat not in targeted:
            out[idx] = (AUTHOR_VOICE, "", "") if speaker_of is None else speaker_of(x)
            continue
        v = view(si)
        first, last = v.span_tokens(x.start, x.end)
        voice = source = target = ""
        if plain:
            voice = AUTHOR_VOICE
        elif idx in q_of:
            q = q_of[idx]
            holder = q_holders.get(q)
            if holder is None:  # once per quotation, not once per match inside it
                holder = q_holders[q] = _quote_holder(q, view, frames_of, starts, low, cues, home)
            voice, source = REPORTED, holder.source
        elif is_voiced:
            voice, source = _voice(v, frames_of(si), first, last, cat, None, cues)
        if cat in targeted:
            role = cues.role(cat, x.subcategory)
            target = _target(v, first, last, role, cues, label=x.subcategory == "label")
        if voice == AUTHOR_VOICE and speaker_of is not None:
            voice, source, _ = speaker_of(x)
        out[idx] = (voice, source, target)
    if official and home:
        _own_state_voices(out, reader, matches, work, q_of, speaker_of, cues, home)
    _stated_voices(out, reader, matches, work, voiced)
    reader.close()
    return Attribution(out, vague, vague_spans)


def _speech_act_sentences(low: str, matches: list, work: list[int]) -> set[int]:
    """The sentences of a declared threat, a pointed finger or an issued condemnation: the
    subject's speech act (:func:`roles._threatener`, :func:`roles._pointer`), read like a frame
    word."""
    return {
        x.sentence
        for x in (matches[i] for i in work)
        if x.category == "accusation"
        and (
            low[x.start : x.end] in _THREATENS
            or _points_finger(*_end_words(low, x))
            or _issued(low, x)
        )
    }


def _quotations(
    matches: list,
    work: list[int],
    quotes: list[tuple],
    voiced: set[str],
    starts: list[int],
    need: set[int],
) -> dict[int, tuple[int, int, int]]:
    """The quotation ``(start, end, sentence)`` holding each voiced match of ``work`` inside
    one; adds their sentences (and the one before, and the one the quotation ends in) to
    ``need``, in place: they need frames."""
    q_of: dict[int, tuple[int, int, int]] = {}
    if not quotes:
        return q_of
    qspans = [(q[0], q[1], q[6]) for q in quotes]
    qstarts = [q[0] for q in qspans]
    for idx in work:
        x = matches[idx]
        if x.category not in voiced:
            continue
        k = bisect_right(qstarts, x.start) - 1
        if k >= 0 and qspans[k][0] <= x.start and x.end <= qspans[k][1]:
            q_of[idx] = qspans[k]
            si = max(0, qspans[k][2])
            need |= {si, max(0, si - 1), bisect_right(starts, qspans[k][1]) - 1}
    return q_of


def _vague_attributions(
    reader: _Reader, vague_cands: set[int], tagged: set[int]
) -> tuple[list[int], list[tuple[int, int]]]:
    """The sentence and the reporting words' span of every vague attribution: a vague frame in
    a candidate sentence (:func:`cue_scan._candidates`), a vague headline tag."""
    vague: list[int] = []
    vague_spans: list[tuple[int, int]] = []
    n = len(reader.sentences)
    for si in sorted(vague_cands | tagged):
        if 0 <= si < n:
            for f in reader.frames_of(si):
                if f.holder.kind == "vague" and (f.outer or si in vague_cands):
                    vague.append(si)
                    vague_spans.append(_frame_span(reader.view(si), f))
    return vague, vague_spans


def _own_state_voices(out, reader: _Reader, matches, work, q_of, speaker_of, cues, home) -> None:
    """In the home government's own text, a match reported with the home as its source whose
    frames all have the home's collective name as subject ("The United States condemns ...")
    is the author's (version 93); in place in ``out``."""
    selves = _state_self_pattern(cues, home)
    if selves is None:
        return
    for idx in work:
        voice, source, target = out[idx]
        if voice == REPORTED and source == home and idx not in q_of:
            x = matches[idx]
            si = x.sentence
            if _names_the_state(reader.view(si), reader.frames_of(si), x, selves, reader.low, home):
                mine = (AUTHOR_VOICE, "") if speaker_of is None else speaker_of(x)[:2]
                out[idx] = (*mine, target)


def _stated_voices(out, reader: _Reader, matches, work, voiced) -> None:
    """A voiced match of the author's in a sentence the next one tags "This was stated by X"
    is X's (version 57); in place in ``out``."""
    stated = _stated_after(reader.low, reader.sentences)
    if not stated:
        return
    for idx in work:
        x = matches[idx]
        if x.sentence in stated and x.category in voiced and out[idx][0] == AUTHOR_VOICE:
            holder = _stated_by(reader.view(x.sentence + 1))
            out[idx] = (REPORTED, holder.source, out[idx][2])


def _frame_span(v: SentenceView, f: Frame) -> tuple[int, int]:
    """The character span of frame ``f``'s own tokens ``[lo, hi]`` in sentence view ``v``."""
    lo, hi = max(0, f.lo), min(f.hi, v.n - 1)
    if v.n == 0 or hi < lo:
        return v.start, v.start
    return v.starts[lo], v.starts[hi] + len(v.toks[hi])


def _issued(low: str, x) -> bool:
    """Match ``x`` is a blame noun with a verb of issuing among the five words before it ("has
    issued another strongly worded condemnation": :func:`roles._issuer`)."""
    if low[x.start : x.end] not in _BLAME_NOUNS:
        return False
    return any(w in _ISSUING for w in low[max(0, x.start - 60) : x.start].split()[-5:])


def _end_words(low: str, x) -> tuple[str, str]:
    """The first and last word of match ``x`` in the lower-cased text."""
    words = low[x.start : x.end].split()
    return words[0], words[-1]


@lru_cache(maxsize=8)
def _state_self_pattern(cues: Cues, home: str) -> re.Pattern | None:
    """The home named as a collective subject (``state_selves``, version 93) right before a
    frame's verb, at the start of a sentence or clause, with adverbs and auxiliaries between
    ("The United States strongly condemns", "..., and the Administration will continue to");
    searched in the lower-case text from the sentence start up to the verb. None for a home
    the table lacks."""
    subjects = next((s for h, s in cues.state_selves if h == home), ())
    if not subjects:
        return None
    alt = "|".join(
        r"\s+".join(map(re.escape, s.split())) for s in sorted(subjects, key=lambda w: (-len(w), w))
    )
    return re.compile(
        r"(?:^|[,;:(—–]\s*|\b(?:and|but|that)\s+)(?:" + alt + r")"
        r"(?:\s+(?:[a-z]+ly|also|further|again|still|not|never|will|would|shall|can|must|does|do"
        r"|did|has|have|had|is|remains|continues\s+to|continue\s+to)){0,3}\s+$"
    )


def _names_the_state(v, frames_: list[Frame], x, pattern: re.Pattern, low: str, home: str) -> bool:
    """Every frame that holds match ``x`` (its own verb or a scope over it) has the home as
    holder and the home's collective name as its subject (:func:`_state_self_pattern`): "The
    United States condemns", "the United States believes that Russia's brutal war"; not "the
    President said the United States condemns" (the President's report)."""
    first, last = v.span_tokens(x.start, x.end)
    holding = [
        f
        for f in frames_
        if f.holder.kind not in ("author", "none")
        and ((f.lo <= last and first <= f.hi) or (f.scope_lo <= first and last < f.scope_hi))
    ]
    return bool(holding) and all(
        f.holder.source == home and pattern.search(low[v.start : v.starts[f.lo]]) is not None
        for f in holding
    )


#: a sentence that gives the one before it its speaker: "This was stated by President of Ukraine
#: Volodymyr Zelenskyy during ..." (version 57: the Ukrainian presidency's releases, round 32)
_STATED_BY = re.compile(
    r"\s*(?:this|that) (?:was|is|has been) (?:stated|said|announced|emphasized|emphasised|"
    r"stressed|noted|declared|underlined|underscored|reported) by\b"
)


def _stated_after(low: str, sentences: list[tuple[int, int]]) -> set[int]:
    """Indices of the sentences whose next sentence opens "This was stated by X" (one cheap
    check per sentence start)."""
    out = set()
    for si in range(len(sentences) - 1):
        start = sentences[si + 1][0]
        if low.startswith(("this ", "that "), start) and _STATED_BY.match(low, start):
            out.add(si)
    return out


def _stated_by(view: SentenceView) -> Holder:
    """The speaker a "This was stated by X ..." sentence names: the first actor after "by" (its
    title may come first: "by Press Secretary of the President of Ukraine Serhiy Nykyforov"),
    before a comma or "during / at / in / while"; else an unnamed holder (``other``)."""
    low = view.low
    by = low.index("by") if "by" in low[:6] else None
    if by is None:
        return OTHER
    for j in range(by + 1, min(view.n, by + 11)):
        if view.toks[j] == "," or view.is_boundary(j):
            break
        if j > by + 1 and low[j] in ("during", "at", "in", "while", "on", "after", "when"):
            break
        ch = view.chunk_of[j]
        if ch is not None:
            return view.actor_holder(ch)
    return OTHER
