"""OfficeRules, a mixin of :class:`~framing.engine.clauses.view.SentenceView`: titles and
offices: a bare title the document introduced with one actor (*the ministry*, *the President*),
the publisher's own office holders, *the X of Y* chains."""

from __future__ import annotations

from typing import TYPE_CHECKING

from framing.engine.clauses.core import (
    _BODY_HEADS,
    _HOME_OFFICE,
    BOUNDARY,
    FORMER,
    OTHER,
    RECIPROCAL_PAIRS,
    Chunk,
    Holder,
)
from framing.engine.past_office import PAST_OFFICE_WORDS

#: title modifiers of someone other than the title's holder now: a bare "the former president"
#: in a White House text is not the President the document introduced (version 86, round 57)
_NOT_INCUMBENT = PAST_OFFICE_WORDS | {"outgoing", "incoming", "then"}
#: heads of a meeting's parties named together ("the two presidents", "both sides"; version 71)
_PAIR_HEADS = frozenset({"presidents", "leaders", "sides", "parties", "heads"})


if TYPE_CHECKING:
    from framing.engine.clauses.view import SentenceView


class OfficeRules:
    """Titles and offices: a bare title the document introduced with one actor (*the ministry*,
    *the President*), the publisher's own office holders, *the X of Y* chains. Mixed into
    :class:`~framing.engine.clauses.view.SentenceView`, whose attributes (``toks``, ``low``,
    ``n``, ``chunk_of``, ``chunk_at``, ``cues``, ...) it reads."""

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
        if k > 0 and self._past_office_before(k - 1):
            return FORMER  # "the former President of Russia": no state's now (version 140)
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
