"""Where a reporting frame's words end and where its clause starts: the scope of a verb's
complement (to the sentence end, a rebuttal, a closing relative clause or a new subject), the
start of a subject clause, the cut at a semicolon or a restrictive clause."""

from __future__ import annotations

from framing.engine.clauses import SentenceView
from framing.engine.cues import Cues

#: adverbs between "but" and a subjectless verb ("but now was", "but still would")
_LINKING_ADVERBS = frozenset({"now", "still", "also", "then", "not", "never", "only", "just"})


# ---------------------------------------------------------------- frames
def _scope_end(view: SentenceView, i: int, limit: int | None = None) -> int:
    """End of a complement starting at token ``i``: the sentence end or a semicolon; with
    ``limit`` also the first comma and at most ``limit`` tokens (complements of nouns)."""
    if limit is None and not view.may_split:
        return view.n  # no ";", "but" or "yet" in the sentence: the loop would find none
    hi = view.n if limit is None else min(view.n, i + limit)
    for k in range(i, hi):
        if view.toks[k] == ";" or (limit is not None and view.toks[k] == ","):
            return k
        if view.headline and view.low[k] == "amid" and k > i:
            return k  # "X warned not to ... amid rumor of ...": the writer's context (round 12)
        if view.low[k] in ("but", "yet") and k > i and view.toks[k - 1] == ",":
            if _no_subject(view, k + 1):
                continue  # "Mazepin said he ... would fight them, but now was probably not ..."
            if (
                "only" in view.low[i:k]
                and "not" in view.low[i:k]
                and k + 1 < view.n
                and (view.low[k + 1] in view.cues.prepositions or view.low[k + 1] == "also")
            ):
                continue  # "not only in the security sector, but in almost all areas" (v. 68);
                # not "not only lead to ..., but it would also ...": a clause of its own
            return k  # "X said that ..., but <the author's clause>"
        if _rebuttal(view, k):
            return k  # "they claim that ..., when in reality it is they that ..." (version 114)
    return hi


def _with_names(view: SentenceView, j: int) -> bool:
    """Token ``j`` ends capitalised names after "with" ("with Baku and Yerevan accusing each
    other of ...": the names are the participle's subject; version 114, attribution round
    74)."""
    k = j
    while k >= 0 and (view.toks[k][:1].isupper() or view.low[k] == "and"):
        k -= 1
    return k < j and k >= 0 and view.low[k] == "with" and view.toks[k + 1][:1].isupper()


#: words that open a passive participle phrase with "being" ("despite being accused of ...")
_BEING_OPENERS = frozenset(
    {"despite", "after", "for", "while", "since", "besides", "without", "by", "of", "on"}
)  # fmt: skip


def _being_phrase_end(view: SentenceView, i: int) -> int:
    """The comma that closes the phrase "despite / after / for being <verb i> ...", or the
    sentence end: the phrase reports the blame, not the writer's main clause ("China, despite
    being accused of all sorts of things by US politicians, has never ...": version 114,
    attribution round 73)."""
    if i < 2 or view.low[i - 1] != "being" or view.low[i - 2] not in _BEING_OPENERS:
        return view.n
    return next((k for k in range(i + 1, view.n) if view.toks[k] == ","), view.n)


#: contrastive openers of the writer's rebuttal after a comma (:func:`_rebuttal`)
_REBUTTAL_OPENERS = frozenset({"when", "while", "whereas"})


def _rebuttal(view: SentenceView, k: int) -> bool:
    """Token ``k`` is a comma before "when / while / whereas in reality / in fact": the writer
    answers the report ("they claim that ..., when in reality it is they ...": attribution round
    73)."""
    low = view.low
    return (
        view.toks[k] == ","
        and k + 3 < view.n
        and low[k + 1] in _REBUTTAL_OPENERS
        and low[k + 2] == "in"
        and low[k + 3] in ("reality", "fact")
    )


#: words that open a non-restrictive relative clause after a comma
_RELATIVES = frozenset({"which", "who", "whom"})

#: how far before its verb a relative clause may open
_MAX_RELATIVE_OPEN = 12


def _relative_close(view: SentenceView, i: int, end: int) -> int | None:
    """When the verb at token ``i`` stands in a relative clause opened by ", which / who" and
    closed by a comma before the main clause's finite verb (", is", ", will"), the index of that
    comma, which ends the verb's complement: "A Task Force, which was announced by the Vice
    President in June, is prioritizing prosecutions against corrupt actors" reports nothing
    after the comma (version 86, attribution round 57); else None."""
    for j in range(i - 1, max(0, i - _MAX_RELATIVE_OPEN) - 1, -1):
        if view.low[j] in _RELATIVES:
            if j == 0 or view.toks[j - 1] != ",":
                return None
            break
        if view.toks[j] == "," or view.is_boundary(j):
            return None
    else:
        return None
    for k in range(i + 1, end - 1):
        if view.toks[k] == ",":
            return k if view.low[k + 1] in _FINITE else None
    return None


def _no_subject(view: SentenceView, k: int) -> bool:
    """The words from ``k`` are a predicate without a subject of its own: a finite verb form
    (an auxiliary, modal or be form), possibly after one adverb ("but now was", "but would"),
    coordinated with the reported clause."""
    if k < view.n and (view.low[k].endswith("ly") or view.low[k] in _LINKING_ADVERBS):
        k += 1
    return k < view.n and view.low[k] in _FINITE


