"""ActorRules, a mixin of :class:`~framing.engine.clauses.view.SentenceView`: what the actor
chunks of a sentence are: a person or a body, possessive, governed by a preposition, inside a
compound that names someone else (*Russia-backed*), the actor a title or an owner belongs to."""

from __future__ import annotations

from framing.engine.clauses.core import (
    _APOSTROPHES,
    _CONTRACTED_BE,
    _SUBORDINATORS,
    BOUNDARY,
    COORDINATORS,
    FORMER,
    NONE,
    VAGUE,
    Chunk,
    Holder,
)
from framing.engine.past_office import past_office_word

#: compounds whose actor is not the thing named: "a Russia-backed separatist", "anti-Ukrainian"
_NOT_ITSELF_SUFFIXES = ("-backed", "-based", "-born", "-funded", "-installed", "-appointed")
_NOT_ITSELF_PREFIXES = ("anti-", "pro-")
#: what its own maker breaks: "a violation of Russia's (international) commitments"
_PLEDGES = frozenset({"commitment", "commitments", "obligation", "obligations", "promise",
                      "promises", "pledge", "pledges", "word"})  # fmt: skip
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
_POSSESSIVE = frozenset({"'s", "’s"})
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


class ActorRules:
    """What the actor chunks of a sentence are: a person or a body, possessive, governed by a
    preposition, inside a compound that names someone else (*Russia-backed*), the actor a title
    or an owner belongs to. Mixed into :class:`~framing.engine.clauses.view.SentenceView`, whose
    attributes (``toks``, ``low``, ``n``, ``chunk_of``, ``chunk_at``, ``cues``, ...) it reads."""

    #: True while a target is read (:func:`framing.engine.attribution.roles._target`): an actor
    #: behind an anonymity marker ("some Western countries", "unnamed US officials") is a vague
    #: holder of words but still its category as the one a cue casts (version 143)
    targeting = False

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
            if other is None and step < 0:
                other = self._titled_conjunct(j)  # "Ukrainian officials and the EU" (v. 132)
            if other is None:
                break
            cats.append(other.cat)
            i = (other.first - 1) if step < 0 else (other.last + 1)
        if step < 0:  # "the US and its allies": also look right of the chunk
            cats += self._coordinated(ch, +1)[1:] if ch.last + 1 < self.n else []
        return self._sorted(cats)

    def _titled_conjunct(self, j: int) -> Chunk | None:
        """The actor of a plural title or vague head at ``j`` right after an actor word, a
        conjunct left of "and" ("Ukrainian officials and the European Union blamed": both hold
        the frame, version 132), else None."""
        w = self.low[j] if j >= 1 else ""
        if not (w.endswith("s") and (w in self.cues.titles or w in self.cues.vague_heads)):
            return None
        ch = self.chunk_of[j - 1]
        if ch is None or ch.last != j - 1 or self._non_state(ch) or self._anonymous(ch):
            return None
        return ch

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
        if self._anonymous(ch) and not (
            self.targeting and self._head_after(ch) not in self.cues.collective_heads
        ):  # a target's "some Western countries" is the West; "some US people" no one
            return VAGUE
        if self._former(ch):
            return FORMER  # a past office holder speaks for no state now (version 140)
        return Holder("actor", self._coordinated(ch, step))

    def _former(self, ch: Chunk) -> bool:
        """The actor word belongs to a past office holder's title (version 140; its words
        :func:`~framing.engine.past_office.past_office_word`, version 142): a past-office word
        before it, past title modifiers, and a person title after it ("the former Russian
        president", "the former top Russian diplomat", "Former US Secretary of State Mike
        Pompeo", "an ex-US envoy"), or between it and its person title ("Ukraine's former
        president", "the Russian ex-prime minister"). A "then-President" still spoke for the
        state when he said it, and a person the lexicon names ("Former Russian President Dmitry
        Medvedev", a chunk of its own) keeps the lexicon's category."""
        if any(
            self.chunk_of[k] is not None and self.chunk_of[k] is not ch and self.chunk_of[k].person
            for k in range(ch.last + 1, self._name_end(ch))
        ):
            return False  # "Former Russian President Dmitry Medvedev": the lexicon's person
        if self._past_office_before(ch.first - 1) or past_office_word(self.low[ch.first]):
            return self._titled(ch.last)
        for k in range(ch.last + 1, min(self.n, ch.last + 4)):
            w = self.low[k]
            if w.startswith("ex-") and past_office_word(w) and self._person_title(w[3:]):
                return True  # "Ukraine's ex-president"
            if past_office_word(w):
                return any(
                    self._person_title(self.low[m]) for m in range(k + 1, min(self.n, k + 4))
                )
            if (
                w not in self.cues.title_modifiers
                and w not in _APOSTROPHES
                and w not in _POSSESSIVE
            ):
                return False
        return False

    def _past_office_before(self, j: int) -> bool:
        """A past-office word at token ``j`` or before it past title modifiers and titles ("the
        *former* President", "*former* top", "an *ex*-president"): the run names a past office
        (version 142; the title's "of" phrase and the actor chunk ask the same)."""
        cues = self.cues
        while j >= 0:
            w = self.low[j]
            if past_office_word(w):
                return True
            if w not in cues.title_modifiers and w not in cues.titles:
                return False
            j -= 1
        return False

    def _person_title(self, w: str) -> bool:
        """``w`` is a singular title of a person ("president", "minister"; not "ministry")."""
        return (
            w in self.cues.titles and w not in self.cues.institution_titles and not w.endswith("s")
        )

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

    def _head_after(self, ch: Chunk) -> str:
        """The word after the chunk, past one modifier of :data:`_HEAD_MODIFIERS` ("Russia's
        state news agency", "US trade partners"), without a possessive "'s" ("the Moscow
        Patriarchate's department"; version 138); "" at the end of the sentence."""
        k = ch.last + 1
        if k < self.n and self.low[k] in _HEAD_MODIFIERS:
            k += 1
        return self.low[k].removesuffix("'s").removesuffix("’s") if k < self.n else ""

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
