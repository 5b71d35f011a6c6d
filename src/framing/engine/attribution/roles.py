"""The ``voice`` of a match (the frame that covers it, or its own verb) and its ``target`` (the
actor a blame word, a negative action or an evaluative word casts negatively)."""

from __future__ import annotations

from framing.engine.attribution.frame import (
    _ALLEGED,
    _APPEALS,
    _CLAIM_NOUNS,
    _DATES,
    _DENIALS,
    _POSSESSIVE,
    AUTHOR_VOICE,
    REPORTED,
    Frame,
)
from framing.engine.attribution.word_frames import _claim_noun, _relative_maker
from framing.engine.clauses import (
    COORDINATORS,
    NONE,
    OTHER,
    OTHER_PARTIES,
    RECIPROCAL_PAIRS,
    VAGUE,
    Holder,
    SentenceView,
)
from framing.engine.cues import Cues


def _covering(frames_: list[Frame], first: int, last: int) -> Frame | None:
    """The innermost frame whose scope holds tokens ``first..last`` (not its own tokens)."""
    best = None
    for f in frames_:
        if f.lo <= last and first <= f.hi:
            continue
        if (
            f.scope_lo <= first
            and last < f.scope_hi
            and (best is None or (best.outer or best.weak, f.lo) > (f.outer or f.weak, best.lo))
        ):
            best = f
    return best


# ---------------------------------------------------------------- per match
def _voice(view, frames_, first, last, category, quote_holder, cues) -> tuple[str, str]:
    if quote_holder is not None:
        return REPORTED, quote_holder.source
    w = view.low[last]
    if _adverb_of_verb(view, first, last, category, cues):
        verb = next((f for f in frames_ if f.lo == last + 1 and f.hi == last + 1), None)
        if (
            verb is not None
            and verb.holder.kind not in ("author", "none")
            and _covering(frames_, first, last) is None
        ):
            return REPORTED, verb.holder.source  # "DPRK fully supports ...": the supporter's
    clear = w == "clear" and view.low[first] in cues.make_clear  # "made it clear" (a booster)
    if w == "that" and first < last and view.low[last - 1] in cues.frame_verbs:
        w = view.low[last - 1]  # "indicated that" (a hedge): its verb's holder (version 114)
    if category != "distancing" and (w in cues.frame_verbs or clear):
        own = next((f for f in frames_ if f.lo <= last and first <= f.hi), None)
        if own is not None and own.weak:  # "X said prices are expected to": X's forecast
            outer = _covering(frames_, first, last)
            if outer is not None and not outer.weak and outer.holder.kind not in ("author", "none"):
                own = outer
        if own is not None and own.holder.kind not in ("author", "none"):
            return REPORTED, own.holder.source
        # a verb with no holder of its own, or "we" / "I", inside another's frame ("the ministry
        # said Kiev wants to frame Moscow by accusing it"): the frame's holder speaks (att4)
    if category == "accusation" and first == last and w in _THREATENS:
        holder = _threatener(view, first, cues)
        if holder is not None:
            return REPORTED, holder.source  # "China threatens countermeasures" (round 20)
    if category == "accusation" and _points_finger(view.low[first], w):
        holder = _pointer(view, first)
        if holder is not None:
            return REPORTED, holder.source  # "the Kremlin points the finger" (version 112)
    if category == "accusation" and w in _BLAME_NOUNS:
        accuser = _accuser(view, first, cues)
        if accuser is None:
            accuser = _issuer(view, first)
        if accuser is not None:
            return REPORTED, accuser.source  # "Western accusations", "Kyiv's allegations"
    f = _covering(frames_, first, last)
    if f is None or f.holder.kind in ("author", "none") or _writers_aside(view, f, first):
        return AUTHOR_VOICE, ""
    if category == "distancing" and _hedged_blame(view, f, first, cues):
        return AUTHOR_VOICE, ""
    return REPORTED, f.holder.source


#: the writer's markers of distance ("allegedly", "what it called"), which an accuser does not
#: use of its own accusation (:func:`_hedged_blame`)
_DISTANCE_MARKERS = frozenset(
    {"allegedly", "alleged", "reportedly", "purportedly", "purported", "supposedly", "what"}
)


def _hedged_blame(view: SentenceView, f: Frame, first: int, cues: Cues) -> bool:
    """A distancing marker in the scope of a blame frame is the writer's: "Moscow accused the
    special services of masterminding what it called a terrorist attack", "accused of being a
    free-rider for allegedly doing too little" (version 114, attribution rounds 73-74)."""
    w = view.low[first]
    if w not in _DISTANCE_MARKERS or view.low[f.lo] not in cues.blame:
        return False
    # "what it called" speaks of the accuser; "allegedly" only in the charge ("accused X of /
    # blamed X for ... allegedly"), not in the object ("condemn X's disinformation regarding
    # alleged chemical attacks": the accuser's word for a third party's claim)
    return w == "what" or any(view.low[k] in ("of", "for") for k in range(f.hi + 1, first))


def _writers_aside(view: SentenceView, f: Frame, first: int) -> bool:
    """Token ``first`` sits in parentheses that open inside the scope of frame ``f`` and after
    its verb: the writer's aside in a report ("as historians have emphasized, no country
    supported ... colonialism (and this was invariably Western colonialism) more than ...";
    version 114, attribution round 74). Quotations are read before this (their speaker)."""
    for k in range(first - 1, max(f.scope_lo, f.hi) - 1, -1):
        if view.toks[k] == ")":
            return False
        if view.toks[k] == "(":
            return True
    return False


#: "point the finger / an accusing finger", "pin the blame": a blame speech act of its doer
_POINTS = frozenset({"point", "points", "pointed", "pointing", "pin", "pins", "pinned", "pinning"})
_FINGERS = frozenset({"finger", "fingers"})

#: verbs before "to point the finger" whose subject points ("trying to point", "continues to")
_TRYING = frozenset(
    {"try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting",
     "continue", "continues", "continued", "continuing", "seek", "seeks", "sought", "seeking",
     "want", "wants", "wanted", "rush", "rushed", "rushing", "quick"}
)  # fmt: skip


