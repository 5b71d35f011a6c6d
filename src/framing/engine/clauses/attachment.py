"""AttachmentRules, a mixin of :class:`~framing.engine.clauses.view.SentenceView`: the actor an
evaluative word attaches to: possessor, modified noun, *of / by X*, a participle's agent,
coordinated modifiers, a copula's subject."""

from __future__ import annotations

from framing.engine.clauses.core import (
    _SUBORDINATORS,
    AGENT_PARTICIPLES,
    COORDINATORS,
    DOING_PARTICIPLES,
    NONE,
    ORIGIN_PARTICIPLES,
    Holder,
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
#: verbs of regarding right after a relative "which / that": its object is the one regarded,
#: not the holder of the noun ("the Cold War mentality which views China as an adversary")
_REGARDING = frozenset({"views", "view", "sees", "see", "regards", "regard", "treats", "treat",
                        "considers", "consider", "casts", "cast", "portrays", "portray",
                        "paints", "paint", "labels", "label", "brands", "brand", "targets",
                        "target"})  # fmt: skip
#: nouns of containing whose country-name modifier is the one contained (round 20)
_CONTAINING = ("containment", "encirclement", "suppression")
#: endings of nationality adjectives ("American", "Chinese", "Western", "British")
_ADJECTIVE_ENDS = ("an", "ese", "ern", "ish", "ic", "i")
#: compounds that cast their actor as the one behind a noun a few words on ("US-backed
#: nationalists and neo-Nazis")
_BACKERS = ("-backed", "-led", "-sponsored", "-funded", "-installed")
#: endings of the modifiers coordinated before a shared noun (:meth:`SentenceView.
#: _modifier_series_end`): "cynical", "unprovoked", "wayward", "transparent" (version 128)
_MODIFIER_ENDINGS = ("ous", "ful", "ent", "ant", "al", "ic", "ive", "less", "ary", "ed", "ward",
                     "ish", "ile")  # fmt: skip
#: participles of doing with a particle before "by": "the atrocities carried out by" (v. 128)
PARTICLE_PARTICIPLES = {"carried": "out", "meted": "out"}


#: prepositions that may open a phrase after the head of a copula's subject ("the US
#: crackdown on Huawei is")
_PP_OPENERS = frozenset({"on", "against", "over", "about", "toward", "towards", "of", "in"})
#: words that open a subject noun phrase ("The US sanctions", "These Russian claims")
_SUBJECT_OPENERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "such"})


class AttachmentRules:
    """The actor an evaluative word attaches to: possessor, modified noun, *of / by X*, a
    participle's agent, coordinated modifiers, a copula's subject. Mixed into
    :class:`~framing.engine.clauses.view.SentenceView`, whose attributes (``toks``, ``low``,
    ``n``, ``chunk_of``, ``chunk_at``, ``cues``, ...) it reads."""

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
        # "of X" / "by X" right after, past a quotation mark that closes the phrase ('against
        # "suppression" by Beijing', version 114; '"the foolish and stupid conduct" of the US',
        # version 143)
        after = [k for k in range(last + 1, min(self.n, last + 4)) if self.low[k] != '"'][:2]
        for pos, k in enumerate(after):
            w = self.low[k]
            if w == "of" and pos == 1 and self.low[after[0]] in cues.patient_nouns:
                return self._later_agent(k + 1)  # "brutal invasion of Ukraine (by Russia)"
            if (w == "by" or (w in ("of", "like") and not action_noun)) and not (
                label and pos > 0
            ):  # "the hypocrisy of the West", "an authoritarian country like Russia"
                h = self.noun_phrase(k + 1)
                return h if h.kind in ("actor", "vague") else NONE
            if (
                w == "from"
                and pos == 0
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
                if w == "that" and self.low[after[pos - 1] if pos else last] in (
                    self.cues.reporting_nouns
                ):
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
