"""SubjectRules, a mixin of :class:`~framing.engine.clauses.view.SentenceView`: the subject of a
verb (the nearest actor, vague holder, first or third person before a clause limit) and the doer
of a participle, a coordinated verb, a gerund or an infinitive."""

from __future__ import annotations

from framing.engine.clauses.core import (
    AUTHOR,
    COORDINATORS,
    FORMER,
    MEANS,
    NONE,
    OTHER,
    OTHER_PARTIES,
    VAGUE,
    Holder,
)

_MAX_LEFT = 14  # tokens scanned for a subject
_MAX_RELATIVE = 25  # tokens of a relative clause skipped between a subject and its verb
#: determiners before a title that point to someone the text identifies ("the general")
_IDENTIFYING = frozenset(
    {"the", "this", "that", "these", "those", "whose", "his", "her", "their", "its", "our"}
)
#: titles that may serve a body other than their nationality's state ("The Spanish diplomat",
#: the EU's Borrell: round 6's readers): version 117's foreign title leaves them alone
_SERVING = frozenset({"diplomat", "envoy", "diplomats", "envoys"})
#: clause limits for :meth:`SentenceView.doer` (quotation marks may sit inside a clause)
_HARD_BOUNDARY = frozenset(";:()[]{}!?")
#: "officials in Washington", "the head of Russia's Security Council" speak for the actor;
#: "Sweden's ambassador to the UN" does not
_OF_PLACE = frozenset({"in", "of", "from", "at", "for"})
#: nouns of a capacity whose infinitive its holder would do ("deny Putin the ability to ...")
_CAPACITIES = frozenset({"ability", "capacity", "chance", "opportunity", "means", "right", "power"})
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
#: a holder the text names as another state (``other_states``: "Japanese officials", "Tokyo";
#: version 117): ``other`` with no source, but a holder the rules have read, not a word they
#: could not place, so the fallbacks for :data:`OTHER` (an unnamed document, the outlet's
#: office, an infinitive's missing subject) do not replace it
FOREIGN = Holder("other", ("foreign",))
#: forms of "do" that open a question before "you" ("Do you think ...?"; version 97)
_DO_FORMS = frozenset({"do", "don't", "did", "didn't", "does", "doesn't"})
#: auxiliaries of a past or perfect verb after "you" ("you have seen", "you didn't think")
_PAST_AUXILIARIES = frozenset(
    {"have", "has", "had", "did", "didn't", "haven't", "hadn't", "having"}
)


#: prepositions that open a phrase of circumstance between commas after a subject ("Sergey
#: Nikiforov, in a comment to Ukrainian media, denied"; version 133)
_CIRCUMSTANCE = frozenset({"in", "during", "at"})
#: adverbs set off by commas between a subject and such a phrase (the apposition walk reads them)
_LINKING_ADVERBS = frozenset({"meanwhile", "however", "though", "instead", "too", "also", "turn"})
#: subject pronouns that may resume the vague holder of the verb of saying before them
#: (:meth:`SubjectRules._resumes_vague`, version 138)
_RESUMING = frozenset({"they"})


