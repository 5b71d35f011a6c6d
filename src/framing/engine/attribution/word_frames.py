"""The frames of words other than reporting verbs: nouns (*the claim that*), adjectives of
belief, directives and appeals, questions, *it is clear that*, labels (*what X calls*), documents
and the verbs that take a reason, an attention or a task object."""

from __future__ import annotations

from framing.engine.attribution.frame import Frame
from framing.engine.attribution.frame_checks import _shared_subject, _speaker_like, _subject_word
from framing.engine.attribution.frame_scope import (
    _CLAUSE_MARKS,
    _PRONOUN_SUBJECTS,
    _bare,
    _clause_cut,
    _clause_start,
    _scope_end,
)
from framing.engine.clauses import AGENT_PARTICIPLES, AUTHOR, OTHER, VAGUE, SentenceView
from framing.engine.cues import Cues

_COUNTERFACTUAL = frozenset({"could", "should", "would", "might"})

_NO_SUBJECT_BEFORE = frozenset({",", "—", "–", "-", ":", "to", "To", "(", "and"})


def _reason_frame(view: SentenceView, i: int) -> Frame | None:
    """ "X thanked / praised Y for Z" (``reason_verbs``): Z, up to the clause's end (a comma or
    a dash before a capitalised word or a subject pronoun), is X's
    account of Y (version 62, attribution round 36); "for" within eight words of the verb, no
    clause boundary between; not a passive ("was praised for": whose praise is unsaid), not
    "thanks to" or "thank you", not after a comma, a dash or "to" (a vocative's "Amy, thank
    you", an infinitive's purpose), and only for a subject the rules see, not the author's
    "I thank".
    """
    low = view.low
    if i + 1 < view.n and low[i + 1] in ("to", "you") or view.is_passive(i):
        return None  # "thanks to", "(Amy,) thank you for": the speaker's own thanks
    if i == 0 or view.toks[i - 1] in _NO_SUBJECT_BEFORE:
        return None  # "Cory Booker — thank ...", "to thank his allies for": no subject named
    k = i + 1
    while k < min(view.n, i + 9) and low[k] != "for":
        if view.is_boundary(k) or view.toks[k] in (";", ":"):
            return None
        k += 1
    if k >= min(view.n, i + 9) or k + 1 >= view.n:
        return None
    holder = view.subject(i)
    if holder.kind in ("none", "author"):
        return None
    return Frame(i, i, k + 1, _clause_cut(view, k + 1), holder)


def _directive_frame(view: SentenceView, i: int, cues: Cues) -> Frame | None:
    """ "X asked / urged / instructed Y to do Z" (``directive_verbs``): Z, the infinitive's
    clause up to its first comma or a coordinated verb, is X's request (version 63, attribution
    round 37: "The President asked Artur Parfenchikov to coordinate these matters thoroughly");
    "to" within eight words before a verb (not "to the ministry"), the object with no
    preposition but "of" ("asking for weapons to strike" is no request to anyone), no clause
    boundary between; not a passive ("was asked to"), not negated ("has not asked them to"),
    not the speaker's or the addressee's own ("I'm urging", "you ask them to"), and only for a
    subject the rules see."""
    low, n = view.low, view.n
    if view.is_passive(i) or (i > 0 and low[i - 1] == "to"):
        return None
    before = [_bare(t) for t in view.toks[max(0, i - 3) : i]]
    if any(t in cues.first_person or t.lower() in ("you", "not", "never") for t in before):
        return None
    for k in range(i + 1, min(n - 1, i + 9)):
        w = low[k]
        if w == "to":
            nxt = low[k + 1]
            if (
                k == i + 1
                or not nxt.isalpha()
                or nxt in cues.determiners
                or nxt in cues.prepositions
            ):
                return None  # "asked to" (no one else is asked), "urged them to the streets"
            holder = view.subject(i)
            if holder.kind in ("none", "author"):
                return None
            return Frame(i, i, k + 1, _directive_end(view, k + 1, cues), holder)
        if (
            view.is_boundary(k)
            or view.toks[k] in (",", ";", ":")
            or w in cues.question_words
            or (w in cues.prepositions and w != "of")
        ):
            return None
    return None


