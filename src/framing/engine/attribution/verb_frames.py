"""The frame of a reporting verb (:func:`_verb_frame`): its holder (subject, *by* agent,
postposed or fronted tag, free relative) and its scope, by the verb rules ``docs/metrics.md``
describes under "Voice, source and target"; and the briefing frame built on it."""

from __future__ import annotations

from framing.engine.attribution.frame import (
    _ALLEGED,
    _CLAIM_NOUNS,
    _DATES,
    _DENIALS,
    _POINT_OUT,
    _POSSESSIVE,
    Frame,
)
from framing.engine.attribution.frame_checks import (
    _appealed_to,
    _bare_document_subject,
    _before_plain_noun,
    _cannot,
    _clause_follows,
    _controller,
    _evidence_subject,
    _existential,
    _expletive,
    _free_relative,
    _headline_report,
    _in_amid_phrase,
    _in_title,
    _named_possessor,
    _negated_passive,
    _obliged,
    _plain_word,
    _quantifier_subject,
    _reports_nothing,
    _share_of_people,
    _shared_subject,
    _stance_verb_subject,
    _thing_indicates,
    _thing_suggests,
    _unnamed_document,
)
from framing.engine.attribution.frame_scope import (
    _CLAUSE_MARKS,
    _being_phrase_end,
    _clause_after_semicolon,
    _ends_sentence,
    _phrase_end,
    _relative_close,
    _restrictive_end,
    _restrictive_who,
    _scope_end,
    _subject_clause_start,
    _with_names,
)
from framing.engine.attribution.frame_tags import (
    _as_tag,
    _final_tag,
    _fronted_end,
    _medial_end,
    _postposed,
    _tag_ends,
    _tag_subject_ends,
)
from framing.engine.attribution.word_frames import (
    _adjective_like,
    _as_label_frame,
    _claim_noun,
    _document_frame,
    _object_frame,
    _relative_maker,
    _seen_as_frame,
)
from framing.engine.clauses import AUTHOR, MEANS, NONE, OTHER, VAGUE, Holder, SentenceView
from framing.engine.cues import Cues

#: participles that only report speech: after a comma they continue the main clause's report
#: also when its holder is no actor ("Claire Hoyland from Fire Aid said ..., adding that ...")
_SAYING = frozenset(
    {"adding", "saying", "stating", "noting", "telling", "writing", "insisting", "declaring",
     "explaining", "stressing", "emphasising", "emphasizing", "reiterating", "recalling"}
)  # fmt: skip

#: number words before a plural noun that is also a verb form ("two suspects", "dozens of")
_NUMBERS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
     "hundreds", "thousands", "several", "both", "many"}
)  # fmt: skip


#: participles used as adjectives after a preposition (not "have since blamed")
_ATTRIBUTIVE = _ALLEGED | {"suspected", "presumed", "reported", "claimed", "perceived"}


#: forms of "deny": with a noun phrase for object they report no words of the denier's
_DENY_FORMS = frozenset({"deny", "denies", "denied", "denying"})
_DENY = _DENY_FORMS | {"refute", "refutes", "refuted", "refuting"}  # version 114; a headline's
# "X refutes false info slandering ..." is X's wording (round 8's headline convention)

#: forms of "consider", which before a gerund deliberates ("is considering sending troops")
_CONSIDER = frozenset({"consider", "considers", "considered", "considering"})

#: pronouns in -ing, objects of "consider" that are no gerund ("considered nothing certain")
_THING_WORDS = frozenset({"nothing", "something", "anything", "everything"})

#: possessive pronouns before a participle used as an adjective ("his suggested agreement");
#: not "her" ("told her that")
_POSSESSIVE_PRONOUNS = frozenset({"his", "its", "their", "our", "my", "your"})

#: words after such a participle that show a verb or a phrase, not a noun it modifies
#: ("his suggested to", "their claimed by")
_NOT_NOUN_AFTER = frozenset({"that", "to", "by", "of", "as", "and", "or", "in", "on", "at"})


