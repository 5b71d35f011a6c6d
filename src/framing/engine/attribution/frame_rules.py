"""The reporting frames of a sentence (:func:`frames`): who holds the words from which token to
which, by the verb, noun, adverb, tag and question rules ``docs/metrics.md`` describes under
"Voice, source and target"."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from itertools import compress, count

from framing.engine.attribution.frame import (
    _APPEAL_PARTICLES,
    _CALL,
    _PARTICLES,
    _POINT_OUT,
    _POSSESSIVE,
    Frame,
)
from framing.engine.clauses import (
    AGENT_PARTICIPLES,
    AUTHOR,
    MEANS,
    NONE,
    OTHER,
    VAGUE,
    Holder,
    SentenceView,
)
from framing.engine.cues import Cues
from framing.engine.headline_tags import (
    bare_document,
    tag_frames,
)

_COUNTERFACTUAL = frozenset({"could", "should", "would", "might"})

#: participles that only report speech: after a comma they continue the main clause's report
#: also when its holder is no actor ("Claire Hoyland from Fire Aid said ..., adding that ...")
_SAYING = frozenset(
    {"adding", "saying", "stating", "noting", "telling", "writing", "insisting", "declaring",
     "explaining", "stressing", "emphasising", "emphasizing", "reiterating", "recalling"}
)  # fmt: skip

#: adverbs between "but" and a subjectless verb ("but now was", "but still would")
_LINKING_ADVERBS = frozenset({"now", "still", "also", "then", "not", "never", "only", "just"})

#: after a headline's report verb, these make it a noun ("reports on", "fears of", "finds in")
_NOUN_NEXT = frozenset({"on", "of", "from", "in", "into", "by", "to", "for", "over", "with", "at"})

#: number words before a plural noun that is also a verb form ("two suspects", "dozens of")
_NUMBERS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
     "hundreds", "thousands", "several", "both", "many"}
)  # fmt: skip

#: determiners that stand alone as a plural subject: before a verb's base form they are its
#: vague holder ("Some say", "Many believe"), not a determiner of a noun (round 18)
_QUANTIFIER_SUBJECTS = frozenset({"some", "many", "several", "few", "most", "others"})

#: words that may open the clause of such a subject ("and some say", "as many believe")
_SUBJECT_OPENERS = frozenset({"and", "or", "as", "since", "after", "before"})

#: attributive participles of unnamed claim: "the alleged crimes", "over alleged interference"
_ALLEGED = frozenset({"alleged", "purported", "supposed", "rumoured", "rumored"})

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


def _named_possessor(view: SentenceView, k: int) -> bool:
    """Token ``k`` is a capitalised possessive that is no pronoun's contraction ("Kyiv's"; not
    "He's", "It's", "That's")."""
    t = view.toks[k] if k >= 0 else ""
    if not t[:1].isupper() or not t.endswith(_POSSESSIVE):
        return False
    return _bare(t[:-2]).lower() not in _CONTRACTED


#: words whose "'s" is "is" or "has" ("He's condemned", "That's called")
_CONTRACTED = frozenset({"he", "she", "it", "that", "what", "who", "there", "here", "where", "let"})

#: possessive pronouns before a participle used as an adjective ("his suggested agreement");
#: not "her" ("told her that")
_POSSESSIVE_PRONOUNS = frozenset({"his", "its", "their", "our", "my", "your"})

#: words after such a participle that show a verb or a phrase, not a noun it modifies
#: ("his suggested to", "their claimed by")
_NOT_NOUN_AFTER = frozenset({"that", "to", "by", "of", "as", "and", "or", "in", "on", "at"})


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


#: verbs of denial: a postposed "..., X denies" reports no words of X's (round 19)
_DENIALS = frozenset(
    {"deny", "denies", "denied", "reject", "rejects", "rejected", "refute", "refutes", "refuted",
     "dismiss", "dismisses", "dismissed"}
)  # fmt: skip


def _clause_after_semicolon(view: SentenceView, post: int) -> int:
    """Where a postposed "..., X said" reports from: after the last ";" before ``post`` (a
    headline's "Woman detained ...; pure individual act, probe says": the probe says the second
    clause only), else the sentence start (round 19)."""
    for k in range(post - 1, -1, -1):
        if view.toks[k] == ";":
            return k + 1
    return 0


def _expletive(view: SentenceView, i: int, cues: Cues) -> bool:
    """The participle ``i`` follows an expletive "it" and its verb group ("it is said", "it
    had been expected", "it will be seen")."""
    j, low = i, view.low
    verb = False
    while j >= 1 and (
        low[j - 1] in cues.be_forms or low[j - 1] in cues.auxiliaries or low[j - 1].endswith("ly")
    ):  # the auxiliaries cue list also holds "not", "also", "never"
        verb = verb or low[j - 1] in cues.be_forms
        j -= 1
    if j >= 3 and low[j - 1] == "s" and low[j - 2] in ("'", "’") and low[j - 3] == "it":
        return True  # "it's estimated that", the contraction split (version 88, round 59)
    if j >= 1 and low[j - 1] in ("it's", "it’s"):
        return True
    return verb and j >= 1 and low[j - 1] == "it"


#: how far left of a verb a share of people may open its subject (:func:`_share_of_people`)
_SHARE_REACH = 12


def _share_of_people(view: SentenceView, i: int) -> bool:
    """The subject left of verb ``i`` is a share of unnamed people ("60% of those surveyed",
    "76 percent in both camps", "between 9% and 24% of the public"): a poll's respondents, no
    actor between the share and the verb or before the clause opens (version 123)."""
    for j in range(i - 1, max(-1, i - _SHARE_REACH), -1):
        if view.is_boundary(j) or view.toks[j] in (",", ";", ":") or view.chunk_of[j] is not None:
            return False
        w = view.low[j]
        if w.endswith("%") or w in ("percent", "per"):
            return True
    return False


#: verbs and nouns whose subject does what the infinitive after them says ("he chose to
#: accuse", "Medvedev appeared to suggest", "their attempts to blame China"; version 121)
_CONTROLLERS = frozenset(
    {"chose", "choose", "chooses", "choosing", "try", "tries", "tried", "trying", "attempt",
     "attempts", "attempted", "attempting", "seek", "seeks", "sought", "seeking", "want",
     "wants", "wanted", "appear", "appears", "appeared", "seem", "seems", "seemed", "tend",
     "tends", "tended", "continue", "continues", "continued", "refuse", "refuses", "refused",
     "decide", "decides", "decided", "effort", "efforts", "bid", "dared", "vowed", "hastened",
     "rushed", "moved"}
)  # fmt: skip

#: "went on to claim", "took to Telegram to accuse": the subject's act (:func:`_controller`)
_GO_ON = frozenset({"go", "goes", "went", "gone", "going"})
_TAKE_TO = frozenset({"take", "takes", "took", "taken", "taking"})


def _controller(view: SentenceView, i: int) -> int | None:
    """The verb or noun of choosing, trying or seeming ("went on", "took to X") that the
    infinitive at ``i`` ("to" at ``i - 1``) follows, or None: the infinitive is its subject's own
    act, which the postposed reading ("Instead, he chose to accuse China" → China) had misread
    (version 121)."""
    low, j = view.low, i - 2
    while j >= 0 and low[j].endswith("ly"):
        j -= 1
    if j < 0:
        return None
    if low[j] in _CONTROLLERS:
        return j
    if low[j] == "on" and j >= 1 and low[j - 1] in _GO_ON:
        return j - 1
    if j >= 2 and low[j - 1] == "to" and low[j - 2] in _TAKE_TO and view.toks[j][:1].isupper():
        return j - 2
    return None


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


#: the words between "what" and the verb of a free relative, besides the subject's own words
_RELATIVE_SUBJECT_WORDS = frozenset({
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "he", "she", "they",
    "we", "i", "you", "it", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.",
})  # fmt: skip
_MAX_RELATIVE_SUBJECT = 5
#: adverbs that may follow the verb of a free relative ("what Michel just said earlier")
_RELATIVE_ADVERBS = frozenset({"earlier", "today", "yesterday", "here", "there", "again", "before"})
#: what continues a free relative's own clause after its verb: "what he said would likely be
#: his last address", "what Russia alleged to be an assassination" (the holder's words)
_RELATIVE_CONTINUES = frozenset({"would", "could", "will", "might", "may", "should", "can", "to"})
#: where a clause may open before a subject free relative ("But what Ron said was ...")
_CLAUSE_OPENERS = frozenset({"but", "and", "yet", "so", ",", ";", ":", "—", "-", "(", '"'})


def _free_relative(view: SentenceView, i: int, cues: Cues) -> bool:
    """Verb ``i`` of a free relative, "what X said", whose words after it are not X's: the
    relative ends at the verb ("I endorse what Mr. Michel just said, since I have never seen
    war", "what Putin is thinking, or how this might ..."), or it is the subject of a copula
    whose predicate is the writer's ("What Lavrov said is clearly false"; version 111). Not a
    relative whose own clause goes on ("what he said would likely be his last address", "what
    Russia alleged to be ...", "fighting what they say is in fact a neo-Nazi regime"), a
    pseudo-cleft ("What X recognizes is that ...") nor "what X said: ..."."""
    k = _subject_word(view, i, cues)
    if k < 0 or view.low[k] in ("what", "whatever"):
        return False  # "what" is the subject: "What worries officials is that ..."
    lo = max(-1, k - _MAX_RELATIVE_SUBJECT)
    while k > lo and view.low[k] not in ("what", "whatever"):
        w = view.low[k]
        if not (view.toks[k][:1].isupper() or w in _RELATIVE_SUBJECT_WORDS or w in cues.titles):
            return False
        k -= 1
    if k <= lo:
        return False
    j = i + 1
    while j < view.n and (view.low[j] in _RELATIVE_ADVERBS or view.low[j].endswith("ly")):
        j += 1
    nxt = view.low[j] if j < view.n else ""
    if nxt in (":", "that") or nxt in _RELATIVE_CONTINUES:
        return False
    if nxt not in cues.be_forms:
        return True  # the relative ends at its verb
    after = view.low[j + 1] if j + 1 < view.n else ""
    opens = k == 0 or view.low[k - 1] in _CLAUSE_OPENERS
    return opens and after not in ("that", ":")
    k = _subject_word(view, i, cues)
    lo = max(-1, k - _MAX_RELATIVE_SUBJECT)
    while k > lo:
        w = view.low[k]
        if w in ("what", "whatever"):
            return True
        tok = view.toks[k]
        if not (tok[:1].isupper() or w in _RELATIVE_SUBJECT_WORDS or w in cues.titles):
            return False
        k -= 1
    return False


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


def _clause_follows(view: SentenceView, i: int, own_clause: bool = False) -> bool:
    """A modal, auxiliary or form of be within eight words after verb ``i``: its object is a
    clause without "that" ("believe a major land war could break out"); with ``own_clause``
    only before the next comma or semicolon ("denied the allegations, saying they were ...")."""
    for w in view.low[i + 2 : min(view.n, i + 10)]:
        if own_clause and w in (",", ";"):
            return False
        if w in _FINITE:
            return True
    return False


#: modals and finite forms of be, have and do: a clause's verb (:func:`_clause_follows`), and
#: a predicate without a subject of its own (:func:`_no_subject`, :func:`_relative_close`)
_FINITE = frozenset(
    {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "is", "are",
     "was", "were", "has", "have", "had", "does", "do", "did"}
)  # fmt: skip


def _negated_passive(view: SentenceView, i: int) -> bool:
    """Participle ``i`` follows "not" or "n't" right after a form of *be* ("is not known",
    "wasn't known")."""
    return i >= 2 and view.low[i - 1] in ("not", "n't") and view.low[i - 2] in view.cues.be_forms


def _cannot(view: SentenceView, i: int) -> bool:
    """Verb ``i`` follows "cannot / can't / could not", past "even" and adverbs in -ly."""
    low, j = view.low, i - 1
    while j >= 0 and (low[j] in ("even", "ever") or low[j].endswith("ly")):
        j -= 1
    if j < 0:
        return False
    if low[j] in ("cannot", "can't", "can’t", "couldn't", "couldn’t"):
        return True
    return low[j] == "not" and j > 0 and low[j - 1] in ("can", "could")


#: base forms of belief verbs that, opening a clause before "that", ask the hearer to think
#: it: the speaker's own statement ("In context, consider that ..."; version 85)
_IMPERATIVE_THOUGHTS = frozenset({"consider", "imagine", "remember", "recall"})

#: what may stand before an imperative "believe me" (:func:`_verb_frame_of`)
_IMPERATIVE_BEFORE = frozenset({",", "—", "–", "-", ";", ":", "and", "but", "so", "please", '"'})


def _existential(view: SentenceView, k: int) -> bool:
    """Token ``k`` ends "there is / there's / there can be" or opens the clause: "There is no
    doubt that", "No doubt that ..." state the writer's certainty; "X is in no doubt that"
    and "X left no doubt that" are X's (version 65)."""
    low = view.low
    while k >= 0 and low[k].endswith("ly"):
        k -= 1  # "There is absolutely no doubt that"
    if k < 0 or view.toks[k] in _CLAUSE_MARKS or view.toks[k] in (";", ":") or view.is_boundary(k):
        return True  # "No doubt that ...", "There is no doubt — no doubt that"
    if low[k] in ("there's", "there’s"):
        return True
    j = k
    while j >= 0 and (low[j] in view.cues.be_forms or low[j] in view.cues.auxiliaries):
        j -= 1
    return j < k and j >= 0 and low[j] == "there"


def _verb_frame_of(view: SentenceView, i: int, cues: Cues) -> Frame | None:
    if _in_title(view, i) or _reports_nothing(view, i):
        return None  # the "Don't Say Gay" law, "refuse to condemn", "reason to think" (v. 92)
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
    headline_passive = view.headline and view.is_passive(i)  # "Russia suspected of ..."
    if (
        w in cues.belief
        and nxt in ("of", "about", "over", "twice", "again")
        and not headline_passive
    ):
        return None
    prev = view.low[i - 1] if i > 0 else ""
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
    attributive = (
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
    )  # "dead of suspected poisoning", "DPRK's suspected launch", an opening "Suspected gaokao
    # leaks" (round 17), "a missile test and suspected nuclear activities" (version 126); not
    # "identified as suspected", "Suspected of ...", "and suspected Ukraine of ..."
    if (
        w.endswith("ed")
        and w not in _ATTRIBUTIVE
        and (prev in _POSSESSIVE_PRONOUNS or _named_possessor(view, i - 1))
        and nxt.isalpha()
        and nxt not in _NOT_NOUN_AFTER
        and nxt not in cues.determiners
    ):
        return None  # "his suggested agreement is likely ...": a participle as an adjective,
        # no report (version 112, attribution round 72)
    if (
        w.endswith("s")
        and not w.endswith("ss")
        and (prev in _POSSESSIVE_PRONOUNS or _named_possessor(view, i - 1))
    ):
        return None  # "Tillerson's remarks suggest ...": a noun after a possessive, no verb
        # (version 114, attribution round 74)
    if attributive or (
        prev in cues.determiners
        and prev not in cues.third_person
        and prev != "that"
        and not _quantifier_subject(view, i, cues)
        and not (prev == "all" and i >= 2 and view.low[i - 2] in _ALL_PRONOUNS)
    ):  # or a noun: "the report", "a claim", "some reports"; not "some say", "many believe",
        # "you all think" (version 98)
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
    end = _scope_end(view, i + 1)
    close = _relative_close(view, i, end)
    if close is not None:
        end = close  # "The plan, which X announced in June, is probably ...": v. 86
    if view.is_passive(i):
        end = min(end, _being_phrase_end(view, i))
        if w in cues.frame_only_participles and not view.after_be(i):
            return None  # "the right affirmed by Roe v. Wade is under attack" (version 51)
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
        if w in cues.readout_passives and view.low[i - 1] == "be":
            return None  # "it should be noted that": the writer's own remark (version 52)
        if w in cues.readout_final_passives and _ends_sentence(view, i) and view.after_be(i):
            return Frame(i, i, _subject_clause_start(view, i), i, VAGUE)  # "... was emphasized."
        if w in cues.vague_passives and (nxt in ("that", "to") or expletive):
            if expletive and _negated_passive(view, i) and nxt != "that":
                return None  # "It is not known, though, whether ...": the writer's doubt,
                # no one's report (version 121, attribution round 69)
            return Frame(i, i, i + 1, end, VAGUE)  # "it is said that", "X is believed to"
        if expletive and nxt == "that" and w in cues.belief:
            return Frame(i, i, i + 1, end, VAGUE)  # "it had been expected that" (round 5)
        if headline_passive and not view.after_be(i):
            # "Washington urged to stop interfering", "Russia suspected of ..." (round 12)
            return Frame(i, i, i + 1, end, VAGUE)
        return None
    if w not in cues.frame_verbs and not (
        view.headline and w in cues.headline_stance_verbs and _stance_verb_subject(view, i)
    ):
        return None  # a headline's appeal needs its subject ("China urges"; "medical support")
    if _obliged(view, i, cues):
        return None  # "The world must recognize that ...": the writer's demand (version 59)
    fronted = _fronted_end(view, i, cues)
    if fronted is not None:
        end = min(end, fronted)
    infinitive = prev == "to"
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
    tag = _as_tag(view, i, cues)
    if tag is not None and holder.kind != "none":
        return Frame(i, i, tag[0], tag[1], holder)
    if w.endswith("ing") and holder.kind != "none":
        j = i - 1  # a gerund or participle has a subject only right before it
        while j >= 0 and (view.low[j].endswith("ly") or view.low[j] in ("not", "never")):
            j -= 1
        adjacent = j >= 0 and (
            view.low[j] in cues.be_forms
            or view.chunk_of[j] is not None
            or view.toks[j] in cues.third_person
            or view.toks[j] in cues.first_person
            or view.low[j] in cues.vague_heads
            or _with_names(view, j)
        )
        if not adjacent and j >= 0 and view.toks[j] == ",":
            # a participial clause ("X warned ..., stating that ...") speaks for the main
            # clause's holder when the rules name it; else it opens no frame of its own
            if holder.kind not in ("actor", "vague") and not (
                holder.kind == "other" and (w in _SAYING or w in cues.blame)
            ):  # "Assad backed the operation, condemning ..." (a blame: speech; version 68)
                return None  # "..., suggesting the toll could be higher": the writer's inference
            # "X said ..., adding that ..." (round 6); an unplaced holder's blame yields to any
            # other frame over the match ("Russian officials denied that ..., denouncing ...")
            weak = holder.kind == "other" and w not in _SAYING
            return Frame(i, i, i + 1, end, holder, weak=weak)
        ch = view.chunk_of[j] if j >= 0 else None
        if adjacent and holder is OTHER and ch is not None and ch.last == j and not ch.possessive:
            holder = view.actor_holder(ch)  # "with the White House declaring that" (att4)
        # "it goes without saying that" is an idiom, not a gerund of means
        idiom = w == "saying" and j >= 0 and view.low[j] == "without"
        point_of = j >= 2 and view.low[j] == "of" and view.low[j - 1] == "point"
        if not adjacent and j >= 0 and (view.low[j] in MEANS or point_of) and not idiom:
            holder = view.doer(i)  # "Kiev wants to frame Moscow by accusing it" (att4); "Putin
            # made a point of noting that ..." (version 69)
        elif not adjacent:
            holder = NONE
    if holder.kind == "none" or (infinitive and holder is OTHER):
        post = _postposed(view, i)
        after = view.noun_phrase(i + 1, limit=4) if i + 1 < view.n else NONE
        # "..., said the minister"; not "..., suggesting X", nor an infinitive: "Instead, he
        # chose to accuse China" names China the accused, not the accuser (version 121)
        inverted = not w.endswith("ing") and not infinitive
        if post is not None and inverted and (after.kind != "none" or holder.kind != "none"):
            h = after if after.kind != "none" else holder
            return Frame(i, i, _clause_after_semicolon(view, post), post, h)  # "..., said X."
        ctrl = _controller(view, i) if infinitive and holder is OTHER else None
        if ctrl is not None:  # "he chose to accuse": the subject of "chose", or unplaced
            h = view.subject(ctrl)
            if h.kind in ("actor", "vague"):
                return Frame(i, i, i + 1, end, h)
            # unplaced, it yields to a frame over it: "Putin emphasised that attempts to blame
            # Russia ... were groundless" is Putin's report (version 122, attribution round 42)
            return Frame(i, i, i + 1, end, OTHER, weak=True)
        if infinitive or holder.kind == "none":
            return Frame(i, i, i + 1, end, AUTHOR)  # "it is fair to say that", "Assuming ..."
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
            # "Judicial reform will definitely be completed, ..., said President Volodymyr
            # Zelenskyy during the press marathon" (version 78): the clause before it
            return Frame(i, i, _clause_after_semicolon(view, post), post, after)
    if post is not None and (i + 1 >= _scope_end(view, i) - 3 or _tag_ends(view, i)):
        if w in _DENIALS:
            return None  # "Ukraine claims ..., Russia denies": the claim is not Russia's words
        lo = _clause_after_semicolon(view, post)
        return Frame(i, i, lo, post, holder)  # '"...," the minister said.', "..., X warned, ..."
    return Frame(i, i, i + 1, end, holder)


_PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "we", "it", "i", "you"})