def _points_finger(first: str, last: str) -> bool:
    """A match from word ``first`` to word ``last`` (lower case) points a finger or pins the
    blame ("points the finger", "pinned the blame")."""
    return first in _POINTS and (last in _FINGERS or last == "blame")


def _pointer(view: SentenceView, first: int) -> Holder | None:
    """The one who points the finger at ``first``: the doer of "point", or of the verb before
    "to point" ("some still trying to point an accusing finger"); None when no holder is named
    (the author's voice then stands; attribution round 72)."""
    h = view.doer(first)
    j = view.left_of_adverbs(first)
    if h.kind == "none" and j >= 1 and view.low[j] == "to":
        k = view.left_of_adverbs(j)
        if k >= 0 and view.low[k] in _TRYING:
            h = view.doer(k)
    return h if h.kind in ("actor", "vague") else None


#: finite forms of "threaten" (the declared threat is its subject's speech act)
_THREATENS = frozenset({"threaten", "threatens", "threatened", "threatening"})

#: objects that make "threaten" a declared threat: "threatens countermeasures / legal action"
_THREATS = frozenset(
    {"countermeasures", "countermeasure", "retaliation", "reprisals", "reprisal", "action",
     "legal", "sanctions", "tariffs", "attacks", "strikes", "war", "lawsuit", "lawsuits",
     "boycott", "veto", "punishment", "consequences", "measures", "response", "force"}
)  # fmt: skip


def _threatener(view: SentenceView, first: int, cues: Cues) -> Holder | None:
    """The holder of a declared threat: "X threatens to <verb>", "X threatens countermeasures /
    legal action", "X threatened Y with reprisals", where X heads the subject and is an actor,
    a pronoun of one, a vague head, a title or a capitalised name (a person, a country the
    lexicons lack). None for a threat posed by a thing or a passive ("Blaze threatens
    villages", "sanctions threaten Africa with ...", "officials threatened after ..."): the
    readers' guide since round 3 calls a declared threat its declarer's speech act."""
    k = first + 1
    nxt = view.low[k] if k < view.n else ""
    if nxt in cues.determiners or nxt in ("further", "more", "new", "possible", "tough"):
        nxt = view.low[k + 1] if k + 1 < view.n else ""
    declared = nxt == "to" or nxt in _THREATS or "with" in view.low[first + 1 : first + 5]
    if not declared or view.is_passive(first):
        return None
    j = first - 1
    while j >= 0 and (view.low[j].endswith("ly") or view.low[j] in ("also", "again", "now")):
        j -= 1
    while j >= 0 and view.low[j] in ("has", "have", "had"):
        j -= 1
    if j < 0:
        return None
    ch, w = view.chunk_of[j], view.low[j]
    if ch is None and view.toks[j] in cues.third_person:
        h = view.pronoun(j)  # "It had threatened retaliation" (Russia)
        return h if h.kind == "actor" else OTHER if w in ("he", "she") else None
    fallback = OTHER  # a declarer outside the categories ("Turkish president threatens to")
    if ch is not None:  # the actor must head the subject: not "invasion of Ukraine threatens"
        if ch.last != j or view.governed(ch):
            return None
    elif w in cues.vague_heads:  # "Russian officials have threatened to ..."
        fallback = VAGUE
    elif view.low[first] == "threatening":
        # "Woman threatening to use ...": a person right before it (round 21)
        if w not in cues.non_state_heads and w not in cues.titles:
            return None
    elif view.toks[j][:1].isupper() and view.toks[j][1:2].islower() and w not in _DATES:
        pass  # a name ("Elon Musk threatens to ...", "Algeria threatens to cut gas"; rounds 12, 21)
    elif not (w in cues.titles or view.toks[j] == "PM"):
        return None  # a thing poses the threat ("Blaze threatens", "sanctions threaten")
    h = view.subject(first)
    return h if h.kind in ("actor", "vague") else fallback


#: nouns of a blaming speech act: their possessor or actor adjective made it (round 17)
_BLAME_NOUNS = frozenset(
    {"accusation", "accusations", "allegation", "allegations", "condemnation", "condemnations",
     "criticism", "criticisms", "denunciation", "denunciations"}
)  # fmt: skip


def _accuser(view: SentenceView, first: int, cues: Cues) -> Holder | None:
    """Who made the blame noun at ``first``: an actor right before it, possessive or not
    ("Western accusations", "Ukraine's Bucha killings accusations", past at most two words), or
    a possessive that names no actor ("the media's accusations": ``other``); None when no
    possessor or actor qualifies the noun ("these groundless accusations": the author's own
    words)."""
    j = first - 1
    for _ in range(3):
        if j < 0 or view.is_boundary(j) or view.toks[j] == ",":
            return None
        ch = view.chunk_at.get(j)
        if ch is not None:
            if not ch.possessive and ch.last != first - 1:
                return None  # "Russia's war accusations" yes; "Ukraine war accusations" no
            return view.actor_holder(ch)  # vague when anonymous ("unnamed US officials'")
        w = view.low[j]
        if w.endswith(_POSSESSIVE) and w not in cues.determiners:
            return _title_owner(view, j, cues)  # "NATO secretary general's"; "the media's"
        if w in _DENIALS or w in ("refuting", "denying", "rejecting", "dismissing"):
            # "China denies accusation of ...", "refuting accusations that ...": the accusers
            # are not the denier and go unnamed (rounds 15 and 23), unless "by X" names them
            if first + 2 < view.n and view.low[first + 1] == "by":
                h = view.noun_phrase(first + 2)
                if h.kind in ("actor", "vague"):
                    return h
            return VAGUE
        if w in cues.determiners or w in cues.prepositions or w in cues.be_forms:
            return None
        j -= 1
    return None


#: verbs whose subject makes the blame noun that is their object ("issued a condemnation")
_ISSUING = frozenset(
    {"issue", "issues", "issued", "issuing", "voice", "voices", "voiced", "voicing", "lodge",
     "lodges", "lodged", "lodging", "level", "levels", "levelled", "leveled", "express",
     "expresses", "expressed", "expressing"}
)  # fmt: skip