def _verb_frame(view: SentenceView, i: int, cues: Cues) -> Frame | None:
    """The frame verb ``i`` opens (:func:`_verb_frame_of`); "believe in X" is its holder's
    attitude but reports no proposition: its frame covers no words (version 59: "..., helps to
    believe in yourself" had taken the clause before it, round 33)."""
    f = _verb_frame_of(view, i, cues)
    if f is not None and i + 1 < view.n and view.low[i + 1] == "in" and view.low[i] in cues.belief:
        return f._replace(scope_lo=i + 1, scope_hi=i + 1)
    if f is not None and _free_relative(view, i, cues):
        return f._replace(scope_lo=i + 1, scope_hi=i + 1)
    return f


#: base forms of belief verbs that, opening a clause before "that", ask the hearer to think
#: it: the speaker's own statement ("In context, consider that ..."; version 85)
_IMPERATIVE_THOUGHTS = frozenset({"consider", "imagine", "remember", "recall"})

#: what may stand before an imperative "believe me" (:func:`_verb_frame_of`)
_IMPERATIVE_BEFORE = frozenset({",", "—", "–", "-", ";", ":", "and", "but", "so", "please", '"'})


#: what a rule of :func:`_verb_frame_of` returns when it leaves the word to the rules after it
_READ_ON = object()


def _verb_frame_of(view: SentenceView, i: int, cues: Cues) -> Frame | None:
    """The frame of the frame word at token ``i``, None when it opens none: the words around
    it first (:func:`_neighbours_frame`, :func:`_non_verb_frame`), then the frame of a passive
    (:func:`_passive_frame`) or of an active verb (:func:`_active_frame`)."""
    if _in_title(view, i) or _reports_nothing(view, i):
        return None  # the "Don't Say Gay" law, "refuse to condemn", "reason to think" (v. 92)
    f = _neighbours_frame(view, i, cues)
    if f is not _READ_ON:
        return f
    f = _non_verb_frame(view, i, cues)
    if f is not _READ_ON:
        return f
    end = _scope_end(view, i + 1)
    close = _relative_close(view, i, end)
    if close is not None:
        end = close  # "The plan, which X announced in June, is probably ...": v. 86
    if view.is_passive(i):
        return _passive_frame(view, i, cues, min(end, _being_phrase_end(view, i)))
    return _active_frame(view, i, cues, end)


def _neighbours_frame(view: SentenceView, i: int, cues: Cues):
    """What the verb's own word and the words right after it decide (a :class:`Frame`, None
    for no frame, or :data:`_READ_ON`): a claim noun or a denial with no content, evidence
    that indicates or suggests, a deliberation, a passive of seeing "as", a verb that needs
    "that", a headline's word outside a headline, a document's report."""
    w = view.low[i]
    nxt = view.low[i + 1] if i + 1 < view.n else ""
    nxt2 = view.low[i + 2] if i + 2 < view.n else ""
    if (
        w in _CLAIM_NOUNS
        and nxt == "that"
        and _relative_maker(view, i + 1) is not None
        and _claim_noun(view, i, cues)
    ):
        return None  # "the false claims that Russia has made about ...": no content (v. 78)
    if (
        w in _DENY
        and not (view.headline and w not in _DENY_FORMS)
        and nxt not in ("that", ",", '"', "")
        and not _clause_follows(view, i, own_clause=True)
        and not _postposed(view, i)
    ):
        if w in cues.naming_needs_as:  # "Ukraine refuted these claims as "misinformation"":
            return _as_label_frame(view, i)  # the label is Ukraine's (version 114, round 74)
        return None  # "Russia has denied any involvement in the atrocities": the object
        # is the writer's account of what is denied (version 112, attribution round 72)
    if w in _INDICATE and _thing_indicates(view, i, cues):
        return None  # "The current situation clearly indicates that", "it would indicate
        # that": evidence, no one's report (version 114)
    if w in _SUGGEST and (_evidence_subject(view, i, cues) or _thing_suggests(view, i, cues)):
        return None  # "IFW figures suggest", "Tillerson's remarks suggest that", "these efforts
        # suggest": the writer's inference from evidence, no one's report (versions 114, 120)
    if w in _CONSIDER and nxt.endswith("ing") and nxt not in _THING_WORDS:
        return None  # "Trump is considering imposing restrictions": a deliberation, no belief
        # held (version 112, attribution round 72)
    if w in cues.vague_passives_as:
        as_next = nxt == "as" or (nxt == "by" and "as" in view.low[i + 2 : i + 7])
        if as_next and nxt == "as" and nxt2 in _CLAUSE_SUBJECTS:
            return None  # "he was seen as he left": a time clause, no judgement (version 139)
        if as_next and view.is_passive(i):
            return _seen_as_frame(view, i)
        if w not in cues.frame_verbs:
            return None  # "seen by the BBC", "have seen": no frame
    if (
        w in cues.need_that
        and "that" not in (nxt, nxt2)
        and not _headline_report(view, i, cues)
        and not (nxt == "to" and w in cues.vague_passives and view.is_passive(i))
        and not _final_tag(view, i)
        and not (
            w in _POINT_OUT
            and nxt == "out"
            and (nxt2 in cues.determiners or nxt2 in cues.question_words)
        )  # "pointed out the latest ...", "pointed out how ..."; not "as you pointed out -"
    ):  # "are estimated to" opens a frame (version 51); "an estimated 5,000" does not
        return None
    if not view.headline and w in cues.headline_only_words:
        return None  # a headline's appeal or passive of saying ("urges", "advised")
    if w.endswith("ing") and i > 0 and view.low[i - 1] in cues.document_nouns:
        f = _document_frame(view, i, cues)
        if f is not None:
            return f
    return _READ_ON