_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})

_NO_SUBJECT_BEFORE = frozenset({",", "—", "–", "-", ":", "to", "To", "(", "and"})

#: a comma or a dash: where a reason's or a request's clause may end
_CLAUSE_MARKS = frozenset({",", "—", "–", "-"})


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


def _bare(tok: str) -> str:
    """A token without a contraction: "I'm" -> "I", "we’re" -> "we"."""
    return tok.split("'")[0].split("\u2019")[0] or tok


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
    low = view.low
    for j in range(i - 1, max(-1, i - 5), -1):
        w = low[j]
        if w in cues.expression_verbs and not (j > 0 and low[j - 1] in cues.determiners):
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


def _obliged(view: SentenceView, i: int, cues: Cues) -> bool:
    """Verb ``i`` follows a modal of obligation, past adverbs and "not" ("The world must finally
    officially recognize that ...", "the West should admit that", "Russia has to understand
    that"; ``obligation_modals``, ``obligation_before_to``): the writer demands that its subject
    say or see what follows, which the writer asserts; no one's words are reported (version 59,
    attribution round 33). "must" before ``inferred_beliefs`` infers a belief ("They must think
    we're stupid") and still reports."""
    j, low = i - 1, view.low
    if j >= 0 and low[j] == "to":
        return j >= 1 and low[j - 1] in cues.obligation_before_to  # "ought to", "has to"
    while j >= 0 and (low[j].endswith("ly") or low[j] in ("not", "also", "finally", "still")):
        j -= 1
    if j < 0 or low[j] not in cues.obligation_modals:
        return False
    return not (low[j] == "must" and low[i] in cues.inferred_beliefs)