def _issuer(view: SentenceView, first: int) -> Holder | None:
    """The subject of a verb of issuing whose object is the blame noun at ``first``, past at
    most four lower-case words ("The UN Security Council has issued another strongly worded
    condemnation": version 114, attribution round 73); None when no actor or vague holder is
    named."""
    for j in range(first - 1, max(-1, first - 6), -1):
        tok = view.toks[j]
        if view.low[j] in _ISSUING:
            h = view.doer(j)
            return h if h.kind in ("actor", "vague") else None
        if not tok.isalpha() or (not tok.islower() and j != first - 1):
            return None  # a mark, or a capitalised word before the noun's own modifier
    return None


def _title_owner(view: SentenceView, j: int, cues: Cues) -> Holder:
    """The actor of the possessive title at ``j``, at most two words before it ("NATO secretary
    general's", "US fleet commander's"); ``other`` for any other possessor ("the media's")."""
    w = view.low[j]
    base = w[:-1] if w.endswith("s'") else w[:-2]
    if base in cues.titles or base in cues.title_modifiers:
        for k in range(j - 1, max(-1, j - 3), -1):
            ch = view.chunk_at.get(k)
            if ch is not None:
                return view.actor_holder(ch)
            if view.is_boundary(k) or view.toks[k] == "," or not view._is_word(k):
                break
    return OTHER


def _adverb_of_verb(view: SentenceView, first: int, last: int, category: str, cues: Cues) -> bool:
    """A headline's lower-case booster or hedge right between a subject and the verb after it
    ("DPRK fully supports ...", "China firmly opposes ..."; round 15): not a modal ("U.S. may
    declare"), nor after an auxiliary or "to" ("should fully clarify", "to fully lift")."""
    if not view.headline or category not in ("booster", "hedge") or first == 0:
        return False
    if last + 1 >= view.n or not view.toks[first].islower():
        return False
    prev = view.low[first - 1]
    return view.low[first] not in cues.auxiliaries and prev not in cues.auxiliaries and prev != "to"


#: "to" and the modals before an evaluative cue used as a verb ("attempts to malign China")
_TO_OR_MODAL = frozenset({"to", "will", "would", "could", "can", "should", "must", "may"})

#: modifiers that make the act a possibility, which casts no one yet
_HYPOTHETICAL = frozenset({"potential", "possible", "hypothetical", "prospective"})


def _target(
    view: SentenceView, first: int, last: int, role: str, cues: Cues, label: bool = False
) -> str:
    """The actor category a cue at tokens ``first..last`` casts negatively by its ``role``
    (``blame``, ``negative_action``, ``evaluative``, ``inside``; ``none``: no target), "+"-joined
    for coordinated actors; "" when none. ``label``: the cue is a label ("terrorists"). An actor
    behind an anonymity marker keeps its category here ("accused some Western countries of";
    version 143), though it holds no words of its own (a vague source)."""
    view.targeting = True
    try:
        return _cast(view, first, last, role, cues, label)
    finally:
        view.targeting = False


def _cast(view: SentenceView, first: int, last: int, role: str, cues: Cues, label: bool) -> str:
    """:func:`_target` of a view in its target reading."""
    if role == "none":
        return ""
    if first > 0 and view.low[first - 1] in _HYPOTHETICAL:
        return ""  # "potential NATO expansion": an act that has not happened (round 20)
    if role == "inside":
        return _chunk_inside(view, first, last)
    if last > first and view.low[first] in _COVER_OPENERS:
        return _covered_doer(view, first, last)  # "invaded Ukraine under the pretext of ..."
    if (
        first >= 2
        and view.low[first] in _COVERS
        and view.low[first - 1] in ("the", "a")
        and view.low[first - 2] in (*_COVER_OPENERS, "as")
    ):  # "shelling cities on the pretext of ...", "used the claims as a pretext to ..."
        return _covered_doer(view, first - 2, last)
    verb = next((k for k in range(first, last + 1) if view.low[k] in cues.negative_action), None)
    first, last, role = _acting_role(view, first, last, role, verb, cues)
    w = view.low[last]
    if role == "negative_action" and _denied(view, first, cues):
        return ""  # "no evidence that X is interfering", "would not interfere"
    if role == "negative_action" and _attributive(view, first, cues):
        role = "evaluative"  # "an alleged act", "Russia's supposed plan": not a doer
    elif role == "negative_action" and w in _CLAIM_NOUNS and _claim_noun(view, first, cues):
        return _claimer(view, first, last, cues)
    adverb = role == "evaluative" and w.endswith("ly") and first == last and verb is None
    if adverb:
        role = "negative_action"  # an adverb judges the doer of its clause
        w = view.low[last + 1] if last + 1 < view.n else ""
        last_v = last + 1 if last + 1 < view.n else last
    else:
        last_v = last
    if role == "blame":
        h = _blamed(view, first, last, last_v, w, cues)
    elif role == "negative_action":
        verbish = _verbish(view, first, last, w, cues)
        if not verbish:  # "US-led circle", "Washington-backed": the actor inside
            inside = _chunk_inside(view, first, last)
            if inside:
                return inside
        h = _doer(view, first, last, last_v, w, verbish, adverb, cues)
    else:
        h = _evaluated(view, first, last, label, cues)
    return h.source if h.kind == "actor" else ""


def _chunk_inside(view: SentenceView, first: int, last: int) -> str:
    """The category of the first actor chunk among tokens ``first..last``, "" when none (the
    ``inside`` role)."""
    for k in range(first, last + 1):
        if view.chunk_of[k] is not None:
            return view.chunk_of[k].cat
    return ""


def _acting_role(
    view: SentenceView, first: int, last: int, role: str, verb: int | None, cues: Cues
) -> tuple[int, int, str]:
    """The cue's tokens and role as a doer's act: a negative-action verb inside a longer cue is
    the cue ("contain China": its object the victim); a one-word evaluative verb before "to" or
    a modal, passive or progressive is a negative action; else unchanged."""
    if role in ("negative_action", "evaluative") and verb is not None and verb < last:
        return verb, verb, "negative_action"  # "contain China": the cue is the verb
    if role != "evaluative" or not verb == first == last:
        return first, last, role
    if view.verb_use(first, _TO_OR_MODAL, through_quotes=False):
        return first, last, "negative_action"  # "attempts to malign China's ...": the doer
    if view.low[first].endswith("ed") and view.is_passive(first):
        # "China will not be bullied": the agent after "by", or no one; the subject is the one
        # wronged (version 115, attribution round 75)
        return first, last, "negative_action"
    if _progressive(view, first, cues):
        # "the US is bullying China": the doer, not the one bullied (version 118; "bullies"
        # already took its subject)
        return first, last, "negative_action"
    return first, last, role