def _non_verb_frame(view: SentenceView, i: int, cues: Cues):
    """What shows the word is no reporting verb of a holder here (a :class:`Frame`, None for
    no frame, or :data:`_READ_ON`): belief "of / about", "cannot", an imperative, the
    speaker's irony or certainty, a noun or an adjective (after a number, "such", a
    possessive, a determiner: the weak frame of an attributive "alleged"), an existential
    "there are", "to blame", what a headline's appeal asks."""
    w = view.low[i]
    nxt = view.low[i + 1] if i + 1 < view.n else ""
    prev = view.low[i - 1] if i > 0 else ""
    if (
        w in cues.belief
        and nxt in ("of", "about", "over", "twice", "again")
        and not (view.headline and view.is_passive(i))  # "Russia suspected of ..."
    ):
        return None
    if w in cues.belief and nxt != "that" and _cannot(view, i) and not _clause_follows(view, i):
        return None  # "those who cannot even imagine the extent of tyranny": no belief held
        # (version 69); not "could not believe a major land war could break out"
    if w in cues.blame and _cannot(view, i):
        return None  # "Pyongyang cannot blame others if ...": the writer's judgement, no one
        # blames (version 121, attribution round 80)
    imperative = i == 0 or prev in _IMPERATIVE_BEFORE  # the clause opens with the verb
    if nxt in ("me", "us") and w in cues.belief and imperative:
        return None  # "It will sound, believe me, firmly.": the speaker's assurance (version 67)
    if w in _IMPERATIVE_THOUGHTS and nxt == "that" and imperative:
        return None  # "..., consider that ...": the speaker asks the hearer to (version 85)
    if w in cues.belief and (
        prev == "you'd" or (prev == "would" and i >= 2 and view.low[i - 2] == "you")
    ):
        return None  # "You'd think if the Republicans cared, ...": the speaker's irony (v. 85)
    if prev in ("no", "little") and nxt == "that" and _existential(view, i - 2):
        return None  # "There is no doubt that ...": the writer's certainty (version 65)
    if (prev[:1].isdigit() or prev in _NUMBERS) and (w.endswith("s") or w in _ATTRIBUTIVE):
        return None  # a noun or adjective: "Two suspects dead", "12 states that", "80 suspected"
    if w.endswith("s") and (prev == "such" or (w == "suspects" and _adjective_like(prev))):
        return None  # nouns: "Such remarks are preposterous", "economic criminal suspects"
        # (version 121: China Daily rows of rounds 77 and 80 the rules gave a report)
    if view.headline and _in_amid_phrase(view, i):
        return None  # inside the writer's "amid" phrase: "amid pressure to condemn Russia"
    if _possessed_participle(view, i, cues, w, prev, nxt):
        return None
    if _attributive_use(view, i, cues, w, prev, nxt) or _determined_noun(view, i, cues, prev):
        if w in _ALLEGED and i + 1 < view.n:
            # the noun phrase "alleged" governs is someone's claim, unnamed (readers' guide)
            return Frame(i, i, i + 1, _phrase_end(view, i + 1, cues), VAGUE, weak=True)
        return None
    if prev in cues.be_forms and i >= 2 and view.low[i - 2] == "there":
        return None  # "there are reports that": an existential frame (see frames())
    if view.to_blame(i):
        return None  # "Moscow is to blame for ...": Moscow is blamed, it blames nobody
    if prev == "to" and view.headline and _appealed_to(view, i, cues):
        return None  # "urges the US to assume ...": what the US is urged to do (round 17)
    return _READ_ON


