"""One compiled multi-pattern scan (Hyperscan) that finds where lexicon entries can start.

:class:`framing.engine.matcher.Matcher` uses this, when the ``hyperscan`` wheel is installed,
to find in one pass over a document every start of every literal term and every position
where a glob or regex entry can start; without it (or for entries it cannot take) the
matcher's own regular-expression detectors do the same work more slowly. Results are the
same either way (tested).

How exactness is kept while Hyperscan works on bytes and Python's ``re`` on str:

- The text goes to Hyperscan as one byte per character (:func:`to_bytes`): ASCII as it is,
  any other character as a placeholder of its class in Python's ``re`` — ``_`` for a word
  character, a space for whitespace, ``0x7f`` for anything else. Offsets stay character
  offsets, and word boundaries (``\\b``), ``\\w`` and ``\\s`` in the byte patterns
  (:data:`_W`, :data:`_S`) classify every character as Python's ``re`` does.
- A literal term of ASCII characters other than ``_`` is compiled exactly (word boundaries,
  ``\\s+`` between words): its hits are final. Any other term and every glob/regex entry is
  compiled as a *prefix filter*: the first few characters any match must start with (derived
  from the parsed regex, at most :data:`PREFIX_CHARS`, all of one length so each start gives
  one report), behind ``\\b`` when the entry only matches at word starts. Each filter hit is
  then confirmed by the entry's own Python regex at that start, which also gives the end.
- Prefixes of different lengths for one entry are cut to the shortest, so Hyperscan's
  "leftmost start per end" (``SOM_LEFTMOST``) loses no start.

Compiling costs most where an expression has ``\\b`` (5,000 ``\\bterm\\b`` took 6 s of CPU), so
the terms that are one plain ASCII word (letters and digits: most of any lexicon) go to a
second database, framed by a non-word byte on each side instead and scanned over the bytes
with a space added at each end (:func:`word_expr`, :func:`padded`): the same hits, compiled
about six times faster.

The compiled database is kept on disk (:mod:`framing.engine.scan_cache`), so a process loads
what an earlier one compiled.

Hyperscan calls back into Python once per hit, so the cost per document is one C scan plus
about a microsecond per hit (terms are a few per cent of the tokens).
"""

from __future__ import annotations

import logging
import platform
import re
import threading
from functools import lru_cache
from re import _constants as C
from re import _parser

try:  # optional accelerator: wheels for Linux x86-64, macOS and Windows
    import hyperscan
except ImportError:  # pragma: no cover - exercised where the wheel is missing
    hyperscan = None

from framing.engine import scan_cache
from framing.engine.text import case_variants, char_classes, code_points

log = logging.getLogger(__name__)

#: Longest prefix (in characters) compiled for a glob/regex entry.
PREFIX_CHARS = 12
#: Most alternative prefixes of one entry before they are shortened.
MAX_PREFIXES = 512
#: Whether plain-word terms go to their own padded scan (:func:`word_expr`); False compiles
#: them with ``\\b`` like any other term (same hits, slower to compile).
WORD_SCAN = True
#: Fewest expressions whose compiled database is kept on disk (fewer compile in milliseconds).
CACHE_MIN_EXPRESSIONS = 64
_W = "[0-9A-Za-z_]"
_NON_WORD = "[^0-9A-Za-z_]"
_S = r"[\t-\r\x1c-\x20]"
_WORD_PLACEHOLDER, _SPACE_PLACEHOLDER, _OTHER_PLACEHOLDER = 0x5F, 0x20, 0x7F
_WORD_CLASS, _SPACE_CLASS, _DIGIT_CLASS = "\\w", "\\s", "\\d"
_PY_SPACE_ASCII = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f ")


#: Per byte of :func:`to_bytes`: 1 for a word character (ASCII letters, digits, ``_`` and the
#: placeholder ``_`` of every other ``\w`` character), else 0; the ``\b`` of a byte pattern.
WORD_BYTES = bytes(
    1 if chr(b).isascii() and (chr(b).isalnum() or b == _WORD_PLACEHOLDER) else 0
    for b in range(256)
)