def _seen_as_frame(view: SentenceView, i: int) -> Frame:
    """ "X is seen / regarded as ...": an unnamed viewer's judgement (version 51), weak (inside
    another's frame it is that holder's); with "by Y", Y's. Active "sees X as" is the
    subject's (:func:`_verb_frame`)."""
    agent = view.by_agent(i)
    if agent.kind != "none":
        return Frame(i, i, i + 1, _scope_end(view, i + 1), agent)
    return Frame(i, i, i + 1, _scope_end(view, i + 1), VAGUE, weak=True)


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


#: verbs of appeal whose object is asked to act: "urges X to ...", "asked X to ..."
_APPEALS = frozenset(
    {"urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "press", "presses",
     "pressed", "pressing", "tell", "tells", "told", "telling", "call", "calls", "called",
     "calling"}
)  # fmt: skip


def _appealed_to(view: SentenceView, i: int, cues: Cues) -> bool:
    """Verb ``i`` after "to" is what an appeal's object is asked to do: the words before "to"
    are an actor right after a verb of appeal ("urges US to assume", "called on Kyiv to
    claim"), so the actor holds no belief or speech of its own there (round 17)."""
    ch = view.chunk_of[i - 2] if i >= 2 else None
    if ch is None or ch.last != i - 2 or ch.first < 1:
        return False
    k = ch.first - 1
    while k >= 0 and view.low[k] in cues.determiners:
        k -= 1
    if k >= 0 and view.low[k] in ("on", "upon"):
        k -= 1  # "calls on X to"
    return k >= 0 and view.low[k] in _APPEALS