def _attention_frame(view: SentenceView, i: int, cues: Cues) -> Frame | None:
    """ "X drew Y's attention to Z", "X drew the attention of Y to Z", "X called attention to
    Z" (``attention_verbs`` up to six words before the noun ``i``, ``attention_nouns``): Z, up
    to the clause's end, is X's point (version 65, attribution round 39); not a passive ("was
    drawn"), not an infinitive ("to draw attention to": a purpose), and only for a subject the
    rules see: an actor, a vague holder, or a name or pronoun ("The report drew attention to
    ..." reports nothing)."""
    j = _object_verb(view, i, cues.attention_verbs, cues)
    if j < 0:
        return None
    low, n = view.low, view.n
    k = i + 1
    if k < n and low[k] == "of":  # "the attention of the participants to"
        k = next((m for m in range(k + 1, min(n, k + 8)) if low[m] == "to"), n)
        if any(view.is_boundary(m) or view.toks[m] in _CLAUSE_MARKS for m in range(i + 1, k)):
            return None
    if k + 1 >= n or low[k] != "to":
        return None
    return _object_frame(view, j, k)


def _task_frame(view: SentenceView, i: int, cues: Cues) -> Frame | None:
    """ "X set Y the task to Z", "X gave the task of Z" (``task_verbs`` up to six words before
    the noun ``i``, ``task_nouns``, then "to" or "of"): Z, up to the clause's end, is X's request
    (version 67, attribution round 41); the limits of :func:`_attention_frame`."""
    j = _object_verb(view, i, cues.task_verbs, cues)
    k = i + 1
    if j < 0 or k + 1 >= view.n or view.low[k] not in ("to", "of"):
        return None
    return _object_frame(view, j, k)


def _topic_frame(view: SentenceView, i: int, cues: Cues) -> Frame | None:
    """ "Roman Mashovets focused on Z" (``topic_verbs`` before "on"): Z, up to the clause's end,
    is the person's account (version 68, attribution rounds 39 and 42); only for a person named
    right before the verb (a leader's or official's name, a name the document introduced with a
    title, "he" / "she"): "Russia focused on the east", "The Task Force focused on ..." report no
    one's words; not a passive ("was focused on")."""
    low = view.low
    if i == 0 or i + 2 >= view.n or low[i + 1] != "on" or view.is_passive(i):
        return None
    ch = view.chunk_of[i - 1]
    if not ((ch is not None and ch.person) or low[i - 1] in ("he", "she")):
        return None  # "Roman Mashovets" (a name the document introduced), not "The Task Force"
    holder = view.subject(i)
    if holder.kind in ("none", "author"):
        return None
    return Frame(i, i + 1, i + 2, _clause_cut(view, i + 2), holder)


def _object_verb(view: SentenceView, i: int, verbs: frozenset[str], cues: Cues) -> int:
    """The verb of ``verbs`` up to six words before the noun ``i`` whose object the noun is
    ("drew President Macron's attention", "set the Cabinet of Ministers the task"), not a
    passive or an infinitive; -1 when none or when a clause mark or a preposition other than
    "of" stands between."""
    low = view.low
    j = next((k for k in range(i - 1, max(-1, i - 7), -1) if low[k] in verbs), -1)
    if j < 0 or view.is_passive(j) or (j > 0 and low[j - 1] == "to"):
        return -1
    if any(
        view.is_boundary(k)
        or view.toks[k] in _CLAUSE_MARKS
        or (low[k] in cues.prepositions and low[k] != "of")
        for k in range(j + 1, i)
    ):
        return -1  # "called on the parties, with attention to": not one phrase
    return j


def _object_frame(view: SentenceView, j: int, k: int) -> Frame | None:
    """The frame of verb ``j`` over the clause after token ``k`` ("to" / "of"), for a subject
    the rules see: an actor, a vague holder, or a capitalised name or a pronoun."""
    holder = view.subject(j)
    if holder.kind in ("none", "author"):
        return None
    if holder.kind == "other" and not (
        j > 0 and (view.toks[j - 1][:1].isupper() or view.low[j - 1] in _PRONOUN_SUBJECTS)
    ):
        return None
    return Frame(j, k, k + 1, _clause_cut(view, k + 1), holder)


