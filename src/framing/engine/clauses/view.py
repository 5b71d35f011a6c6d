"""The sentence view: one sentence as tokens with its actor chunks (:class:`SentenceView`), the
rules of the modules beside it mixed in."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate

from framing.engine.clauses.actors import ActorRules
from framing.engine.clauses.arguments import ArgumentRules
from framing.engine.clauses.attachment import AttachmentRules
from framing.engine.clauses.core import BOUNDARY, Chunk, _split_tokens, unpunctuated
from framing.engine.clauses.offices import OfficeRules
from framing.engine.clauses.pronouns import PronounRules
from framing.engine.clauses.subjects import SubjectRules
from framing.engine.cues import Cues

#: the lowercase form of the token "WHO" in mixed-case text (the organisation, not "who")
ORG_WHO = "w.h.o."


class SentenceView(
    AttachmentRules, ArgumentRules, OfficeRules, SubjectRules, PronounRules, ActorRules
):
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

    def _sorted(self, cats) -> tuple[str, ...]:
        return tuple(sorted(set(cats), key=lambda c: (self.order.get(c, 99), c)))