#: adjectives after "presumed / suspected" that make it a predicate ("presumed dead")
_PREDICATES = frozenset({"dead", "alive", "missing", "guilty", "innocent", "safe", "lost"})


def _before_plain_noun(view: SentenceView, i: int, cues: Cues) -> bool:
    """Participle ``i`` stands before a word that is no actor, pronoun, determiner or particle
    ("investigates suspected Ebola case", "probe into suspected abuse"): it qualifies that noun
    (round 19; not "suspected Kyiv of", "suspected that")."""
    if i + 1 >= view.n or not view.toks[i + 1][:1].isalpha():
        return False
    nxt = view.low[i + 1]
    return (
        view.chunk_of[i + 1] is None
        and not nxt.endswith("ed")  # "presumed drowned": a predicate, not a noun
        and nxt not in _PREDICATES
        and nxt not in cues.determiners
        and nxt not in cues.prepositions
        and nxt not in ("that", "and", "or", "him", "her", "them", "it", "us")
        and view.toks[i + 1] not in cues.third_person
        and view.toks[i + 1] not in cues.first_person
    )


#: pronouns before "all" that make it no determiner of the verb after it ("You all think",
#: "they all believe"; version 98)
_ALL_PRONOUNS = frozenset({"you", "we", "they", "y'all"})


