"""Static check of a regular expression for super-linear backtracking.

Python's ``re`` backtracks: a pattern that can match the same text in many ways takes
exponential time (``(a+)+b``, ``(a{1,10}){1,10}b``, ``(a|aa)*c``) or polynomial time
(``\\w*\\w*x``, ``.*a.*b``) on text where it finally fails. :func:`backtracking_risk` builds the
position automaton (Glushkov) of the pattern and looks for the two shapes that cause this
(Weideman et al., "Analyzing matching time behavior of backtracking regular expression
matchers by using ambiguity of NFA", CIAA 2016):

- **exponential**: a position that can return to itself along two different paths reading the
  same text (nested quantifiers, overlapping alternatives under a repeat);
- **polynomial**: two different looping positions ``p``, ``q`` where a text read by looping at
  ``p`` can also lead from ``p`` to ``q`` and be read by looping at ``q`` (adjacent
  quantifiers over overlapping characters).

It over-approximates (a reported pattern may be harmless on real text; never the reverse for
the constructs modelled): character classes are compared on a probe alphabet (Latin-1, the
pattern's own characters and a few others), bounded repeats ``{m,n}`` with ``n > m`` count as
loops, lookarounds as empty (their bodies are checked on their own), a backreference as
``.*``, and possessive repeats and atomic groups like plain ones.

The parse tree comes from ``re._parser`` (private; present in CPython 3.11-3.14). Without it a
coarser textual check is used (:func:`_textual_risk`).
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache

from framing.core.errors import InputError

#: A fixed repeat ``{n}`` of at least this many copies is checked as a loop.
FIXED_REPEAT_LOOP = 5
#: Patterns with more positions than this get the coarse textual check only.
MAX_POSITIONS = 400


def _sre():
    """``(re._parser, re._constants)`` or None when this Python does not have them."""
    try:
        from re import _constants, _parser

        _parser.parse  # noqa: B018 - the attributes used must exist
        _constants.MAX_REPEAT  # noqa: B018
    except (ImportError, AttributeError):
        return None
    return _parser, _constants


# ---------------------------------------------------------------- character sets
_EXTRA = "\u2018\u2019\u201c\u201d\u2013\u2014\u00a0\u4e2d\u0416\u03b1\u0660\u2028\u3000"


_BASE = sorted({chr(i) for i in range(256)} | set(_EXTRA))
_BASE_SET = frozenset(_BASE)
_BASE_MASKS: dict[tuple, int] = {}


class _Alphabet:
    """The probe characters: Latin-1 and a few others (shared), then the pattern's own."""

    def __init__(self, chars: set[str]) -> None:
        chars = chars | {c.lower() for c in chars if len(c.lower()) == 1}
        chars |= {c.upper() for c in chars if len(c.upper()) == 1}
        self.chars = _BASE + sorted(chars - _BASE_SET)
        self.index = {c: i for i, c in enumerate(self.chars)}

    def literal(self, ch: str, ignore_case: bool) -> int:
        """The mask of one literal character (and its case variants)."""
        variants = {ch, ch.lower(), ch.upper()} if ignore_case else {ch}
        return sum(1 << self.index[c] for c in variants if c in self.index)

    def mask(self, key: tuple, pred) -> int:
        """The mask of ``pred``; its part over the shared characters is cached by ``key``."""
        base = _BASE_MASKS.get(key)
        if base is None:
            base = sum(1 << i for i, c in enumerate(_BASE) if pred(c))
            if len(_BASE_MASKS) < 10_000:
                _BASE_MASKS[key] = base
        extra = sum(1 << i for i, c in enumerate(self.chars[len(_BASE) :], len(_BASE)) if pred(c))
        return base | extra


def _category(C, code) -> callable:
    table = {
        C.CATEGORY_DIGIT: str.isdecimal,
        C.CATEGORY_NOT_DIGIT: lambda c: not c.isdecimal(),
        C.CATEGORY_SPACE: lambda c: c.isspace(),
        C.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
        C.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
        C.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
    }
    return table.get(code, lambda c: True)


def _predicate(op, av, C, flags: int):
    """A function char -> bool for one consuming item of the parse tree."""
    if op == C.LITERAL:
        ch = chr(av)
        base = lambda c: c == ch  # noqa: E731
    elif op == C.NOT_LITERAL:
        ch = chr(av)
        base = lambda c: c != ch  # noqa: E731
    elif op == C.ANY:
        base = (lambda c: True) if flags & re.S else (lambda c: c != "\n")
    elif op == C.IN:
        tests, negate = [], False
        for iop, iav in av:
            if iop == C.NEGATE:
                negate = True
            elif iop == C.LITERAL:
                tests.append(str(chr(iav)).__eq__)
            elif iop == C.RANGE:
                tests.append(lambda c, lo=iav[0], hi=iav[1]: lo <= ord(c) <= hi)
            elif iop == C.CATEGORY:
                tests.append(_category(C, iav))
            else:
                tests.append(lambda c: True)

        def base(c, tests=tests, negate=negate):
            return any(t(c) for t in tests) != negate

    else:
        base = lambda c: True  # noqa: E731
    if flags & re.I:
        return lambda c: base(c) or any(len(v) == 1 and base(v) for v in (c.lower(), c.upper()))
    return base