def _attributive_use(view: SentenceView, i: int, cues: Cues, w: str, prev: str, nxt: str) -> bool:
    """A participle of claim or suspicion used as an adjective: "dead of suspected poisoning",
    "DPRK's suspected launch", an opening "Suspected gaokao leaks" (round 17), "a missile test
    and suspected nuclear activities" (version 126); not "identified as suspected", "Suspected
    of ...", "and suspected Ukraine of ..."."""
    return (
        w in _ATTRIBUTIVE
        and (
            prev in cues.prepositions
            or prev.endswith(_POSSESSIVE)
            or (i == 0 and nxt.isalpha())
            or (view.headline and _before_plain_noun(view, i, cues))
            or (prev in ("and", "or") and _plain_word(view, i + 1, cues))
        )
        and prev != "as"
        and nxt not in ("that", "of", "to", "by")
    )


def _possessed_participle(
    view: SentenceView, i: int, cues: Cues, w: str, prev: str, nxt: str
) -> bool:
    """A participle or a plural noun after a possessive: "his suggested agreement is likely
    ..." (an adjective, version 112, attribution round 72), "Tillerson's remarks suggest ..."
    (a noun, version 114, attribution round 74): no report."""
    if (
        w.endswith("ed")
        and w not in _ATTRIBUTIVE
        and (prev in _POSSESSIVE_PRONOUNS or _named_possessor(view, i - 1))
        and nxt.isalpha()
        and nxt not in _NOT_NOUN_AFTER
        and nxt not in cues.determiners
    ):
        return True
    return (
        w.endswith("s")
        and not w.endswith("ss")
        and (prev in _POSSESSIVE_PRONOUNS or _named_possessor(view, i - 1))
    )


def _determined_noun(view: SentenceView, i: int, cues: Cues, prev: str) -> bool:
    """A determiner before the word makes it a noun: "the report", "a claim", "some reports";
    not "some say", "many believe", "you all think" (version 98)."""
    return (
        prev in cues.determiners
        and prev not in cues.third_person
        and prev != "that"
        and not _quantifier_subject(view, i, cues)
        and not (prev == "all" and i >= 2 and view.low[i - 2] in _ALL_PRONOUNS)
    )


def _passive_frame(view: SentenceView, i: int, cues: Cues, end: int) -> Frame | None:
    """The frame of a passive verb ``i`` whose scope ends at ``end``: its "by" agent's, a
    vague one ("China was accused of", "it is said that", "X is believed to", "... was
    emphasized."), a headline's ("Washington urged to stop"); None for the writer's own remark
    ("it should be noted that") or no frame."""
    w = view.low[i]
    nxt = view.low[i + 1] if i + 1 < view.n else ""
    prev = view.low[i - 1] if i > 0 else ""
    if w in cues.frame_only_participles and not view.after_be(i):
        return None  # "the right affirmed by Roe v. Wade is under attack" (version 51)
    if w in cues.expletive_passives and w not in cues.frame_verbs:
        if nxt != "that" or not _expletive(view, i, cues) or view.low[i - 1] == "be":
            return None  # "she will hardly be accepted by the Taiwan people" (version 133)
        return Frame(i, i, i + 1, end, VAGUE)  # "it is now generally accepted that"
    agent = view.by_agent(i)
    if (
        agent.kind != "none"
        and prev == "as"
        and i >= 2
        and view.toks[i - 2] == ","
        and w in cues.speech
        and "," not in view.toks[i + 1 :]
    ):  # "..., as stated by the Main Intelligence Directorate." (version 76): the clause
        # before it; not "as deemed by X" (no speech), "However, as underscored by X, ..."
        return Frame(i, i, _clause_after_semicolon(view, i - 2), i - 2, agent)
    if agent.kind != "none":
        return Frame(i, i, i + 1, end, agent)
    expletive = _expletive(view, i, cues)
    if w in cues.blame:
        return Frame(i, i, i + 1, end, VAGUE)  # "China was accused of ...", "was condemned"
    if (w in cues.readout_passives or w in cues.expletive_passives) and view.low[i - 1] == "be":
        return None  # "it should be noted / must be accepted that": the writer's own remark
        # (versions 52, 133)
    if w in cues.readout_final_passives and _ends_sentence(view, i) and view.after_be(i):
        return Frame(i, i, _subject_clause_start(view, i), i, VAGUE)  # "... was emphasized."
    if w in cues.vague_passives and (nxt in ("that", "to") or expletive):
        if expletive and _negated_passive(view, i) and nxt != "that":
            return None  # "It is not known, though, whether ...": the writer's doubt, no
            # one's report (version 121, attribution round 69)
        return Frame(i, i, i + 1, end, VAGUE)  # "it is said that", "X is believed to"
    if expletive and nxt == "that" and (w in cues.belief or w in cues.expletive_passives):
        return Frame(i, i, i + 1, end, VAGUE)  # "it had been expected that" (round 5), "it is
        # generally accepted that" (version 133)
    if view.headline and not view.after_be(i):
        # "Washington urged to stop interfering", "Russia suspected of ..." (round 12)
        return Frame(i, i, i + 1, end, VAGUE)
    return None