def _quantifier_subject(view: SentenceView, i: int, cues: Cues) -> bool:
    """Verb ``i`` (a base form, not in *-s*) has a quantifier as its subject that opens its
    clause ("Some say", "and many believe", "as some suggest"); not a noun after a determiner
    ("deserve some blame", "adding some swear words", "some reports")."""
    if i < 1 or view.low[i - 1] not in _QUANTIFIER_SUBJECTS or view.low[i].endswith("s"):
        return False
    k = i - 2
    return (
        k < 0
        or view.toks[k] in (",", ";", ":", "(", '"', "-")
        or view.low[k] in cues.clause_openers
        or view.low[k] in _SUBJECT_OPENERS
    )


def _plain_word(view: SentenceView, k: int, cues: Cues) -> bool:
    """Token ``k`` is a lowercase word that may open a noun phrase's modifiers ("nuclear",
    "sabotage"), not a name, a determiner, a pronoun or a clause word ("him", "the", "that").
    Unlike :func:`_before_plain_noun` it keeps a predicate ("35 dead or presumed dead")."""
    if k >= view.n:
        return False
    w, tok = view.low[k], view.toks[k]
    return (
        tok.isalpha()
        and tok.islower()
        and w not in cues.determiners
        and w not in cues.prepositions
        and w not in cues.third_person
        and w not in cues.first_person
        and w not in cues.clause_openers
        and w not in cues.auxiliaries
        and w not in ("him", "them")  # object pronouns the two person lists lack
    )


def _in_amid_phrase(view: SentenceView, i: int) -> bool:
    """Token ``i`` follows a headline's "amid" with no comma between: the writer's context
    ("... amid pressure to condemn Russia"), not a postposed tag ("... amid X, IMF warns")."""
    for k in range(i - 1, -1, -1):
        if view.toks[k] == "," or view.is_boundary(k):
            return False
        if view.low[k] == "amid":
            return True
    return False


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


def _headline_report(view: SentenceView, i: int, cues: Cues) -> bool:
    """A headline's verb that reports without "that" right after its subject: a name, an actor
    or a vague head ("U.S. reports nearly 350,000 cases", "Experts fear ..."; round 12)."""
    if not view.headline or i == 0 or view.low[i] not in cues.headline_report_verbs:
        return False
    if i + 1 < view.n and view.low[i + 1] in _NOUN_NEXT:
        return False  # a noun: "U.S. reports on Hong Kong", "fears of" (not "reports about 88,000")
    ch = view.chunk_of[i - 1]
    first = ch.first if ch is not None and ch.last == i - 1 and not ch.possessive else None
    if first is None and (
        view.low[i - 1] in cues.vague_heads
        or view.low[i - 1] in cues.document_tag_heads
        or (i == 1 and view.toks[0][:1].isupper())
    ):
        first = i - 1  # "Experts fear ...", "Study reveals ...", "Israel reports ..."
    # the subject opens the headline or its clause: not "opposes unfounded British, U.S. reports"
    return first is not None and (first == 0 or view.toks[first - 1] in (":", ";"))


def _bare_document_subject(view: SentenceView, i: int, cues: Cues) -> bool:
    """The subject right before verb ``i`` is a document noun that opens the headline or a
    final "..., X said" clause, with at most an article or "new / latest / recent" before it
    ("Study reveals", "New survey finds", "..., research suggests": round 15)."""
    if i <= 0:
        return False
    post = _postposed(view, i)
    return bare_document(view.low[post + 1 if post is not None else 0 : i], cues)


#: what may open the clause of an unnamed document's verb ("..., and studies suggest that")
_DOCUMENT_CLAUSE_OPENERS = frozenset(
    {",", ";", ":", "—", "–", "(", "and", "but", "that", "as", "while", "because", "since",
     "though", "although", "if", "when", "so", "yet"}
)  # fmt: skip

#: an indefinite or quantifying word before an unnamed document ("a new study", "several
#: surveys"); "the", "this" or a possessor make it a document the text identifies
_DOCUMENT_INDEFINITES = frozenset(
    {"a", "an", "one", "some", "several", "many", "most", "new", "recent", "latest", "other",
     "independent", "multiple", "numerous", "previous", "earlier", "emerging", "more", "two",
     "three", "further", "additional"}
)  # fmt: skip

#: after the document, before its verb ("a report today found")
_DOCUMENT_TRAILERS = frozenset({"today", "yesterday", "recently", "also", "further", "now"})


def _unnamed_document(view: SentenceView, i: int, cues: Cues) -> bool:
    """The subject of verb ``i`` in running text is a document or estimate no one is named for:
    a ``document_tag_heads`` noun after at most indefinite words and two lower-case modifiers,
    opening its clause ("Studies suggest that", "Surveys suggest", "industry analysis
    suggests", "a report today found"; version 88, attribution round 59). Not "the data",
    "this report", "CDC data", "the agency's analysis": a document the text identifies."""
    j = i - 1
    while j >= 0 and (
        view.low[j] in cues.auxiliaries
        or view.low[j].endswith("ly")
        or view.low[j] in _DOCUMENT_TRAILERS
        or view.low[j] in ("not", "never")
    ):
        j -= 1
    if j < 0 or view.low[j] not in cues.document_tag_heads or view.chunk_of[j] is not None:
        return False
    k, modifiers = j - 1, 0
    while k >= 0 and view.low[k] not in _DOCUMENT_INDEFINITES and modifiers < 2:
        tok = view.toks[k]
        if not tok.isalpha() or not tok.islower() or view.low[k] in _DOCUMENT_CLAUSE_OPENERS:
            break
        if view.low[k] in cues.determiners or view.low[k] in cues.prepositions:
            return False  # "the data", "of the survey": a document the text identifies
        k, modifiers = k - 1, modifiers + 1
    while k >= 0 and view.low[k] in _DOCUMENT_INDEFINITES:
        k -= 1
    # the sentence opens with the document ("Studies suggest"), or a clause does; anything
    # else before it names or identifies the document
    return (
        k < 0 or view.low[k] in _DOCUMENT_CLAUSE_OPENERS or view.toks[k] in _DOCUMENT_CLAUSE_OPENERS
    )


def _stance_verb_subject(view: SentenceView, i: int) -> bool:
    """A headline stance verb (``headline_stance_verbs``) has its subject right before it, past
    adverbs: any subject before an "-s" form ("China opposes"), a plural or a name before a
    base form ("69 countries oppose", "Chinese experts find"; not "medical support")."""
    w = view.low[i]
    if w.endswith("s") or w.endswith("ed"):
        return True  # "opposes", "urges", "urged": a verb form
    j = i - 1
    while j >= 0 and (view.low[j].endswith("ly") or view.low[j] in ("always", "never", "also")):
        j -= 1
    if j < 0:
        return False
    return view.low[j].endswith("s") or view.chunk_of[j] is not None or view.low[j] == "to"