# ---------------------------------------------------------------- Glushkov automaton
class _TooBig(Exception):
    pass


class _Automaton:
    """Positions (consuming items) with character masks, and the follow relation."""

    def __init__(self, C, alphabet: _Alphabet, flags: int) -> None:
        self.C, self.alphabet, self.flags = C, alphabet, flags
        self.masks: list[int] = []
        self.follow: list[set[int]] = []
        #: edges p -> q made more than once (nested loops): two paths on the same text
        self.doubled: set[tuple[int, int]] = set()
        self.lookarounds: list = []

    def _position(self, op, av, flags: int) -> int:
        if len(self.masks) >= MAX_POSITIONS:
            raise _TooBig
        if op == self.C.LITERAL:  # the common case, without testing every character
            self.masks.append(self.alphabet.literal(chr(av), bool(flags & re.I)))
        else:
            key = (int(op), repr(av), flags & (re.I | re.S))
            self.masks.append(self.alphabet.mask(key, _predicate(op, av, self.C, flags)))
        self.follow.append(set())
        return len(self.masks) - 1

    def _link(self, lasts, firsts) -> None:
        for p in lasts:
            again = self.follow[p] & firsts
            self.doubled.update((p, q) for q in again)
            self.follow[p] |= firsts

    def build(self, items, flags: int) -> tuple[bool, set[int], set[int]]:
        """(nullable, first positions, last positions) of a sequence of parse items."""
        nullable, first, last = True, set(), set()
        for op, av in items:
            n2, f2, l2 = self.node(op, av, flags)
            self._link(last, f2)
            if nullable:
                first |= f2
            last = (last | l2) if n2 else l2
            nullable = nullable and n2
        return nullable, first, last

    def node(self, op, av, flags: int) -> tuple[bool, set[int], set[int]]:
        C = self.C
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            p = self._position(op, av, flags)
            return False, {p}, {p}
        if op == C.SUBPATTERN:
            add, delete = av[1] or 0, av[2] or 0
            return self.build(av[-1], (flags | add) & ~delete)
        if op == getattr(C, "ATOMIC_GROUP", object()):
            return self.build(av, flags)
        if op == C.BRANCH:
            nullable, first, last = False, set(), set()
            for b in av[1]:
                n, f, lst = self.build(b, flags)
                nullable, first, last = nullable or n, first | f, last | lst
            return nullable, first, last
        if op in _repeat_ops(C):
            lo, hi, body = av
            n, f, lst = self.build(body, flags)
            if hi == 0:
                return True, set(), set()
            if hi > 1 and (hi != lo or (hi >= FIXED_REPEAT_LOOP and _varies(body))):
                # a choice of counts is a loop (bounded or not); so is a fixed count of many
                # copies of varying width, among which one text splits in many ways ((a?){25})
                self._link(lst, f)
                if hi == lo and n:  # each copy may take or skip: two paths round the loop
                    self.doubled.update((p, q) for p in lst for q in f)
            return n or lo == 0, f, lst
        if op in (C.ASSERT, C.ASSERT_NOT):
            self.lookarounds.append(av[1])  # checked on their own
            return True, set(), set()
        if op == C.GROUPREF:
            p = self._position(C.ANY, None, flags | re.S)
            self._link({p}, {p})
            return True, {p}, {p}
        if op == C.GROUPREF_EXISTS:
            n1, f1, l1 = self.build(av[1], flags)
            n2, f2, l2 = self.build(av[2], flags) if av[2] is not None else (True, set(), set())
            return n1 or n2, f1 | f2, l1 | l2
        return True, set(), set()  # AT (anchors) and anything that consumes nothing


def _varies(body) -> bool:
    """Whether a parsed ``body`` can match texts of different lengths (``a?``, ``\\w+``)."""
    try:
        lo, hi = body.getwidth()
    except (AttributeError, TypeError, ValueError):  # not a SubPattern: assume it can
        return True
    return lo != hi