def _active_frame(view: SentenceView, i: int, cues: Cues, end: int) -> Frame | None:
    """The frame of an active frame verb ``i`` whose scope ends at ``end`` (or at the comma
    of a fronted phrase it stands in): its subject's (:func:`_active_holder`), over an "as X
    said" tag's clause, a participle's (:func:`_participial_frame`,
    :func:`_gerund_holder`), an unplaced verb's
    (:func:`_unplaced_frame`), a postposed tag's (:func:`_postposed_frame`)."""
    w = view.low[i]
    if w not in cues.frame_verbs and not (
        view.headline and w in cues.headline_stance_verbs and _stance_verb_subject(view, i)
    ):
        return None  # a headline's appeal needs its subject ("China urges"; "medical support")
    if _obliged(view, i, cues):
        return None  # "The world must recognize that ...": the writer's demand (version 59)
    fronted = _fronted_end(view, i, cues)
    if fronted is not None:
        end = min(end, fronted)
    infinitive = i > 0 and view.low[i - 1] == "to"
    holder, end = _active_holder(view, i, cues, end, infinitive)
    tag = _as_tag(view, i, cues)
    if tag is not None and holder.kind != "none":
        return Frame(i, i, tag[0], tag[1], holder)
    if w.endswith("ing") and holder.kind != "none":
        j = i - 1  # a gerund or participle has a subject only right before it
        while j >= 0 and (view.low[j].endswith("ly") or view.low[j] in ("not", "never")):
            j -= 1
        adjacent = j >= 0 and _subject_at(view, j, cues)
        if not adjacent and j >= 0 and view.toks[j] == ",":
            return _participial_frame(view, i, cues, holder, end)
        holder = _gerund_holder(view, i, j, adjacent, holder)
    if holder.kind == "none" or (infinitive and holder is OTHER):
        return _unplaced_frame(view, i, cues, holder, infinitive, end)
    return _postposed_frame(view, i, cues, holder, end)


def _active_holder(
    view: SentenceView, i: int, cues: Cues, end: int, infinitive: bool
) -> tuple[Holder, int]:
    """The holder of active verb ``i`` and its scope's end: the subject, else one shared with
    an earlier verb (a restrictive "who say that ..." ends the scope); an unnamed study or
    survey is vague, a headline's unqualified office the outlet's state."""
    w = view.low[i]
    holder = view.subject(i)
    if holder.kind == "none" and not infinitive and not w.endswith("ing"):
        holder = _shared_subject(view, i)
        if holder.kind != "none" and _restrictive_who(view, i):
            end = _restrictive_end(view, i + 1, end)  # "... who say that X may fail were ..."
    if holder is OTHER and view.headline and _bare_document_subject(view, i, cues):
        holder = VAGUE  # "Study reveals ... may ...": a study no one is named for (round 13)
    elif holder is OTHER and not view.headline and _unnamed_document(view, i, cues):
        holder = VAGUE  # "Studies suggest that ...", "industry analysis suggests" (version 88)
    elif holder is OTHER and _share_of_people(view, i):
        holder = VAGUE  # "60% of those surveyed believed" (version 123, attribution round 81)
    elif holder is OTHER and view.home:
        holder = view.office_subject(i)  # "Spokesperson denounces ...": the outlet's state
    return holder, end


