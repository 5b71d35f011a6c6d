"""The checks a reporting word must pass before it opens a frame: what its subject is (a person,
a document, a thing, evidence, a share of people, an expletive *it*), whether it is negated,
existential, controlled or obliged, and whether it reports anything at all."""

from __future__ import annotations

from framing.engine.attribution.frame import _APPEALS, _POSSESSIVE
from framing.engine.attribution.frame_scope import _CLAUSE_MARKS, _FINITE, _PRONOUN_SUBJECTS, _bare
from framing.engine.attribution.frame_tags import _DASHES, _postposed
from framing.engine.clauses import GROUP_ADVERBS, NONE, VAGUE, Holder, SentenceView
from framing.engine.cues import Cues
from framing.engine.headline_tags import bare_document

#: after a headline's report verb, these make it a noun ("reports on", "fears of", "finds in")
_NOUN_NEXT = frozenset({"on", "of", "from", "in", "into", "by", "to", "for", "over", "with", "at"})

#: determiners that stand alone as a plural subject: before a verb's base form they are its
#: vague holder ("Some say", "Many believe"), not a determiner of a noun (round 18)
_QUANTIFIER_SUBJECTS = frozenset({"some", "many", "several", "few", "most", "others"})

#: words that may open the clause of such a subject ("and some say", "as many believe")
_SUBJECT_OPENERS = frozenset({"and", "or", "as", "since", "after", "before"})


def _named_possessor(view: SentenceView, k: int) -> bool:
    """Token ``k`` is a capitalised possessive that is no pronoun's contraction ("Kyiv's"; not
    "He's", "It's", "That's")."""
    t = view.toks[k] if k >= 0 else ""
    if not t[:1].isupper() or not t.endswith(_POSSESSIVE):
        return False
    return _bare(t[:-2]).lower() not in _CONTRACTED


#: words whose "'s" is "is" or "has" ("He's condemned", "That's called")
_CONTRACTED = frozenset({"he", "she", "it", "that", "what", "who", "there", "here", "where", "let"})


def _expletive(view: SentenceView, i: int, cues: Cues) -> bool:
    """The participle ``i`` follows an expletive "it" and its verb group ("it is said", "it
    had been expected", "it will be seen", "it is now widely assumed")."""
    j, low = i, view.low
    verb = False
    while j >= 1 and (
        low[j - 1] in cues.be_forms
        or low[j - 1] in cues.auxiliaries
        or low[j - 1].endswith("ly")
        or low[j - 1] in GROUP_ADVERBS  # "it is now widely assumed" (version 132)
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