def _ends_sentence(view: SentenceView, i: int) -> bool:
    """Token ``i`` is the sentence's last word (before its final punctuation)."""
    return i + 1 >= view.n or (i + 2 >= view.n and not view.toks[i + 1][:1].isalnum())


def _subject_clause_start(view: SentenceView, i: int) -> int:
    """First token of the main clause that ends at token ``i``: after the last semicolon, or a
    comma and a coordinating conjunction ("..., and the importance of X was stressed"), else
    the sentence's first token; a relative clause inside the subject stays in it."""
    for j in range(i - 1, 0, -1):
        if view.toks[j] == ";":
            return j + 1
        if view.toks[j - 1] == "," and view.low[j] in ("and", "but", "while", "whereas"):
            return j + 1
    return 0


def _clause_start(view: SentenceView, i: int) -> int:
    """First token of the clause holding token ``i`` (after a boundary or clause opener)."""
    j = i - 1
    while j >= 0 and not view.is_boundary(j):
        j -= 1
    return j + 1


def _clause_after_semicolon(view: SentenceView, post: int) -> int:
    """Where a postposed "..., X said" reports from: after the last ";" before ``post`` (a
    headline's "Woman detained ...; pure individual act, probe says": the probe says the second
    clause only), else the sentence start (round 19)."""
    for k in range(post - 1, -1, -1):
        if view.toks[k] == ";":
            return k + 1
    return 0


#: modals and finite forms of be, have and do: a clause's verb (:func:`_clause_follows`), and
#: a predicate without a subject of its own (:func:`_no_subject`, :func:`_relative_close`)
_FINITE = frozenset(
    {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "is", "are",
     "was", "were", "has", "have", "had", "does", "do", "did"}
)  # fmt: skip


_PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "we", "it", "i", "you"})

#: a comma or a dash: where a reason's or a request's clause may end
_CLAUSE_MARKS = frozenset({",", "—", "–", "-"})


def _clause_cut(view: SentenceView, lo: int) -> int:
    """End of a phrase from token ``lo`` (:func:`_scope_end`) or the first comma or dash before
    a new clause's subject (a capitalised word or a subject pronoun, past "and / but / so /
    while"): "thanked the US for the sabotage on Twitter, Zakharova urged ..."."""
    low = view.low
    end = _scope_end(view, lo)
    for j in range(lo + 1, end - 1):
        if view.toks[j] not in _CLAUSE_MARKS:
            continue
        c = j + 2 if low[j + 1] in ("and", "but", "so", "while") and j + 2 < end else j + 1
        if view.toks[c][:1].isupper() or low[c] in _PRONOUN_SUBJECTS:
            return j
    return end


def _bare(tok: str) -> str:
    """A token without a contraction: "I'm" -> "I", "we’re" -> "we"."""
    return tok.split("'")[0].split("\u2019")[0] or tok


def _phrase_end(view: SentenceView, i: int, cues: Cues) -> int:
    """End of the noun phrase from token ``i``: at most four tokens, up to punctuation, a
    preposition, a clause opener or "and" / "or"."""
    k = i
    while k < min(view.n, i + 4):
        w = view.low[k]
        if not view.toks[k][0].isalnum() and k > i:
            break
        if k > i and (w in cues.prepositions or w in cues.clause_openers or w in ("and", "or")):
            break
        k += 1
    return k


def _restrictive_who(view: SentenceView, i: int) -> bool:
    """Verb ``i`` opens a restrictive relative clause: "who" right before it (past auxiliaries
    and adverbs in -ly), no comma before "who"."""
    j = i - 1
    while j >= 0 and (view.low[j].endswith("ly") or view.low[j] in view.cues.auxiliaries):
        j -= 1
    return j > 0 and view.low[j] == "who" and view.toks[j - 1] != ","


#: what may stand right before a second finite verb of the same complement ("is weak and is
#: losing"), so that it does not close a restrictive relative's scope (:func:`_restrictive_end`)
_SAME_CLAUSE = frozenset({"and", "or", "but", "that", "which", "who", ","})


def _restrictive_end(view: SentenceView, lo: int, end: int) -> int:
    """The end of the complement of a verb in a restrictive relative clause: a comma, or the
    main clause's verb, a finite form after the complement's own verb group ("Critics who say
    that the plan may fail were ignored": "were"; version 91); else ``end``."""
    low, aux = view.low, view.cues.auxiliaries
    seen = False
    for k in range(lo, end):
        w = low[k]
        if view.toks[k] == ",":
            return k  # "Westerners who argue for peace as ..., it seems": the main clause
        if w in _FINITE or w in view.cues.be_forms:
            if k == lo or (not seen and k == lo + 1 and low[lo] in _NO_SUBJECT):
                return k  # "Anyone who suggests otherwise is ...": no clause of its own
            if seen and low[k - 1] not in aux and low[k - 1] not in _SAME_CLAUSE:
                return k
            seen = True
    return end


#: words after a verb that are no subject of a complement clause ("who suggests otherwise is")
_NO_SUBJECT = frozenset({"otherwise", "so", "differently", "not", "too", "also"})
