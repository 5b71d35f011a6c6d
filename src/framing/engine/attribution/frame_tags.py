"""Reporting tags: a postposed *..., X said*, a fronted *As X noted,*, a final tag after a
quotation, and the subject that ends a tag."""

from __future__ import annotations

from framing.engine.attribution.frame_scope import _bare, _no_subject, _scope_end
from framing.engine.clauses import SentenceView
from framing.engine.cues import Cues


def _as_tag(view: SentenceView, i: int, cues: Cues) -> tuple[int, int] | None:
    """Scope of a frame verb ``i`` in an "as X (has) said" tag: the clause after the tag's comma
    ("As Beijing has said, ...") or the clause before the tag ("..., as Beijing has said")."""
    for j in range(i - 1, max(-1, i - 7), -1):
        if view.low[j] == "as":
            break
        if view.adverb_once(j, i):
            continue  # "as Larry Summers once said"
        if view.toks[j] in (",", ";") or view.is_boundary(j):
            return None
    else:
        return None
    if j + 1 == i:
        return None  # "as said", "as described"
    if i + 1 < view.n and view.low[i + 1] == "that" and view.low[j + 1] not in _EVIDENCE_SUBJECTS:
        return None  # "..., as Western politicians say that Kiev ...": a reason clause whose
        # verb reports what follows, not a tag (version 112, attribution round 72)
    # "As Beijing has said, ...", "In addition, as the President noted, ..." (version 66)
    comma = next((k for k in range(i + 1, view.n) if view.toks[k] == ","), None)
    if j == 0 or (
        view.toks[j - 1] == ","
        and " ".join(view.low[: j - 1]) in cues.sentence_connectives
        and _bare(view.toks[j + 1]).lower() not in ("you", "i", "we")  # "So, as you said,
        # we're ...": an echo; "First, as we've been warning, ...": the speaker's own
        and comma is not None
        and comma - i <= 4  # a tag's verb has no object ("Today, as the House announces a
        # resolution on ..., I ...": a time clause)
    ):
        return None if comma is None else (comma + 1, _scope_end(view, comma + 1))
    if (
        view.low[j - 1] in cues.clause_openers
        and view.low[j - 1] not in ("which", "who", "whom", "whose")
        and comma is not None
        and comma - i <= 4
    ):  # "Yet as Putin once said, it may fail", "understand that as Summers said, it is
        # possible ...": the clause after the tag (version 121, attribution round 75)
        return (comma + 1, _scope_end(view, comma + 1))
    if view.toks[j - 1] == ",":
        if j >= 2 and view.low[j - 2] in _PHRASE_OPENERS and comma is not None and comma - i <= 4:
            # "..., and, as the governor mentioned, also the Inflation Reduction Act", "for, as
            # Doug said, being true patriots": the tag interrupts a phrase and reports what
            # follows it, not the sentence before (version 94, attribution round 64)
            return (comma + 1, _scope_end(view, comma + 1))
        if comma is not None and comma - i <= 3 and _no_subject(view, comma + 1):
            # "The deal, as some have warned, could lead to war": the tag interrupts its clause
            # between subject and predicate and reports both, up to the next comma (a relative
            # clause's end: "X, who, as the Times noted, had been viewed ..., was open in ...")
            # (version 112, attribution round 72)
            end = _scope_end(view, comma + 1)
            stop = next((k for k in range(comma + 1, end) if view.toks[k] in _TAG_STOPS), end)
            return (0, stop)
        return (0, j - 1)
    return None


#: dash tokens: they break off a false start ("And you think — and thanks to ...") and end the
#: clause a mid-clause tag reports
_DASHES = frozenset({"—", "–", "--", "-"})

#: marks that end the clause a mid-clause tag reports
_TAG_STOPS = frozenset({",", ";", ":"}) | _DASHES

#: subjects of "as it suggests that": the writer's evidence, no holder (:func:`_as_tag`)
_EVIDENCE_SUBJECTS = frozenset({"it", "this", "that", "which", "these", "those"})

#: words after which a comma and an "as X said" tag interrupt a phrase (:func:`_as_tag`)
_PHRASE_OPENERS = frozenset(
    {"and", "but", "or", "nor", "for", "of", "to", "with", "in", "on", "by", "from", "about",
     "that", "because", "than"}
)  # fmt: skip


def _fronted_end(view: SentenceView, i: int, cues: Cues) -> int | None:
    """When token ``i`` sits in a fronted phrase ("From claiming X ..., the accusations ..."),
    the comma that closes it; else None."""
    if not view.n or not (view.low[0] in cues.prepositions or view.low[0] in cues.clause_openers):
        return None
    if "," in view.toks[:i]:
        return None
    return next((k for k in range(i + 1, view.n) if view.toks[k] == ","), None)


