"""ArgumentRules, a mixin of :class:`~framing.engine.clauses.view.SentenceView`: a verb's other
arguments: passives and their *by* agent, the object and second object, a noun phrase's actor,
*to blame*."""

from __future__ import annotations

from framing.engine.clauses.core import (
    _APOSTROPHES,
    _CONTRACTED_BE,
    _HOME_OFFICE,
    FORMER,
    GROUP_ADVERBS,
    NONE,
    OTHER,
    VAGUE,
    Holder,
)

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
#: how far right of a blame verb :meth:`SentenceView.second_object` looks (version 81)
_MAX_SECOND_OBJECT = 24
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})


#: words between a form of be and "to blame" ("is not to blame", "alone is to blame")
_TO_BLAME_ADVERBS = frozenset({"not", "alone", "much", "also", "still", "all", "both"})
#: after a headline's participle of blame, these show it is passive ("China accused of ...")
_HEADLINE_PASSIVE_NEXT = frozenset({"of", "for", "over", "as", "after", "amid", "in", "on"})
#: adverbs between a headline's participle and what shows it is passive ("accused again of")
_AGAIN = frozenset({"again", "also", "once", "twice", "anew"})
#: particles between a participle and its "by" ("the war threat hyped up by the U.S.")
_BY_PARTICLES = frozenset({"up", "out", "down", "off"})


class ArgumentRules:
    """A verb's other arguments: passives and their *by* agent, the object and second object, a
    noun phrase's actor, *to blame*. Mixed into
    :class:`~framing.engine.clauses.view.SentenceView`, whose attributes (``toks``, ``low``,
    ``n``, ``chunk_of``, ``chunk_at``, ``cues``, ...) it reads."""

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
        """The index left of token ``i`` past adverbs in -ly and ``GROUP_ADVERBS`` (not, also,
        never, now, still, often, ...; -1 if none)."""
        j = i - 1
        while j >= 0 and (self.low[j].endswith("ly") or self.low[j] in GROUP_ADVERBS):
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
                if after < self.n and self.low[after] in cues.collective_heads:
                    return VAGUE  # "Chinese netizens" (round 13)
                if anon and not self.targeting:
                    return VAGUE  # "unnamed US officials"; a target's category stays
                if self._former(ch):
                    return FORMER  # "according to the former US ambassador" (version 142)
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