def _call_on_frame(view: SentenceView, i: int, cues: Cues) -> Frame | None:
    """ "X called on Y to do Z" in running text: Z, the infinitive's clause
    (:func:`_directive_end`), is X's appeal (version 69, attribution round 43: "The Head of
    State called on international companies to fully withdraw from the Russian market"); "to"
    within eight words after "on" before a verb, no clause mark between; not a passive, not an
    infinitive, and only for a subject the rules see (not the speaker's own "I call on")."""
    low, n = view.low, view.n
    if view.is_passive(i) or (i > 0 and low[i - 1] == "to"):
        return None
    for k in range(i + 3, min(n - 1, i + 10)):
        if view.is_boundary(k) or view.toks[k] in (",", ";", ":"):
            return None
        if low[k] == "to":
            nxt = low[k + 1]
            if not nxt.isalpha() or nxt in cues.determiners or nxt in cues.prepositions:
                return None  # "called on the parties to the conflict": no infinitive
            holder = view.subject(i)
            if holder.kind in ("none", "author"):
                return None
            if holder.kind == "other" and any(t in cues.first_person for t in view.toks[:i]):
                return None  # "my country, the Islamic Republic of Mauritania, calls on", "We
                # condemn ..., and call on ...": the speaker's own appeal
            return Frame(i, i + 1, k + 1, _directive_end(view, k + 1, cues), holder)
    return None


def _directive_end(view: SentenceView, lo: int, cues: Cues) -> int:
    """End of a request's infinitive clause from token ``lo``: the first comma, or "and / but"
    before a verb of saying, an article, a capitalised word or a subject pronoun ("urged the
    lawmakers to pass the bill and claimed that ...", "... and the Russian government
    falsified ...")."""
    end = _scope_end(view, lo)
    for j in range(lo + 1, end):
        if view.toks[j] in _CLAUSE_MARKS:
            return j
        if view.low[j] in ("and", "but") and j + 1 < end:
            nxt = view.toks[j + 1]
            if (
                view.low[j + 1] in cues.frame_verbs
                or view.low[j + 1] in ("the", "a", "an")
                or nxt[:1].isupper()
                or view.low[j + 1] in _PRONOUN_SUBJECTS
            ):
                return j  # "... and claimed that", "... and the Russian government falsified"
    return end


_CONDITIONALS = frozenset({"if", "when", "unless", "whenever", "once"})


def _belief_adjective_frame(view: SentenceView, i: int) -> Frame | None:
    """ "X is convinced / confident / sure that ..." (``belief_adjectives`` after a form of be,
    "that" next): X's belief (version 63, attribution round 37); none without a subject, after
    "to be", "can be" or with "you" ("You can be sure that ...": the speaker's assurance); in a
    conditional clause up to its comma."""
    low = view.low
    if i + 1 >= view.n or low[i + 1] != "that" or not view.after_be(i):
        return None
    j = i - 1
    while j > 0 and low[j] not in view.cues.be_forms:
        j -= 1  # the form of be: "to be sure that" (an infinitive), "you can be sure that"
    if low[j - 1] in ("to", "can", "could", "may") or "you" in low[max(0, j - 3) : j]:
        return None  # "looking to be sure", "You can be sure that ...": the speaker's assurance
    holder = view.subject(i)
    if holder.kind == "none":
        return None
    end = _scope_end(view, i + 2)
    lo = _clause_start(view, i)
    if {low[lo], low[max(0, lo - 1)]} & _CONDITIONALS and "," in view.toks[i + 2 : end]:
        end = view.toks.index(",", i + 2)  # "If everyone was confident that help would come,
        # the world would be definitely safer": the main clause is the writer's
    return Frame(i, i + 1, i + 2, end, holder)