def _postposed(view: SentenceView, i: int) -> int | None:
    """Token index of the comma or quote that opens a final "..., X said" clause, else None."""
    j, words = i - 1, 0
    while j >= 0 and words <= 5:
        t = view.toks[j]
        if t in (",", '"'):
            return j if j > 0 else None
        if view.is_boundary(j):
            return None
        if not (
            view.low[j] in _NAME_JOINERS
            and j > 0
            and view.toks[j - 1][:1].isupper()
            and view.toks[j + 1][:1].isupper()
        ):
            words += 1  # "the Ministry of Defense of Ukraine said": a name's "of" is free
        j -= 1
    return None


#: small words inside an institution's name ("Ministry of Defense", "Minister for
#: Reintegration"), not counted among a tag's words between capitalised words (version 76)
_NAME_JOINERS = frozenset({"of", "for"})


def _tag_subject_ends(view: SentenceView, k: int) -> bool:
    """The noun phrase from token ``k`` is a tag's whole subject: names, titles, determiners
    and "of" up to eight tokens, then the sentence's end, a comma or a preposition ("said
    President Volodymyr Zelenskyy during ..."); not a clause ("said the EU would ...")."""
    cues = view.cues
    m = k
    while (
        m < view.n
        and m - k < 8
        and (
            view.toks[m][:1].isupper()
            or view.chunk_of[m] is not None
            or view.low[m] in cues.determiners
            or view.low[m] in cues.titles
            or view.low[m] in cues.title_modifiers
            or view.low[m] in ("of", "'s", "’s")
        )
    ):
        m += 1
    if m == k:
        return False
    return m >= view.n or view.toks[m] in (",", ".", ";", "!") or view.low[m] in cues.prepositions


def _final_tag(view: SentenceView, i: int) -> bool:
    """Verb ``i`` (and a particle "out") closes its sentence after a comma and at most five
    words: "..., Vladimir Putin pointed out.", "..., he added.", "..., the report claims." (a
    verb that opens a frame only before "that" elsewhere; version 66, attribution round 40)."""
    if not view.toks[i].islower():
        return False  # "..., the United States.": a name, not a verb
    k = i + 1
    if k < view.n and view.low[k] == "out":
        k += 1
    if k < view.n and not (k == view.n - 1 and view.toks[k] in (".", "!")):
        return False
    post = _postposed(view, i)
    if post is None or view.toks[post] != ",":
        return False
    cues = view.cues
    between = view.low[post + 1 : i]
    if not between:
        return False
    first = view.toks[post + 1]
    subject_start = (
        first[:1].isupper()
        or first in cues.third_person
        or between[0] in cues.determiners
        or between[0] in cues.vague_heads
    )  # "Vladimir Putin", "he", "the report", "experts"
    return subject_start and not any(
        w in cues.question_words
        or w in _NOT_TAG_WORDS
        or w in cues.be_forms
        or w in cues.auxiliaries
        or (w in cues.prepositions and w != "of")
        or "'" in w
        or "’" in w
        for w in between
    )  # a subject only: not "..., that's what you see.", "..., as I noted.", "..., we hope.",
    # "..., of course, in peaceful protest."


#: words that make the words before a final verb no tag's subject (:func:`_final_tag`)
_NOT_TAG_WORDS = frozenset({"that", "which", "who", "what", "i", "we", "you", "as", "if", "to"})


#: at most this many words of a bare subject before a medial tag (:func:`_medial_end`)
_MEDIAL_SUBJECT = 6
#: modals and forms of have and do that open the predicate after a medial tag
_MEDIAL_VERBS = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might",
                           "must", "has", "have", "had", "does", "do", "did"})  # fmt: skip


def _medial_end(view: SentenceView, i: int, lo: int, post: int) -> int | None:
    """End of the predicate that a medial tag reports: "The sanctions, the ambassador said, are
    a form of bullying" (version 132): the words before the tag's comma ``post`` are a bare
    subject (at most six words from the clause's start ``lo``, no form of be, modal, have or do)
    and the tag of verb ``i`` closes at a comma right before one of those; the scope
    then runs to the end of that clause. None when the tag is final ("..., X said.")."""
    cues = view.cues
    k = next((m for m in range(i + 1, min(view.n, i + 4)) if view.toks[m] == ","), None)
    if k is None or k + 1 >= view.n or post - lo > _MEDIAL_SUBJECT or post <= lo:
        return None
    if view.low[k - 1] in cues.prepositions:
        return None  # a relative clause with a stranded preposition: "Meduza, the news site
        # Ms Yapparova writes for, has been banned"
    if view.low[k + 1] not in cues.be_forms and view.low[k + 1] not in _MEDIAL_VERBS:
        return None
    if any(
        view.low[m] in cues.be_forms or view.low[m] in _MEDIAL_VERBS or view.is_boundary(m)
        for m in range(lo, post)
    ):
        return None
    return _scope_end(view, k + 1)


def _tag_ends(view: SentenceView, i: int) -> bool:
    """A postposed tag "..., X reported (on Monday), <more>" closes at a comma within three
    tokens after its verb (not "said, in a statement, that ...")."""
    for k in range(i + 1, min(view.n, i + 4)):
        if view.toks[k] == ",":
            return not (k + 1 < view.n and view.low[k + 1] == "that")
        if view.is_boundary(k):
            return False
    return False