def _blamed(view: SentenceView, first: int, last: int, last_v: int, w: str, cues: Cues) -> Holder:
    """The one a blame cue blames: the agent or subject of a reciprocal ("accused each other"),
    the subject of a passive or "to blame", the object of an active verb, the complement of a
    blame noun ("accusations against China")."""
    if _reciprocal(view, first, last, cues):
        h = view.by_agent(last)
        return h if h.kind == "actor" else view.subject(first)
    if w in cues.blame or w in cues.blame_attitude:
        if view.is_passive(last_v) or view.to_blame(last_v):
            h = view.subject(first)
            if h.kind != "actor" and view.to_blame(last_v):
                h = _clefted(view, first)  # "it is X's policy that is to blame"
            if h.kind != "actor":
                h = _relative_antecedent(view, first)  # "commanders ... who are accused"
            return h
        h = _blamed_on(view, last_v) if w.startswith("blam") else NONE
        if h.kind != "actor":  # "blaming US trade deficits on China": China is blamed
            # (version 117), else the object ("blame China for ...")
            h = view.object(last_v, allow=("on",) if w.startswith("blam") else ())
        if h.kind == "none":
            h = view.second_object(last_v)  # "condemned X's tests and Russia's war"
        return h
    h = NONE  # a noun: "accusations against China", "condemnation of Russia"
    for k in range(last + 1, min(view.n, last + 3)):
        if view.low[k] in ("against", "of", "on") or (view.low[k] == "at" and w in _FINGERS):
            h = view.noun_phrase(k + 1)  # "points the finger at X" (version 112)
            break
    return h if h.kind == "actor" else _named(view, first, cues)


def _verbish(view: SentenceView, first: int, last: int, w: str, cues: Cues) -> bool:
    """The negative-action cue (last word ``w``) is used as a verb: an action or blame verb,
    a word in -ing or -ed, or one word after a modal."""
    return (
        w in cues.negative_action
        or w in cues.blame
        or w.endswith(("ing", "ed"))
        or (first == last and not w.endswith("ly") and _after_modal(view, first))
    )


def _doer(
    view: SentenceView,
    first: int,
    last: int,
    last_v: int,
    w: str,
    verbish: bool,
    adverb: bool,
    cues: Cues,
) -> Holder:
    """The doer of a negative action (``verbish``: used as a verb, :func:`_verbish`): a
    passive's agent, an actor right before "threatens to", a tag pronoun's antecedent, a
    fronted "By ..., X", the clause's doer; for an adverb the clause's subject; for a noun the
    actor it attaches to, names or holds."""
    if verbish and view.is_passive(last_v):
        return view.by_agent(last_v)
    if verbish and w.startswith("threat") and view.low[last_v + 1 : last_v + 2] == ["to"]:
        # "threatens to": only an actor right before it threatens ("tensions threaten to
        # escalate", "stormy waters threatened to sink it" cast nobody)
        h = view.doer(first, strict=True)
        if h.kind != "actor":
            h = _possessed_subject(view, first)  # "Russia's war of aggression threatens"
        if h.kind != "actor":
            h = _relative_doer(view, first)  # "a Ukrainian adviser who threatened to"
        return h
    if verbish and _tag_pronoun(view, first, cues):
        # "..., it claimed.": the pronoun's antecedent is not in the claim it reports
        inside = {view.chunk_of[k].cat for k in range(first) if view.chunk_of[k] is not None}
        return view.pronoun(first - 1, exclude=tuple(inside))
    if verbish and (fronted := _fronted_by(view, first)).kind == "actor":
        return fronted  # "By coercing other countries ..., the Trump administration will ..."
        # (version 127, attribution round 83)
    if verbish:
        h = view.doer(first)
        return h if h.kind == "actor" else _relative_doer(view, first)  # "the US, which has
        # been bullying ..."
    if adverb and _governed_before(view, first):
        # "Russia's invasion of Ukraine flagrantly violates", "the aggression against Ukraine
        # blatantly disregards": the clause's subject, not the one acted on (version 82)
        return view.subject(first)
    h = view.attached(first, last, action_noun=True)
    if h.kind != "actor":
        h = _named(view, first, cues)  # "named China a currency manipulator"
    if h.kind != "actor":
        h = _holder_of_object(view, first)  # "Russia is waging a disinformation campaign",
        # "spreading lies about Kyiv" (version 113, round 73)
    return h


def _evaluated(view: SentenceView, first: int, last: int, label: bool, cues: Cues) -> Holder:
    """The actor an evaluative cue judges: the one it attaches to, the accused of "accused of
    being", the one named so, the holder of the object it is."""
    h = view.attached(first, last, label=label)
    if h.kind != "actor":
        h = _accused_of(view, first, cues)
    if h.kind != "actor":
        h = _named(view, first, cues)
    if h.kind != "actor":
        h = _holder_of_object(view, first)
    return h


#: modals before a bare verb ("Russia will simply fake the result"; version 104)
_MODALS = frozenset({"will", "would", "could", "can", "should", "must", "may", "might", "shall"})


#: verbs of aspect before an -ing form ("keeps bullying", "continued smearing")
_ASPECT_VERBS = frozenset(
    {"keep", "keeps", "kept", "keeping", "continue", "continues", "continued", "continuing",
     "start", "starts", "started", "begin", "begins", "began", "resume", "resumes", "resumed",
     "stop", "stops", "stopped", "quit", "quits"}
)  # fmt: skip


def _clefted(view: SentenceView, first: int) -> Holder:
    """The actor of the focus of a cleft before "that/who is to blame" ("it is the pivot to
    Asia by the US that is to blame", "it is the Trump administration's blitzkrieg ... that is
    to blame"; version 118): the first actor named between "it is/was" and "that", not one
    after "not" ("it is not Russia but the US that ..." gives the US)."""
    j = first - 2  # past "to"
    while j >= 0 and view.low[j] in view.cues.be_forms:
        j -= 1
    if j < 0 or view.low[j] not in ("that", "who", "which"):
        return NONE
    rel = j
    k = rel - 1
    while k >= 1 and not (view.low[k] == "it" and view.low[k + 1] in view.cues.be_forms):
        if view.is_boundary(k) and view.toks[k] not in (",", "'s", "’s"):
            return NONE
        k -= 1
    if k < 1 and not (k == 0 and view.low[0] == "it" and view.low[1] in view.cues.be_forms):
        return NONE
    for m in range(k + 2, rel):
        ch = view.chunk_of[m]
        if ch is not None and "not" not in view.low[max(k + 2, m - 2) : m]:
            return view.actor_holder(ch)
    return NONE