def _repeat_ops(C) -> tuple:
    return tuple(
        getattr(C, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(C, n)
    )


# ---------------------------------------------------------------- ambiguity
def _pair_graph(masks: list[int], follow: list[set[int]]):
    """Successors of (p, q) in the product automaton: both read one same character."""

    def succ(node):
        p, q = node
        for a in follow[p]:
            for b in follow[q]:
                if masks[a] & masks[b]:
                    yield (a, b)

    return succ


def _sccs(starts, succ) -> list[list]:
    """Strongly connected components reachable from ``starts`` (iterative Tarjan)."""
    index, low, on, stack, out = {}, {}, set(), [], []
    counter = 0
    for s in starts:
        if s in index:
            continue
        work = [(s, iter(succ(s)))]
        index[s] = low[s] = counter
        counter += 1
        stack.append(s)
        on.add(s)
        while work:
            node, it = work[-1]
            for nxt in it:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on.add(nxt)
                    work.append((nxt, iter(succ(nxt))))
                    break
                if nxt in on:
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    comp = []
                    while True:
                        x = stack.pop()
                        on.discard(x)
                        comp.append(x)
                        if x == node:
                            break
                    out.append(comp)
    return out


def _reach(start, succ) -> set:
    seen, todo = {start}, [start]
    while todo:
        for nxt in succ(todo.pop()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


EXPONENTIAL = "exponential: nested quantifiers or overlapping alternatives under a repeat"
POLYNOMIAL = "polynomial: adjacent quantifiers over overlapping characters"


def _ambiguity(masks: list[int], follow: list[set[int]], doubled: set) -> str | None:
    n = len(masks)
    succ = _pair_graph(masks, follow)
    component = {}
    for k, comp in enumerate(_sccs(range(n), lambda p: follow[p])):
        component.update(dict.fromkeys(comp, k))
    looping = [p for p in range(n) if p in follow[p] or any(
        component[q] == component[p] for q in follow[p])]  # fmt: skip
    if not looping:
        return None
    if any(component[p] == component[q] for p, q in doubled):  # a doubled edge on a cycle
        return EXPONENTIAL
    for comp in _sccs([(p, p) for p in looping], succ):
        if len(comp) > 1 and any(a == b for a, b in comp) and any(a != b for a, b in comp):
            return EXPONENTIAL
    loops = set(looping)
    for p in looping:
        from_pp = _reach((p, p), succ)
        for a, b in from_pp:
            if a == p and b != p and b in loops and (b, b) in _reach((p, b), succ):
                return POLYNOMIAL
    return None


@lru_cache(maxsize=4096)
def backtracking_risk(pattern: str, flags: int = 0) -> str | None:
    """Why ``pattern`` can backtrack super-linearly, or None when it cannot (see module doc).

    An invalid pattern gives None (compiling it reports the error).
    """
    sre = _sre()
    if sre is None:
        return _textual_risk(pattern)
    parser, C = sre
    try:
        tree = parser.parse(pattern, flags)
    except (re.error, RecursionError, OverflowError):
        return None
    try:
        return _tree_risk(tree, C, flags | tree.state.flags, pattern)
    except _TooBig:
        return _textual_risk(pattern)
    except RecursionError:  # pragma: no cover - nesting deeper than the parser allows
        return "too deeply nested to check"


def _tree_risk(tree, C, flags: int, pattern: str) -> str | None:
    alphabet = _Alphabet(set(pattern))  # every literal character is written in the pattern
    todo = [tree]
    while todo:
        items = todo.pop()
        auto = _Automaton(C, alphabet, flags)
        auto.build(items, flags)
        found = _ambiguity(auto.masks, auto.follow, auto.doubled)
        if found:
            return found
        todo.extend(auto.lookarounds)
    return None


_NESTED_TEXT = re.compile(r"\((?:[^()\\]|\\.)*[*+}](?:[^()\\]|\\.)*\)[*+{]")
_ADJACENT_TEXT = re.compile(r"(?:\\[wWdDsS.]|\.|\])[*+](?:\\[wWdDsS]|\.|\[[^\]]*\])[*+]")


def _textual_risk(pattern: str) -> str | None:
    """Coarse check on the pattern's text (when the parse tree is unavailable or too big)."""
    if _NESTED_TEXT.search(pattern):
        return "exponential: nested quantifiers"
    if _ADJACENT_TEXT.search(pattern):
        return "polynomial: adjacent quantifiers"
    return None


def check_pattern(pattern: str, what: str, flags: int = 0) -> re.Pattern:
    """Compile a user's pattern, refusing invalid ones and super-linear ones.

    Raises
    ------
    framing.core.errors.InputError
        One line naming ``what``, the pattern and the reason.
    """
    try:
        rx = re.compile(pattern, flags)
    except re.error as exc:
        raise InputError(f"invalid {what} regex {pattern!r}: {exc}") from None
    except (RecursionError, OverflowError):
        raise InputError(f"{what} regex {pattern!r} is too deeply nested") from None
    risk = backtracking_risk(pattern, flags)
    if risk:
        raise InputError(
            f"{what} regex {pattern!r} can backtrack for a very long time ({risk}); rewrite it "
            "without nested or adjacent repeats of overlapping characters"
        )
    return rx


if __name__ == "__main__":  # pragma: no cover - python -m framing.engine.regex_safety PATTERN
    print(backtracking_risk(sys.argv[1]) or "ok")
