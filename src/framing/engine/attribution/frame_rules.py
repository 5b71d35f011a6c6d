"""The reporting frames of a sentence (:func:`frames`): which rule each cue word calls (the verb
rules of :mod:`~framing.engine.attribution.verb_frames`, the noun, adjective, directive,
question and label rules of :mod:`~framing.engine.attribution.word_frames`), a headline's speaker
tags, and reports that one clause continues into the next ("Voice, source and target" in
``docs/metrics.md``)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from itertools import compress, count

from framing.engine.attribution.frame import _APPEAL_PARTICLES, _CALL, _PARTICLES, Frame
from framing.engine.attribution.frame_checks import _generic_you
from framing.engine.attribution.frame_scope import _clause_start, _scope_end
from framing.engine.attribution.verb_frames import _SAYING, _briefing_frame, _verb_frame
from framing.engine.attribution.word_frames import (
    _QUOTE_TOKENS,
    _as_label_frame,
    _attention_frame,
    _be_clear_frame,
    _belief_adjective_frame,
    _call_on_frame,
    _clear_frame,
    _directive_frame,
    _expressed_frame,
    _expressing_verb,
    _label_end,
    _label_start,
    _noun_frame,
    _noun_use,
    _question_frame,
    _reason_frame,
    _task_frame,
    _topic_frame,
)
from framing.engine.clauses import OTHER, VAGUE, SentenceView
from framing.engine.cues import Cues
from framing.engine.headline_tags import tag_frames

_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


@lru_cache(maxsize=4)
def _word_rules(cues: Cues) -> dict[str, Callable[[SentenceView, int, Cues], Frame | None]]:
    """The frame rule that a trigger word opens in :func:`frames` after its earlier branches,
    one per word: the first list that holds the word wins (attention and task nouns, topic
    and briefing verbs, frame verbs, thanks, belief adjectives, questions, "make clear", "clear")."""
    table = (
        (cues.attention_nouns, _attention_frame),
        (cues.task_nouns, _task_frame),
        (cues.topic_verbs, _topic_frame),
        (cues.briefing_verbs, _briefing_frame),
        (cues.frame_words, _verb_frame),
        (cues.reason_verbs, lambda view, i, _cues: _reason_frame(view, i)),
        (cues.belief_adjectives, lambda view, i, _cues: _belief_adjective_frame(view, i)),
        (cues.question_verbs, _question_frame),
        (cues.make_clear, _clear_frame),
        (frozenset({"clear"}), _be_clear_frame),
    )
    rules: dict[str, Callable[[SentenceView, int, Cues], Frame | None]] = {}
    for words, rule in table:
        for w in words:
            rules.setdefault(w, rule)
    return rules


#: forms of naming verbs that are also nouns ("in terms of", "their names")
_NAMING_NOUNS = frozenset(
    {"term", "terms", "name", "names", "label", "labels", "call", "calls", "brand", "brands"}
)  # fmt: skip


@lru_cache(maxsize=4)
def _noun_before(cues: Cues) -> frozenset[str]:
    """Words before which such a form is a noun: prepositions and determiners, not "to" or
    "as" ("to call", "as called")."""
    return (cues.prepositions | cues.determiners) - {"to", "as", "that"}


@lru_cache(maxsize=4)
def _triggers(cues: Cues) -> frozenset[str]:
    """Every word at which :func:`frames` may open a frame (one set lookup per token)."""
    return (
        cues.opener_words | cues.make_clear | cues.vague_adverbs | {"according", "there", "clear"}
    )


def frames(view: SentenceView, cues: Cues) -> list[Frame]:
    """Reporting frames of one sentence, in token order."""
    out: list[Frame] = []
    low, n = view.low, view.n
    verbs = cues.frame_words
    triggers = _triggers(cues)
    rules = _word_rules(cues)
    # the indices of the trigger tokens, with the loop in C (compress/map): most tokens are none
    for i in compress(count(), map(triggers.__contains__, low)):
        w = low[i]
        if w in cues.generic_you_words and _generic_you(view, i, cues):
            continue  # "if you think that", "you might say": no report (version 97)
        if w in cues.directive_verbs and not view.headline:
            f = _directive_frame(view, i, cues)
            if f is not None:
                out.append(f)
                continue
        if w in cues.reporting_nouns and _noun_use(view, i, cues):
            f = _noun_frame(view, i, cues)
            if f is not None:
                out.append(f)
        elif w in cues.naming_verbs and w not in verbs:  # "denounced": a blame frame below
            if w in _NAMING_NOUNS and i > 0 and low[i - 1] in _noun_before(cues):
                continue  # "in terms of", "the names": nouns (version 112)
            if i + 1 < n and low[i + 1] in _PARTICLES:
                if view.headline and low[i + 1] in _APPEAL_PARTICLES and w in _CALL:
                    holder = view.subject(i)  # an appeal: "calls for / calls on X to ..."
                    if holder.kind not in ("none", "author") and not view.is_passive(i):
                        out.append(Frame(i, i + 1, i + 2, _scope_end(view, i + 2), holder))
                elif w in _CALL and low[i + 1] in ("on", "upon"):
                    f = _call_on_frame(view, i, cues)  # "X called on Y to do Z" (version 69)
                    if f is not None:
                        out.append(f)
                continue  # "calls on": a phrasal verb, not a label
            if w in cues.naming_needs_as:  # the label follows "as": "dismissed X as absurd"
                if "as" in low[i + 1 : i + 9]:
                    f = _as_label_frame(view, i)
                elif view.headline and w in cues.headline_stance_verbs:
                    f = _verb_frame(view, i, cues)  # "China rejects groundless ..."
                else:
                    f = None  # "dismissed the governor": no label
                if f is not None:
                    out.append(f)
                continue
            holder = view.subject(i)
            if holder.kind not in ("none", "author") and not view.is_passive(i):
                lo = _label_start(view, i)
                out.append(Frame(i, i, lo, _label_end(view, lo), holder))
        elif w in cues.expressed_nouns and (j := _expressing_verb(view, i, cues)) is not None:
            f = _expressed_frame(view, j, i)
            if f is not None:
                out.append(f)
        elif (rule := rules.get(w)) is not None:
            f = rule(view, i, cues)  # one rule per word (_word_rules)
            if f is not None:
                out.append(f)
        elif w == "according" and i + 1 < n and low[i + 1] == "to":
            k = i + 2
            while k < n and low[k] in cues.determiners:
                k += 1
            if k >= n or _not_a_source(low, k, n, cues):
                continue
            # "According to him, ...": the one named before (version 63)
            pron = low[i + 2] in _OBJECT_PRONOUNS
            h = view.pronoun(i + 2) if pron else view.noun_phrase(i + 2)
            hi = i + 2
            while (
                hi + 1 < n and view.toks[hi + 1] not in (",", ".") and not view.is_boundary(hi + 1)
            ):
                hi += 1
                if hi - i > 6:
                    break
            out.append(Frame(i, hi, 0, n, h if h.kind != "none" else OTHER))
        elif w in cues.reporting_nouns:
            f = _noun_frame(view, i, cues)
            if f is not None:
                out.append(f)
        elif w in cues.vague_adverbs:
            out.append(Frame(i, i, _clause_start(view, i), _scope_end(view, i), VAGUE))
        elif (
            w == "there"
            and i + 2 < n
            and low[i + 1] in cues.be_forms | {"has", "have"}
            and any(x in cues.vague_existentials for x in low[i + 2 : i + 5])
            and "that" in low[i + 2 : i + 6]
        ):
            k = low.index("that", i + 2)
            out.append(Frame(i, k, k + 1, _scope_end(view, k), VAGUE))
    if out and "," in view.toks:
        out = _continued_reports(view, out)
    if view.headline:  # no final punctuation: a headline's speaker tags
        tags = [Frame(*t, outer=True) for t in tag_frames(view, cues)]
        if tags:
            out = sorted(out + tags, key=lambda f: f.lo)
    return out


#: participles that, after a comma inside a report, continue it as the same holder's next
#: speech act (:func:`_continued_reports`); not "suggesting" or "indicating" (the writer's
#: inference, version 68)
_CONTINUING = _SAYING | frozenset(
    {"claiming", "alleging", "arguing", "asserting", "warning", "accusing", "blaming",
     "denying", "vowing", "pledging", "promising", "urging", "calling", "describing"}
)  # fmt: skip

#: participles after a comma that close a report with the writer's gloss, no frame of their own
_GLOSSES = frozenset({"referencing", "referring"})

_CONTINUING_OR_GLOSS = _CONTINUING | _GLOSSES


def _continued_reports(view: SentenceView, out: list[Frame]) -> list[Frame]:
    """A participle after a comma that continues a report ("X said in a statement, claiming
    that ...", 'X told Sky News "...," adding that ...') is the main verb's holder's next speech
    act: the main frame's scope ends at the comma, and the participle's frame takes the main
    frame's holder (version 112, attribution round 72: the participle itself, a distancing
    "claiming", is the writer's word; the rules had taken an actor of the first complement,
    or the author, for the holder of "adding"). "referencing" and "referring" close the scope
    with no frame of their own: the writer's gloss ("..., referencing the port city that ...")."""
    own = {f.lo: k for k, f in enumerate(out) if f.hi == f.lo and not f.outer}
    added: list[Frame] = []
    low, toks = view.low, view.toks
    for i in compress(count(), map(_CONTINUING_OR_GLOSS.__contains__, low)):
        w = low[i]
        if i < 2 or i >= view.n - 1:
            continue
        comma = toks[i - 1] == "," or (toks[i - 1] in _QUOTE_TOKENS and toks[i - 2] == ",")
        if not comma:
            continue
        main = _main_report(out, i)
        if main is None:
            continue
        f = out[main]
        cut = i - 1 if toks[i - 1] == "," else i - 2
        if f.scope_lo > f.hi and f.scope_hi > cut:
            out[main] = f._replace(scope_hi=cut)
        if w in _GLOSSES:
            continue
        k = own.get(i)
        if k is None:
            added.append(Frame(i, i, i + 1, f.scope_hi, f.holder))
        elif out[k].scope_lo == i + 1:
            out[k] = out[k]._replace(holder=f.holder, weak=False)
    return sorted(out + added, key=lambda f: f.lo) if added else out