def available() -> bool:
    """Whether the Hyperscan wheel is importable on this machine."""
    return hyperscan is not None


def to_bytes(s: str) -> bytes:
    """``s`` as one byte per character: ASCII kept, other characters as class placeholders."""
    if s.isascii():
        return s.encode("ascii")
    import numpy as np

    codes = code_points(s)
    wide = codes > 0x7F
    cls = char_classes()[codes[wide]]
    out = codes.astype(np.uint8)
    out[wide] = np.where(
        cls == 1, _WORD_PLACEHOLDER, np.where(cls == 2, _SPACE_PLACEHOLDER, _OTHER_PLACEHOLDER)
    )
    return out.tobytes()


def _byte_of(c: str) -> int:
    """The byte that stands for character ``c`` in :func:`to_bytes`."""
    o = ord(c)
    if o < 0x80:
        return o
    kind = int(char_classes()[o])
    return (_OTHER_PLACEHOLDER, _WORD_PLACEHOLDER, _SPACE_PLACEHOLDER)[kind]


def _esc(b: int) -> str:
    c = chr(b)
    return c if c.isascii() and c.isalnum() else f"\\x{b:02x}"


def _class_expr(cls: frozenset) -> str:
    """Hyperscan expression of one character class (chars and class markers)."""
    parts: list[str] = []
    if _WORD_CLASS in cls:
        parts.append("0-9A-Za-z_")
    if _DIGIT_CLASS in cls:
        parts.append("0-9_")  # non-ASCII decimal digits are word characters: placeholder "_"
    if _SPACE_CLASS in cls:
        parts.append("\\t-\\r\\x1c-\\x20")
    chars = sorted({_byte_of(c) for c in cls if len(c) == 1})
    parts += [_esc(b) for b in chars]
    if len(parts) == 1 and len(chars) == 1:
        return parts[0]
    return "[" + "".join(parts) + "]"


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def literal_expr(key: str) -> tuple[str, bool]:
    """(Hyperscan expression of a literal term key, whether its hits are exact).

    ``key`` is the matcher's key: normalised, lowercased for case-insensitive terms, single
    spaces between words (each space matches ``\\s+``).
    """
    exact = key.isascii() and "_" not in key
    body = "".join(_S + "+" if c == " " else _class_expr(frozenset([c])) for c in key)
    pre = "\\b" if _is_word(key[0]) else ""
    post = "\\b" if _is_word(key[-1]) else ""
    return pre + body + post, exact


def is_plain_word(key: str) -> bool:
    """Whether a literal key is one word of ASCII letters and digits (:func:`word_expr`)."""
    return key.isascii() and key.isalnum()


def word_expr(key: str) -> str:
    """The expression of a plain word (:func:`is_plain_word`) for the padded scan.

    ``\\b`` costs Hyperscan's compiler most of its time, so the word is framed by one
    non-word byte on each side instead, scanned over :func:`padded` bytes: a hit
    ``(start, end)`` there is the word at ``(start, end - 2)`` of the text, exactly where
    ``\\bkey\\b`` matches (the bytes around the word are non-word ones, the padding standing
    for the text's edges).
    """
    return _NON_WORD + key + _NON_WORD


def padded(data: bytes) -> bytes:
    """``data`` (of :func:`to_bytes`) with a space on each side, for :func:`word_expr`."""
    return b" " + data + b" "


# ---------------------------------------------------------------- prefixes of a regex
class _Stop(Exception):
    """The prefix cannot be extended past this point."""


def _in_class(av, icase: bool) -> frozenset:
    out: set[str] = set()
    for op, val in av:
        if op == C.LITERAL:
            out.add(chr(val))
        elif op == C.RANGE and val[1] - val[0] < 128:
            out.update(chr(i) for i in range(val[0], val[1] + 1))
        elif op == C.CATEGORY and val == C.CATEGORY_WORD:
            out.add(_WORD_CLASS)
        elif op == C.CATEGORY and val == C.CATEGORY_DIGIT:
            out.add(_DIGIT_CLASS)
        elif op == C.CATEGORY and val == C.CATEGORY_SPACE:
            out.add(_SPACE_CLASS)
        else:
            raise _Stop
    return _with_case(frozenset(out), icase)