def _expressing_verb(view: SentenceView, i: int, cues: Cues) -> int | None:
    """The verb of expressing (``expression_verbs``) whose object is the noun ``i`` before
    "that": "expressed confidence that", "expressed the shared opinion that" (past a
    determiner and up to two modifiers; a participle after a determiner is a modifier)."""
    if i + 1 >= view.n or view.low[i + 1] != "that":
        return None
    return _verb_of_expressing(view, i, cues)


def _verb_of_expressing(
    view: SentenceView, i: int, cues: Cues, also: frozenset[str] = frozenset()
) -> int | None:
    """The verb of expressing (or of ``also``) whose object is the noun ``i`` ("voiced
    concern", "expressed the shared opinion"), whatever follows the noun; else None."""
    low = view.low
    for j in range(i - 1, max(-1, i - 5), -1):
        w = low[j]
        if (w in cues.expression_verbs or w in also) and not (
            j > 0 and low[j - 1] in cues.determiners
        ):
            return j
        if not w.isalpha() or w in cues.prepositions or w in cues.be_forms:
            return None
    return None


def _expressed_frame(view: SentenceView, j: int, i: int) -> Frame | None:
    """ "X expressed confidence that ...": the clause after "that" is X's (version 63)."""
    holder = view.subject(j)
    if holder.kind == "none" or view.is_passive(j):
        return None
    return Frame(j, i + 1, i + 2, _scope_end(view, i + 2), holder)


#: modals and "need / have / ought to" before "be seen as": the speaker's own proposal or
#: reading ("should be seen as a start", "can be seen as part of"), no unnamed viewer (version
#: 139). Not "could / may / might be seen as": in the reach sample mostly a reading others might
#: make ("could be perceived as escalatory", "could be interpreted as desertion")
_PROPOSING_MODALS = frozenset(
    {"can", "cannot", "can't", "should", "shouldn't", "must", "mustn't", "shall"}
)
_PROPOSING_TO = frozenset({"need", "needs", "needed", "has", "have", "had", "ought"})


def _seen_as_frame(view: SentenceView, i: int) -> Frame | None:
    """ "X is seen / regarded as ...": an unnamed viewer's judgement (version 51), weak (inside
    another's frame it is that holder's); with "by Y", Y's. Active "sees X as" is the
    subject's (:func:`_verb_frame`). After a modal of proposal ("should / can / must be seen
    as") no one else's view is reported: no frame (version 139)."""
    agent = view.by_agent(i)
    if agent.kind != "none":
        return Frame(i, i, i + 1, _scope_end(view, i + 1), agent)
    if _proposed(view, i) or _as_comparison(view, i):
        return None
    return Frame(i, i, i + 1, _scope_end(view, i + 1), VAGUE, weak=True)


def _proposed(view: SentenceView, i: int) -> bool:
    """The participle ``i`` follows "be" after a modal of proposal (:data:`_PROPOSING_MODALS`), or after
    "need / has / ought to", adverbs allowed between ("can also be seen as", "should only be
    seen as", "needs to be seen as")."""
    low = view.low
    j = _left_of_between(low, i - 1)
    if j < 1 or low[j] != "be":
        return False
    j = _left_of_between(low, j - 1)
    if j >= 2 and low[j - 1] == "no" and low[j - 2] in ("by", "in"):
        j -= 3  # "can by no means / in no way be interpreted as"
    if j >= 1 and low[j] in _QUESTION_SUBJECTS:
        j -= 1  # "Should it be seen as ...?": the speaker's question
    if j >= 0 and low[j] in _PROPOSING_MODALS:
        return True
    return j >= 1 and low[j] == "to" and low[j - 1] in _PROPOSING_TO


_BETWEEN = frozenset(
    {"also", "only", "well", "rightly", "not", "still", "now", "therefore", "thus"}
)
_QUESTION_SUBJECTS = frozenset({"it", "this", "that", "they", "we", "he", "she"})


def _left_of_between(low: list[str], j: int) -> int:
    """The first index at or left of ``j`` that is no adverb of :data:`_BETWEEN` or in -ly."""
    while j >= 0 and (low[j].endswith("ly") or low[j] in _BETWEEN):
        j -= 1
    return j