def _main_report(out: list[Frame], i: int) -> int | None:
    """Index in ``out`` of the report that a participle at token ``i`` continues: the first
    frame before it whose scope runs on over it ("X said ..., adding"), else the nearest frame
    before it whose scope ends before it ('"...," Putin said, adding'); frames the author holds
    (a quotation's "we are observing") or no one holds are passed over."""
    before = [
        k
        for k, f in enumerate(out)
        if f.hi < i - 1 and not f.weak and not f.outer and f.holder.kind not in ("author", "none")
    ]
    over = [k for k in before if out[k].scope_lo > out[k].hi and out[k].scope_hi > i]
    if over:
        return over[0]
    after = [k for k in before if out[k].scope_hi <= i and out[k].scope_lo <= out[k].hi]
    return max(after, key=lambda k: out[k].hi) if after else None


def _not_a_source(low: list[str], k: int, n: int, cues: Cues) -> bool:
    """Whether the noun phrase at token ``k`` after "according to" (and its determiners) is a
    plan, a law, a logic (``not_sources_after_according_to``) rather than a source: its first
    word, or (version 56) its head up to three words on, before a comma or a preposition
    ("according to the recently adopted decisions", "according to such static logic")."""
    for j in range(k, min(n, k + 4)):
        w = low[j]
        if w in cues.not_sources:
            return True
        if j > k and (not w[:1].isalpha() or w in ("of", "by", "from", "with", "in", "on")):
            return False
    return False