def _shared_subject(view: SentenceView, i: int) -> Holder:
    """The holder of a verb whose subject is elsewhere (att4): the antecedent of a relative
    "who" ("Alina, who still thinks ...", "Putin, who claimed ...") or the subject of the clause
    before a coordinated verb ("China has criticized Russia ..., but blamed the US")."""
    j = i - 1
    while j >= 0 and (view.low[j].endswith("ly") or view.low[j] in view.cues.auxiliaries):
        j -= 1
    if j <= 0:
        return NONE
    w = view.low[j]
    if w == "who" and view.toks[j - 1] == ",":
        return view.subject(j)
    if w == "who" and view.low[j - 1] not in _ASKING:
        # a restrictive relative: "critics who say that", "economists who don't think",
        # "officials who said": the noun right before "who" (version 91, round 61); not a
        # question word ("I don't know who thinks that"); a generic antecedent ("those who
        # believe", "anyone who thinks") is a vague holder
        if view.low[j - 1] in _GENERIC_ANTECEDENTS or _bare_plural(view, j - 1):
            return VAGUE
        return view.subject(j, strict=True)
    if w in ("but", "and"):
        return view.clause_subject(j)
    return NONE


#: verbs before a question word "who" ("I don't know who thinks that"; :func:`_shared_subject`)
_ASKING = frozenset(
    {"know", "knows", "knew", "ask", "asked", "asks", "wonder", "wondered", "see", "tell",
     "care", "matter", "matters", "guess", "imagine", "sure", "decide", "decides"}
)  # fmt: skip

#: generic antecedents of a restrictive "who": a vague holder (:func:`_shared_subject`)
_GENERIC_ANTECEDENTS = frozenset(
    {"those", "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "folks"}
)

#: verbs before "to" + a reporting verb that say the report is not made ("refuse to condemn")
_NOT_MADE = frozenset(
    {"refuse", "refuses", "refused", "refusing", "fail", "fails", "failed", "failing",
     "decline", "declines", "declined", "declining"}
)  # fmt: skip

#: nouns before "to" + a verb of belief: a reason, not a belief ("reason to think that")
_GROUNDS = frozenset({"reason", "reasons", "grounds", "cause"})

#: verbs of belief that an inverted question asks about rhetorically ("do you think ...?")
_ASKED_BELIEF = frozenset({"think", "believe", "suppose", "expect", "imagine"})

#: the "announce" forms, which report no content before an object noun phrase
_ANNOUNCE = frozenset({"announce", "announces", "announced", "announcing"})

#: question words of a rhetorical question ("What the hell do you think grows ...?")
_WH = frozenset({"what", "who", "how", "why", "where"})

#: what closes the search for a complement's verb after "announced the US" (a relative clause of
#: the object: "announced a new effort that will")
_RELATIVE_OPENERS = frozenset({"that", "which", "who", "to", "for", "of", ",", "in", "on"})

#: finite verbs that make "announced the US would ..." a clause, not an object
_CLAUSE_VERBS = frozenset(
    {"would", "will", "is", "was", "are", "were", "has", "had", "have", "could", "can", "may",
     "might", "must", "should"}
)  # fmt: skip

#: words that open an object noun phrase after "announced" ("announced a new effort", "announced
#: nearly $9 million"; :func:`_reports_nothing`); not "that", "this week that"
_OBJECT_OPENERS = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "our", "new", "nearly", "approximately",
     "about", "more", "over", "up", "almost", "roughly", "some", "additional", "another",
     "several", "funding", "investments"}
)  # fmt: skip


#: verbs of confirming or indicating: not confirming reports nothing (:func:`_not_confirmed`)
_CONFIRM = frozenset(
    {"confirm", "confirms", "confirmed", "confirming", "verify", "verified", "indicate",
     "indicates", "indicated"}
)  # fmt: skip

#: forms of "indicate", a report only of a person's or a body's (:func:`_thing_indicates`)
_INDICATE = frozenset({"indicate", "indicates", "indicated", "indicating"})

#: forms of "suggest", whose subject may be evidence (:func:`_evidence_subject`; "indicate"
#: reads :func:`_thing_indicates`)
_SUGGEST = frozenset({"suggest", "suggests", "suggested"})

#: heads of evidence that speak for no one ("the figures suggest"; not "the report said")
_EVIDENCE_HEADS = frozenset(
    {"figures", "figure", "data", "numbers", "statistics", "evidence", "discussion", "results",
     "trend", "trends", "pattern", "patterns", "fact", "facts", "remarks", "comments", "signs",
     "record", "footage", "images", "photos", "videos", "satellite"}
)  # fmt: skip


def _subject_head(view: SentenceView, i: int, cues: Cues) -> int:
    """:func:`_subject_word` of verb ``i``, also past "also" ("reporting also indicated")."""
    j = _subject_word(view, i, cues)
    while j >= 0 and view.low[j] == "also":
        j = _subject_word(view, j, cues)
    return j


def _evidence_subject(view: SentenceView, i: int, cues: Cues) -> bool:
    """The subject right before verb ``i`` is evidence the text identifies ("IFW figures
    suggest", "Tillerson's remarks suggest"); an unnamed document keeps its vague holder
    ("Studies suggest", "data suggest": version 88)."""
    j = _subject_head(view, i, cues)
    if j < 0 or view.low[j] not in _EVIDENCE_HEADS:
        return False
    return not _unnamed_document(view, i, cues)


def _thing_indicates(view: SentenceView, i: int, cues: Cues) -> bool:
    """The subject of "indicate" at ``i`` is no person, body or unnamed document: not an
    actor, a capitalised name, a pronoun of persons, a vague or speaking head ("officials",
    "representatives", "states"), or "Previous local reporting"."""
    j = _subject_head(view, i, cues)
    if j < 0 or view.toks[j] in (",", "and"):
        return False  # "..., indicating that", "and indicated that": the shared subject's
    return not _person_word(view, j, cues) and not _unnamed_document(view, i, cues)


def _person_word(view: SentenceView, j: int, cues: Cues) -> bool:
    """Word ``j`` names a person or a body: an actor, a capitalised name, a pronoun of persons,
    a vague or speaking head ("officials", "representatives", "states")."""
    low = view.low[j]
    return (
        view.chunk_of[j] is not None
        or view.toks[j][:1].isupper()
        or low in ("he", "she", "they", "we", "i", "you")
        or low in cues.vague_heads
        or low in cues.speaker_heads
        or low in cues.person_tag_heads
        or low in ("representatives", "doctors", "sources", "authorities")
    )