def _progressive(view: SentenceView, i: int, cues: Cues) -> bool:
    """Token ``i`` is an -ing form after a form of *be* or a verb of aspect, adverbs allowed
    between (:meth:`SentenceView.left_of_adverbs`: "is bullying", "has been bullying", "are
    essentially bullying", "keeps bullying"): a verb, not a noun."""
    if not view.low[i].endswith("ing"):
        return False
    j = view.left_of_adverbs(i)
    return j >= 0 and (view.low[j] in cues.be_forms or view.low[j] in _ASPECT_VERBS)


def _after_modal(view: SentenceView, i: int) -> bool:
    """Token ``i`` follows a modal, -ly adverbs and "not" allowed between ("will simply
    fake", "would not lie"): a verb, whose doer is its subject (the caller leaves out a cue
    that is itself an -ly adverb: "the EU will allegedly fast-track" distances a claim)."""
    k = view.left_of_adverbs(i)
    return k >= 0 and view.low[k] in _MODALS


def _governed_before(view: SentenceView, first: int) -> bool:
    """The token before ``first`` ends an actor that is the object of a preposition ("of
    Ukraine", "against Ukraine")."""
    ch = view.chunk_of[first - 1] if first > 0 else None
    return ch is not None and ch.last == first - 1 and view.governed(ch)


#: openers of a phrase that recasts an aim as a cover ("under the pretext of", "on the
#: pretext of", "under the guise of")
_COVER_OPENERS = frozenset({"under", "on"})

_COVERS = frozenset({"pretext", "pretexts", "pretence", "pretense", "guise", "excuse"})


def _covered_doer(view: SentenceView, first: int, last: int) -> str:
    """The doer of the act a pretext phrase covers: the subject of its clause ("Russia invaded
    Ukraine under the pretext of ...": Russia, not Ukraine), or, for a fronted phrase, the
    subject after its comma ("Under the guise of ..., Russia attacked")."""
    if first == 0 or view.is_boundary(first - 1):
        comma = next((k for k in range(last + 1, view.n) if view.toks[k] == ","), None)
        h = view.noun_phrase(comma + 1) if comma is not None else NONE
    else:
        cues = view.cues
        gerund = next(
            (k for k in range(first - 1, 1, -1) if view.low[k].endswith("ing")),
            None,
        )
        if gerund is not None and view.low[gerund - 1] in ("of", "for"):
            h = view.doer(gerund)  # "accused China of using the visit as a pretext": China
            if h.kind == "actor":
                return h.source
        said = next(
            (
                k
                for k in range(first - 1, 0, -1)
                if (view.low[k] in cues.speech or view.low[k] in cues.belief)
                and view.low[k - 1] not in cues.determiners  # not "used the claims as a"
            ),
            None,
        )  # "Kyiv says Moscow is shelling cities on the pretext of ...": Moscow's cover
        if said is not None:
            k = said + 1 + (view.low[said + 1] == "that")
            h = view.noun_phrase(k) if k < first else NONE
        else:
            h = view.clause_subject(first)
    return h.source if h.kind == "actor" else ""


def _possessed_subject(view: SentenceView, i: int) -> Holder:
    """The possessor of the subject right before verb ``i`` when it is an act ("Russia's war
    of aggression threatens to ...", version 78): the actor whose possessive opens the noun
    phrase, at most four lower-case words before the verb; else none."""
    k = i - 1
    while k >= 0 and i - k <= 4 and view.toks[k].isalpha() and view.toks[k].islower():
        ch = view.chunk_at.get(k - 1)
        if ch is not None and ch.possessive and view.low[k] in _ACT_HEADS:
            return view.actor_holder(ch)
        k -= 1
    return NONE


#: nouns of an act whose possessor is its doer ("Russia's war", "Moscow's aggression")
_ACT_HEADS = frozenset(
    {"war", "invasion", "aggression", "attack", "attacks", "actions", "policy", "policies",
     "campaign", "offensive", "assault", "blockade", "occupation"}
)  # fmt: skip


def _tag_pronoun(view: SentenceView, first: int, cues: Cues) -> bool:
    """A pronoun and the verb at ``first`` form a postposed tag ("..., it claimed.")."""
    return (
        first >= 2
        and view.toks[first - 1] in cues.third_person
        and view.toks[first - 2] in (",", '"')
        and (first + 1 >= view.n or view.toks[first + 1] in (".", ","))
    )


_EACH_OTHER, _ONE_ANOTHER = ["each", "other"], ["one", "another"]


def _attributive(view: SentenceView, first: int, cues: Cues) -> bool:
    """A participle or adjective before a noun after a determiner or possessive ("an alleged
    act", "Russia's supposed plan"), or an -ing form between "of"/a determiner and a plain
    noun ("weeks of threatening military drills"): it qualifies the noun, it names no doer."""
    w = view.low[first]
    if first == 0:
        return False
    prev = view.low[first - 1]
    nxt = view.low[first + 1] if first + 1 < view.n else ""
    before_noun = (
        nxt.isalpha()
        and nxt not in cues.determiners
        and nxt not in cues.prepositions
        and nxt not in ("to", "and", "or")
    )
    if w.endswith("ing") and first + 1 < view.n:
        if "-" in w and before_noun and view.chunk_of[first] is None:
            # "promotes Nazi-whitewashing Ukrainian organization" (round 20); not "quit
            # China-smearing addiction", whose actor is the one smeared
            return True
        return (
            (prev == "of" or prev in cues.determiners)
            and view.toks[first + 1].islower()
            and before_noun
        )
    if not w.endswith(("ed", "posed", "ported")):
        return False
    ch = view.chunk_at.get(first - 1)
    lead = view.low[first - 2] if first >= 2 else ""
    if (
        (prev.endswith("ly") or prev in ("very", "so", "too"))
        and before_noun
        and view.toks[first + 1].islower()
        and (lead in cues.determiners or lead in cues.prepositions or lead in cues.blame)
    ):  # "slam highly politicized program", "a seriously distorted figure" (round 20); not
        # "Kiev brutally suppressed protests", "Ukraine previously claimed it ..."
        return True
    if w in _ALLEGED and prev in cues.prepositions and before_noun and _doer_follows(view, first):
        return True  # "due to alleged shelling by Ukraine", "about alleged Russian actions":
        # the alleged doer, not the one who warns of it (version 113, attribution round 73);
        # with no doer after it ("expelled over alleged spying") the subject stays the doer
    return prev in cues.determiners or (ch is not None and ch.possessive)