def _as_comparison(view: SentenceView, i: int) -> bool:
    """ "seen as early / soon / far / well as": a comparison of degree after a participle of
    perception, no judgement (version 139)."""
    low = view.low
    return i + 3 < view.n and low[i + 2] in _DEGREE_WORDS and low[i + 3] == "as"


_DEGREE_WORDS = frozenset(
    {"early", "soon", "long", "much", "many", "far", "well", "late", "recently"}
)


def _document_frame(view: SentenceView, i: int, cues: Cues) -> Frame | None:
    """ "guidance explaining that ...", "a statement clarifying what ... may do": a participle of
    saying right after a document noun reports the document's content (version 51, round 28);
    its holder is the document's possessor or modifier when the rules name one ("HHS's
    guidance", "the ministry's statement"), else unnamed (``other``)."""
    nxt = view.low[i + 1] if i + 1 < view.n else ""
    if nxt != "that" and nxt not in cues.question_words:
        return None
    if view.is_passive(i) or view.chunk_of[i - 1] is not None:
        return None
    holder = VAGUE if view.low[i - 1] in cues.vague_heads else OTHER  # "reports suggesting"
    j = i - 2
    while j >= 0 and view.chunk_of[j] is None and view.low[j] in cues.determiners:
        j -= 1
    ch = view.chunk_of[j] if j >= 0 else None
    if ch is not None and ch.last == j:
        h = view.actor_holder(ch)  # "HHS guidance", "the ministry's statement"
        if h.kind == "actor":
            holder = h
    return Frame(i, i, i + 1, _scope_end(view, i + 1), holder)


#: quotation marks as view tokens (the text is normalised: curly marks are straight ones)
_QUOTE_TOKENS = frozenset({'"', "'"})


#: words that open the label after a naming verb's object ("called the attacks a ...")
_LABEL_OPENERS = frozenset({"a", "an", "as"}) | _QUOTE_TOKENS


def _label_start(view: SentenceView, i: int) -> int:
    """First token of the label a naming verb ``i`` gives its object: after the object, at an
    article, "as" or an opening quotation mark within eight words ("The aide called the
    purported clandestine attacks a 'counteroffensive'": the object is the writer's words, the
    label the aide's; version 112, attribution round 72); the token after the verb when the
    label follows it directly ("called a 'special operation'") or none is found."""
    if i + 1 >= view.n or view.low[i + 1] in _LABEL_OPENERS:
        return i + 2 if i + 1 < view.n and view.low[i + 1] == "as" else i + 1
    if "what" in view.low[max(0, i - 4) : i]:
        return i + 1  # "what she called the arbitrary arrests": the label follows the verb
    first = None
    for k in range(i + 2, min(view.n, i + 10)):
        t = view.low[k]
        if t == "as":
            return k + 1  # "described the attacks as ...", "labelled X as genocide"
        if t in _LABEL_OPENERS and first is None:
            first = k
        if t in (",", ";", ".") or (view.is_boundary(k) and t not in _LABEL_OPENERS):
            break
    return i + 1 if first is None else first


def _as_label_frame(view: SentenceView, i: int) -> Frame | None:
    """The frame of a label after "as" within eight words of verb ``i`` ("dismissed X as
    absurd", "refuted these claims as "misinformation""), held by the verb's subject; None with
    no "as", a passive verb or no holder."""
    window = view.low[i + 1 : i + 9]
    if "as" not in window or view.is_passive(i):
        return None
    holder = view.subject(i)
    if holder.kind in ("none", "author"):
        return None
    lo = i + 2 + window.index("as")
    return Frame(i, i, lo, _label_end(view, lo), holder)


def _label_end(view: SentenceView, lo: int) -> int:
    """End of a naming verb's label from token ``lo``: the comma or eighth token, or right after
    the closing mark of a quoted label ('called the "Basic Health Plan" — a really ...')."""
    end = _scope_end(view, lo, limit=8)
    if lo < view.n and view.toks[lo] in _QUOTE_TOKENS:
        close = next((k for k in range(lo + 1, end) if view.toks[k] in _QUOTE_TOKENS), None)
        if close is not None:
            return close + 1
    return end