class SubjectRules:
    """The subject of a verb (the nearest actor, vague holder, first or third person before a
    clause limit) and the doer of a participle, a coordinated verb, a gerund or an infinitive.
    Mixed into :class:`~framing.engine.clauses.view.SentenceView`, whose attributes (``toks``,
    ``low``, ``n``, ``chunk_of``, ``chunk_at``, ``cues``, ...) it reads."""

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
                h = self._prepositional_subject(ch, p)
                if h is not None:
                    return h
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
                if h.kind == "other" and w in _RESUMING and self._resumes_vague(j):
                    return VAGUE  # "Officials say they believe" (version 138)
                if h.kind != "none":
                    return h
            elif w in cues.vague_heads or (
                w in cues.anonymity_markers and not (j + 1 < self.n and self.toks[j + 1].isdigit())
            ):
                return self._vague_head_subject(j, w)
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

    def _prepositional_subject(self, ch, p: int) -> Holder | None:
        """The holder of a subject whose actor chunk ``ch`` is the object of the preposition
        at ``p``, by the noun phrase's head before it: vague ("some in Western countries",
        "critics of China"), unplaced (a member of a UN body, a relative: "the wife of the
        President of Ukraine noted"), the actor's body ("The Ministry of Defense of Ukraine
        said"), the actor of a title "in / of / from" a place ("officials in Washington",
        "US Embassy in China": the US's); None: the chunk is no subject, read on before
        ``p``."""
        cues = self.cues
        h = p - 1
        while (
            h >= 0 and self.low[h] in cues.determiners and self.low[h] not in cues.anonymity_markers
        ):
            h -= 1
        if h < 0:
            return None
        head, prep = self.low[h], self.low[p]
        if head in cues.vague_heads or head in cues.anonymity_markers:
            return VAGUE  # "some in Western countries", "critics of China"
        if prep == "of" and ch.cat == "un" and head in _MEMBER_HEADS:
            return OTHER  # "A permanent member of the Security Council has launched"
        if prep == "of":
            kin = h if self.other_head(h) else self._of_before(h)
            if self.other_head(kin) and self._opens_clause(kin):
                return OTHER  # "the wife of the President of Ukraine noted" (v. 59)
            if self._body_head(h):  # "The Ministry of Defense of Ukraine said", "the Main
                return Holder("actor", (ch.cat,))  # Intelligence Directorate of Ukraine" (v. 76)
        if (
            head in cues.titles and prep in _OF_PLACE and not (head == "chair" and prep == "in")
        ):  # not an endowed "Freeman Chair in China Studies" (version 138)
            if self._past_office_before(h):
                return FORMER  # "the former President of Russia" (versions 140, 142)
            own = self.chunk_of[h - 1] if h >= 1 else None
            if own is not None and not self._non_state(own):
                return self.actor_holder(own)  # "US Embassy in China": the US's
            if self._non_state(ch):
                return OTHER  # "the chairman of the Moscow Patriarchate's department"
            return Holder("actor", (ch.cat,))  # "officials in Washington"
        return None

    def _vague_head_subject(self, j: int, w: str) -> Holder:
        """The holder of a subject headed by the vague head or anonymity marker ``w`` at token
        ``j``: another state's ("Japanese officials said", version 117), the actor before it
        ("US officials", "Western media"; vague for a collective: "Chinese netizens", "the
        American people", round 13), else vague."""
        cues = self.cues
        ch = self.chunk_at.get(j - 1)
        if ch is None and w in cues.other_state_voices and j >= 1 and self.other_state(j - 1):
            return FOREIGN  # "Japanese officials said": another state's (version 117)
        if ch is not None and w not in cues.anonymity_markers:
            if w in cues.collective_heads:
                return VAGUE  # "Chinese netizens", "the American people" (round 13)
            return self.actor_holder(ch)  # "US officials", "Western media"
        return VAGUE

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

    def _resumes_vague(self, j: int) -> bool:
        """The subject "they" at ``j`` opens the complement of a verb of saying or belief right
        before it (past "that" and adverbs) whose own subject is vague: "Officials say they
        believe", "one source said they did not believe" (version 138, attribution round 84):
        the pronoun resumes that holder, whom no actor antecedent names. Not "he" / "she",
        which more often stand for a person named before ("Reports reveal he has been
        considering"), nor after a coordinated verb ("... and said they hoped")."""
        k = j - 1
        if k >= 0 and self.low[k] == "that":
            k -= 1
        k = self.left_of_adverbs(k + 1) if k >= 0 else -1
        cues = self.cues
        if k < 0 or not (self.low[k] in cues.speech or self.low[k] in cues.belief):
            return False
        c = k - 1
        while c >= 0 and self.low[c] in cues.auxiliaries and self.low[c] not in COORDINATORS:
            c -= 1
        if c >= 0 and self.low[c] in COORDINATORS:
            return False  # "... the efforts of British people and said she hoped": the verb's
            # subject stands before a coordination, not where the walk would find it
        return self.subject(k) == VAGUE

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
        (", citing "the operational limitations,"": version 114) or a phrase of circumstance (",
        in a comment to Ukrainian media,": version 133) closed by the comma at ``j``
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
                circumstance = (
                    nxt in _CIRCUMSTANCE
                    and k + 2 < j
                    and self._is_word(k - 1)
                    and self.low[k - 1] not in ("who", "which", "that")
                    and self.low[k - 1] not in _LINKING_ADVERBS
                )  # "Sergey Nikiforov, in a comment to Ukrainian media, denied" (version 133);
                # not "Russia's Defense Ministry, meanwhile, in a post ..., accused"
                return k if nxt in ("who", "which") or participle or circumstance else None
            if (
                self.is_boundary(k)
                and self.toks[k] not in ('"', "'")
                and not (self.low[k] in ("who", "which") and self.toks[k - 1] == ",")
            ):
                return None
        return None
