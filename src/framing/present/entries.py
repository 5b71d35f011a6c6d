"""Plain-language descriptions of lexicon entries, for readers who do not read regular expressions.

A term is quoted as written; a glob ``accus*`` is "words beginning with 'accus'"; a regular
expression is spelled out as the word forms it matches when it is a finite set of a few forms
(``\\bblam(?:e|es|ed|ing)\\b`` → "blame", "blames", "blamed" or "blaming"), and otherwise
described by the entry's ``notes`` or its subcategory's description. The expansion reads the
pattern with CPython's ``re._parser`` (as :mod:`framing.engine.regex_safety` does); without it,
or for a pattern with open-ended parts (``\\w+``, ``*``), the description falls back to words.
"""

from __future__ import annotations

from collections.abc import Mapping

from framing.engine.regex_safety import _sre  # re._parser, guarded for other Pythons

#: Most word forms spelled out for one regular expression.
MAX_FORMS = 8
#: Larger sets are not enumerated at all (the parse is abandoned).
_MAX_EXPANSION = 200


class _Open(Exception):
    """The pattern is not a small finite set of strings."""


def _product(a: list[str], b: list[str]) -> list[str]:
    out = [x + y for x in a for y in b]
    if len(out) > _MAX_EXPANSION:
        raise _Open
    return out


def _expand(items, c, context: list | None = None) -> list[str]:
    out = [""]
    for op, av in items:
        if op is c.LITERAL:
            out = _product(out, [chr(av)])
        elif op is c.AT:
            continue  # word boundaries add no characters
        elif op in (c.ASSERT, c.ASSERT_NOT):
            # lookarounds add no characters; a lookahead's forms are kept as context
            if context is not None and av[0] == 1:
                try:
                    context.append((op is c.ASSERT, _expand(av[1], c)))
                except _Open:
                    context.append((op is c.ASSERT, None))
            continue
        elif op is c.SUBPATTERN:
            out = _product(out, _expand(av[-1], c))
        elif op is c.BRANCH:
            alts = []
            for branch in av[1]:
                alts += _expand(branch, c)
            out = _product(out, list(dict.fromkeys(alts)))
        elif op is c.IN:
            chars = []
            for kind, v in av:
                if kind is c.LITERAL:
                    chars.append(chr(v))
                elif kind is c.CATEGORY and v is c.CATEGORY_SPACE:
                    chars.append(" ")
                else:
                    raise _Open
            out = _product(out, list(dict.fromkeys(chars)))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, hi, sub = av
            body = sub
            if _is_space(body, c):  # \s+ and \s* read as one space (or none)
                out = _product(out, [" "] if lo >= 1 else ["", " "])
                continue
            if hi is c.MAXREPEAT or hi > 2:
                raise _Open
            forms = _expand(body, c)
            reps = [""] if lo == 0 else []
            if hi >= 1:
                reps += forms
            if hi == 2:
                reps += _product(forms, forms)
            out = _product(out, list(dict.fromkeys(reps)))
        elif op is c.CATEGORY and av is c.CATEGORY_SPACE:
            out = _product(out, [" "])
        else:
            raise _Open
    return out


def _is_space(items, c) -> bool:
    items = list(items)
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is c.IN and len(av) == 1:
        op, av = av[0]
    return op is c.CATEGORY and av is c.CATEGORY_SPACE


def expand_regex(
    pattern: str, limit: int = _MAX_EXPANSION, context: list | None = None
) -> list[str] | None:
    """The strings a regular expression matches, when they are a finite set of at most
    ``limit``; ``None`` otherwise (open-ended parts, or no ``re._parser``). Whitespace classes
    read as a single space; word boundaries are dropped; lookaheads add no characters and are
    appended to ``context`` (if given) as ``(positive, forms or None)``."""
    sre = _sre()
    if sre is None:
        return None
    parser, c = sre
    try:
        forms = _expand(parser.parse(pattern), c, context)
    except (_Open, Exception):  # noqa: BLE001 - any parse the expander cannot follow
        return None
    forms = [" ".join(f.split()) for f in forms]
    forms = [f for f in dict.fromkeys(forms) if f]
    return forms if 0 < len(forms) <= limit else None


def _context_phrase(context: list) -> str:
    parts = []
    for positive, forms in context:
        clean = [" ".join(f.split()) for f in forms or [] if f.strip()]
        if not clean:
            parts.append("in some contexts only" if positive else "except in some contexts")
            continue
        shown = clean[:MAX_FORMS]
        parts.append(("when followed by " if positive else "unless followed by ") + _quote(shown))
    return (" " + "; ".join(parts)) if parts else ""


def _quote(items: list[str]) -> str:
    q = [f"“{x}”" for x in items]
    return q[0] if len(q) == 1 else ", ".join(q[:-1]) + " or " + q[-1]


def describe_entry(entry, subcategories: Mapping[str, str] | None = None) -> str:
    """One line saying in words what a lexicon entry matches (see the module docstring)."""
    kind, pattern = entry.kind, entry.pattern
    if kind == "term":
        return f"the words “{pattern}”" if " " in pattern else f"the word “{pattern}”"
    if kind == "glob":
        stem = pattern.rstrip("*")
        if pattern.endswith("*") and "*" not in stem:
            return f"words beginning with “{stem}”"
        return f"words like “{pattern.replace('*', '…')}”"
    context: list = []
    forms = expand_regex(pattern, context=context)
    if forms:
        shown = forms[:MAX_FORMS]
        more = len(forms) - len(shown)
        head = "the form " if len(forms) == 1 else "the forms "
        text = head + _quote(shown) + (f" and {more} more" if more else "")
        return text + _context_phrase(context)
    sub = (subcategories or {}).get(entry.subcategory or "", "")
    if entry.notes:
        return str(entry.notes).rstrip(".")
    if sub:
        return f"a phrase pattern: {str(sub).rstrip('.').lower()}"
    return "a phrase pattern (see the lexicon file)"


def entry_descriptions(lexicon) -> dict[tuple[str, str], str]:
    """``(category, entry pattern) -> description`` for every entry of ``lexicon`` (the key is
    what a match row's ``category`` and ``term`` hold)."""
    out = {}
    for cid, cat in lexicon.categories.items():
        subs = {str(k): str(v) for k, v in (cat.subcategories or {}).items()}
        for e in cat.entries:
            out[(cid, e.pattern)] = describe_entry(e, subs)
    return out