def _subject_at(view: SentenceView, j: int, cues: Cues) -> bool:
    """Token ``j`` may be the subject (or its verb "be") right before a gerund: a form of be,
    an actor, a pronoun, a vague head, a name."""
    return (
        view.low[j] in cues.be_forms
        or view.chunk_of[j] is not None
        or view.toks[j] in cues.third_person
        or view.toks[j] in cues.first_person
        or view.low[j] in cues.vague_heads
        or _with_names(view, j)
    )


def _participial_frame(
    view: SentenceView, i: int, cues: Cues, holder: Holder, end: int
) -> Frame | None:
    """A participial clause after a comma ("X warned ..., stating that ...") speaks for the
    main clause's holder when the rules name it; else it opens no frame of its own ("...,
    suggesting the toll could be higher": the writer's inference). An unnamed holder speaks
    only by a verb of saying or blame ("Assad backed the operation, condemning ...", version
    68), and its blame yields to any other frame over the match ("Russian officials denied
    that ..., denouncing ...")."""
    w = view.low[i]
    if holder.kind not in ("actor", "vague") and not (
        holder.kind == "other" and (w in _SAYING or w in cues.blame)
    ):
        return None
    weak = holder.kind == "other" and w not in _SAYING  # "X said ..., adding that" (round 6)
    return Frame(i, i, i + 1, end, holder, weak=weak)


def _gerund_holder(view: SentenceView, i: int, j: int, adjacent: bool, holder: Holder) -> Holder:
    """The holder of a gerund ``i`` whose word before it (past adverbs) is token ``j``:
    an actor right before it ("with the White House declaring that", att4), the doer of the
    clause after a preposition of means ("Kiev wants to frame Moscow by accusing it", att4;
    "Putin made a point of noting that", version 69), else none when no subject is adjacent;
    the subject found otherwise."""
    w = view.low[i]
    ch = view.chunk_of[j] if j >= 0 else None
    if adjacent and holder is OTHER and ch is not None and ch.last == j and not ch.possessive:
        holder = view.actor_holder(ch)
    # "it goes without saying that" is an idiom, not a gerund of means
    idiom = w == "saying" and j >= 0 and view.low[j] == "without"
    point_of = j >= 2 and view.low[j] == "of" and view.low[j - 1] == "point"
    if not adjacent and j >= 0 and (view.low[j] in MEANS or point_of) and not idiom:
        return view.doer(i)
    if not adjacent:
        return NONE
    return holder


def _unplaced_frame(
    view: SentenceView, i: int, cues: Cues, holder: Holder, infinitive: bool, end: int
) -> Frame:
    """The frame of verb ``i`` with no subject (or an unplaced one before an infinitive): a
    postposed "..., said the minister" (not after a participle, "..., suggesting X", nor an
    infinitive: "Instead, he chose to accuse China" names China the accused, version 121; nor
    before a pronoun that opens the complement, '" and claimed he is', version 140); the
    subject of the verb that controls an infinitive ("he chose to accuse"), weak when unplaced
    (version 122, attribution round 42); else the author's ("it is fair to say that")."""
    w = view.low[i]
    post = _postposed(view, i)
    after = view.noun_phrase(i + 1, limit=4) if i + 1 < view.n else NONE
    inverted = not w.endswith("ing") and not infinitive and not _complement_pronoun(view, i)
    if post is not None and inverted and (after.kind != "none" or holder.kind != "none"):
        h = after if after.kind != "none" else holder
        return Frame(i, i, _clause_after_semicolon(view, post), post, h)  # "..., said X."
    ctrl = _controller(view, i) if infinitive and holder is OTHER else None
    if ctrl is not None:
        h = view.subject(ctrl)
        if h.kind in ("actor", "vague"):
            return Frame(i, i, i + 1, end, h)
        # "Putin emphasised that attempts to blame Russia ... were groundless" is Putin's report
        return Frame(i, i, i + 1, end, OTHER, weak=True)
    return Frame(i, i, i + 1, end, AUTHOR)  # "it is fair to say that", "Assuming ..."