def _with_case(cls: frozenset, icase: bool) -> frozenset:
    if not icase:
        return cls
    return cls.union(*(_case_of(c) for c in cls if len(c) == 1))


@lru_cache(maxsize=4096)
def _case_of(c: str) -> frozenset:
    """Every character ``re.I`` matches to ``c``."""
    if c.isascii():
        return _ascii_cases()[c]
    return frozenset(case_variants({c}))


@lru_cache(maxsize=1)
def _ascii_cases() -> dict[str, frozenset]:
    """:func:`_case_of` of every ASCII character, from one pass over all characters (a pass
    per character cost 15 ms each, most of a matcher's start-up with a stored database)."""
    chars = {chr(i) for i in range(128)}
    found = case_variants(chars)  # every character re.I matches to some ASCII character
    return {
        c: frozenset({f for f in found if re.fullmatch(f"[{re.escape(c)}]", f, re.I)} | {c})
        for c in chars
    }


def _prefixes(items: list, k: int) -> list[tuple]:
    """Character-class sequences (length <= k) that every match of ``items`` starts with.

    ``items`` are ``(op, av, icase)`` from the regex parser. A sequence shorter than ``k``
    means the prefix stops there (end of pattern or a construct it does not follow).
    """
    if k == 0 or not items:
        return [()]
    (op, av, icase), rest = items[0], items[1:]
    if op == C.LITERAL:
        return _then(_with_case(frozenset([chr(av)]), icase), rest, k)
    if op == C.IN:
        if av and av[0][0] == C.NEGATE:
            return [()]
        try:
            return _then(_in_class(av, icase), rest, k)
        except _Stop:
            return [()]
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _prefixes(rest, k)  # zero-width: leaving it out only widens the filter
    if op == C.BRANCH:
        out: list[tuple] = []
        for alt in av[1]:
            out += _prefixes([(o, a, icase) for o, a in alt] + rest, k)
        return out
    if op == C.SUBPATTERN:
        _, add, delete, sub = av
        inner = bool(add & re.I) or (icase and not delete & re.I)
        return _prefixes([(o, a, inner) for o, a in sub] + rest, k)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        if hi == 0:
            return _prefixes(rest, k)
        # X{lo,hi} rest = X X{lo-1,hi-1} rest, or (when lo == 0) just rest
        more = (op, (max(lo - 1, 0), hi - 1 if hi != C.MAXREPEAT else hi, sub), icase)
        head = _prefixes([(o, a, icase) for o, a in sub] + [more] + rest, k)
        if any(len(h) == 0 for h in head):  # X can match the empty string: stop here
            return [()]
        return head if lo >= 1 else head + _prefixes(rest, k)
    return [()]


def _then(cls: frozenset, rest: list, k: int) -> list[tuple]:
    return [(cls, *tail) for tail in _prefixes(rest, k - 1)]


def pattern_expr(rx: re.Pattern, word_start: bool) -> str | None:
    """Hyperscan prefix filter of a compiled entry regex, or None when none can be derived.

    ``word_start``: the entry only matches where the previous character is not a word
    character (its first character is always a word character), so ``\\b`` leads the filter.
    """
    try:
        parsed = _parser.parse(rx.pattern, rx.flags)
    except re.error:
        return None
    icase = bool(rx.flags & re.I)
    items = [(op, av, icase) for op, av in parsed]
    for k in range(PREFIX_CHARS, 0, -1):
        try:
            seqs = _prefixes(items, k)
        except RecursionError:
            return None
        shortest = min(map(len, seqs), default=0)
        if shortest == 0:
            return None
        seqs = sorted({s[:shortest] for s in seqs}, key=repr)
        if len(seqs) <= MAX_PREFIXES:
            break
    else:
        return None
    body = _trie_expr([tuple(_class_expr(c) for c in s) for s in seqs])
    return ("\\b" if word_start else "") + body