def _doer_follows(view: SentenceView, first: int) -> bool:
    """An actor word or "by" within the four words after ``first``, before any comma."""
    for k in range(first + 1, min(view.n, first + 5)):
        if view.toks[k] == "," or view.is_boundary(k):
            return False
        if view.low[k] == "by" or view.chunk_of[k] is not None:
            return True
    return False


def _relative_antecedent(view: SentenceView, first: int) -> Holder:
    """For a passive blame verb at ``first`` in a relative clause ("two commanders of Ukraine's
    Azov regiment who are accused of ..."), the actor its antecedent names (version 113,
    attribution round 73); else nobody."""
    j = first - 1
    while j >= 0 and (view.low[j] in view.cues.auxiliaries or view.low[j] in view.cues.be_forms):
        j -= 1
    if j < 1 or view.low[j] not in ("who", "which", "that"):
        return NONE
    for k in range(j - 1, max(-1, j - 9), -1):
        t = view.low[k]
        if view.toks[k] == "," or view.is_boundary(k) or t in view.cues.be_forms:
            break
        if t in view.cues.auxiliaries or t in view.cues.clause_words:
            break
        if (
            t in view.cues.determiners
            and view.chunk_of[k] is None
            and (k == 0 or view.low[k - 1] != "of")
        ):
            break  # the antecedent's first word ("a man who"); "commanders of the ..." goes on
        ch = view.chunk_of[k]
        if ch is not None:
            if view._non_state(ch) or "not" in view.low[max(0, ch.first - 3) : ch.first]:
                return NONE  # "a Russian company which is accused"; "not the Russian people
                # who should be blamed"
            return view.actor_holder(ch)
    return NONE


def _relative_doer(view: SentenceView, first: int) -> Holder:
    """For a negative action at ``first`` whose subject is a relative pronoun ("the US, which has
    been bullying", "Trump's tariff wars that are threatening", "a Ukrainian counterattack which
    threatened to"), the actor of its antecedent: an actor word that modifies or owns the
    antecedent's head, or is the head itself when nothing but a determiner or the sentence's
    start comes before it (version 129). Not an actor after a verb or a preposition ("Russia
    invaded Ukraine, which threatens ...", "the war against Ukraine that is ..."): the clause or
    a larger phrase may be the antecedent."""
    cues = view.cues
    j = first - 1
    while j >= 0 and (
        view.low[j] in cues.auxiliaries
        or view.low[j] in cues.be_forms
        or view.low[j].endswith("ly")
    ):
        j -= 1
    if j < 1 or view.low[j] not in ("who", "which", "that"):
        return NONE
    k = j - 1
    if view.toks[k] == ",":
        k -= 1
    head = k
    while k >= 0 and view.chunk_of[k] is None:
        t, w = view.toks[k], view.low[k]
        if not (t.replace("-", "").isalpha() and t.islower()) or k < head - 3:
            return NONE  # no actor word within the antecedent's few last words
        if w in cues.prepositions or w in cues.determiners or w in cues.auxiliaries:
            return NONE
        if w in cues.be_forms or w in COORDINATORS:
            return NONE
        k -= 1
    if k < 0:
        return NONE
    ch = view.chunk_of[k]
    if view._non_state(ch) or view._not_itself(ch):
        return NONE  # "a Russian company which", "a Russia-backed militia that"
    if view.low[head] in cues.collective_heads or view.low[head] in OTHER_PARTIES:
        return NONE  # "U.S. terrorism victims who have claims": private people
    if ch.last == head:  # the actor is the head: only a subject-like phrase
        b = ch.first - 1
        while b >= 0 and view.low[b] in cues.determiners:
            b -= 1
        if b >= 0 and not (view.is_boundary(b) or view.toks[b] == ","):
            return NONE  # "relations between the DPRK and the US that threaten"
    return view.actor_holder(ch)


def _claimer(view: SentenceView, first: int, last: int, cues: Cues) -> str:
    """The holder of a claim noun: its possessor ("Kiev's claims") or its agent ("claims made by
    Kiev"); the one who denies or repeats it is not the claimer."""
    j = first - 1
    while j >= 0 and (view.low[j] in cues.determiners or view.low[j].endswith("ly")):
        if view.low[j] in ("its", "their", "his", "her"):
            h = view.pronoun(j)
            return h.source if h.kind == "actor" else ""
        j -= 1
    ch = view.chunk_at.get(j) if j >= 0 else None
    if ch is not None and ch.possessive:
        return view.actor_holder(ch).source if not view._anonymous(ch) else ""
    if last + 1 < view.n and view.low[last + 1] == "that":
        j = _relative_maker(view, last + 1)  # "the allegations that Moscow is making"
        if j is not None:
            return view.actor_holder(view.chunk_of[j]).source
    agent = view.participle_agent(last + 1)
    if agent is not None:  # "claims emanating from Washington" (version 118)
        return agent.source if agent.kind == "actor" else ""
    for k in range(last + 1, min(view.n, last + 7)):
        if view.is_boundary(k) or view.toks[k] == ",":
            break
        if view.low[k] == "by":
            h = view.noun_phrase(k + 1)
            return h.source if h.kind == "actor" else ""
    return ""


#: nouns of intending between a negation and "to" that deny the act after it (:func:`_denied`);
#: not the verbs ("does not seek to contain China": round 1's readers read the US cast, the
#: writer disputing its denial)
_INTENTIONS = frozenset(
    {"ambition", "ambitions", "intention", "intentions", "intent", "desire", "wish"}
)  # fmt: skip