def _clear_frame(view: SentenceView, i: int, cues: Cues) -> Frame | None:
    """ "X made it (crystal) clear (that) ...", "X has made (very) clear (to Y) that ...": X's
    speech act over the rest of the clause (after "that" when "it" is absent: "have made clear,
    I think, that" leaves the "I think" out); its own tokens run from "made" to "clear" (a
    booster there is X's too). Without "it" (version 51), not a passive ("it was made clear
    that") and only after a speaker (:func:`_speaker_like`; not "leaving migrants on a street
    makes clear that")."""
    low = view.low
    if i + 2 >= view.n:
        return None
    if low[i + 1] == "it" and "clear" in low[i + 2 : i + 5]:
        k = low.index("clear", i + 2)
        lo = k + 2 if k + 1 < view.n and low[k + 1] == "that" else k + 1
    else:
        k = i + 1
        while k < view.n and low[k] in cues.clear_adverbs:
            k += 1
        if k >= view.n or low[k] != "clear" or "that" not in low[k + 1 : k + 7]:
            return None
        if view.is_passive(i) or not _speaker_like(view, _subject_word(view, i, cues), cues):
            return None
        lo = low.index("that", k + 1) + 1
    for j in range(i - 1, max(0, i - 8), -1):
        if view.toks[j] == "," or view.is_boundary(j):
            break
        if low[j] == "have" and low[j - 1] in _COUNTERFACTUAL:
            return None  # "he could have gone further and made it clear": nothing was said
    holder = view.subject(i)
    if holder.kind == "none":
        holder = _shared_subject(view, i)
    if holder.kind in ("none", "author"):
        return None
    return Frame(i, k, lo, _scope_end(view, lo), holder)


def _be_clear_frame(view: SentenceView, i: int, cues: Cues) -> Frame | None:
    """ "X has been (very) clear that ...": X's statement over the clause after "that" (version
    51). Not "it is clear that" nor "this / that / what is clear": the writer's own booster;
    not "We've been clear" (the author's), nor "The evidence is clear that" (an inference)."""
    low = view.low
    if i + 1 >= view.n or low[i + 1] != "that":
        return None
    j = i - 1
    while j >= 0 and low[j] in cues.clear_adverbs:
        j -= 1
    if j < 1 or low[j] not in cues.be_forms:
        return None
    k = _subject_word(view, j, cues)
    if k < 0 or low[k] in ("it", "this", "that", "what", "which", "there"):
        return None
    if view.toks[k] in cues.first_person or low[k] in ("we've", "i've", "we're", "i'm"):
        return None
    if not _speaker_like(view, k, cues):
        return None
    holder = view.subject(j)
    if holder.kind in ("none", "author"):
        return None
    return Frame(j, i + 1, i + 2, _scope_end(view, i + 2), holder)


def _question_frame(view: SentenceView, i: int, cues: Cues) -> Frame | None:
    """An indirect question after a verb of asking ("was asked by a student how often he
    showered", "When asked how Russia can claim ..."): a frame over the question, up to the
    next comma, held by the asker ("by X"; the subject of an active "ask"; else unnamed). Not a
    request ("asked to leave when ...", "asked for help when ...")."""
    if i + 1 < view.n and view.low[i + 1] in ("to", "for"):
        return None
    k = next(
        (k for k in range(i + 1, min(view.n, i + 9)) if view.low[k] in cues.question_words),
        None,
    )
    if k is None or any(view.toks[m] in (",", ";") for m in range(i + 1, k)):
        return None
    if view.is_passive(i) or (i > 0 and view.low[i - 1] in cues.clause_openers):
        agent = view.by_agent(i)
        holder = agent if agent.kind != "none" else VAGUE  # "When asked": an unnamed asker
        if holder is VAGUE and view.is_passive(i) and view.subject(i).kind == "actor":
            holder = OTHER  # "Joe Biden was asked what ...": the question put to a named
            # person at a press event, no vague attribution (version 133)
    else:
        holder = view.subject(i)
        if holder.kind in ("none", "author"):
            return None
    return Frame(i, k, k + 1, _scope_end(view, k + 1, limit=25), holder)