#: adverbs between a subject and "suggest" ("he instead suggested", "Reports earlier in the week")
_SUGGEST_ADVERBS = frozenset(
    {"instead", "also", "further", "indeed", "even", "still", "already", "itself", "themselves",
     "earlier", "later", "now", "then", "too", "again"}
)  # fmt: skip
#: prepositions of a phrase after the subject's head ("reports from the area", "the outcome of
#: the discussions"); not "as", "like", "than" ("as some have suggested")
_POSTMODIFIER_PREPOSITIONS = frozenset(
    {"of", "from", "in", "on", "at", "across", "inside", "within", "around", "over", "under",
     "about", "for", "with", "near", "between", "among"}
)  # fmt: skip
#: endings of nouns of persons ("politicians", "participants", "residents", "lawmakers",
#: "investors", "economists", "chairman"): a subject that may speak, so "suggest" stays a report
_PERSON_ENDINGS = ("ians", "ants", "ents", "ists", "ers", "ors", "man", "men")
#: heads that speak for persons or bodies, or name a document, though they look like things
_SPEAKING_HEADS = frozenset(
    {"chair", "contacts", "intelligence", "people", "public", "polling", "note", "notes",
     "appeal", "briefing", "briefings", "memoir", "memoirs"}
)  # fmt: skip
#: words that are no noun heading a subject
_NOT_HEADS = frozenset({"to", "and", "or", "but", "it", "what", "this", "that", "who", "which"})


def _speaks(view: SentenceView, j: int, cues: Cues) -> bool:
    """Word ``j`` may head the subject of a report: a person or a body (:func:`_person_word`),
    a collective head, a title, a noun of persons by its ending, a document or report
    (``document_nouns``, ``tag_heads``, ``reporting_nouns``), a word after an actor ("US
    intelligence"), or no plain lower-case noun at all."""
    tok, low = view.toks[j], view.low[j]
    return (
        not (tok.isalpha() and tok.islower())
        or _person_word(view, j, cues)
        or (j >= 1 and view.chunk_of[j - 1] is not None)
        or low in _NOT_HEADS
        or low in _SPEAKING_HEADS
        or low in cues.clause_openers
        or low in cues.prepositions
        or low in cues.determiners
        or low in cues.collective_heads
        or low in cues.titles
        or low in cues.document_nouns
        or low in cues.tag_heads
        or low in cues.reporting_nouns
        or (low.endswith(_PERSON_ENDINGS) and low not in _EVIDENCE_HEADS)
    )


def _suggest_head(view: SentenceView, j: int) -> int:
    """The head of the subject whose last word is ``j``, past adverbs, a time phrase ("this
    week", "a decade ago") and prepositional phrases after the head ("the outcome of the
    discussions", "reports from the area"); -1 if none."""
    for _ in range(4):
        while j >= 0 and (view.low[j] in _SUGGEST_ADVERBS or view.low[j].endswith("ly")):
            j -= 1
        if j < 0:
            break  # adverbs open the sentence: no head
        if j >= 1 and view.low[j] in ("week", "month", "year") and view.low[j - 1] in (
            "this", "last", "next"
        ):  # fmt: skip
            j -= 2
            continue
        if view.low[j] == "ago":  # "reports from more than a decade ago": back to "from"
            q = next(
                (q for q in range(j - 1, max(-1, j - 7), -1)
                 if view.low[q] in _POSTMODIFIER_PREPOSITIONS),
                None,
            )  # fmt: skip
            if q is None:
                break
            j = q - 1
            continue
        q = next(
            (
                q
                for q in range(j - 1, max(-1, j - 6), -1)
                if view.low[q] in view.cues.prepositions
                or view.is_boundary(q)
                or view.toks[q] == ","
            ),
            None,
        )
        if q is None or view.low[q] not in _POSTMODIFIER_PREPOSITIONS:
            break
        j = q - 1
        while j >= 0 and view.low[j] in _POSTMODIFIER_PREPOSITIONS:
            j -= 1  # "from inside the country"
    return j


def _thing_suggests(view: SentenceView, i: int, cues: Cues) -> bool:
    """The subject of "suggest" at ``i`` is a thing (version 120, from China Daily's voice errors
    in rounds 69-80): neither the word before the verb nor the head of its phrase
    (:func:`_suggest_head`) may speak (:func:`_speaks`), and the subject is no unnamed document
    ("Studies suggest" stays vague): "These welcome efforts suggest", "Historical records ...
    suggest", "the outcome of the discussions suggests", "as the name suggests" are the
    writer's inference; "officials suggested", "as some have suggested", "reports from the area
    suggest", "US intelligence suggests" stay reports."""
    j = _subject_head(view, i, cues)
    while j >= 0 and view.low[j] in _SUGGEST_ADVERBS:
        j -= 1
    if j < 0 or _speaks(view, j, cues):
        return False
    head = _suggest_head(view, j)
    if head < 0 or _speaks(view, head, cues):
        return False
    return not _unnamed_document(view, i, cues)


#: negations before a verb of confirming (the normalised text has straight apostrophes); not
#: :data:`framing.engine.negation.NEGATORS`, whose "neither / nor" ("would neither confirm nor
#: deny allegations") the rules leave a report
_NEGATIONS = frozenset(
    {"not", "never", "cannot", "can't", "couldn't", "didn't", "hasn't", "haven't"}
)  # fmt: skip


def _not_confirmed(view: SentenceView, i: int) -> bool:
    """Verb ``i`` of confirming is negated or unable: "cannot (independently) confirm", "has not
    been able to verify", "unable to confirm" (the one who does not confirm asserts nothing)."""
    low, j = view.low, i - 1
    while j >= 0 and (low[j].endswith("ly") or low[j] in ("yet", "immediately")):
        j -= 1
    if j >= 2 and low[j] == "to" and low[j - 1] == "able" and low[j - 2] == "been":
        j -= 3  # "has not been able to verify"
    elif j >= 1 and low[j] == "to" and low[j - 1] in ("unable", "able"):
        return low[j - 1] == "unable" or (j >= 2 and low[j - 2] in _NEGATIONS)  # "not able to"
    return j >= 0 and low[j] in _NEGATIONS


