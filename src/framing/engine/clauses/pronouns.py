"""PronounRules, a mixin of :class:`~framing.engine.clauses.view.SentenceView`: the antecedent
of a third-person pronoun: the one actor category before it in the sentence, else in the
sentences before that use the same pronoun."""

from __future__ import annotations

from framing.engine.clauses.core import _BODY_HEADS, _SUBORDINATORS, NONE, OTHER, Holder

#: pronouns of a person: their antecedent is a person-like actor chunk (:attr:`Chunk.person`)
_PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
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
#: quotation marks that open and close a sentence given whole as a quotation (versions 119, 140)
OPENING_MARKS = frozenset({'"', "“"})
CLOSING_MARKS = frozenset({'"', "”"})
QUOTE_MARKS = OPENING_MARKS | CLOSING_MARKS
#: at most this many whole-quotation sentences stand between a speaker's sentence and the words
#: that continue it: a tagged quotation (version 119) or a "he" (version 140)
MAX_QUOTE_RUN = 3
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


class PronounRules:
    """The antecedent of a third-person pronoun: the one actor category before it in the
    sentence, else in the sentences before that use the same pronoun. Mixed into
    :class:`~framing.engine.clauses.view.SentenceView`, whose attributes (``toks``, ``low``,
    ``n``, ``chunk_of``, ``chunk_at``, ``cues``, ...) it reads."""

    def _antecedents(
        self, upto: int, w: str, outside_quotes: bool = False
    ) -> tuple[set[str], bool]:
        """Actor categories before token ``upto`` that pronoun ``w`` may refer to, and whether
        a named non-actor after the last of them (or before ``upto`` when there is none)
        competes as the antecedent; ``outside_quotes``: only the words outside quotation marks
        (a speaker's sentence, whose quoted words name others: version 140)."""
        cats: set[str] = set()
        after = 0
        seen: set[int] = set()
        quoted = self._quoted_tokens() if outside_quotes else frozenset()
        former = False
        for k in range(upto):
            ch = self.chunk_of[k]
            if ch is None or ch.first in seen or k in quoted:
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
                continue  # "a Russia-backed separatist"
            if self._former(ch):
                former = True  # "the former Ukrainian president": a person of no state, who
                continue  # competes as the antecedent (version 140)
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
        return cats, former or any(
            self._competes(k, w) for k in range(after, upto) if k not in quoted
        )

    def _quoted_tokens(self) -> frozenset[int]:
        """Indices of the tokens inside quotation marks (a straight mark opens and closes in
        turn)."""
        inside, out = False, set()
        for k, t in enumerate(self.toks):
            if t in QUOTE_MARKS:
                inside = t == "“" or (t == '"' and not inside)
                continue
            if inside:
                out.add(k)
        return frozenset(out)

    def _opens_with(self, w: str) -> bool:
        """Pronoun ``w`` opens the sentence ("He added that ...", "She said: ...")."""
        return w in _SUBJECT_PERSONS and self.low[:1] == [w]

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
            quoted = prev
            if not hops and self._opens_with(w):
                prev = prev._before_quotations()
            if prev is not quoted:
                # the speaker's sentence: its names outside quotation marks, and no further back
                cats, named = prev._antecedents(prev.n, w, outside_quotes=True)
                cats -= set(exclude)
                return (
                    Holder("actor", (next(iter(cats)),)) if len(cats) == 1 and not named else OTHER
                )
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

    def _whole_quotation(self) -> bool:
        """The sentence is one quotation and nothing else: it opens and closes with a quotation
        mark and holds no other ('"We are not planning any restrictions."')."""
        return self._quotation_part(opens=True, closes=True)

    def _quotation_part(self, opens: bool, closes: bool) -> bool:
        """The sentence opens with a quotation mark (``opens``) or holds none there, closes with
        one (``closes``) or holds none there, and holds no other: a whole quotation, or the
        first, a middle or the last sentence of a quotation of several sentences."""
        toks = self.toks
        if self.n < 2 or (toks[0] in OPENING_MARKS) != opens:
            return False
        if (toks[-1] in CLOSING_MARKS) != closes:
            return False
        return not any(t in QUOTE_MARKS for t in toks[1:-1])

    def _before_quotations(self):
        """The sentence view before the whole quotations that end here (at most
        :data:`MAX_QUOTE_RUN` sentences of them: one quotation of several sentences, or several
        whole ones), or this one when it ends no quotation or nothing stands before them: a
        quotation continues its speaker's words, so a "he" after it looks past it to the
        sentence that named the speaker ('"...," Lavrov said. "We are not planning
        restrictions." He added that ...'; version 140)."""
        view, run = self, 0
        while run < MAX_QUOTE_RUN and view.earlier is not None:
            if view._whole_quotation():
                first = view
            elif view._quotation_part(opens=False, closes=True):
                first = view._quotation_opening(MAX_QUOTE_RUN - run)
                if first is None:
                    break
            else:
                break
            before = first.earlier() if first.earlier is not None else None
            if before is None:
                break
            run += 1
            view = before
        return view

    def _quotation_opening(self, limit: int):
        """The sentence that opens the quotation this one closes: back through sentences with
        no quotation mark to one that opens with one (at most ``limit`` back), else None."""
        view = self
        for _ in range(limit):
            view = view.earlier() if view.earlier is not None else None
            if view is None:
                return None
            if view._quotation_part(opens=True, closes=False):
                return view
            if not view._quotation_part(opens=False, closes=False):
                return None
        return None

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