def _noun_use(view: SentenceView, i: int, cues: Cues) -> bool:
    """Token ``i`` (a reporting noun that may also be a verb form) is used as a noun: after a
    determiner, a possessive, an adjective-like word, or a preposition ("to fears that"; but
    "to claim that" is an infinitive)."""
    if i == 0:
        return False
    prev = view.low[i - 1]
    if prev in cues.determiners or prev.endswith("'s"):
        return prev != "that"
    ch = view.chunk_at.get(i - 1)
    if ch is not None:
        return ch.possessive
    if prev in cues.prepositions:
        return prev != "to" or view.low[i].endswith("s")
    if view.low[i] not in cues.vague_nouns:
        return False
    # "revived fears that", "growing concerns over" (but "the EU fears that" is a verb)
    return view.low[i] not in cues.frame_verbs or (
        view.low[i].endswith("s") and prev.endswith(("ed", "ing")) and prev not in cues.auxiliaries
    )


def _noun_frame(view: SentenceView, i: int, cues: Cues) -> Frame | None:
    """A reporting noun with its complement: "X's claim that ...", "fears that ..." (vague
    unless a possessor names the holder), "concerns over ..."."""
    n, low = view.n, view.low
    nxt = low[i + 1] if i + 1 < n else ""
    vague_noun = low[i] in cues.vague_nouns
    if nxt != "that" and not (vague_noun and nxt in ("over", "about", "of")):
        return None
    if nxt == "that" and _relative_maker(view, i + 1) is not None:
        return None  # "the claims that Russia has made": a relative clause, no content
    ch = view.chunk_at.get(i - 1)
    if ch is None and i >= 2 and low[i - 1] not in cues.determiners:
        ch = view.chunk_at.get(i - 2)  # "China's growing fears that"
    if ch is not None and ch.possessive:
        h = view.actor_holder(ch)
    elif i >= 1 and view.toks[i - 1] in cues.first_person:
        h = AUTHOR
    elif vague_noun:
        h = _expressed_holder(view, i, cues) or _possessor_pronoun(view, i) or VAGUE
    else:
        h = OTHER
    return Frame(i, i + 1, i + 2, _scope_end(view, i + 2, limit=20), h)


def _expressed_holder(view: SentenceView, i: int, cues: Cues):
    """The subject of the active verb of expressing whose object is the noun of fearing ``i``:
    "Texas Governor Greg Abbott expressed concern that ..." is the governor's concern, not an
    unnamed one's (version 133); None when there is no such verb or subject ("concern was
    expressed that", "growing fears that")."""
    j = _verb_of_expressing(view, i, cues, _SOUND)
    if j is None or view.is_passive(j):
        return None
    holder = view.subject(j)
    if holder.kind == "actor" or (holder.kind == "other" and _named_before(view, j, cues)):
        return holder
    return None  # "Hundreds of Bulgarians ..., voicing fears", "investors have expressed"


def _named_before(view: SentenceView, j: int, cues: Cues) -> bool:
    """The finite verb ``j`` follows a name, *he / she* or an apposition's comma (past
    auxiliaries and *-ly* adverbs): "Greg Abbott expressed", "Roman Starovoyt, the governor of
    Kursk Region, expressed"; not a common plural ("investors have expressed") or a participle
    (version 133, read on the news-media corpora)."""
    low, k = view.low, j - 1
    if low[j].endswith("ing") or (k >= 0 and low[k] == "to"):
        return False
    while k >= 0 and (low[k] in cues.auxiliaries or low[k].endswith("ly")):
        k -= 1
    if k < 0:
        return False
    t = view.toks[k]
    if t in (",", "He", "She", "he", "she"):
        return True
    # a capital opening the sentence may be a common plural ("Investors have expressed")
    return t[:1].isupper() and view._is_word(k) and (k > 0 or not t.endswith("s"))


