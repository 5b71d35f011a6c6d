"""One sentence as tokens with actor chunks, and the token-level rules that find who does what.

No parser: the rules look at word tokens, punctuation, a few closed lists of function words
(``engine/cues/attribution.yaml``) and the actor matches of the lexicon. :class:`SentenceView`
answers four questions about a token position: the *subject* to its left (the nearest actor,
vague holder, first or third person before a clause limit, skipping actors that are objects of
a preposition), the *object* to its right, the *agent* of a passive (``by X``), and the actor a
word *attaches to* (possessor, modified noun, ``of/by X``, relative clause, copula subject).

A :class:`Holder` is what the rules find: ``kind`` is ``author`` (first person), ``actor``
(``cats`` holds the actor categories; coordinated actors all count: "the US and Russia"),
``vague`` (anonymous or vague: "some in Western countries", "critics"), ``other`` (a holder the
lexicons do not name: "the minister") or ``none`` (nothing found).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate
from typing import NamedTuple

from framing.engine.cues import Cues

TOKEN_RE = re.compile(r"\w+(?:['-]\w+)*|[^\w\s]")
#: Punctuation that closes a clause for every rule (commas are handled rule by rule).
BOUNDARY = frozenset(';:()[]{}"!?')
_MAX_LEFT = 14  # tokens scanned for a subject
_MAX_RELATIVE = 25  # tokens of a relative clause skipped between a subject and its verb
_MAX_RIGHT = 8  # tokens scanned for an object or a by-agent
_PARTICIPLE_IRREGULAR = frozenset(
    [
        "said",
        "told",
        "thought",
        "felt",
        "seen",
        "known",
        "held",
        "written",
        "sworn",
        "understood",
        "kept",
        "made",
        "shown",
    ]
)
_INTENSIFIERS = frozenset(
    ["very", "so", "too", "more", "most", "quite", "rather", "extremely", "highly", "utterly"]
)
#: words after which a word is a verb, not a noun ("to decouple", "cannot decouple"); the
#: default of :meth:`SentenceView.verb_use`
VERB_MARKERS = frozenset(
    {"to", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "cannot",
     "not", "n't"}
)  # fmt: skip

COORDINATORS = frozenset({"and", "or", "&"})
#: how far right of a blame verb :meth:`SentenceView.second_object` looks (version 81)
_MAX_SECOND_OBJECT = 24
#: determiners before a title that point to someone the text identifies ("the general")
_IDENTIFYING = frozenset(
    {"the", "this", "that", "these", "those", "whose", "his", "her", "their", "its", "our"}
)
#: verbs of regarding right after a relative "which / that": its object is the one regarded,
#: not the holder of the noun ("the Cold War mentality which views China as an adversary")
_REGARDING = frozenset({"views", "view", "sees", "see", "regards", "regard", "treats", "treat",
                        "considers", "consider", "casts", "cast", "portrays", "portray",
                        "paints", "paint", "labels", "label", "brands", "brand", "targets",
                        "target"})  # fmt: skip
#: titles that may serve a body other than their nationality's state ("The Spanish diplomat",
#: the EU's Borrell: round 6's readers): version 117's foreign title leaves them alone
_SERVING = frozenset({"diplomat", "envoy", "diplomats", "envoys"})
#: nouns of containing whose country-name modifier is the one contained (round 20)
_CONTAINING = ("containment", "encirclement", "suppression")
#: endings of nationality adjectives ("American", "Chinese", "Western", "British")
_ADJECTIVE_ENDS = ("an", "ese", "ern", "ish", "ic", "i")
#: before a gerund, these make it an adjunct of its clause ("Trump raised a storm by
#: threatening to ...": the doer is the clause's subject)
MEANS = frozenset({"by", "while", "when", "after", "before", "without", "through"})
#: clause limits for :meth:`SentenceView.doer` (quotation marks may sit inside a clause)
_HARD_BOUNDARY = frozenset(";:()[]{}!?")
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})
#: pronouns of a person: their antecedent is a person-like actor chunk (:attr:`Chunk.person`)
_PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
_APOSTROPHES = frozenset({"'", "’"})
#: words whose "'s" is "is" / "has", never a possessive: "it's estimated that" (version 88)
_CONTRACTED_BE = frozenset({"it", "that", "there", "what"})
#: "he"/"she" chains: a pronoun's antecedent is looked for up to this many sentences back
#: through sentences that use a pronoun of the same person (round 5)
_MAX_CHAIN = 3
_HE, _SHE = frozenset({"he", "him", "his", "himself"}), frozenset({"she", "her", "hers", "herself"})
_PRONOUN_FAMILY = {w: fam for fam in (_HE, _SHE) for w in fam}
#: subject pronouns: their antecedent is not the object of a preposition
_NOMINATIVE = frozenset({"he", "she", "it", "they"})
#: pronouns of a person as a subject: a sentence that opens with one continues the subject of
#: the sentence before when that one names several persons (version 96)
_SUBJECT_PERSONS = frozenset({"he", "she"})
_PLURAL = frozenset({"they", "their", "them", "theirs", "themselves"})
#: compounds whose actor is not the thing named: "a Russia-backed separatist", "anti-Ukrainian"
_NOT_ITSELF_SUFFIXES = ("-backed", "-based", "-born", "-funded", "-installed", "-appointed")
_NOT_ITSELF_PREFIXES = ("anti-", "pro-")
#: what its own maker breaks: "a violation of Russia's (international) commitments"
_PLEDGES = frozenset({"commitment", "commitments", "obligation", "obligations", "promise",
                      "promises", "pledge", "pledges", "word"})  # fmt: skip
#: compounds that cast their actor as the one behind a noun a few words on ("US-backed
#: nationalists and neo-Nazis")
_BACKERS = ("-backed", "-led", "-sponsored", "-funded", "-installed")
#: heads of a possessed noun phrase that name another party than the owner ("its foreign
#: backers", "Russia's many critics"; version 127)
OTHER_PARTIES = frozenset(
    {"backer", "backers", "sponsor", "sponsors", "patron", "patrons", "supporter", "supporters",
     "critic", "critics", "friend", "friends", "proxy", "proxies", "victim", "victims"}
)  # fmt: skip
#: participles of doing between a noun and its agent ("the claims pushed by the Kremlin", "a
#: propaganda campaign launched by the West"; version 118)
DOING_PARTICIPLES = frozenset(
    {"made", "pushed", "launched", "waged", "spread", "peddled", "promoted", "orchestrated",
     "levelled", "leveled", "issued", "staged", "circulated", "propagated", "floated", "mounted",
     "unleashed", "fomented", "instigated", "masterminded", "sponsored", "voiced", "pursued",
     # of perpetrating (version 128): "heinous crimes committed by Russian soldiers", "sanctions
     # imposed by the US", "a puppet regime installed by Moscow"
     "committed", "perpetrated", "inflicted", "conducted", "imposed", "installed"}
)  # fmt: skip
#: endings of the modifiers coordinated before a shared noun (:meth:`SentenceView.
#: _modifier_series_end`): "cynical", "unprovoked", "wayward", "transparent" (version 128)
_MODIFIER_ENDINGS = ("ous", "ful", "ent", "ant", "al", "ic", "ive", "less", "ary", "ed", "ward",
                     "ish", "ile")  # fmt: skip
#: participles of doing with a particle before "by": "the atrocities carried out by" (v. 128)
PARTICLE_PARTICIPLES = {"carried": "out", "meted": "out"}
#: participles of origin before "from" ("claims emanating from Washington"; version 118)
ORIGIN_PARTICIPLES = frozenset({"emanating", "coming", "originating", "stemming"})
AGENT_PARTICIPLES = DOING_PARTICIPLES | ORIGIN_PARTICIPLES
#: prepositions that also open clauses ("after Kyiv and Moscow traded blame")
_SUBORDINATORS = frozenset({"after", "before", "since", "until", "as", "like", "than"})
#: subordinators that open a reporting tag whose subject follows them ("As Putin noted, ...")
_TAG_OPENERS = frozenset({"as"})
#: words before an "as" that opens no tag: "as soon as", "as well as", "such as", "the same as"
_AS_BEFORE = frozenset({"soon", "long", "well", "far", "much", "many", "such", "same", "just",
                        "so", "as", "known", "regarded", "seen", "described", "used", "identify",
                        "identifies", "identified", "self-identify", "serve", "serves", "served",
                        "act", "acts", "acted", "emerge", "emerged"})  # fmt: skip
#: modifiers between an actor and a head that makes it another body ("Russia's state news
#: agency", "US trade partners")
_HEAD_MODIFIERS = frozenset({"state", "state-run", "state-owned", "trade", "government"})
#: "officials in Washington", "the head of Russia's Security Council" speak for the actor;
#: "Sweden's ambassador to the UN" does not
_OF_PLACE = frozenset({"in", "of", "from", "at", "for"})
#: nouns of a capacity whose infinitive its holder would do ("deny Putin the ability to ...")
_CAPACITIES = frozenset({"ability", "capacity", "chance", "opportunity", "means", "right", "power"})
#: heads of a state body's capitalised name ("the Main Intelligence Directorate of Ukraine")
_BODY_HEADS = frozenset(
    {"directorate", "service", "staff", "council", "command", "guard", "administration",
     "cabinet", "forces", "police", "prosecutor", "inspectorate", "agency", "bureau"}
)  # fmt: skip
#: words of a state's name: no antecedent of "he" / "she" (version 96)
_STATE_WORDS = frozenset(
    {"republic", "kingdom", "federation", "emirates", "confederation", "commonwealth",
     "principality", "sultanate", "state", "states"}
)  # fmt: skip
#: last words of a document's name: no antecedent of "he" / "she" (version 96)
_DOCUMENT_HEADS = frozenset(
    {"charter", "constitution", "treaty", "convention", "declaration", "agreement", "accords",
     "accord", "protocol", "resolution", "act", "memorandum", "communique", "communiqué"}
)  # fmt: skip
#: heads of a body an actor word before it owns ("Russia's Security Council", "the Russian
#: Foreign Ministry"): the actor's, no rival antecedent of "he" (version 86)
_OWN_BODY_HEADS = _BODY_HEADS | {
    "ministry", "department", "office", "committee", "duma", "parliament", "government",
    "embassy", "consulate", "army", "navy", "senate",
}  # fmt: skip
#: :meth:`SentenceView._link_target` of a title phrase ending in the home's own head or office
_HOME_OFFICE = object()
#: title modifiers of someone other than the title's holder now: a bare "the former president"
#: in a White House text is not the President the document introduced (version 86, round 57)
_NOT_INCUMBENT = frozenset({"former", "outgoing", "incoming", "then", "late", "ex"})
#: heads of a meeting's parties named together ("the two presidents", "both sides"; version 71)
_PAIR_HEADS = frozenset({"presidents", "leaders", "sides", "parties", "heads"})
#: the words of a reciprocal object ("accused each other", "blamed one another")
RECIPROCAL_PAIRS = (("each", "other"), ("one", "another"))
#: capitalised words that name nobody (they do not compete with an actor as an antecedent)
_CALENDAR = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "mr",
        "mrs",
        "ms",
        "dr",
    ]
)
#: ``re.split`` with TOKEN_RE as its one group: whitespace, token, whitespace, ..., whitespace
_TOKEN_SPLIT = re.compile("(" + TOKEN_RE.pattern + ")").split
#: the same split with ASCII classes, about a fifth faster (the regex engine looks ``\w`` and
#: ``\s`` up in a table instead of the Unicode database); the same result on ASCII text
#: without the separators U+001C..U+001F, which only Unicode ``\s`` counts as space
#: (:func:`_split_tokens`)
_ASCII_TOKEN_SPLIT = re.compile("(" + TOKEN_RE.pattern + ")", re.ASCII).split


#: words between a form of be and "to blame" ("is not to blame", "alone is to blame")
_TO_BLAME_ADVERBS = frozenset({"not", "alone", "much", "also", "still", "all", "both"})
#: after a headline's participle of blame, these show it is passive ("China accused of ...")
_HEADLINE_PASSIVE_NEXT = frozenset({"of", "for", "over", "as", "after", "amid", "in", "on"})
#: adverbs between a headline's participle and what shows it is passive ("accused again of")
_AGAIN = frozenset({"again", "also", "once", "twice", "anew"})
#: particles between a participle and its "by" ("the war threat hyped up by the U.S.")
_BY_PARTICLES = frozenset({"up", "out", "down", "off"})
#: verbs after which a gerund's doer is someone else, unnamed ("China opposes politicizing
#: trade", "warns against interfering") (round 8)
#: nouns of trying whose doer an opposing word before them leaves open (version 82)
_ATTEMPTS = frozenset({"attempt", "attempts", "effort", "efforts", "bid", "bids", "moves"})
#: heads of "X of <UN body>" naming a State, not the body ("a permanent member of the
#: Security Council has launched ..."; version 82)
_MEMBER_HEADS = frozenset({"member", "members"})
_OPPOSING = frozenset(
    {"oppose", "opposes", "opposed", "opposing", "reject", "rejects", "rejected", "rejecting",
     "against"}
)  # fmt: skip


def unpunctuated(tail: str) -> bool:
    """Whether a sentence ending in ``tail`` (its last characters, or its last tokens joined)
    has no final punctuation: it ends in a word, or in a closing quotation mark after a word
    ("... 'was lying to Ukraine'"): a headline, title or caption."""
    tail = tail.rstrip("'\"")
    return bool(tail) and tail[-1].isalnum()


def plain_ascii(text: str) -> bool:
    """``text`` is ASCII without U+001C..U+001F: the ASCII token split gives the same parts."""
    return (
        text.isascii()
        and "\x1c" not in text
        and "\x1d" not in text
        and "\x1e" not in text
        and "\x1f" not in text
    )


def _split_tokens(text: str, is_ascii: bool | None = None) -> list[str]:
    """``_TOKEN_SPLIT(text)``, with the faster ASCII split where it gives the same parts
    (``is_ascii``: :func:`plain_ascii` of ``text`` or of a text holding it, when known)."""
    if is_ascii or (is_ascii is None and plain_ascii(text)):
        return _ASCII_TOKEN_SPLIT(text)
    return _TOKEN_SPLIT(text)


class Holder(NamedTuple):
    """Who the rules found: ``kind`` in author / actor / vague / other / none."""

    kind: str
    cats: tuple[str, ...] = ()

    @property
    def source(self) -> str:
        """``west_us``, ``china+russia``, ``vague`` or ``""``."""
        if self.kind == "actor":
            return "+".join(self.cats)
        return "vague" if self.kind == "vague" else ""


#: the lowercase form of the token "WHO" in mixed-case text (the organisation, not "who")
ORG_WHO = "w.h.o."

NONE = Holder("none")
OTHER = Holder("other")
#: a holder the text names as another state (``other_states``: "Japanese officials", "Tokyo";
#: version 117): ``other`` with no source, but a holder the rules have read, not a word they
#: could not place, so the fallbacks for :data:`OTHER` (an unnamed document, the outlet's
#: office, an infinitive's missing subject) do not replace it
FOREIGN = Holder("other", ("foreign",))
AUTHOR = Holder("author")
VAGUE = Holder("vague")
#: forms of "do" that open a question before "you" ("Do you think ...?"; version 97)
_DO_FORMS = frozenset({"do", "don't", "did", "didn't", "does", "doesn't"})
#: auxiliaries of a past or perfect verb after "you" ("you have seen", "you didn't think")
_PAST_AUXILIARIES = frozenset(
    {"have", "has", "had", "did", "didn't", "haven't", "hadn't", "having"}
)


#: prepositions that may open a phrase after the head of a copula's subject ("the US
#: crackdown on Huawei is")
_PP_OPENERS = frozenset({"on", "against", "over", "about", "toward", "towards", "of", "in"})
#: words that open a subject noun phrase ("The US sanctions", "These Russian claims")
_SUBJECT_OPENERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "such"})


class Chunk(NamedTuple):
    """An actor match as a token range ``[first, last]``."""

    first: int
    last: int
    cat: str
    possessive: bool
    person: bool = False  # a leader's name or an actor word next to a singular title


class SentenceView:
    """Tokens of ``norm[start:end]`` with the actor matches of the sentence mapped onto them.

    ``actors`` are ``(start, end, category[, person])`` character spans (``person``: the match
    names a person, e.g. a leader); ``order`` ranks categories (for a stable ``+``-joined
    source); ``earlier`` gives the view of the previous sentence (pronoun antecedents);
    ``is_ascii``: :func:`plain_ascii` of ``norm`` when the caller knows it (else checked here);
    ``home``: the actor category of the publisher's country, for a headline's unqualified
    spokesperson or ministry (:meth:`office`), ``""`` when unknown.
    """

    def __init__(
        self,
        norm: str,
        start: int,
        end: int,
        actors: list[tuple],
        cues: Cues,
        order: dict[str, int],
        earlier: Callable[[], SentenceView | None] | None = None,
        is_ascii: bool | None = None,
        heads: dict[str, str] | None = None,
        home: str = "",
    ) -> None:
        self.cues, self.order, self.earlier = cues, order, earlier
        self.home = home
        #: title and body words the document introduced with one actor ("Russian President",
        #: "the Russian Defense Ministry"): what a later "the president", "the ministry" is
        self.heads = heads or {}
        self.start, self.end = start, end
        # the tokens of TOKEN_RE.finditer without a match object per token: split keeps the
        # tokens at odd indices and the whitespace between them (every other character is in a
        # token) at even ones, so a token starts where the lengths before it add up to
        parts = _split_tokens(norm[start:end], is_ascii)
        self.toks = toks = parts[1::2]
        self.starts = list(accumulate(map(len, parts), initial=start))[1:-1:2]
        self.low = low = list(map(str.lower, toks))
        if "WHO" in toks and not norm[start:end].isupper():
            # the World Health Organization, not the relative or question word (round 10: ",
            # WHO says" read as a relative clause); all-caps text keeps the pronoun
            self.low = low = [ORG_WHO if t == "WHO" else w for t, w in zip(toks, low, strict=True)]
        #: a ";", "but" or "yet" token (a headline's "amid"), or "in reality" / "in fact",
        #: where a complement may end
        self.may_split = (
            ";" in toks or "but" in low or "yet" in low or "reality" in low or "fact" in low
        )
        self.n = len(toks)
        #: no final punctuation: a headline, whose style drops "is" and the reporting verb
        self.headline = self.n > 0 and unpunctuated("".join(toks[-3:]))
        if self.headline and "amid" in low:
            self.may_split = True  # a headline's "amid ..." is the writer's context (round 12)
        self.chunk_at: dict[int, Chunk] = {}  # by last token
        self.chunk_of: list[Chunk | None] = [None] * self.n
        for s, e, cat, *leader in actors:
            first, last = self.tok_at(s), self.tok_at(e - 1)
            if first < 0 or last < first:
                continue
            poss = norm.startswith(("'s", "'"), e) or self.low[last].endswith(("'s", "s'"))
            ch = Chunk(first, last, cat, poss, bool(leader and leader[0]) or self._titled(last))
            if self.chunk_of[last] is None:
                self.chunk_at[last] = ch
                for k in range(first, last + 1):
                    self.chunk_of[k] = self.chunk_of[k] or ch

    # ------------------------------------------------------------ positions
    def tok_at(self, offset: int) -> int:
        """Index of the token containing (or first after) character ``offset``."""
        i = bisect_right(self.starts, offset) - 1
        if i < 0:
            return 0 if self.n else -1
        if self.starts[i] + len(self.toks[i]) <= offset and i + 1 < self.n:
            return i + 1
        return i

    def span_tokens(self, s: int, e: int) -> tuple[int, int]:
        """First and last token of the character span ``[s, e)``."""
        return self.tok_at(s), self.tok_at(max(s, e - 1))

    def is_boundary(self, i: int) -> bool:
        return self.toks[i] in BOUNDARY or self.low[i] in self.cues.clause_openers

    def adverb_once(self, j: int, verb: int) -> bool:
        """Token ``j`` is "once" right before the verb at ``verb`` ("Putin once said"): the
        adverb, not the clause opener that :meth:`is_boundary` takes it for (version 121)."""
        return j == verb - 1 and self.low[j] == "once"

    def _is_word(self, i: int) -> bool:
        return self.toks[i][0].isalnum() or self.toks[i][0] == "_"

    # ------------------------------------------------------------ chunks
    def _sorted(self, cats) -> tuple[str, ...]:
        return tuple(sorted(set(cats), key=lambda c: (self.order.get(c, 99), c)))

    def _coordinated(self, ch: Chunk, step: int) -> tuple[str, ...]:
        """Categories of ``ch`` and of actors coordinated with it ("X and Y", "X, Y or Z")."""
        cats = [ch.cat]
        i = ch.first - 1 if step < 0 else ch.last + 1
        while step < 0 and i >= 0 and self.low[i] in self.cues.determiners:
            i -= 1  # "Kyiv and the West"
        while 0 <= i < self.n and self.low[i] in COORDINATORS:
            j = i + step
            while 0 <= j < self.n and self.low[j] in self.cues.determiners:
                j += step
            other = self.chunk_of[j] if 0 <= j < self.n else None
            if other is None:
                break
            cats.append(other.cat)
            i = (other.first - 1) if step < 0 else (other.last + 1)
        if step < 0:  # "the US and its allies": also look right of the chunk
            cats += self._coordinated(ch, +1)[1:] if ch.last + 1 < self.n else []
        return self._sorted(cats)

    def _noun_owner(self, k: int) -> Holder | None:
        """The actor that owns the plain noun at ``k``: a possessive or an actor word right
        before it, past at most one adjective ("U.S. quest", "Washington's new attempt"); None
        when the noun is a verb of the cue lists or no actor qualifies it."""
        if not self.toks[k].isalpha() or not self.toks[k].islower():
            return None
        if self.low[k] in self.cues.clause_words or self.low[k] in self.cues.auxiliaries:
            return None
        for j in (k - 1, k - 2):
            ch = self.chunk_of[j] if j >= 0 else None
            if ch is not None and ch.last == j:
                if self._non_state(ch) or self.governed(ch):
                    return None
                return self.actor_holder(ch)
            if j < 0 or not self.toks[j].isalpha() or not self.toks[j].islower():
                return None
        return None

    def governed(self, ch: Chunk) -> bool:
        """``ch`` is the object of a preposition ("invasion of Ukraine", "a move by Biden"),
        so it cannot head a subject."""
        return self._prep_before(ch) is not None

    def _tag_opener(self, p: int) -> bool:
        """Token ``p`` is an "as" that opens a reporting tag ("as Putin noted"), not part of
        "as soon as", "as well as", "such as" ..."""
        return self.low[p] in _TAG_OPENERS and not (p > 0 and self.low[p - 1] in _AS_BEFORE)

    def _prep_before(self, ch: Chunk) -> int | None:
        """Index of a preposition governing ``ch`` ("on China", "in the West", also a second
        conjunct: "between Pyongyang and Washington"), else None."""
        j = ch.first - 1
        while j >= 0 and self.low[j] in self.cues.determiners:
            j -= 1
        if j >= 1 and self.low[j] in COORDINATORS:
            k = j - 1  # the first conjunct: an actor or a capitalised name
            other = self.chunk_of[k]
            if other is not None:
                k = other.first - 1
            elif self.toks[k][0].isupper():
                while k >= 1 and self.toks[k - 1][0].isupper() and not self.is_boundary(k - 1):
                    k -= 1
                k -= 1
            else:
                return None
            while k >= 0 and self.low[k] in self.cues.determiners:
                k -= 1
            if k < 0 or self.low[k] in _SUBORDINATORS:
                return None  # "after Kyiv and Moscow traded ...": a clause, not an object
            j = k
        return j if j >= 0 and self.low[j] in self.cues.prepositions else None

    def _by_before(self, ch: Chunk) -> bool:
        """``ch`` is the agent of a passive ("by Russian troops"): no subject."""
        j = ch.first - 1
        while j >= 0 and self.low[j] in self.cues.determiners:
            j -= 1
        return j >= 0 and self.low[j] == "by"

    def _anonymous(self, ch: Chunk) -> bool:
        """An anonymity marker right before the chunk ("unnamed US officials")."""
        for j in range(ch.first - 1, max(-1, ch.first - 3), -1):
            w = self.low[j]
            if w in self.cues.anonymity_markers:
                return True
            if w not in self.cues.determiners and w not in self.cues.titles:
                break
        return False

    def actor_holder(self, ch: Chunk, step: int = -1) -> Holder:
        if self._anonymous(ch):
            return VAGUE
        return Holder("actor", self._coordinated(ch, step))

    def _titled(self, last: int) -> bool:
        """A singular title within two words after an actor word ("Russian President", "Ukraine's
        foreign minister", "Russian Defense Ministry spokesman"): the chunk names a person."""
        for k in range(last + 1, min(self.n, last + 5)):
            w = self.low[k]
            if w in self.cues.titles and not w.endswith("s"):
                return True
            if not self.toks[k][0].isupper() and k > last + 2:
                return False
            if self.toks[k] == "," or self.is_boundary(k) or w in self.cues.be_forms:
                return False
        return False

    def _name_end(self, ch: Chunk) -> int:
        """First token after ``ch`` and the capitalised words and titles that continue it
        ("US President Joe Biden", "Russian Defense Ministry spokesman Igor Konashenkov")."""
        k = ch.last + 1
        while k < self.n and (self.toks[k][0].isupper() or self.low[k] in self.cues.titles):
            k += 1
        return k

    def _name_like(self, k: int) -> bool:
        """A capitalised word inside the sentence that no actor chunk covers ("North Korea",
        "Canberra", "Vitaly Kim"): a named antecedent the lexicons do not know."""
        t = self.toks[k]
        if not t[0].isupper() or self.chunk_of[k] is not None or t in ("I", "I'm"):
            return False
        if k == 0 or self.toks[k - 1] in BOUNDARY or self.toks[k - 1] in ".'":
            # a sentence or quotation opens with a capital; a state outside the categories is
            # a name there too ("Tokyo should not try and push its own ...": version 117)
            return self.other_state(k)
        w = self.low[k]
        return not (
            w in _CALENDAR
            or w in self.cues.titles
            or t in self.cues.third_person
            or t in self.cues.first_person
        )

    def other_state(self, k: int) -> bool:
        """Token ``k`` names a state outside the actor categories (``other_states``: "Tokyo",
        "Japanese", "Germany's"; version 117), where no actor chunk covers it."""
        name = self.toks[k].removesuffix("'s").removesuffix("’s")
        return self.chunk_of[k] is None and name in self.cues.other_states

    def foreign_possessor(self, k: int) -> bool:
        """Token ``k`` is the possessive of a name the lexicons do not place ("Aquino III's",
        "Australia's"; version 117): the possessor is someone outside the categories."""
        t = self.toks[k]
        if not t.endswith(("'s", "’s")) and not (
            k + 1 < self.n and self.toks[k + 1] in _APOSTROPHES and t.endswith("s")
        ):
            return False
        base = self.low[k].removesuffix("'s").removesuffix("’s")
        if base in _CONTRACTED_BE or base in _CALENDAR or base in self.cues.titles:
            return False  # "It's", "Monday's", "the President's"
        return self._name_like(k) or self.other_state(k)

    def _antecedents(self, upto: int, w: str) -> tuple[set[str], bool]:
        """Actor categories before token ``upto`` that pronoun ``w`` may refer to, and whether
        a named non-actor after the last of them (or before ``upto`` when there is none)
        competes as the antecedent."""
        cats: set[str] = set()
        after = 0
        seen: set[int] = set()
        for k in range(upto):
            ch = self.chunk_of[k]
            if ch is None or ch.first in seen:
                continue
            seen.add(ch.first)
            p = self._prep_before(ch)
            office = w in _PERSON_PRONOUNS and p is not None and self._office_of(p)
            if w in _PERSON_PRONOUNS and not (ch.person or office):
                continue  # "he" is a person: not "Russia", "Ukrainian troops"
            if (
                not office
                and p is not None
                and self.low[p] not in _SUBORDINATORS
                and (w in _NOMINATIVE or self.low[p] == "of")
            ):
                continue  # "after dealing with China, it ...": a subject refers to a subject
            if self._not_itself(ch):
                continue
            cats.add(ch.cat)
            after = self._name_end(ch)
        if w in _PERSON_PRONOUNS and self.home and self.home in self.heads.values():
            for k in range(upto - 1):
                # '...," the President said. According to him, ...' (version 66): a bare title
                # the document introduced with one actor, as a subject
                if (
                    self.low[k] == "the"
                    and self.chunk_of[k + 1] is None
                    and self._opens_clause(k + 1)
                    and not (k + 2 < self.n and self.toks[k + 2] == ":")
                ):  # not a transcript's speaker label "THE PRESIDENT:" (version 86)
                    h = self._introduced(k + 1)
                    if h is not None and h.cats == (self.home,):  # the publisher's own title:
                        # a White House "the President" is Biden, not a "Russian President"
                        cats.update(h.cats)
                        after = max(after, k + 2)
        if w in _PERSON_PRONOUNS and upto > 2 and self.low[0] == "the":
            # 'Kremlin Press Secretary Dmitry Peskov ... The spokesman was asked if ... "...," he
            # replied' (version 124, round 81): a bare title that opens its sentence as the
            # subject stands for the one actor the document introduced it with; not "the
            # President", which in the home's own texts is the home's (the rule above)
            title = self._bare_title(1)
            if title and title != "president":
                h = self._definite_title(1, title)
                if h.kind == "actor":
                    cats.update(h.cats)
                    after = max(after, 2)
        if w in _PERSON_PRONOUNS and self.home:
            for k in range(upto - 3):
                # 'The Head of State noted that ... "...," he said' (version 71): the home's
                # own head as a subject
                if (
                    self.toks[k] == "Head"
                    and self.toks[k + 2] == "State"
                    and self._home_office(k + 1, k + 2)
                    and self._opens_clause(k)
                ):
                    cats.add(self.home)
                    after = max(after, k + 3)
        if w in _PERSON_PRONOUNS and self.home:
            for k in range(1, upto):
                # 'The Head of the President's Office is also convinced that ... "...," he said'
                # (version 77): the home's office holder as a subject
                if self.toks[k] not in ("Office", "President"):
                    continue
                t0 = self._home_chain_start(k)
                if t0 is not None and self.toks[t0][:1].isupper() and self._opens_clause(t0):
                    cats.add(self.home)
                    after = max(after, k + 1)
        return cats, any(self._competes(k, w) for k in range(after, upto))

    def _office_of(self, p: int) -> bool:
        """The preposition ``p`` before an actor is the "of" of a person's singular title after
        "the": "the President of Ukraine", "the head of the Ukrainian state" name a person, who
        may be a later "he" (version 65, attribution round 39), when the title opens its clause
        (a subject); not "the wife of the President of Ukraine" (the chain's first head is no
        title), "a member of Congress", "if I am President of the United States" (no one the
        text points at) or "allowing the President of Russia to ..." (an object)."""
        cues = self.cues
        t, subject = "", False
        while p > 0 and self.low[p] == "of":  # back to the chain's first head
            t = self.low[p - 1]
            m = p - 2
            while m >= 0 and self.low[m] in cues.title_modifiers:
                m -= 1  # "the Deputy Head of ..."
            # a subject: "The President of Ukraine said"; not "allowing the President of ..."
            subject = m >= 0 and self.low[m] == "the" and self._opens_clause(m + 1)
            p = m
            while p > 0 and self.low[p] in cues.determiners:
                p -= 1
        return (
            subject
            and t in cues.titles
            and t not in cues.institution_titles
            and not t.endswith("s")
        )

    def _competes(self, k: int, w: str) -> bool:
        """A name at ``k`` the pronoun ``w`` may refer to instead (not the object of a
        preposition: "the fall of the Soviet Union", "to European cities")."""
        if not self._name_like(k):
            return False
        j = k - 1
        while j >= 0 and (self.low[j] in self.cues.determiners or self._name_like(j)):
            j -= 1
        if j >= 1 and self.low[j] in ("'s", "’s"):
            j -= 1
        if j >= 0 and self.chunk_of[j] is not None and self._own_body(k):
            return False  # "Russia's Security Council", "the Russian Security Council": the
            # actor's own body, not another antecedent (version 86, round 57)
        if w in _PERSON_PRONOUNS and (
            self._own_body(k) or self._no_person_name(k) or self.other_state(k)
        ):
            return False  # "the Vice President conveyed the Administration's commitment. She
            # emphasized": a body is no antecedent of "she" (version 95, round 64), nor a
            # state or a document ("the threats posed by the Democratic People's Republic of
            # Korea, and he condemned", "the United Nations Charter. He": version 96, round 65)
        return not (j >= 0 and self.low[j] in self.cues.prepositions)

    def _no_person_name(self, k: int) -> bool:
        """The capitalised name through token ``k`` (with its "of" links) names a state (a word
        of :data:`_STATE_WORDS`: "the Democratic People's Republic of Korea", "the United Arab
        Emirates") or ends in a document's head (:data:`_DOCUMENT_HEADS`: "the United Nations
        Charter", "the Minsk Agreement"): no person."""
        lo = hi = k
        while lo > 0 and (self._name_like(lo - 1) or self.low[lo - 1] == "of"):
            lo -= 1
        while hi + 1 < self.n and (self._name_like(hi + 1) or self.low[hi + 1] == "of"):
            hi += 1
        return self.low[hi] in _DOCUMENT_HEADS or any(
            self.low[m] in _STATE_WORDS for m in range(lo, hi + 1)
        )

    def _own_body(self, k: int) -> bool:
        """The capitalised name through token ``k`` ends in a state body's head ("Security
        Council", "Foreign Policy Planning Department", "the Administration's"; not "Jewish
        Congress", "NTV")."""
        while k + 1 < self.n and self._name_like(k + 1):
            k += 1
        return self.low[k].removesuffix("'s").removesuffix("’s") in _OWN_BODY_HEADS

    def pronoun(self, i: int, exclude: tuple[str, ...] = ()) -> Holder:
        """The antecedent of a third-person pronoun: the one actor category named before it in
        the sentence, else in the previous sentence; ``other`` when none or several, or when a
        capitalised name the lexicons lack stands between it and the pronoun. "he"/"she" refer
        only to person-like chunks (:attr:`Chunk.person`); a subject or possessive pronoun not to
        the object of a preposition. ``exclude``: categories that cannot be the antecedent (an
        object pronoun is not its own clause's subject: "Biden hit back at Putin, accusing him")."""
        if self.low[i] == "it" and i + 1 < self.n and self.low[i + 1] in self.cues.be_forms:
            return NONE  # expletive "it is ..."
        return self._refer_back(i, self.low[i], exclude)

    def refer_back(self, upto: int, w: str) -> Holder:
        """:meth:`_refer_back` for pronoun ``w`` as if it stood at token ``upto`` ("...," he said
        after a quotation of several sentences: he is named before the quotation opens)."""
        return self._refer_back(upto, w)

    def _refer_back(self, upto: int, w: str, exclude: tuple[str, ...] = ()) -> Holder:
        """The one actor category that pronoun ``w`` at ``upto`` may refer to, in this sentence
        (:meth:`_antecedents`) else in the previous one; ``other`` when none, several, or a
        competing name."""
        cats, named = self._antecedents(upto, w)
        cats -= set(exclude)
        if named or (not cats and w in _PLURAL and self._plural_subject(upto)):
            return OTHER  # "The migrants or their families": not an actor further back
        prev, hops = self, 0
        while not cats and prev.earlier is not None and hops < _MAX_CHAIN:
            if hops and not prev._same_pronoun(w):
                break  # a chain passes only through sentences that use the pronoun too
            prev = prev.earlier()
            if prev is None:
                break
            cats, named = prev._antecedents(prev.n, w)
            cats -= set(exclude)
            if named:
                return OTHER
            hops += 1
            if hops == 1 and len(cats) > 1 and w in _SUBJECT_PERSONS and self.low[:1] == [w]:
                subject = prev._person_subject()
                if subject in cats:
                    # "President Biden welcomed President Zelenskyy's stated openness ... He
                    # reaffirmed": a sentence-opening "he" continues the subject of the
                    # sentence before (version 96, round 65)
                    return Holder("actor", (subject,))
        return Holder("actor", (next(iter(cats)),)) if len(cats) == 1 else OTHER

    def _person_subject(self) -> str | None:
        """The category of the person who opens this sentence as its subject ("President Biden
        welcomed ..."; past titles and determiners), else None."""
        k = 0
        while (
            k < self.n
            and self.chunk_of[k] is None
            and (
                self.low[k] in self.cues.determiners
                or self.low[k] in self.cues.titles
                or self.low[k] in self.cues.title_modifiers
            )
        ):
            k += 1
        ch = self.chunk_of[k] if k < self.n else None
        if ch is None or not ch.person or ch.possessive:
            return None
        if ch.last + 1 < self.n and self.low[ch.last + 1] in self.cues.institution_titles:
            return None  # "The Russian government ...": a body, no person
        return ch.cat

    def _body_head(self, h: int) -> bool:
        """Token ``h`` ends the capitalised name of a state body that opens its clause, before
        "of <actor>": "The *Ministry of Defense* of Ukraine", "the *Main Intelligence
        Directorate* of Ukraine", "the *General Staff of the Armed Forces* of Ukraine" (its head
        a title or a body noun of :data:`_BODY_HEADS`, capitalised; at most eight tokens)."""
        if not self.toks[h][:1].isupper():
            return False
        cues = self.cues
        found, k = False, h
        while k >= 0 and h - k < 8:
            t, w = self.toks[k], self.low[k]
            if t[:1].isupper():
                if w in cues.titles or w in cues.institution_titles or w in _BODY_HEADS:
                    found = True
            elif w not in ("of", "for", "and"):
                break
            k -= 1
        first = k + 1
        if first <= h and self.low[first - 1 : first] == ["the"]:
            first -= 1
        return found and self._opens_clause(first)

    def _plural_subject(self, upto: int) -> bool:
        """A plural common noun that opens a clause before ``upto`` ("The migrants or their
        families allegedly paid"): the antecedent of a plural pronoun after it, so the pronoun
        does not reach back to an actor of the previous sentence (version 75, round 48)."""
        for k in range(1, upto):
            t = self.toks[k]
            if (
                self.low[k - 1] in ("the", "these", "those")
                and self.low[k + 1 : k + 2] != ["of"]  # "the stories of Russian officials"
                and t.isalpha()
                and t.islower()
                and t.endswith("s")
                and not t.endswith(("ss", "us", "is"))
                and self.chunk_of[k] is None
                and self._opens_clause(k)
            ):
                return True
        return False

    def _same_pronoun(self, w: str) -> bool:
        """The sentence uses a pronoun of ``w``'s person ("She revealed ..." before "she
        reiterated"): its antecedent may lie further back."""
        family = _PRONOUN_FAMILY.get(w)
        return family is not None and any(t in family for t in self.low)

    def _head_after(self, ch: Chunk) -> str:
        """The word after the chunk, past one modifier of :data:`_HEAD_MODIFIERS` ("Russia's
        state news agency", "US trade partners"); "" at the end of the sentence."""
        k = ch.last + 1
        if k < self.n and self.low[k] in _HEAD_MODIFIERS:
            k += 1
        return self.low[k] if k < self.n else ""

    def _non_state(self, ch: Chunk) -> bool:
        """A head after the chunk makes the phrase a body that is not the actor: "the Russian
        news agency", "Russia's state news agency", "US trade partners"."""
        head = self._head_after(ch)
        if ch.cat == "un" and head in ("agency", "agencies"):
            return False  # "UN agency says": a UN body (the readers' guide; rounds 14, 21)
        return head in self.cues.non_state_heads or head in self.cues.other_party_heads

    def _other_party(self, ch: Chunk) -> bool:
        """A relational head after the chunk names another party: "US trade partners",
        "China's neighbours" (``other_party_heads``)."""
        return self._head_after(ch) in self.cues.other_party_heads

    def _not_itself(self, ch: Chunk) -> bool:
        """An actor word inside a compound that names someone else: "a Russia-backed
        separatist", "anti-Ukrainian hysteria", "pro-Russian rebels"."""
        return self._prefixed(ch) or self.low[ch.last].endswith(_NOT_ITSELF_SUFFIXES)

    def _prefixed(self, ch: Chunk) -> bool:
        """The actor word follows "anti-" or "pro-", also with the hyphen spaced as in
        tokenised corpora ("anti - Ukrainian propaganda", UNSCon)."""
        f = ch.first
        if self.low[f].startswith(_NOT_ITSELF_PREFIXES):
            return True
        return f >= 2 and self.toks[f - 1] == "-" and self.low[f - 2] + "-" in _NOT_ITSELF_PREFIXES

    def _later_agent(self, k: int) -> Holder:
        """The actor of "by X" in the phrase from token ``k`` ("of Crimea by Russia"), or the
        owner of the pledges a violation breaks ("violation of Russia's commitments"), else
        nobody: the doer of an act done to someone (``patient_nouns``)."""
        for j in range(k, min(self.n - 1, k + 8)):
            if self.toks[j] == "," or self.is_boundary(j):
                break
            if self.low[j] == "by":
                h = self.noun_phrase(j + 1)
                return h if h.kind == "actor" else NONE
        ch = self.chunk_at.get(k)
        if ch is not None and not ch.possessive and self._into_actor(ch.last + 1):
            return self.actor_holder(ch, +1)  # "the invasion of Russia into Ukraine" (v. 83)
        if self.low[k - 2].startswith("violation"):
            for j in range(k, min(self.n - 1, k + 4)):
                ch = self.chunk_at.get(j)
                if ch is not None and ch.possessive:
                    heads = self.low[ch.last + 1 : ch.last + 4]
                    if any(w in _PLEDGES for w in heads):
                        return self.actor_holder(ch)
                    break
        return NONE

    def _into_actor(self, j: int) -> bool:
        """Tokens from ``j`` are "into (the) <actor>": the "of X" before them names the doer."""
        if self.low[j : j + 1] != ["into"]:
            return False
        k = j + 2 if self.low[j + 1 : j + 2] == ["the"] else j + 1
        return k < self.n and self.chunk_of[k] is not None

    # ------------------------------------------------------------ rules
    def subject(self, i: int, strict: bool = False) -> Holder:
        """The holder or doer left of token ``i`` in its clause; ``strict``: only the nearest
        noun phrase (a content word that is not an actor ends the search: "the plan is")."""
        cues = self.cues
        j, steps, content, title, title_word = i - 1, 0, False, False, ""
        definite = False  # "the general", "whose president": someone the text identifies
        while j >= 0 and steps < _MAX_LEFT:
            t, w = self.toks[j], self.low[j]
            if t == "State" and not content and j >= 2 and self._home_office(j - 1, j):
                return Holder("actor", (self.home,))  # "The Head of State noted" (version 68)
            if t in ("President", "Office") and not (content or title) and self._home_chain(j):
                return Holder("actor", (self.home,))  # "The Adviser to the Head of the
                # President's Office noted" (version 70)
            if not (content or title) and self._home_pair(j) and not self._reciprocal(i):
                return Holder("actor", (self.home,))  # "the two presidents noted" (version 71)
            if title and w in _IDENTIFYING:
                definite = True
            if t in ('"', "'") and j >= 1 and self.toks[j - 1] == "," and not (content or title):
                opened = self._relative_opening(j - 1)  # ', citing "the limits," made it clear'
                if (
                    opened is not None
                    and self.low[opened + 1].endswith("ing")
                    and any(self.toks[k] == t for k in range(opened + 2, j - 1))
                ):  # the quotation opens inside the phrase; not '"..., which ...," said X'
                    j = opened - 1
                    continue
            if t == ",":
                opened = None if (content or title) else self._relative_opening(j)
                if opened is not None:
                    j = opened - 1  # "Biden, who arrived with the aim of ..., said"
                    continue
                if content and self._headline_list(j, i):
                    j -= 1  # "U.S., ROK and Japan condemn ...": a headline's list of names
                    continue
                if content or title:
                    break
                j -= 1  # apposition: "Qin Gang, recently noted"
                continue
            if self.adverb_once(j, i):
                j -= 1  # "Putin once said": an adverb, not "once" opening a clause (v. 121)
                continue
            if self.is_boundary(j):
                break
            ch = self.chunk_at.get(j) or self.chunk_of[j]
            if ch is not None and self._not_itself(ch):
                ch, content = None, True  # "a Russia-backed separatist claimed"
            if ch is not None:
                owner = self.chunk_at.get(ch.first - 1)
                if owner is not None and owner.possessive:
                    ch = owner  # "Russia's Security Council": Russia's body, not the UN
                p = self._prep_before(ch)
                if p is None and self._by_before(ch):
                    j, content = ch.first - 1, True  # "captured by Russian troops, and was"
                    steps += 1
                    continue
                if (
                    p is not None
                    and self._tag_opener(p)
                    and not content
                    and not self.low[min(i, self.n - 1)].endswith("ing")
                ):  # "as Putin noted", "as Lavrov has said": its subject (not "as the Russian
                    # saying goes")
                    p = None
                if p is None:
                    if self._non_state(ch):
                        return OTHER  # "the Russian news agency Interfax claimed"
                    return self.actor_holder(ch)
                h = p - 1
                while (
                    h >= 0
                    and self.low[h] in cues.determiners
                    and self.low[h] not in (cues.anonymity_markers)
                ):
                    h -= 1
                if h >= 0 and (
                    self.low[h] in cues.vague_heads or self.low[h] in cues.anonymity_markers
                ):
                    return VAGUE  # "some in Western countries", "critics of China"
                if (
                    h >= 0
                    and self.low[p] == "of"
                    and ch.cat == "un"
                    and self.low[h] in _MEMBER_HEADS
                ):
                    return OTHER  # "A permanent member of the Security Council has launched"
                if h >= 0 and self.low[p] == "of":
                    kin = h if self.other_head(h) else self._of_before(h)
                    if self.other_head(kin) and self._opens_clause(kin):
                        return OTHER  # "the wife of the President of Ukraine noted" (v. 59)
                body = h >= 0 and self.low[p] == "of" and self._body_head(h)
                if body:  # "The Ministry of Defense of Ukraine said", "the Main Intelligence
                    return Holder("actor", (ch.cat,))  # Directorate of Ukraine" (version 76)
                if h >= 0 and self.low[h] in cues.titles and self.low[p] in _OF_PLACE:
                    own = self.chunk_of[h - 1] if h >= 1 else None
                    if own is not None and not self._non_state(own):
                        return self.actor_holder(own)  # "US Embassy in China": the US's
                    return Holder("actor", (ch.cat,))  # "officials in Washington"
                j, content = p - 1, True
                steps += 1
                continue
            if t in cues.first_person:
                return AUTHOR
            if t in cues.second_person and not (content or title) and self._generic_you(j, i):
                return NONE  # "if you think that", "you'd agree that": no holder of its own,
                # the speaker's or the enclosing report's (version 97)
            if w in ("it", "them") and j > 0 and self.low[j - 1] in cues.prepositions:
                content = True  # "as if the troops are behind it, to allege": an object
            elif t in cues.third_person:
                h = self.pronoun(j)
                if h.kind != "none":
                    return h
            elif w in cues.vague_heads or (
                w in cues.anonymity_markers and not (j + 1 < self.n and self.toks[j + 1].isdigit())
            ):
                ch = self.chunk_at.get(j - 1)
                if (
                    ch is None
                    and w in cues.other_state_voices
                    and j >= 1
                    and self.other_state(j - 1)
                ):
                    return FOREIGN  # "Japanese officials said": another state's (version 117)
                if ch is not None and w not in cues.anonymity_markers:
                    if w in cues.collective_heads:
                        return VAGUE  # "Chinese netizens", "the American people" (round 13)
                    return self.actor_holder(ch)  # "US officials", "Western media"
                return VAGUE
            elif w in cues.titles:
                the = None if (title or content or w.endswith("s")) else self._definite(j)
                if the is not None:
                    if w not in _SERVING and any(self.other_state(m) for m in range(the + 1, j)):
                        return FOREIGN  # "the DPRK leader": another state's (version 117)
                    return self._definite_title(the, w)  # "The official also said"
                title, title_word = True, title_word or w
            elif not (content or title) and self.other_state(j) and self._heads_subject(j):
                return FOREIGN  # "Germany's intelligence agency BfV has claimed", "Tokyo should"
                # (version 117): a state the categories lack, not read past to one they have
            elif (
                self._is_word(j)
                and w not in cues.auxiliaries
                and w not in cues.determiners
                and w != "to"
                and not w.endswith("ly")
            ):
                if strict and not (j > 0 and self.low[j - 1] in ("and", "or")):
                    owner = self.chunk_at.get(j - 1)  # "Washington's arrogance is ..."
                    if owner is None:
                        return self._possessor_past_modifiers(j)  # "Washington's latest
                        # move is a provocation" (version 127)
                    return self.actor_holder(owner) if owner.possessive else OTHER
                content = True
            j -= 1
            steps += 1
        if title and not content and not definite and title_word not in cues.office_heads:
            # "an official said", "..., official says": unnamed (round 20); a bare spokesperson,
            # ministry or envoy is an organ of a state the headline leaves to its outlet (office)
            return VAGUE
        return OTHER if (content or title) else NONE

    def _possessor_past_modifiers(self, head: int) -> Holder:
        """The possessive actor that owns the head noun ``head`` of a copula's subject past one
        lowercase modifier ("Washington's latest move is a provocation", "Putin's latest attack
        on Ukraine was unprovoked"), else OTHER; not a name ("China's telecommunications company
        Huawei"), nor a party other than the owner ("its foreign backers", version 127)."""
        cues, k = self.cues, head - 1
        if k < 0 or not all(
            t.replace("-", "").isalpha() and t.islower() for t in (self.toks[head], self.toks[k])
        ):
            return OTHER  # a name or a number as the head or its modifier
        if self.low[head] in cues.other_party_heads or self.low[head] in OTHER_PARTIES:
            return OTHER
        w = self.low[k]
        if (
            w in cues.determiners
            or w in cues.prepositions
            or w in cues.auxiliaries
            or w in cues.copulas
            or w in COORDINATORS
        ):
            return OTHER
        owner = self.chunk_at.get(k - 1)
        return self.actor_holder(owner) if owner is not None and owner.possessive else OTHER

    def _heads_subject(self, j: int) -> bool:
        """Token ``j``, past determiners, opens its clause (:meth:`_opens_clause`): a subject,
        not an object ("visited the Armenian capital Yerevan and accused"), a conjunct ("Neither
        Moscow nor Tehran") or an item of a list after an actor ("U.S., ROK and Japan")."""
        k = j - 1
        while k >= 0 and self.low[k] in self.cues.determiners:
            k -= 1
        if k >= 1 and self.toks[k] == "," and self.chunk_of[k - 1] is not None:
            return False
        return self._opens_clause(j)

    def _generic_you(self, j: int, i: int) -> bool:
        """The "you" at ``j`` is the speaker's generic or addressed "you" as the subject of verb
        ``i`` (version 97): a present verb of perception or knowledge (``generic_you_verbs``:
        "you see", "you know"), or of belief or agreement (``generic_you_beliefs``) in a
        condition or time clause, after a modal, with a frequency adverb or in a question ("if
        you think", "you'd agree", "sometimes you think", "You think I'm joking?"); not a past
        or perfect form ("you said", "you didn't think"), not "Do you think ...?", "some of
        you think", "I tell you, believe it"."""
        cues, low = self.cues, self.low
        verb = low[i] if i < self.n else ""
        between = low[j + 1 : i]
        before = low[j - 1] if j > 0 else ""
        if (
            before in _DO_FORMS  # "Do you think that ...?": asks the addressee's belief
            or before == "of"  # "some of you think": a part of the audience (vague)
            or "," in between  # "I tell you, believe it or not": an object, an imperative
            or before in cues.prepositions  # "They look at you and see that": an object
            or "and" in between
            or "or" in between
            or low[j].endswith("'ve")
            or any(x in _PAST_AUXILIARIES for x in between)  # "you have seen", "you didn't"
        ):
            return False
        if verb in cues.generic_you_verbs:
            return True
        if verb not in cues.generic_you_beliefs:
            return False
        return (
            low[j] in ("you'd", "you'll")
            or any(x in cues.generic_you_modals or x in cues.generic_you_adverbs for x in between)
            or before in cues.generic_you_openers
            or before in cues.generic_you_adverbs
            or (before == "even" and j > 1 and low[j - 2] in cues.generic_you_openers)
            or (verb != "say" and "?" in self.toks[i:])
        )

    def other_head(self, k: int) -> bool:
        """Token ``k`` is a head that names someone other than the actor after it: a relative,
        a private person, a partner ("the wife of", ``non_state_heads``,
        ``other_party_heads``)."""
        w = self.low[k] if k >= 0 else ""
        return w in self.cues.non_state_heads or w in self.cues.other_party_heads

    def _opens_clause(self, k: int) -> bool:
        """Noun ``k``, past its determiners, opens its clause (the start, a comma, a quotation
        mark, a colon or a clause opener before it): a subject, not an object."""
        j = k - 1
        while j >= 0 and self.low[j] in self.cues.determiners:
            j -= 1
        return (
            j < 0
            or self.toks[j] in (",", '"', ":", ";")
            or self.is_boundary(j)
            or self.low[j] in self.cues.clause_openers
        )

    def _of_before(self, k: int) -> int:
        """The head before "of" that governs the noun phrase ending at title ``k`` ("the *wife*
        of the President"), else -1."""
        j = k - 1
        while j >= 0 and self.low[j] in self.cues.determiners:
            j -= 1
        return j - 1 if j >= 1 and self.low[j] == "of" else -1

    def _headline_list(self, comma: int, i: int) -> bool:
        """In a headline, the comma at ``comma`` separates an actor from a list of capitalised
        names that ends in "and" / "or" + a name right before verb ``i`` ("U.S., ROK and Japan
        condemn"; attribution round 15): the actor heads the subject."""
        between = range(comma + 1, i)
        return (
            self.headline
            and comma > 0
            and self.chunk_of[comma - 1] is not None
            and any(self.low[k] in COORDINATORS for k in between)
            and all(self.low[k] in COORDINATORS or self.toks[k][:1].isupper() for k in between)
        )

    def left_of_adverbs(self, i: int) -> int:
        """The first token left of ``i`` that is not an -ly adverb, "not", "never" or "also"
        (-1 when there is none): where a verb's auxiliary or subject ends."""
        j = i - 1
        while j >= 0 and (self.low[j].endswith("ly") or self.low[j] in ("not", "never", "also")):
            j -= 1
        return j

    def _left_of_auxiliaries(self, j: int) -> int:
        """The first token left of ``j`` that is not an auxiliary (-1 when there is none)."""
        s = j - 1
        while s >= 0 and self.low[s] in self.cues.auxiliaries:
            s -= 1
        return s

    def doer(self, i: int, strict: bool = False) -> Holder:
        """The doer of the verb at ``i``: :meth:`subject`, except for a participle after a comma
        or a verb after "and"/"or" ("Russia warned ..., claiming that", "X put a soldier on trial
        and accused him") and a gerund after "by / while / ..." ("X raised a storm by
        threatening to"): the subject that opens its clause (:meth:`clause_subject`)."""
        j = self.left_of_adverbs(i)
        gerund = self.low[i].endswith("ing")
        if gerund and j >= 0 and self.toks[j] == ",":
            said = self._reporting_before(j) if self.low[i] in self.cues.speech else None
            if said is not None:  # "BfV has claimed that China is using ..., alleging it is":
                return self.subject(said)  # the reporter alleges (version 117)
        if j >= 0 and (
            self.low[j] in COORDINATORS
            or (gerund and (self.toks[j] == "," or self.low[j] in MEANS))
        ):
            return self.clause_subject(j)
        if gerund and j >= 0 and self.low[j] in _OPPOSING:
            return NONE  # "China opposes politicizing ...": not China's act (round 8)
        if j >= 2 and self.low[j] == "to" and self._opposed_attempt(j - 1):
            return NONE  # "China is firmly against attempts to politicize" (version 82)
        if gerund and j >= 0 and self.low[j] in ("for", "of"):
            k = self._blame_before(j)
            if k is not None:  # "slams Australia for hyping": the one blamed does it
                if self.is_passive(k):
                    return self.subject(k)  # "China accused of interfering"
                h = self.object(k)
                return h if h.kind == "actor" else NONE
        if not gerund and j == i - 1 and j >= 2 and self.toks[j] == ",":
            v = self._series_verb(j)
            if v is not None:  # "thugs attack the United States Capitol, threaten the lives"
                h = self.doer(v)  # (version 75, round 48): the earlier verb's doer
                return h if h.kind == "actor" else NONE
        controller = self._infinitive_controller(j)
        if controller is not None:
            return controller
        h = self.subject(i, strict=strict)
        if h.kind != "actor" and j >= 2 and self.low[j] == "to":
            owner = self._noun_owner(j - 1)  # "U.S. quest to maintain ...", "US efforts to ..."
            if owner is not None:
                return owner
        if h.kind != "actor" and j >= 1 and self.low[j] == "to":
            # a purpose infinitive after a gerund: "criticizes US for drawing small circles to
            # contain China" (round 20): the gerund's doer
            for k in range(j - 1, max(-1, j - 6), -1):
                if self.is_boundary(k) or self.toks[k] == ",":
                    break
                if self.low[k].endswith("ing") and k > 0 and self.low[k - 1] in ("for", "of"):
                    g = self.doer(k)
                    if g.kind == "actor":
                        return g
                    break
        if h.kind != "actor" and j >= 1 and self.toks[j] == ",":
            # an apposition between subject and verb: "US, primary spreader of ..., manipulates"
            k = next((k for k in range(j - 2, max(-1, j - 10), -1) if self.toks[k] == ","), None)
            if k is not None and not any(self.is_boundary(m) for m in range(k + 1, j)):
                h2 = self.subject(k, strict=True)
                if h2.kind == "actor":
                    return h2
        return h

    def _reporting_before(self, j: int) -> int | None:
        """The verb of saying whose "that" clause runs, with no comma or boundary, up to the
        comma at ``j`` ("X has claimed that ... politicians, alleging"), else None."""
        for k in range(j - 1, 0, -1):
            if self.low[k] == "that":
                v = self.left_of_adverbs(k)
                return v if v >= 0 and self.low[v] in self.cues.speech else None
            if self.toks[k] == "," or self.is_boundary(k):
                return None
        return None

    def _opposed_attempt(self, k: int) -> bool:
        """Token ``k`` is a noun of trying opposed right before it, past "any / all / the"
        ("is against attempts", "rejects any attempt"; version 82, round 54): the attempt's
        doer is left open."""
        if self.low[k] not in _ATTEMPTS:
            return False
        j = k - 1
        while j >= 0 and self.low[j] in ("any", "all", "the", "such", "these", "those"):
            j -= 1
        return j >= 0 and self.low[j] in _OPPOSING

    def _infinitive_controller(self, j: int) -> Holder | None:
        """The doer an infinitive's "to" at token ``j`` names: the actor of "for X to" right
        before it (version 104: "it is deceitful for the US to say"), the object of "prevent X
        from V-ing to" three tokens before (version 75: "prevent employers from collaborating
        to suppress wages": the employers, NONE when no actor) or the holder of "X the ability
        / chance ... to" (version 78: "deny Putin the ability to weaponize"); else None."""
        if j < 2 or self.low[j] != "to":
            return None
        near = self.chunk_of[j - 1]
        if near is not None and near.last == j - 1 and not near.possessive:
            k = near.first - 1
            if k >= 0 and self.low[k] in ("the", "a", "an"):
                k -= 1
            if k >= 0 and self.low[k] == "for":
                return self.actor_holder(near)  # "for the US to say" (version 104)
        if j < 3:
            return None
        ch = self.chunk_of[j - 3]
        if self.low[j - 2] == "from" and self.low[j - 1].endswith("ing"):
            return self.actor_holder(ch) if ch is not None else NONE
        if (
            self.low[j - 1] in _CAPACITIES
            and self.low[j - 2] in ("the", "a", "an")
            and ch is not None
            and not ch.possessive
        ):
            return self.actor_holder(ch)
        return None

    def _series_verb(self, comma: int) -> int | None:
        """The verb of a series whose object ends at ``comma`` ("attack the Capitol, threaten
        the lives"): the lower-case content word right before that object (a noun phrase of
        at most five tokens opened by a determiner, or names), else None."""
        cues = self.cues
        det = next(
            (
                k
                for k in range(comma - 1, max(-1, comma - 6), -1)
                if self.low[k] in cues.determiners
            ),
            None,
        )
        if det is not None and all(
            self.toks[m].isalpha()
            and not (self.toks[m].islower() and self.toks[m].endswith("ed"))
            and self.low[m] not in cues.prepositions
            for m in range(det + 1, comma)
        ):
            k = det - 1  # "the United States Capitol", "the Ukrainian capital"
        else:
            k = comma - 1
            while (
                k >= 0
                and comma - k <= 5
                and (self.toks[k][:1].isupper() or self.chunk_of[k] is not None)
            ):
                k -= 1  # "attacked Ukraine, threatened"
            if k == comma - 1:
                return None
        if k < 0 or not self.toks[k].isalpha() or not self.toks[k].islower():
            return None
        w = self.low[k]
        if (
            w in cues.prepositions
            or w in cues.determiners
            or w in COORDINATORS
            or w in cues.clause_openers
            or w in cues.be_forms
            or w in cues.auxiliaries
            or w.endswith("ly")
        ):
            return None
        j = k - 1
        while j >= 0 and (self.low[j].endswith("ly") or self.low[j] in ("also", "not", "never")):
            j -= 1
        if j >= 0 and self.low[j] in ("who", "which", "that"):
            return None  # "Grossi, who also inspected the plant, claimed": the main verb
        return k

    def _blame_before(self, j: int) -> int | None:
        """A verb of blame at most six tokens left of token ``j`` in its clause ("slams X
        for", "accused the US of"), else None."""
        for k in range(j - 1, max(-1, j - 7), -1):
            if self.is_boundary(k) or self.toks[k] == ",":
                return None
            if self.low[k] in self.cues.blame:
                return k
        return None

    def clause_subject(self, j: int) -> Holder:
        """The noun phrase that opens the clause holding token ``j`` (after a fronted phrase
        closed by a comma: "In Kyiv, Ukraine ...", "Meanwhile, Russia ..."); ``other`` when it
        is no actor, or when a copula follows it ("China is a rival ... and continues": two
        predicates the rules cannot tell apart)."""
        cues = self.cues
        c = j
        while c > 0 and not (
            self.toks[c - 1] in _HARD_BOUNDARY or self.low[c - 1] in cues.clause_openers
        ):
            c -= 1
        k = c
        if k + 1 < j and (
            self.low[k] in cues.prepositions
            or self.low[k].endswith(("ly", "ing"))
            or self.toks[k + 1] == ","
        ):
            comma = next((m for m in range(k, j) if self.toks[m] == ","), None)
            if comma is None:
                return OTHER
            k = comma + 1
        while k < j and self.low[k] in cues.determiners:
            k += 1
        if k >= j:
            return OTHER
        ch = self.chunk_of[k]
        if ch is None:
            if self.toks[k] in cues.third_person:
                return self.pronoun(k)
            if self.low[k] in cues.vague_heads:
                return VAGUE
            return OTHER
        if self._not_itself(ch) or self._non_state(ch):
            return OTHER
        for m in range(ch.last + 1, j - 1):
            if self.low[m] in cues.be_forms and self.low[m + 1] in cues.determiners:
                return OTHER
        return self.actor_holder(ch)

    def _relative_opening(self, j: int) -> int | None:
        """The comma that opens a relative clause ", who / which ..." or a participle phrase
        (", citing "the operational limitations,"": version 114) closed by the comma at ``j``
        (no boundary or other comma between, quotation marks aside), when a word stands before
        it; else None."""
        if j + 1 < self.n and self.low[j + 1] in ("who", "which"):
            return None  # the comma opens a relative clause itself ("..., Joe Biden, who said")
        for k in range(j - 2, max(0, j - _MAX_RELATIVE) - 1, -1):
            if self.toks[k] == ",":
                if k < 1:
                    return None
                nxt = self.low[k + 1]
                participle = (
                    nxt.endswith("ing")
                    and self._is_word(k + 1)
                    and k + 1 < j - 1
                    and self.low[k - 1] not in ("who", "which", "that")
                    and nxt != "including"
                )  # not "who, looking over the crowd, said": the relative's own subject; not
                # "some countries, including Russia and China, believe": the members named
                return k if nxt in ("who", "which") or participle else None
            if (
                self.is_boundary(k)
                and self.toks[k] not in ('"', "'")
                and not (self.low[k] in ("who", "which") and self.toks[k - 1] == ",")
            ):
                return None
        return None

    def _definite(self, j: int) -> int | None:
        """Index of the "the" of a clause-opening "the [modifiers] <title>" ending at ``j``
        ("The official", ", the Defense Ministry said"), else None."""
        k, mods = j - 1, 0
        while (
            k >= 0
            and mods < 3
            and (
                self.low[k] in self.cues.title_modifiers
                or (self.toks[k][0].isupper() and self.low[k] != "the" and self.chunk_of[k] is None)
            )
        ):
            k, mods = k - 1, mods + 1
        if (
            k >= 2
            and self.low[k] == "and"
            and self.low[k - 2] == "the"
            and self.heads.get(self.low[k - 1]) is not None
            and self.heads.get(self.low[k - 1]) == self.heads.get(self.low[j])
        ):
            k -= 2  # "the President and Vice President emphasized": one actor's two titles
            # (version 95, round 64)
        if k < 0 or self.low[k] != "the":
            return None
        if (
            k == 0
            or self.toks[k - 1] in (",", *BOUNDARY)
            or self.low[k - 1] in self.cues.clause_openers
        ):
            return k
        if self.low[k - 1] == "as" and self.home and self.heads.get(self.low[j]) == self.home:
            return k  # "as the President noted, ..." in the publisher's own text (version 66),
            # when its title is the home's ("Ukrainian President X" would claim it elsewhere)
        return None

    def _definite_title(self, k: int, title: str = "") -> Holder:
        """A clause that opens with "the <title>" ("The official also suggested", "the
        minister said") refers back like "he": to a person-like actor named before it in the
        sentence or in the previous one, under the limits of :meth:`pronoun`; else to the one
        actor the document introduced that title or body with (:attr:`heads`: "Russian
        President Vladimir Putin ... The president said", "the Russian Defense Ministry ...
        the Defense Ministry said"); else ``other``."""
        h = OTHER if title in self.cues.institution_titles else self._refer_back(k, "he")
        if h.kind == "actor" or title not in self.heads:
            return h
        if any(self.low[m] in _NOT_INCUMBENT for m in range(k + 1, min(self.n, k + 4))):
            return h  # "the former president said": not the one introduced (version 86)
        return Holder("actor", (self.heads[title],))

    def office(self, lo: int, hi: int) -> Holder:
        """The publisher's own state (:attr:`home`) when tokens ``lo..hi-1`` of a headline are an
        unqualified spokesperson or organ of a state: ``office_words`` only, the last one of
        ``office_heads`` ("FM spokesperson", "Defense Ministry", "Commissioner's office",
        "Mainland"); else ``other``. A headline names the state of a spokesperson only when it
        is not the outlet's own (round 16)."""
        cues = self.cues
        words = self.low[lo:hi]
        if (
            self.home
            and self.headline
            and words
            and words[-1] in cues.office_heads
            and all(w in cues.office_words for w in words)
        ):
            return Holder("actor", (self.home,))
        return OTHER

    def office_subject(self, i: int) -> Holder:
        """:meth:`office` of the words that open a headline (or follow its opening tag) before
        verb ``i``, past adverbs in *-ly* ("Spokesperson strongly condemns")."""
        hi = i
        while hi > 0 and self.low[hi - 1].endswith("ly"):
            hi -= 1
        lo = hi
        while lo > 0 and self.low[lo - 1] in self.cues.office_words:
            lo -= 1
        if lo == hi or (lo > 0 and self.toks[lo - 1] != ":"):
            return OTHER
        return self.office(lo, hi)

    def to_blame(self, i: int) -> bool:
        """Token ``i`` is the "blame" of "X (is) to blame (for ...)": X is the one blamed, and
        nobody blames in the verb itself ("Moscow is to blame for the war", a headline's "US to
        blame for tension"; not "sought to blame Moscow for": an object follows) (round 17)."""
        if self.low[i] != "blame" or i < 1 or self.low[i - 1] != "to":
            return False
        if not (i + 1 >= self.n or self.low[i + 1] == "for" or self.toks[i + 1] in (",", ".")):
            return False
        j = i - 2  # a form of be before "to", past "not", "alone", adverbs in -ly; a headline
        while j >= 0 and (self.low[j].endswith("ly") or self.low[j] in _TO_BLAME_ADVERBS):
            j -= 1  # drops it ("US to blame"); not "looking for someone to blame"
        return j >= 0 and (self.headline or self.low[j] in self.cues.be_forms)

    def is_passive(self, i: int) -> bool:
        """Token ``i`` is a participle after a form of be/get ("was accused", "has been
        arbitrarily twisted"), or directly followed by "by"."""
        w = self.low[i]
        if w.endswith(("ing", "s")) and w not in _PARTICIPLE_IRREGULAR:
            return False
        if not (w.endswith(("ed", "en", "t")) or w in _PARTICIPLE_IRREGULAR):
            return False
        if i + 1 < self.n and self.low[i + 1] == "by":
            return True
        if i + 2 < self.n and self.low[i + 1] in _BY_PARTICLES and self.low[i + 2] == "by":
            return True  # "hyped up by the U.S." (round 8)
        j = self._before_adverbs(i)
        if j >= 1 and self.low[j] in ("and", "or") and self.is_passive(j - 1):
            return True  # "have been overlooked or denigrated"
        if self._is_be(j):
            return True
        return self._headline_passive(i, j)

    def after_be(self, i: int) -> bool:
        """A form of be or get before token ``i``, past adverbs in -ly and not / also / never
        ("was accused", "is not expected"): a passive of running text, not headline style."""
        return self._is_be(self._before_adverbs(i))

    def _before_adverbs(self, i: int) -> int:
        """The index left of token ``i`` past adverbs in -ly and not / also / never (-1 if none)."""
        j = i - 1
        while j >= 0 and (self.low[j].endswith("ly") or self.low[j] in ("not", "also", "never")):
            j -= 1
        return j

    def _is_be(self, j: int) -> bool:
        if j >= 2 and self.low[j] == "s" and self.low[j - 1] in _APOSTROPHES:
            return self.low[j - 2] in _CONTRACTED_BE  # "it's estimated" (version 88)
        if j >= 0 and self.low[j][-2:] in ("'s", "’s"):
            return self.low[j][:-2] in _CONTRACTED_BE
        return j >= 0 and (self.low[j] in self.cues.be_forms or self.low[j] in self.cues.get_forms)

    def _headline_passive(self, i: int, j: int) -> bool:
        """A headline's participle without "is" right after a noun (token ``j``): of blame
        before "of / for / over ..." or the headline's end ("China accused of coercion",
        "Russia blamed for attack"), or of saying and believing before "to" ("Putin believed to
        be ill") (round 8)."""
        if not self.headline or j < 0 or not self._is_word(j):
            return False
        cues, w, prev = self.cues, self.low[i], self.low[j]
        if prev in cues.auxiliaries or prev in cues.clause_openers or prev in cues.prepositions:
            return False
        k = i + 1
        while k < self.n and (self.low[k].endswith("ly") or self.low[k] in _AGAIN):
            k += 1  # "Dior accused again of ..." (round 13)
        nxt = self.low[k] if k < self.n else ""
        if w in cues.blame:
            return not nxt or nxt in _HEADLINE_PASSIVE_NEXT
        if w in cues.headline_speech_passives:
            return nxt in ("to", "not", "against")  # "Washington urged to stop ..." (round 12)
        if w == "suspected":
            return nxt in ("of", "to")  # "Russia suspected of ..." (round 12)
        return w in cues.vague_passives and nxt == "to"

    def by_agent(self, i: int) -> Holder:
        """The ``by X`` phrase within a few tokens right of ``i``."""
        for j in range(i + 1, min(self.n, i + 1 + _MAX_RIGHT)):
            if self.is_boundary(j) or self.toks[j] == ",":
                return NONE
            if self.low[j] == "to" and self.low[j + 1 : j + 2] in (["be"], ["have"]):
                return NONE  # "was widely believed to be motivated by politics": the agent
                # of the verb after "to" (version 123)
            if self.low[j] == "by":
                if self.low[j + 1 : j + 2] in (["what"], ["whatever"]):
                    return NONE  # "threatened by what Guterres referred to as" (version 82)
                return self.noun_phrase(j + 1)
        return NONE

    def noun_phrase(self, j: int, limit: int = 4) -> Holder:
        """The holder named by the noun phrase starting at token ``j``; a title's "of ACTOR"
        names it too ("the President of Ukraine", "the Minister of Foreign Affairs of
        Ukraine"; version 61)."""
        cues = self.cues
        anon = titled = False
        k = j
        for k in range(j, min(self.n, j + limit)):
            w = self.low[k]
            if titled and w == "of":
                return self._title_of(k)
            if titled and w == "to" and self.home and self._link_target(k) is _HOME_OFFICE:
                # "the Adviser to the Head of the President's Office" (version 70); other "to"
                # phrases name whom the title serves ("ambassador to Russia")
                return Holder("actor", (self.home,))
            if self.toks[k] == "," or self.is_boundary(k) or (k > j and w in cues.prepositions):
                break
            titled = titled or (w in cues.titles and w not in cues.institution_titles)
            ch = self.chunk_of[k]
            if ch is not None:
                after = ch.last + 1
                if anon or (after < self.n and self.low[after] in cues.collective_heads):
                    return VAGUE  # "unnamed US officials", "Chinese netizens" (round 13)
                return Holder("actor", self._coordinated(ch, +1))
            if w in cues.anonymity_markers or w in cues.vague_heads:
                anon = True
                if w in cues.vague_heads and w not in cues.anonymity_markers:
                    if k + 1 < self.n and self._name_like(k + 1):
                        return OTHER  # "news source Meduza": named in apposition (v. 121)
                    # "critics of China", "sources in Moscow": the head is vague
                    return VAGUE
            if self.toks[k] in cues.third_person:
                return self.pronoun(k)
        else:
            if titled and k + 1 < self.n and self.low[k + 1] == "of":
                return self._title_of(k + 1)  # "the Deputy Prime Minister of Ukraine"
        if titled and not anon and self.heads and self.low[j] == "the":
            h = self._introduced(j + 1)
            if h is not None:
                return h  # "according to the President", "said the Deputy Prime Minister"
        return VAGUE if anon else (OTHER if j < self.n and self._is_word(j) else NONE)

    def _introduced(self, m: int) -> Holder | None:
        """The actor a bare title from token ``m`` stands for ("[the] Deputy Prime Minister"):
        the one the document introduced that title with (:attr:`heads`), when the phrase is
        only title words and no name follows; else None (version 65)."""
        cues, run = self.cues, self._title_run(m)
        if run is None:
            return None  # "the former president" is not the President (version 86)
        last, m = run
        if m < self.n and (
            self.toks[m][:1].isupper()
            or self.low[m] in cues.prepositions
            or (
                self.toks[m] == ","
                and m + 1 < self.n
                and self.toks[m + 1][:1].isupper()
                and self.chunk_of[m + 1] is None
            )
        ):  # "the President Macron", "the President of France", "the spokesman for the army
            # of the DPR", "the outgoing president at the time, Viktor Yanukovych"
            return None
        cat = self.heads.get(last)
        return Holder("actor", (cat,)) if cat else None

    def _title_run(self, m: int) -> tuple[str, int] | None:
        """The run of title words and title modifiers from token ``m``: its last title word
        ("" if none) and the token after it; None when a modifier names a past holder
        ("former", "outgoing")."""
        cues, last = self.cues, ""
        while m < self.n and (self.low[m] in cues.titles or self.low[m] in cues.title_modifiers):
            if self.low[m] in _NOT_INCUMBENT:
                return None
            last = self.low[m] if self.low[m] in cues.titles else last
            m += 1
        return last, m

    def _bare_title(self, m: int) -> str:
        """The last title word of a run of title words from token ``m`` followed by a verb's
        side of the clause (no name, no "of"), as in "The spokesman was asked"; "" otherwise
        (a name, a chunk or a preposition after the run; an institution; a past holder)."""
        cues, run = self.cues, self._title_run(m)
        if run is None or any(self.chunk_of[k] is not None for k in range(m, run[1])):
            return ""
        last, m = run
        if m >= self.n or self.toks[m][:1].isupper() or self.low[m] in cues.prepositions:
            return ""
        if self.toks[m] in (",", "'s", "’s") or last in cues.institution_titles:
            return ""
        return last

    def _title_of(self, k: int) -> Holder:
        """The actor of a title's "of" phrase starting at token ``k`` ("of [the] Ukraine", "of
        Foreign Affairs of Ukraine"): the first actor among the capitalised words, "of" and
        determiners that follow, unless it is no state's body; else ``other``."""
        target = self._link_target(k)
        if target is _HOME_OFFICE:
            return Holder("actor", (self.home,))
        if target is not None:
            return OTHER if self._non_state(target) else self.actor_holder(target)
        return OTHER

    def _link_target(self, k: int) -> Chunk | object | None:
        """What a title's "of" / "to" phrase at token ``k`` names: its first actor chunk among
        the capitalised words, "of", "and" and determiners that follow, or
        :data:`_HOME_OFFICE` for the home's own head or office (:meth:`_home_office`); else
        None."""
        for m in range(k + 1, min(self.n, k + 7)):
            ch = self.chunk_of[m]
            if ch is not None:
                return ch
            if self._home_office(k, m):
                return _HOME_OFFICE
            tok = self.toks[m]
            if not (
                tok[:1].isupper() or self.low[m] in ("of", "and") or tok in self.cues.determiners
            ):
                return None
        return None

    def _home_office(self, k: int, m: int) -> bool:
        """In the publisher's own text, token ``m`` of the "of" phrase at ``k`` names the home's
        own head or office (version 68, attribution round 42): "the Head of State" (both
        capitalised, no further "of") and "the Head of the President's Office" when the document
        introduced its President with the home."""
        if not self.home:
            return False
        tok = self.toks[m]
        if tok == "State" and m == k + 1 and self.toks[k - 1] == "Head":
            return not (m + 1 < self.n and self.low[m + 1] == "of")
        if self.heads.get("president") != self.home:
            return False
        if tok == "President":  # "the Deputy Head of the Office of the President" (version 70)
            return self.low[m - 1] == "the" and not (m + 1 < self.n and self.low[m + 1] == "of")
        return tok in ("President's", "President’s")

    def _home_pair(self, j: int) -> bool:
        """Token ``j`` ends "the two presidents", "both leaders", "the sides", "the heads of
        state": the meeting's parties, one of them the home's head (version 71, attribution
        round 45: the readers give such holders the publisher's side). Only when the document's
        bare "the President" is the home's or a person of the home is named in this sentence or
        the three before ("Vladimir Putin had a telephone conversation with ...")."""
        if not self.home:
            return False
        w = self.low[j]
        if w == "state" and j >= 2 and self.low[j - 1] == "of":
            j, w = j - 2, self.low[j - 2]
            if w != "heads":
                return False
        if w not in _PAIR_HEADS:
            return False
        before = self.low[j - 1] if j >= 1 else ""
        if before == "two":
            before = self.low[j - 2] if j >= 2 else ""
            paired = before in ("the", "") or self.is_boundary(j - 2)
        else:
            paired = before in ("the", "both")
        return paired and (self.heads.get("president") == self.home or self._home_person_near())

    def _reciprocal(self, i: int) -> bool:
        """ "each other" / "one another" within ten tokens from ``i``: the parties act on one
        another ("both sides accused each other"), so neither is the holder alone."""
        low = self.low[i : i + 10]
        return any(pair in RECIPROCAL_PAIRS for pair in zip(low, low[1:], strict=False))

    def _home_person_near(self, hops: int = 3) -> bool:
        """A person of the home is named in this sentence or one of the ``hops`` before it."""
        view: SentenceView | None = self
        for _ in range(hops + 1):
            if view is None:
                return False
            if any(c.person and c.cat == view.home for c in view.chunk_at.values()):
                return True
            view = view.earlier() if view.earlier is not None else None
        return False

    def _home_chain(self, j: int) -> bool:
        """Tokens ending at ``j`` are a title's chain of "of" / "to" phrases ending in the
        home's own office ("[The] Deputy Head of the Office of the President", "Adviser to the
        Head of the President's Office"; version 70, attribution round 44)."""
        return self._home_chain_start(j) is not None

    def _home_chain_start(self, j: int) -> int | None:
        """:meth:`_home_chain`: the index of the chain's first title word, past its
        determiners; None when the tokens ending at ``j`` are no such chain."""
        if not self.home or self.heads.get("president") != self.home:
            return None
        tok = self.toks[j]
        if tok == "Office":
            if j < 1 or self.toks[j - 1] not in ("President's", "President’s"):
                return None
        elif j < 1 or self.low[j - 1] != "the":
            return None
        k, linked = j - 1, False
        while k >= 0 and j - k < 12 and not self.is_boundary(k):
            w = self.low[k]
            if w in ("of", "to"):
                linked = True
            elif not (
                self.toks[k][:1].isupper() or w in ("the", "and", "for") or w in self.cues.titles
            ):
                break
            k -= 1
        k += 1
        while k < j and self.low[k] in self.cues.determiners:
            k += 1
        w = self.low[k]
        if linked and w in self.cues.titles and w not in self.cues.institution_titles:
            return k
        return None

    def object(self, i: int, allow: tuple[str, ...] = ()) -> Holder:
        """The first actor right of ``i`` that is not the object of a preposition (except those
        in ``allow``), before the complement ("accused China of ...")."""
        for j in range(i + 1, min(self.n, i + 1 + _MAX_RIGHT)):
            w = self.low[j]
            if self.toks[j] == '"':
                continue  # 'blaming the decline on "Russian disinformation"'
            if self.is_boundary(j) or self.toks[j] == "," or w in ("of", "for", "over"):
                return NONE
            ch = self.chunk_of[j]
            if ch is not None:
                p = self._prep_before(ch)
                if p is None or self.low[p] in allow:
                    if (
                        self._other_party(ch)
                        or self._not_itself(ch)
                        or self._head_after(ch) == "public"
                    ):  # "accusing US trade partners": not the US; "blame the US public"
                        return NONE  # (version 115, round 75; not "accusing Chinese companies",
                        # which round 2's readers read as China accused)
                    return self.actor_holder(ch, +1)
            elif w in _OBJECT_PRONOUNS and j == i + 1:  # "accusing him of ..."
                subj = self.doer(i)
                return self.pronoun(j, exclude=subj.cats if subj.kind == "actor" else ())
        return NONE

    def second_object(self, i: int) -> Holder:
        """The possessor right after "and" in the object of the verb at ``i`` when its first
        conjunct names no actor ("condemned the DPRK's destabilizing missile tests and Russia's
        brutal invasion"; version 81), within the clause: not past a clause word or a
        reporting verb after the possessor ("and Russia's envoy said": a new clause)."""
        cues = self.cues
        for j in range(i + 1, min(self.n, i + 1 + _MAX_SECOND_OBJECT)):
            w = self.low[j]
            if w in _OBJECT_PRONOUNS and j == i + 1:
                return NONE  # "blame him for the collapse and Russia's loss": him
            name_of = w == "of" and j + 1 < self.n and self.toks[j + 1][:1].isupper()
            if w in ("for", "over") or (w == "of" and not name_of):
                return NONE  # the complement ("of the collapse"), not a name's "Republic of"
            if w != "and":
                if self.is_boundary(j) or w in cues.clause_words or self.toks[j] in (";", ":"):
                    return NONE
                continue
            k = j + 1
            if k < self.n and self.low[k] == "the":
                k += 1
            ch = self.chunk_of[k] if k < self.n else None
            if ch is None or ch.first != k or not ch.possessive:
                continue
            after = self.low[ch.last + 1 : ch.last + 5]
            if any(a != "and" and a in cues.clause_words for a in after):
                return NONE
            return self.actor_holder(ch, +1)
        return NONE

    def _modified_subject(self, copula: int) -> Holder:
        """The actor word right before the head noun of the copula's subject, where it opens
        that subject ("The US sanctions are illegal", "The Chinese response was hysterical",
        "The US crackdown on Huawei is a politicized attack": a prepositional phrase of up to
        three words may follow the head; version 104); not a possessive (:meth:`subject` reads
        those), nor "anti-X", nor a contained country ("China containment")."""
        s = self._left_of_auxiliaries(copula)
        heads = [s] + [p - 1 for p in range(s - 1, max(0, s - 4), -1) if self.low[p] in _PP_OPENERS]
        for head in heads[:2]:
            if head < 1 or not (self.toks[head].isalpha() and self.toks[head].islower()):
                continue
            ch = self.chunk_of[head - 1]
            if ch is None or ch.last != head - 1 or ch.possessive or self._not_itself(ch):
                continue
            k = ch.first - 1
            opens = k < 0 or self.is_boundary(k) or self.low[k] in _SUBJECT_OPENERS
            if opens and not self._object_modifier(ch, head):
                return self.actor_holder(ch)
        return NONE

    def _extraposed(self, copula: int) -> bool:
        """The copula at ``copula`` has an extraposed "it" as its subject ("it is", "it would
        be"): only auxiliaries between them."""
        s = self._left_of_auxiliaries(copula)
        return s >= 0 and self.low[s] == "it"

    def _predicate_start(self, j: int) -> int:
        """Token ``j`` or the first token left of it that is not an intensifier, an -ly adverb
        or an article (what may stand between a copula and its predicate)."""
        while j >= 0 and (
            self.low[j] in _INTENSIFIERS
            or self.low[j].endswith("ly")
            or self.low[j] in ("a", "an", "the")
        ):
            j -= 1
        return j

    def _object_modifier(self, ch, last: int) -> bool:
        """An actor named by a country's name right before a noun of containing ("China
        containment", "Russia encirclement"; round 20) is what is contained, not the doer; an
        abbreviation or adjective ("US containment", "Western encirclement") is the doer."""
        if not self.low[last].startswith(_CONTAINING):
            return False
        name = self.toks[ch.last]
        return (
            ch.first == ch.last
            and name[:1].isupper()
            and name[1:].islower()
            and not name.lower().endswith(_ADJECTIVE_ENDS)
        )

    def verb_use(
        self, i: int, markers: frozenset[str] = VERB_MARKERS, through_quotes: bool = True
    ) -> bool:
        """Token ``i`` is used as a verb: the token before it is one of ``markers`` ("to" or a
        modal: "attempts to malign X", "cannot decouple"); ``through_quotes``: quotation marks
        in between are skipped ("to 'decouple from China'")."""
        j = i - 1
        while through_quotes and j >= 0 and not self.toks[j][:1].isalnum():
            j -= 1
        return j >= 0 and self.low[j] in markers

    def participle_agent(self, k: int) -> Holder | None:
        """The agent after a participle of doing or origin at token ``k`` (or ``k + 1``, past
        one plain noun): "[claims] pushed by the Kremlin", "[campaign] launched by the West",
        "[claims] emanating from Washington"; ``None`` when no such participle is there, and
        no actor when its agent is none ("made by some")."""
        cues = self.cues
        if (
            k + 1 < self.n
            and self.low[k] not in AGENT_PARTICIPLES
            and self.toks[k].isalpha()
            and self.toks[k].islower()
            and self.low[k] not in cues.prepositions
            and self.low[k] not in cues.determiners
            and self.low[k] not in cues.be_forms
            and self.low[k] not in COORDINATORS
            and self.chunk_of[k] is None
        ):
            k += 1  # "bogus [claims] pushed by": the noun the word modifies
        if k + 2 >= self.n:
            return None
        if self.low[k] == "being" or self._manner_adverb(k):
            k += 1  # "a war being waged by Putin", "the atrocity allegedly committed by Russia"
        particle = PARTICLE_PARTICIPLES.get(self.low[k])
        doing = self.low[k] in DOING_PARTICIPLES
        if particle is not None and self.low[k + 1 : k + 2] == [particle]:
            k, doing = k + 1, True  # "carried out by"
        if k + 2 >= self.n:
            return None
        nxt = self.low[k + 1]
        if not ((doing and nxt == "by") or (self.low[k] in ORIGIN_PARTICIPLES and nxt == "from")):
            return None
        h = self.noun_phrase(k + 2)
        return h if h.kind == "actor" else NONE

    def _plain_modifier(self, k: int) -> bool:
        """A lower-case content word at ``k``, not a function word, pronoun or adverb."""
        cues, w = self.cues, self.low[k]
        return (
            self.toks[k][:1].islower()
            and self.toks[k].replace("-", "").isalpha()
            and self.chunk_of[k] is None
            and not w.endswith("ly")
            and w not in cues.prepositions
            and w not in cues.determiners
            and w not in cues.be_forms
            and w not in cues.auxiliaries
            and w not in COORDINATORS
            and w not in _SUBORDINATORS
            and self.toks[k] not in cues.third_person
        )

    def _modifier_series_end(self, last: int) -> int:
        """The last of up to two words coordinated after the word ending at ``last`` and
        sharing its noun: modifiers that end like adjectives ("brutal, unprovoked war", "brutal
        and cynical Russian invasion") or a noun with its agent ("brutality and repression by
        Russia"; version 128). ``last`` when no such series follows: a coordinated predicate
        ("is brutal and illegal."), a verb ("unwarranted, slander China", "farce and asked China
        to").
        """
        end = last
        for _ in range(2):
            j = end + 1
            if j < self.n and self.toks[j] == ",":
                j += 1
            if j < self.n and self.low[j] in COORDINATORS:
                j += 1
            if j == end + 1 or j + 2 >= self.n or not self._plain_modifier(j):
                break
            nxt = self.low[j + 1]
            if nxt == "by" or nxt == "being" or nxt in AGENT_PARTICIPLES:
                return j  # "brutality and repression by Russia": the noun and its agent
            if not self.low[j].endswith(_MODIFIER_ENDINGS) and not (
                "-" in self.low[j] and self.low[j].endswith("ing")
            ):
                break
            ch = self.chunk_of[j + 1]
            if ch is None and not (self._plain_modifier(j + 1) or self.toks[j + 1] == ","):
                break  # a comma: the series goes on ("unjustified, unprovoked, and premeditated")
            if ch is not None and not (ch.last + 1 < self.n and self._plain_modifier(ch.last + 1)):
                break  # "Russian invasion": an actor word before the noun, not a noun itself
            end = j
        return end

    def _manner_adverb(self, k: int) -> bool:
        """A lower-case "-ly" word at ``k`` before a participle of doing ("allegedly committed",
        "brutally carried out"; version 128)."""
        w = self.low[k]
        return (
            w.endswith("ly")
            and self.toks[k].islower()
            and k + 1 < self.n
            and (self.low[k + 1] in AGENT_PARTICIPLES or self.low[k + 1] in PARTICLE_PARTICIPLES)
        )

    def attached(
        self, first: int, last: int, action_noun: bool = False, label: bool = False
    ) -> Holder:
        """The actor an evaluative word (tokens ``first..last``) attaches to; for an action noun
        (``action_noun``) only its doer: possessor or modifier, or ``by X``; for a ``label``
        ("so-called", "supposed") "of/by X" only right after it ("supposed enemies of Ukraine"
        labels the enemies, not Ukraine)."""
        cues = self.cues
        for k in range(first, last + 1):  # an actor inside the match ("US-led circle")
            ch = self.chunk_of[k]
            if ch is not None:
                return Holder("actor", (ch.cat,))
        # possessor or adjacent modifier on the left: "Washington's unbridled arrogance and"
        for j in range(first - 1, max(-1, first - 5), -1):
            t, w = self.toks[j], self.low[j]
            if t == "," or self.is_boundary(j) or w in cues.prepositions or w in cues.be_forms:
                break
            ch = self.chunk_at.get(j)
            if (
                ch is not None
                and (ch.possessive or j == first - 1 or self.low[ch.last].endswith(_BACKERS))
                and not self._prefixed(ch)
            ):  # "US-backed (Maidan) coup" casts the US; "anti-Ukrainian hysteria" not Ukraine
                if not ch.possessive and self._object_modifier(ch, last):
                    break  # "China containment policy": China is contained, not the doer
                return self.actor_holder(ch)
            if t in cues.third_person and w in ("its", "their", "his", "her"):
                h = self.pronoun(j)
                return h if h.kind == "actor" else NONE
            if ch is None and self.foreign_possessor(j):
                return NONE  # "Aquino III's ulterior motive", "Australia's" (version 117)
            if w in cues.auxiliaries and w != "and":
                break
        # the modified noun: "hostile US policy", "illegal Russian invasion", past modifiers
        # coordinated with the word ("brutal, unprovoked war unleashed by Russia")
        last = self._modifier_series_end(last)
        k = last + 1
        if k < self.n and self.low[k] in cues.determiners:
            k += 1
        if k < self.n and self.chunk_of[k] is not None and not action_noun:
            if self._non_state(self.chunk_of[k]):
                return NONE  # "whitewashing Ukrainian organization": no state (round 20)
            return self.actor_holder(self.chunk_of[k], +1)
        agent = self.participle_agent(last + 1)
        if agent is not None:  # "the campaign launched by the West", "the bogus claims
            return agent  # pushed by the Kremlin" (version 118)
        # "of X" / "by X" right after
        for k in range(last + 1, min(self.n, last + 3)):
            w = self.low[k]
            if k == last + 1 and w == '"' and last + 2 < self.n and self.low[last + 2] == "by":
                continue  # 'against "suppression" by Beijing' (version 114, round 74)
            if w == "of" and k == last + 2 and self.low[last + 1] in cues.patient_nouns:
                return self._later_agent(k + 1)  # "brutal invasion of Ukraine (by Russia)"
            if (w == "by" or (w in ("of", "like") and not action_noun)) and not (
                label and k > last + 1
            ):  # "the hypocrisy of the West", "an authoritarian country like Russia"
                h = self.noun_phrase(k + 1)
                return h if h.kind in ("actor", "vague") else NONE
            if (
                w == "from"
                and k == last + 1
                and not label
                and not self.low[last].endswith(("ed", "ing"))
                and not self.verb_use(first)
            ):  # "hostility from the United States", "disinformation from our US colleagues";
                # not a verb ("to 'decouple from China'", "isolated from the West")
                h = self.noun_phrase(k + 1)
                if h.kind == "actor":
                    return h
                break
            if w == "within" and not (action_noun or label):
                # "Russophobic sentiments within the EU" (version 104): the group it is found in
                h = self.noun_phrase(k + 1)
                return h if h.kind == "actor" else NONE
            if self.is_boundary(k) and w not in ("that", "which"):
                break
            if (
                w in ("that", "which")
                and not action_noun
                and not self.low[first].startswith("self")
            ):
                # "the mentality that the West ..."; not "the self-declared republics that
                # Russia helped split" (the self-declarer is the noun; version 113)
                if w == "that" and self.low[k - 1] in self.cues.reporting_nouns:
                    break  # "the baseless claim that X ...": X is the claim's content
                if self.low[k + 1 : k + 2] and self.low[k + 1] in _REGARDING:
                    break  # "the mentality which views China as an adversary": the pronoun
                    # is the subject, the actor the one regarded (version 117)
                h = self.noun_phrase(k + 1, limit=3)
                return h if h.kind == "actor" else NONE
        if action_noun:
            return NONE
        # subject of a copula: "Washington is (very) arrogant", "... is reckless and arrogant"
        j = self._predicate_start(first - 1)
        nxt = self.low[last + 1] if last + 1 < self.n else "."
        ends = not nxt.isalpha() or nxt in cues.prepositions or nxt in COORDINATORS
        for _ in range(3):  # a coordinated predicate ends its phrase ("hostile forces": no)
            if not (ends and j >= 1 and (self.low[j] in COORDINATORS or self.toks[j] == ",")):
                break
            k = self._predicate_start(j - 2)
            if not self.toks[j - 1].isalpha() or self.low[j - 1] in cues.prepositions:
                break
            j = k
        if j >= 0 and self.low[j] in cues.copulas:
            if last + 1 < self.n and self.low[last + 1] in ("to", "that"):
                if self._extraposed(j):
                    return NONE  # "it would be stupid to ...": "it" stands for the clause
            elif last + 2 < self.n and self.low[last + 1] == "for" and self._extraposed(j):
                # "it is deceitful for the US to say ..." (version 104): the infinitive's doer
                h = self.noun_phrase(last + 2)
                to = next(
                    (k for k in range(last + 3, min(self.n, last + 8)) if self.low[k] == "to"), None
                )
                return h if h.kind == "actor" and to is not None else NONE
            h = self.subject(j, strict=True)
            if h.kind != "actor":
                h = self._modified_subject(j)  # "The US sanctions are illegal" (version 104)
            if h.kind != "actor" and j >= 1 and self.toks[j - 1] == ",":
                # a parenthetical before the copula: "Ukraine, under its leadership, is a ..."
                k = next(
                    (k for k in range(j - 2, max(-1, j - 10), -1) if self.toks[k] == ","), None
                )
                if k is not None:
                    h = self.subject(k, strict=True)
            return h
        return NONE