def _denied(view: SentenceView, first: int, cues: Cues) -> bool:
    """The negative action at ``first`` is denied: "not"/"never" right before it (after
    auxiliaries), or "no <evidence/need/...>", "nothing to ..." or a form of *deny* earlier in
    the sentence, followed by "that"/"to"/"for" before the cue."""
    j = first - 1
    while j >= 0 and (view.low[j] in ("will", "would", "did", "does", "do", "could", "can")):
        j -= 1
    if j >= 0 and view.low[j] in ("not", "never", "n't"):
        return True
    opened = False
    for k in range(first - 1, max(-1, first - 15), -1):
        w = view.low[k]
        if w in ("that", "to", "for"):
            opened = True
        elif view.toks[k] in (";", ":"):
            return False
        if (
            opened
            and w in ("not", "never", "nor", "n't")
            and any(view.low[m] in _INTENTIONS for m in range(k + 1, first))
        ):
            return True  # "China does not harbor the ambition to bully", "Nor does it have
            # the desire to" (version 116, attribution round 76)
        if opened and (
            (
                w in ("no", "nothing")
                and (
                    any(view.low[m] in cues.denial_heads for m in range(k + 1, min(view.n, k + 3)))
                    or w == "nothing"
                )
            )
            or (
                w in ("deny", "denies", "denied", "denying")
                and not (k + 1 < view.n and view.chunk_of[k + 1] is not None)
            )  # not "deny Putin the ability to weaponize ...": a prevention (version 78)
        ):
            return True
    return False


def _reciprocal(view: SentenceView, first: int, last: int, cues: Cues) -> bool:
    """Blame shared by its blamers: "mutual accusations", "trading blame", "accused each
    other" / "one another"."""
    if any(view.low[k] in cues.reciprocals for k in range(max(0, first - 3), first)):
        return True
    return tuple(view.low[last + 1 : last + 3]) in RECIPROCAL_PAIRS


def _named(view: SentenceView, first: int, cues: Cues) -> Holder:
    """For a label in "X called / labelled / named Y (a) <cue>" or "denounced Y as <cue>",
    the one labelled: Y (an actor, or a pronoun resolved to an actor other than X)."""
    steps = 0
    for k in range(first - 1, max(-1, first - 10), -1):
        if view.toks[k] == '"':
            continue  # 'termed the US alliances a "Cold War legacy"'
        if view.low[k] == "quote" or (
            view.toks[k] == "," and "quote" in view.low[max(0, k - 1) : k + 2]
        ):
            continue  # 'labeled Putin a, quote, "war criminal"' (version 75, round 48)
        steps += 1
        if steps > 6:
            return NONE
        if view.is_boundary(k) or view.toks[k] == ",":
            return NONE
        if view.low[k] in cues.naming_verbs:
            if k + 1 < view.n and view.low[k + 1] == "it":
                return NONE  # "describing it as evil": "it" is an act, not an actor
            if view.low[k] in cues.naming_needs_as and "as" not in view.low[k + 1 : first]:
                return NONE  # "rejected the West's accusations (as ...)": the cue is no label
            if view.is_passive(k):  # "dismissed by Kyiv as baseless", "described by Western
                return NONE  # media as ...": the one labelled is the subject (version 75)
            return view.object(k) if k + 1 < first else NONE
    return NONE


#: verbs whose doer holds or seeks what they take ("maintain hegemony", "pursue hegemony")
_HOLDS = frozenset(
    {"maintain", "maintains", "maintained", "maintaining", "seek", "seeks", "sought", "seeking",
     "pursue", "pursues", "pursued", "pursuing", "preserve", "preserves", "preserved",
     "preserving", "consolidate", "consolidates", "consolidated", "consolidating", "exercise",
     "exercises", "exercised", "exercising"}
)  # fmt: skip

#: verbs whose doer gives up what it holds ("abandon its Cold War mentality")
_DISCARDS = frozenset(
    {"abandon", "abandons", "abandoned", "abandoning", "discard", "discards", "discarded",
     "discarding", "drop", "drops", "dropped", "dropping", "renounce", "renounces", "renounced",
     "renouncing", "shed", "sheds", "shedding", "ditch", "ditches", "ditched", "ditching",
     "quit", "quits", "quitting", "relinquish", "relinquishes", "relinquished", "relinquishing"}
)  # fmt: skip

#: what may stand between such a verb and its evaluated object ("commit these heinous crimes")
_OBJECT_DETERMINERS = frozenset(
    {"the", "this", "that", "these", "those", "such", "world", "global", "more", "further", "new",
     "a", "an", "another"}
)  # fmt: skip

#: verbs whose doer does the evaluated act they take as object (version 73)
_PERPETRATES = frozenset(
    {"commit", "commits", "committed", "committing", "perpetrate", "perpetrates", "perpetrated",
     "perpetrating", "continue", "continues", "continued", "continuing", "wage", "wages",
     "waged", "waging", "unleash", "unleashes", "unleashed", "unleashing", "inflict", "inflicts",
     "inflicted", "inflicting", "conduct", "conducts", "conducted", "conducting",
     # version 75 (round 48): "Putin is making reckless nuclear threats"
     "make", "makes", "made", "making",
     # version 83 (round 55): "Russia plans to hold illegal referendums"
     "hold", "holds", "held", "holding",
     # version 76: "Russia is preparing brutal provocations", "launched a brutal attack"
     "prepare", "prepares", "prepared", "preparing", "stage", "stages", "staged", "staging",
     "orchestrate", "orchestrates", "orchestrated", "orchestrating", "launch", "launches",
     "launched", "launching", "mount", "mounts", "mounted", "mounting",
     # version 113 (round 73): "spreading lies", "peddling propaganda", "replicating crimes"
     "replicate", "replicates", "replicated", "replicating", "spread", "spreads", "spreading",
     "peddle", "peddles", "peddled", "peddling"}
)  # fmt: skip

#: "carry out" / "carried out" + an evaluated act (version 73)
_CARRY = frozenset({"carry", "carries", "carried", "carrying"})