def _trie_expr(seqs: list[tuple[str, ...]]) -> str:
    """One expression for equal-length sequences of class expressions, shared heads merged."""
    if not seqs or not seqs[0]:
        return ""
    groups: dict[str, list[tuple[str, ...]]] = {}
    for s in seqs:
        groups.setdefault(s[0], []).append(s[1:])
    alts = [head + _trie_expr(tails) for head, tails in sorted(groups.items())]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


# ---------------------------------------------------------------- the compiled scan
@lru_cache(maxsize=1)
def _target() -> tuple[str, ...]:
    """What a serialised database depends on besides its expressions: the ``hyperscan``
    package version, the library version and CPU features it compiles for (the ``info()`` of
    a one-byte database compiled here, e.g. ``Version: 5.4.12 Features: AVX2 Mode: BLOCK``)
    and ``platform.machine()``."""
    probe = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    probe.compile(expressions=[b"a"], ids=[0], elements=1, flags=0)
    info = probe.info()
    info = info.decode("ascii", "replace") if isinstance(info, bytes) else str(info)
    return (f"hyperscan {getattr(hyperscan, '__version__', '?')}", info, platform.machine())


class MultiScan:
    """A Hyperscan database of expressions; :meth:`scan` lists ``(id, start, end)`` hits.

    Pickles as the serialised database. One scratch space per thread, so threads may share
    the object.
    """

    def __init__(self, exprs: list[str], cache: bool = True) -> None:
        """Compile ``exprs`` (ids are their indexes), or load the database an earlier process
        compiled from the same expressions (:mod:`framing.engine.scan_cache`) when ``cache``
        and there are at least :data:`CACHE_MIN_EXPRESSIONS`."""
        if hyperscan is None:  # pragma: no cover
            raise RuntimeError("hyperscan is not installed")
        self._local = threading.local()
        flags = hyperscan.HS_FLAG_SOM_LEFTMOST
        key = None
        if cache and len(exprs) >= CACHE_MIN_EXPRESSIONS and scan_cache.enabled():
            key = scan_cache.key(["multiscan/1", str(flags), *_target(), *exprs])
            blob = scan_cache.read(key)
            if blob is not None and self._load(blob):
                return
        self.db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        self.db.compile(
            expressions=[e.encode("ascii") for e in exprs],
            ids=list(range(len(exprs))),
            elements=len(exprs),
            flags=flags,
        )
        if key is not None:
            scan_cache.write(key, hyperscan.dumpb(self.db))

    def _load(self, blob: bytes) -> bool:
        """Use the serialised database ``blob`` if this machine's Hyperscan can run it."""
        try:
            db = hyperscan.loadb(blob, hyperscan.HS_MODE_BLOCK)
            scratch = hyperscan.Scratch(db)  # checks the database against this CPU
        except Exception as exc:  # noqa: BLE001 - another library or CPU: compile instead
            log.debug("cached Hyperscan database not usable here (%s); compiling", exc)
            return False
        self.db = db
        self._local.scratch = scratch
        return True

    # Compiling takes a second or more; a pickle (sent to worker processes) carries the
    # serialised database instead, which loads in milliseconds.
    def __getstate__(self) -> dict:
        return {"db": hyperscan.dumpb(self.db)}

    def __setstate__(self, state: dict) -> None:
        self.db = hyperscan.loadb(state["db"], hyperscan.HS_MODE_BLOCK)
        self._local = threading.local()

    def scan(self, data: bytes) -> list[tuple[int, int, int]]:
        """Every hit as ``(expression id, start, end)``, in the order Hyperscan reports them."""
        hits: list[tuple[int, int, int]] = []
        append = hits.append

        def on_match(i: int, start: int, end: int, flags: int, ctx) -> None:
            append((i, start, end))

        self.scan_into(data, on_match)
        return hits

    def scan_into(self, data: bytes, on_match) -> None:
        """Call ``on_match(id, start, end, flags, context)`` per hit, in Hyperscan's order.

        The handler must return None (a true value stops the scan); handling each hit there
        saves building and re-reading a list of hits.
        """
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = hyperscan.Scratch(self.db)
        self.db.scan(data, match_event_handler=on_match, scratch=scratch)