#: "sounded the alarm over": a verb of voicing a noun of fearing (version 133)
_SOUND = frozenset({"sound", "sounds", "sounded", "sounding"})
#: possessive determiners of one person or body ("his concern over"); not "their", which may
#: stand for unnamed people ("residents ... their fears")
_ONE_POSSESSOR = frozenset({"his", "her", "its"})


def _possessor_pronoun(view: SentenceView, i: int):
    """The holder of a noun of fearing after *his / her / its* ("Sergey Shoigu shared ... his
    concern over"): the pronoun's antecedent, else an unnamed but definite one (``other``), not
    a vague holder (version 133); None without such a determiner."""
    if i < 1 or view.low[i - 1] not in _ONE_POSSESSOR:
        return None
    holder = view.pronoun(i - 1)
    return holder if holder.kind in ("actor", "other") else OTHER


#: verbs whose subject makes the claim a relative "that" clause names ("the allegations that
#: Moscow is making", "the claims Russia has spread"; version 78)
_MAKING = frozenset(
    {"make", "makes", "made", "making", "spread", "spreads", "spreading", "repeat", "repeats",
     "repeated", "repeating", "level", "levels", "levelled", "leveled", "levelling", "leveling",
     "voice", "voices", "voiced", "voicing", "peddle", "peddles", "peddled", "peddling"}
)  # fmt: skip


def _relative_maker(view: SentenceView, k: int) -> int | None:
    """When "that" at token ``k`` opens a relative clause of making after a claim noun ("the
    allegations that Moscow is making", "the claims that Russia has made about"), the token
    index of its subject's first word; else None (a complement: "claims that Russia made
    gains")."""
    j = k + 1
    while j < view.n and view.low[j] in view.cues.determiners:
        j += 1
    if j >= view.n or view.chunk_of[j] is None:
        return None
    m = view.chunk_of[j].last + 1
    while m < view.n and (
        view.low[m] in view.cues.auxiliaries or view.low[m] in view.cues.be_forms
    ):
        m += 1
    if m >= view.n or view.low[m] not in _MAKING:
        return None
    after = view.low[m + 1] if m + 1 < view.n else "."
    if after.isalpha() and after not in view.cues.prepositions and after not in ("and", "or"):
        return None  # an object follows: "claims that Russia made gains"
    if m + 2 < view.n and view.toks[m + 2][:1].isdigit():
        return None  # "made about 300 drones": a quantity is an object
    return j


_ADJECTIVE_ENDINGS = ("ous", "ful", "ent", "ant", "al", "ic", "ive", "less", "ary", "ated")


def _adjective_like(word: str) -> bool:
    """``word`` ends like an adjective ("criminal", "dangerous", "suspicious")."""
    return word.endswith(_ADJECTIVE_ENDINGS)


def _claim_noun(view: SentenceView, first: int, cues: Cues) -> bool:
    """ "claims" as a noun: after a determiner, a possessive, a preposition ("to claims that" but
    not "to claim that") or an adjective-like word ("fraudulent claims"); else a verb."""
    if first == 0:
        return False
    prev = view.low[first - 1]
    ch = view.chunk_at.get(first - 1)
    if ch is not None:
        return ch.possessive
    if first + 1 < view.n and view.low[first + 1] == "that" and _relative_maker(view, first + 1):
        return True  # "the dirty bomb allegations that Moscow is making" (version 78)
    if (
        view.low[first + 1 : first + 2]
        and view.low[first + 1] in AGENT_PARTICIPLES
        and (view.participle_agent(first + 1) is not None)
    ):
        return True  # "the bogus claims pushed by the Kremlin" (version 118)
    if prev in cues.determiners or prev.endswith("'s"):
        return True
    if prev in cues.prepositions:
        return prev != "to" or view.low[first].endswith("s")
    if prev in cues.auxiliaries or prev in cues.get_forms:
        return False
    return _adjective_like(prev) or prev.endswith(("ed", "ing"))  # "dismissed claims"