#: the particle after a verb of these phrases -> the verb's forms ("give up", "carry out",
#: "engaged in": version 114, attribution round 74)
_PARTICLE_VERBS = {
    "up": frozenset({"give", "gives", "gave", "giving"}),
    "out": _CARRY,
    "in": frozenset({"engage", "engages", "engaged", "engaging"}),
    # version 127 (round 83): "continues to resort to coercion"
    "to": frozenset({"resort", "resorts", "resorted", "resorting"}),
}


def _pronoun_subject(view: SentenceView, k: int) -> bool:
    """The verb at ``k`` has a third-person pronoun as its subject, past auxiliaries and
    adverbs ("as it conducts", "they have continued"): its antecedent is too uncertain for a
    target (version 73: "support to Russia as it conducts brutal attacks" is not China's)."""
    j = k - 1
    while j >= 0 and (
        view.low[j] in view.cues.auxiliaries
        or view.low[j] in view.cues.be_forms
        or view.low[j].endswith("ly")
    ):
        j -= 1
    return j >= 0 and view.toks[j] in view.cues.third_person


def _holder_of_object(view: SentenceView, first: int) -> Holder:
    """For an evaluative word as the object of a verb of giving up or of holding ("abandon
    (the) Cold War mentality", "give up hegemony", "maintain world hegemony"), or of doing
    (version 73, attribution round 47: "Russian troops commit heinous crimes", "have continued
    treacherous shelling", "carried out these barbaric strikes"): the one who holds or does it,
    the actor an appeal asks to give it up ("urges U.S., U.K. to abandon ...", "calls on X to
    drop ...") or the doer of the verb ("U.S. quest to maintain ...": the quest's actor)."""
    run = first
    while run < view.n and view.toks[run][:1].isupper():
        run += 1
    if run - first >= 3 and first > 0 and not view.is_boundary(first - 1):
        return NONE  # a name: "launched the Kleptocracy Asset Recovery Rewards Program"
    k = first - 1
    while k >= 0 and view.low[k] in _OBJECT_DETERMINERS:
        k -= 1  # not "its": attached() reads possessives
    if k >= 1 and view.low[k - 1] in _PARTICLE_VERBS.get(view.low[k], ()):
        k -= 1  # "give up hegemony", "carried out barbaric strikes"
    elif k < 0 or not (
        view.low[k] in _DISCARDS or view.low[k] in _HOLDS or view.low[k] in _PERPETRATES
    ):
        return NONE
    if any(w in ("not", "never", "n't", "no") for w in view.low[max(0, k - 3) : k]):
        return NONE  # "China will never seek hegemony": a denied act casts no one
    if view.low[max(0, k - 2) : k] in (["rather", "than"], ["instead", "of"]):
        return NONE  # "rather than seeking a zero-sum game" (version 76)
    if (view.low[k] in _PERPETRATES or view.low[k] in _CARRY) and (
        _denied(view, k, view.cues) or _pronoun_subject(view, k)
    ):
        return NONE  # "no evidence Russian troops had carried out ...", "as it conducts"
    if k >= 1 and view.low[k - 1] == "to":
        for j in range(k - 2, max(-1, k - 16), -1):
            if view.toks[j] in (";", ":", "!", "?"):
                break  # not is_boundary: "U.S., U.K." splits into "." tokens
            w = view.low[j]
            if w in ("on", "upon") and j >= 1:
                w = view.low[j - 1]  # "calls on X to drop ...": X follows "on"
            if w in _APPEALS:
                h = view.noun_phrase(j + 1)
                return h if h.kind == "actor" else NONE
    return view.doer(k)


def _fronted_by(view: SentenceView, first: int) -> Holder:
    """The doer of an -ing form in a phrase that opens its sentence with "By": the subject of
    the main clause after the phrase's comma ("By coercing other countries to ..., the Trump
    administration will only evoke opposition"), within 30 tokens; NONE when the phrase does
    not open the sentence or no actor follows its comma (version 127)."""
    if first < 1 or view.low[first - 1] != "by" or not view.low[first].endswith("ing"):
        return NONE
    if any(view.toks[k].isalnum() for k in range(first - 1)):
        return NONE  # "Washington damaged ties by interfering": doer() reads that
    comma = next(
        (k for k in range(first + 1, min(view.n - 1, first + 30)) if view.toks[k] == ","), None
    )
    if comma is None or any(view.is_boundary(k) for k in range(first + 1, comma)):
        return NONE
    if view.toks[comma + 1] in view.cues.third_person:
        return NONE  # "By threatening China, it ...": the pronoun may stand for China
    return view.noun_phrase(comma + 1)


def _blamed_on(view: SentenceView, i: int) -> Holder:
    """The actor after "on" in "blame <something> on X" ("blaming some of them on Ukrainian
    strikes", "pinned the blame for the situation on Russia"), within eight tokens of the verb
    and its clause; not past the "for" of an object ("blame Russia for attacks on Ukraine"),
    nor an "on" phrase inside the object ("blamed EU sanctions on Russian banks for ...")."""
    for k in range(i + 1, min(view.n, i + 9)):
        if view.toks[k] == "," or (view.is_boundary(k) and view.toks[k] != '"'):
            return NONE
        if view.low[k] == "for" and k > i + 1:
            return NONE
        if view.low[k] == "on":
            for m in range(k + 1, min(view.n, k + 6)):
                if view.low[m] == "for":
                    return NONE  # the object's "sanctions on Russian banks", then "for"
                if view.toks[m] == "," or view.is_boundary(m):
                    break
            return view.noun_phrase(k + 1) if k + 1 < view.n else NONE
    return NONE


def _accused_of(view: SentenceView, first: int, cues: Cues) -> Holder:
    """For a word in the complement of a blame verb ("accused China of *hypocrisy*"), the one
    blamed: the verb's object, or the subject of its passive."""
    seen_of = False
    for k in range(first - 1, max(-1, first - 10), -1):
        w = view.low[k]
        if view.is_boundary(k) or view.toks[k] == ",":
            return NONE
        if w in ("of", "for"):
            seen_of = True
        elif w in cues.blame and seen_of:
            if view.is_passive(k) or view.low[k + 1 : k + 3] in (_EACH_OTHER, _ONE_ANOTHER):
                return view.subject(k)  # "Russia and Ukraine accused each other of atrocities"
            return view.object(k)
    return NONE