def _reports_nothing(view: SentenceView, i: int) -> bool:
    """Verb ``i`` reports no one's stance (version 92, from attribution round 62): a report
    not made ("refuse to condemn", "failed to denounce"), a reason ("reason to think that"), a
    false start ("And you think — and thanks to ..."), a rhetorical question of the speaker's
    ("What do you think grows the economy?"), an appointment ("having been confirmed by the
    Senate": a passive "confirmed" without "that"), a noun ("through no fault of their own"), or an
    announcement of a thing ("USDOT announced nearly $1.5 billion in funding", "FEMA announced a
    new effort that may ...": an object noun phrase right after the verb)."""
    low, w = view.low, view.low[i]
    if i >= 2 and low[i - 1] == "to" and (low[i - 2] in _NOT_MADE or low[i - 2] in _GROUNDS):
        if low[i - 2] in _NOT_MADE:  # not "refuses to believe that ...": her belief
            return "that" not in low[i + 1 : i + 3]
        return w in _ASKED_BELIEF
    if w in _ASKED_BELIEF:
        if i + 1 < view.n and view.toks[i + 1] in _DASHES and low[i - 1] == "you":
            # "you think —" breaks off (not "they really believe — and ... — that ...", "they'd
            # think — they'd think that ...", "to see - and believe - that the ...")
            return w not in low[i + 2 : i + 7] and "that" not in low[i + 2 : i + 3]
        asked = i >= 2 and low[i - 2] in ("do", "does", "did") and low[i - 1] in _PRONOUN_SUBJECTS
        wh = any(x in _WH for x in low[max(0, i - 7) : i - 2])  # not "Do you think X can win?"
        return asked and wh and view.toks[view.n - 1] == "?"
    if w == "confirmed" and view.is_passive(i) and low[i - 1] != "as":
        return "that" not in low[i + 1 : i + 8]  # "having been confirmed by the Senate"
    if w in _CONFIRM and _not_confirmed(view, i):
        return True  # "The BBC cannot independently confirm the allegations": nothing asserted
        # (version 114, attribution round 74)
    if w == "fault":
        return i > 0 and (low[i - 1] in ("no", "at", "own") or low[i - 1] in view.cues.determiners)
    if w in _ANNOUNCE and i + 1 < view.n:
        nxt = low[i + 1]  # "announced a new effort that ...", "announced nearly $9 million"
        if not (nxt in _OBJECT_OPENERS or nxt[:1] in "$0123456789"):
            return False
        for k in range(i + 2, min(i + 5, view.n)):  # "announced the US would deliver": a clause
            if low[k] in _RELATIVE_OPENERS:
                return True
            if low[k] in _CLAUSE_VERBS:
                return False
        return True
    return False


def _in_title(view: SentenceView, i: int) -> bool:
    """Verb ``i`` of running text is a word of a title-case name: capitalised (not in capitals)
    right after another capitalised word ("Don't Say Gay" law, "the Buy American Act"; version
    92). Headlines, often in title case, and a verb opening a sentence or a quotation keep
    their frames."""
    t = view.toks[i]
    if view.headline or i == 0 or not t[:1].isupper() or t.isupper():
        return False
    before = view.toks[i - 1]
    return before[:1].isupper() and before[:1].isalpha() and not before.isupper()


#: definite words before a plural noun: "the adults who", "their economists who" name a known
#: group, not a generic one (:func:`_bare_plural`)
_DEFINITE = frozenset(
    {"the", "this", "these", "that", "those", "its", "their", "his", "her", "our", "my", "your"}
)

#: quantifiers that may open a sentence before a generic plural (:func:`_bare_plural`)
_QUANTIFIERS = frozenset({"many", "most", "some", "few", "all", "more", "other", "several"})


def _bare_plural(view: SentenceView, k: int) -> bool:
    """Token ``k`` is a plural noun with no definite word or name before it, a generic group
    ("number of adults who believe", "Russians who denounce": people, not the state; round 4
    and version 91): a lowercase word in -s, or a one-word demonym of an actor."""
    t, w = view.toks[k], view.low[k]
    if len(w) < 4 or not w.endswith("s") or w.endswith(("ss", "us", "is")):
        return False
    ch = view.chunk_of[k]
    if ch is not None:
        if (ch.first, ch.last) != (k, k) or ch.possessive or not t[0].isupper():
            return False  # "US officials who", "Russia's allies who"
    elif not (t.islower() or k == 0 and t[1:].islower()):
        return False  # "Republicans who" (not "Adults who" opening a sentence)
    if k == 0:
        return True
    before = view.low[k - 1]
    opener = k == 1 and before in _QUANTIFIERS  # "Many adults who"
    named = view.toks[k - 1][:1].isupper() and not opener  # "Apple employees who"
    return not (
        before in _DEFINITE or before.isdigit() or view.chunk_of[k - 1] is not None or named
    )


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


def _tag_ends(view: SentenceView, i: int) -> bool:
    """A postposed tag "..., X reported (on Monday), <more>" closes at a comma within three
    tokens after its verb (not "said, in a statement, that ...")."""
    for k in range(i + 1, min(view.n, i + 4)):
        if view.toks[k] == ",":
            return not (k + 1 < view.n and view.low[k + 1] == "that")
        if view.is_boundary(k):
            return False
    return False


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


def _generic_you(view: SentenceView, i: int, cues: Cues) -> bool:
    """Verb ``i`` has a speaker's generic or addressed "you" as its subject ("if you think
    that", "you'd agree that", "you might say"; :meth:`SentenceView._generic_you`): it reports
    no one, and a report around it keeps its holder ("Lavrov said that if you believe ...")."""
    k = _subject_word(view, i, cues)
    return k >= 0 and view.toks[k] in cues.second_person and view._generic_you(k, i)


def _subject_word(view: SentenceView, i: int, cues: Cues) -> int:
    """The index of the word before verb ``i`` past auxiliaries, forms of be, adverbs and
    "'ve" (the head of its subject, "The leaders have repeatedly made"), or -1."""
    low = view.low
    k = i - 1
    while k >= 0 and (
        low[k] in cues.auxiliaries
        or low[k] in cues.be_forms
        or low[k] in cues.clear_adverbs
        or low[k] in ("not", "never")
        or low[k][:1] == "'"
        or low[k].endswith("ly")
    ):
        k -= 1
    return k


def _speaker_like(view: SentenceView, k: int, cues: Cues) -> bool:
    """Whether word ``k`` can head a speaker: an actor or a name the rules found, a title, a
    pronoun, a vague head, or a body of ``speaker_heads`` (version 51)."""
    low = view.low
    return k >= 0 and (
        view.chunk_of[k] is not None
        or low[k] in cues.titles
        or view.toks[k] in cues.third_person
        or low[k] in cues.vague_heads
        or low[k] in cues.speaker_heads
    )


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
    else:
        h = VAGUE if vague_noun else OTHER
    return Frame(i, i + 1, i + 2, _scope_end(view, i + 2, limit=20), h)


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


#: capitalised words of dates, never the one who threatens ("a strike on Thursday threatened")
_DATES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"}
)  # fmt: skip

_CLAIM_NOUNS = frozenset({"claim", "claims", "allegation", "allegations"})

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