def _postposed_frame(
    view: SentenceView, i: int, cues: Cues, holder: Holder, end: int
) -> Frame | None:
    """The frame of verb ``i`` with its ``holder``: over the clause before a postposed tag
    ("..., said President Volodymyr Zelenskyy during the press marathon", version 78; '"...,"
    the minister said.', "The plan, he said, was absurd.", version 132), none for a postposed
    denial ("Ukraine claims ..., Russia denies"); else over the words after it up to ``end``."""
    w = view.low[i]
    post = _postposed(view, i)
    if (
        post is not None
        and post == i - 1
        and w in cues.tag_verbs
        and view.toks[post] == ","
        and _tag_subject_ends(view, i + 1)
    ):
        after = view.noun_phrase(i + 1, limit=6)
        if after.kind == "actor":
            return Frame(i, i, _clause_after_semicolon(view, post), post, after)
    if post is not None and (i + 1 >= _scope_end(view, i) - 3 or _tag_ends(view, i)):
        if w in _DENIALS:
            return None  # "Ukraine claims ..., Russia denies": the claim is not Russia's words
        lo = _clause_after_semicolon(view, post)
        hi = _medial_end(view, i, lo, post)  # "The plan, he said, was absurd." (version 132)
        return Frame(i, i, lo, post if hi is None else hi, holder)
    return Frame(i, i, i + 1, end, holder)


#: the topic's preposition after a briefing verb's object (dates after "on" are no topic)
_BRIEFING_TOPICS = frozenset({"about", "on"})

#: before "informed" as an adjective ("more informed decisions", "a well informed source")
_ADJECTIVAL = frozenset({"more", "less", "most", "well", "better", "fully", "ill", "poorly", "a",
                         "an", "the", "properly", "adequately", "badly"})  # fmt: skip


def _briefing_frame(view: SentenceView, i: int, cues: Cues) -> Frame | None:
    """ "X informed Y about Z", "X briefed Y on Z": Z, up to the clause's end, is X's account
    (version 70, attribution round 44); a speech frame first ("informed him that"). The object
    is one to six words without a clause mark or another preposition than "of"; not a passive
    ("was briefed on"), not an adjective ("more informed decisions about"), not "on Monday", and
    only for a subject the rules see and place (not a vague one)."""
    if view.low[i] in cues.frame_words:
        f = _verb_frame(view, i, cues)
        if f is not None:
            return f
    low, n = view.low, view.n
    if view.is_passive(i) or (i > 0 and (low[i - 1] == "to" or low[i - 1] in _ADJECTIVAL)):
        return None  # "more informed decisions about their health"
    for k in range(i + 2, min(n - 1, i + 8)):
        w = low[k]
        if w in _BRIEFING_TOPICS:
            if w == "on" and low[k + 1] in _DATES:
                return None  # "briefed reporters on Monday"
            f = _object_frame(view, i, k)
            # a vague subject: "experiences have informed his thinking on", "he, together with
            # other officials, informed them about"
            return None if f is None or f.holder.kind == "vague" else f
        if (
            view.is_boundary(k) or view.toks[k] in _CLAUSE_MARKS or w in cues.prepositions
        ) and w != "of":
            return None
    return None


#: pronouns before "all" that make it no determiner of the verb after it ("You all think",
#: "they all believe"; version 98)
_ALL_PRONOUNS = frozenset({"you", "we", "they", "y'all"})
#: subject pronouns that open a clause after "as" ("seen as he left": a time clause)
_CLAUSE_SUBJECTS = frozenset({"i", "he", "she", "we", "they", "you"})

#: forms of "indicate", a report only of a person's or a body's (:func:`_thing_indicates`)
_INDICATE = frozenset({"indicate", "indicates", "indicated", "indicating"})

#: forms of "suggest", whose subject may be evidence (:func:`_evidence_subject`; "indicate"
#: reads :func:`_thing_indicates`)
_SUGGEST = frozenset({"suggest", "suggests", "suggested"})


def _complement_pronoun(view: SentenceView, i: int) -> bool:
    """The word after verb ``i`` is a subject pronoun that opens its complement ('" and claimed
    he is determined'), not the speaker of an inverted tag ('...," said he.'): a word other
    than punctuation follows it (version 140: a "he" the pronoun rules now resolve had been
    taken for the speaker)."""
    j = i + 1
    return (
        j + 1 < view.n
        and view.low[j] in ("he", "she", "they", "it")
        and view.toks[j + 1] not in (",", ".", ";", ":", ")", "!", "?")
    )
