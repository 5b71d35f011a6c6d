"""Lexicon files (YAML) → validated :class:`Lexicon` objects, and ``framing lexicon check``.

One YAML file holds one category (schema in ``docs/architecture.md``). Built-in categories are
the package data ``framing/engine/lexicons/*.yaml``; a user file with the same ``id`` extends the
built-in category (its entries are added) or, with top-level ``replace: true``, replaces it.
Unknown keys, reserved ids (:data:`RESERVED_IDS`) and entries that match nothing or everything
are errors at check and load time; ``framing lexicon check`` also warns when a file extends a
built-in category and repeats its entries.
"""

from __future__ import annotations

import bisect
import datetime
import difflib
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import yaml

from framing.core import safe_yaml
from framing.core.errors import InputError, LexiconError
from framing.core.files import decode_bytes, refuse_device
from framing.engine.regex_safety import _sre, _textual_risk, backtracking_risk

TOP_KEYS = {
    "id", "label", "version", "definition", "citations", "kind", "subcategories", "entries",
    "replace", "shared_exclusions",
}  # fmt: skip
REQUIRED_TOP = ("id", "label", "definition", "kind", "entries")
ENTRY_KEYS = {"term", "glob", "regex", "subcategory", "case_sensitive", "exclude", "notes"}
EXCLUDE_KEYS = {"before", "after", "reason", "case_sensitive"}
#: An exclude item ``{use: <name>}`` stands for the items of ``shared_exclusions: <name>``.
USE_KEY = "use"
KINDS = ("frame", "actor", "pronoun", "stance")
_ID_RE = re.compile(r"^[a-z_]+\Z")  # \Z: "$" would also match before a final newline
_GLOB_RE = re.compile(r"^[^*]*(?:\*[^*]*)+\Z")
#: Names the engine gives its own metrics and match labels (``scare_quote_count``,
#: ``vague_source_per_1k``, kwic's ``pattern`` rows, ``tokens``, ...): no category id.
RESERVED_IDS = frozenset({
    "scare_quote", "vague_source", "pattern", "tokens", "sentences",
    "west_us_frame_sentence_share", "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog",
    "mean_sentence_length", "mattr", "vader_compound_mean",
})  # fmt: skip
#: Endings of a category's own columns (``hedge_negated_count``, ``west_us_targeted_per_1k``):
#: an id ``hedge_negated`` would make ``hedge``'s columns twice.
RESERVED_ENDINGS = ("_negated", "_author", "_targeted")
DIC_HINT = (
    "a LIWC-style .dic dictionary, not lexicon YAML: convert it with `framing lexicon import "
    "FILE.dic` and pass the folder it writes"
)
#: Most entries in one lexicon file (the largest built-in one has a few hundred).
MAX_ENTRIES = 100_000


class Problem(NamedTuple):
    """One finding of :func:`check_lexicon`; ``line`` is 1-based (0 when unknown)."""

    file: str
    line: int
    severity: str  # "error" | "warning"
    message: str

    @property
    def where(self) -> str:
        """``FILE:LINE``, or ``FILE`` when the line is unknown (a file that cannot be read)."""
        return f"{self.file}:{self.line}" if self.line else self.file

    def __str__(self) -> str:
        return f"{self.where}: {self.severity}: {self.message}"


@dataclass(frozen=True)
class Exclusion:
    """A context veto: regexes tested on the text right before / after a match."""

    before: str | None = None
    after: str | None = None
    reason: str = ""
    case_sensitive: bool = False


@dataclass(frozen=True)
class Entry:
    """One lexicon entry; ``kind`` is ``term``, ``glob`` or ``regex`` and ``pattern`` its text."""

    kind: str
    pattern: str
    subcategory: str | None = None
    case_sensitive: bool = False
    exclude: tuple[Exclusion, ...] = ()
    notes: str | None = None
    source: str = field(default="", compare=False)
    line: int = field(default=0, compare=False)

    @property
    def term(self) -> str:
        """The entry as written (term, glob or regex)."""
        return self.pattern

    def canonical(self) -> dict:
        return {
            "kind": self.kind,
            "pattern": self.pattern,
            "subcategory": self.subcategory,
            "case_sensitive": self.case_sensitive,
            "exclude": [e.__dict__ for e in self.exclude],
        }


@dataclass(frozen=True)
class Category:
    """A lexicon category: metadata and entries."""

    id: str
    label: str
    kind: str
    definition: str = ""
    version: int | str | None = None
    citations: tuple[str, ...] = ()
    subcategories: dict = field(default_factory=dict, compare=False)
    entries: tuple[Entry, ...] = ()
    sources: tuple[str, ...] = ()

    def canonical(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "version": self.version,
            "entries": [e.canonical() for e in self.entries],
        }


@dataclass(frozen=True)
class Lexicon:
    """Categories by id, in a stable order (sorted by id)."""

    categories: dict[str, Category]

    @cached_property
    def fingerprint(self) -> str:
        """sha256 of the canonical content (ids, kinds, versions, entries) — a cache key."""
        canon = [self.categories[k].canonical() for k in sorted(self.categories)]
        blob = json.dumps(canon, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def ids(self, kinds: tuple[str, ...] | None = None) -> list[str]:
        """Category ids, optionally only those of the given kinds."""
        return [k for k, c in self.categories.items() if kinds is None or c.kind in kinds]

    def __len__(self) -> int:
        return len(self.categories)


# ---------------------------------------------------------------- parsing with line numbers
def _shown(pattern: str) -> str:
    """``pattern`` as a YAML single-quoted scalar, as the user writes it: ``'\\bfoo\\b'``
    (``repr`` would double each backslash), a quote doubled."""
    return "'" + pattern.replace("'", "''") + "'"


def _line(node: yaml.Node | None) -> int:
    return node.start_mark.line + 1 if node is not None else 0


def _mapping(node: yaml.Node) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    return {k.value: (k, v) for k, v in node.value} if isinstance(node, yaml.MappingNode) else {}


def _parse_file(path: str, text: str, trusted: bool = False) -> tuple[dict | None, list[Problem]]:
    """Parse one file; returns (category dict for :func:`_build`, problems).

    ``trusted`` (the built-in lexicons at load time) skips the backtracking analysis of their
    regexes; ``framing lexicon check`` and the tests run it on them.
    """
    probs: list[Problem] = []

    def add(node_or_line, sev: str, msg: str) -> None:
        line = node_or_line if isinstance(node_or_line, int) else _line(node_or_line)
        probs.append(Problem(path, line, sev, msg))

    if path.lower().endswith(".dic"):  # read as YAML it fails on its '%' header, unexplained
        add(1, "error", DIC_HINT)
        return None, probs
    try:
        root = safe_yaml.compose(text)  # safe loader, no aliases, bounded size and nodes
        data = safe_yaml.construct(root)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark else 0
        msg = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        add(line, "error", f"invalid YAML: {msg}")
        return None, probs
    if not isinstance(data, dict) or not isinstance(root, yaml.MappingNode):
        add(
            root if root is not None else 1,
            "error",
            "expected a mapping with id, label, kind, entries",
        )
        return None, probs
    top = _mapping(root)
    seen: set[str] = set()
    for k, _v in root.value:
        if k.value in seen:
            add(k, "error", f"duplicate key {k.value!r}")
        seen.add(k.value)
        if k.value not in TOP_KEYS:
            add(k, "error", _unknown("key", k.value, TOP_KEYS))
    for key in REQUIRED_TOP:
        if key not in data:
            add(1, "error", f"missing required field {key!r}")
    cid = data.get("id")
    if "id" in data and (not isinstance(cid, str) or not _ID_RE.match(cid)):
        add(top["id"][1], "error", f"id {cid!r} must match [a-z_]+")
    elif "id" in data:
        _reserved(cid, top["id"][1], add)
    if "replace" in data and not isinstance(data["replace"], bool):
        add(top["replace"][1], "error", "replace must be true or false")
    kind = data.get("kind")
    if "kind" in data and kind not in KINDS:
        add(top["kind"][1], "error", f"kind {kind!r} must be one of {', '.join(KINDS)}")
    subcats = data.get("subcategories") or {}
    if not isinstance(subcats, dict):
        add(top["subcategories"][1], "error", "subcategories must be a mapping id -> description")
        subcats = {}
    entries_node = top.get("entries", (None, None))[1]
    raw_entries = data.get("entries")
    entries: list[Entry] = []
    if "entries" in data and not isinstance(raw_entries, list):
        add(entries_node, "error", "entries must be a list")
    elif raw_entries == []:
        add(entries_node, "error", "entries is empty; a category needs at least one entry")
    elif isinstance(raw_entries, list) and len(raw_entries) > MAX_ENTRIES:
        add(
            entries_node, "error", f"{len(raw_entries):,} entries; at most {MAX_ENTRIES:,} per file"
        )
    elif isinstance(raw_entries, list):
        shared = _shared_exclusions(data, top, add)
        for raw, node in zip(raw_entries, entries_node.value, strict=False):
            entry = _parse_entry(path, raw, node, subcats, add, trusted, shared)
            if entry is not None:
                entries.append(entry)
        _duplicates(path, entries, add)
    if any(p.severity == "error" for p in probs):
        return None, probs
    cat = {
        "id": cid,
        "label": str(data["label"]),
        "kind": kind,
        "definition": str(data.get("definition") or ""),
        "version": data.get("version"),
        "citations": tuple(str(c) for c in (data.get("citations") or ())),
        "subcategories": dict(subcats),
        "entries": tuple(entries),
        "replace": bool(data.get("replace", False)),
        "source": path,
        "line": _line(top["id"][0]),
    }
    return cat, probs


def _unknown(what: str, key, known) -> str:
    """``unknown key 'replce' (did you mean 'replace'?)``, or the known keys without a close one."""
    close = difflib.get_close_matches(str(key), sorted(known), n=1, cutoff=0.6)
    hint = f"did you mean {close[0]!r}?" if close else f"known: {', '.join(sorted(known))}"
    return f"unknown {what} {key!r} ({hint})"


def _reserved(cid: str, node, add) -> None:
    """Refuse an id whose columns or labels the engine makes itself (:data:`RESERVED_IDS`)."""
    if cid in RESERVED_IDS:
        what = "match label of kwic --pattern" if cid == "pattern" else "metric"
        add(node, "error", f"id {cid!r} is reserved (the engine's own {what}); choose another id")
    ending = next((e for e in RESERVED_ENDINGS if cid.endswith(e)), None)
    if ending:
        base = cid[: -len(ending)]
        add(
            node,
            "error",
            f"id {cid!r} ends in {ending!r}, which the score table keeps for a category's own "
            f"columns ({cid}_count is a column of {base}); choose another id",
        )


def _shared_exclusions(data, top, add) -> dict[str, list[tuple[object, yaml.Node]]]:
    """``shared_exclusions``: name -> its exclude items with their nodes, for entries that
    share one set of context vetoes (``exclude: [{use: name}]``) instead of copying it."""
    raw = data.get("shared_exclusions")
    if raw is None:
        return {}
    node = top["shared_exclusions"][1]
    if not isinstance(raw, dict) or not all(isinstance(v, list) for v in raw.values()):
        add(node, "error", "shared_exclusions must map a name to a list of exclude items")
        return {}
    nodes = {k.value: v for k, v in node.value}
    return {name: list(zip(items, nodes[name].value, strict=True)) for name, items in raw.items()}


def _exclude_items(raw, fields, node, add, shared) -> list[tuple[object, yaml.Node]]:
    """An entry's exclude items with their nodes, each ``{use: name}`` replaced by the items
    of that shared set (an unknown name is an error)."""
    out = []
    for i, ex in enumerate(raw.get("exclude") or ()):
        ex_node = fields["exclude"][1].value[i] if "exclude" in fields else node
        if isinstance(ex, dict) and USE_KEY in ex:
            if set(ex) != {USE_KEY} or ex[USE_KEY] not in shared:
                add(ex_node, "error", f"'use' must name a set under shared_exclusions: {ex!r}")
            else:
                out.extend(shared[ex[USE_KEY]])
        else:
            out.append((ex, ex_node))
    return out


def _parse_entry(path, raw, node, subcats, add, trusted: bool = False, shared=None) -> Entry | None:
    line = _line(node)
    if not isinstance(raw, dict):
        add(node, "error", "entry must be a mapping with one of term / glob / regex")
        return None
    fields = _mapping(node)
    for k in raw:
        if k not in ENTRY_KEYS:
            add(
                fields[k][0] if k in fields else line, "error", _unknown("entry key", k, ENTRY_KEYS)
            )
    kinds = [k for k in ("term", "glob", "regex") if k in raw]
    if len(kinds) != 1:
        found = ", ".join(kinds) or "none"
        add(node, "error", f"entry needs exactly one of term / glob / regex (found {found})")
        return None
    kind = kinds[0]
    pattern = raw[kind]
    if not isinstance(pattern, str) or not pattern.strip():
        value_node = fields.get(kind, (None, node))[1]
        add(value_node, "error", _not_text(kind, pattern, value_node))
        return None
    ok = True
    if kind == "regex":
        ok = _check_regex(pattern, node, add, f"regex {_shown(pattern)}", trusted=trusted)
        if ok:
            try:
                if re.compile(pattern).fullmatch(""):
                    add(node, "error", f"regex {_shown(pattern)} matches the empty string")
                    ok = False
                elif _zero_width(pattern):
                    add(
                        node,
                        "error",
                        f"regex {_shown(pattern)} only matches between characters (zero width, as "
                        "\\b or a lookahead alone): it never matches a word",
                    )
                    ok = False
            except re.error:
                pass
    elif kind == "glob" and not pattern.replace("*", "").strip():
        add(
            node,
            "error",
            f"glob {_shown(pattern)} has nothing but '*' and spaces: it matches every word",
        )
        ok = False
    elif kind == "glob" and not _GLOB_RE.match(pattern):
        add(node, "warning", f"glob {_shown(pattern)} has no '*'; write it as a term")
    elif kind == "term" and pattern.strip() and not any(ch.isalnum() for ch in pattern):
        add(
            node,
            "warning",
            f"term {_shown(pattern)} has no letter or digit: it counts that punctuation wherever it is",
        )
    sub = raw.get("subcategory")
    if sub is not None and subcats and sub not in subcats:
        add(node, "warning", f"subcategory {sub!r} is not declared under subcategories")
    cs = raw.get("case_sensitive", False)
    if not isinstance(cs, bool):
        add(node, "error", "case_sensitive must be true or false")
        ok = False
    excl: list[Exclusion] = []
    for ex, ex_node in _exclude_items(raw, fields, node, add, shared or {}):
        ex_keys = _mapping(ex_node)
        for k in ex if isinstance(ex, dict) else ():
            if k not in EXCLUDE_KEYS:
                where = ex_keys[k][0] if k in ex_keys else ex_node
                add(where, "error", _unknown("exclude key", k, EXCLUDE_KEYS))
                ok = False
        if not isinstance(ex, dict) or not ({"before", "after"} & set(ex)):
            add(ex_node, "error", "exclude item needs 'before' and/or 'after' (a regex)")
            ok = False
            continue
        for side in ("before", "after"):
            if side in ex and not _check_regex(
                str(ex[side]), ex_node, add, f"exclude {side}", window=True, trusted=trusted
            ):
                ok = False
        excl.append(
            Exclusion(
                before=ex.get("before"),
                after=ex.get("after"),
                reason=str(ex.get("reason") or ""),
                case_sensitive=bool(ex.get("case_sensitive", False)),
            )
        )
    if not ok:
        return None
    notes = raw.get("notes")
    return Entry(
        kind, pattern, sub, cs, tuple(excl), None if notes is None else str(notes), path, line
    )


def _zero_width(pattern: str) -> bool:
    """True when ``pattern`` can only match empty text (``\\b``, ``(?=West)``); False when
    unknown (a Python without ``re._parser``)."""
    sre = _sre()
    if sre is None:
        return False
    try:
        return sre[0].parse(pattern).getwidth()[1] == 0
    except Exception:  # noqa: BLE001 - any parser failure: not known to be zero width
        return False


def _not_text(kind: str, value, node) -> str:
    """Why a term / glob / regex value is no text; a YAML number, boolean or date says to quote."""
    if isinstance(value, bool):
        what = "true or false"
    elif isinstance(value, int | float):
        what = "a number"
    elif isinstance(value, datetime.date):
        what = "a date"
    else:
        return f"{kind} must be a non-empty string"
    return f"{kind} {node.value} is read as {what}, not text; quote it: {kind}: '{node.value}'"


def _check_regex(pattern: str, node, add, what: str, window: bool = False,
                 trusted: bool = False) -> bool:  # fmt: skip
    """Compile ``pattern``; refuse super-linear backtracking (see :mod:`regex_safety`).

    ``window``: an exclusion, run on :data:`framing.engine.matcher.EXCLUDE_WINDOW` characters,
    where polynomial backtracking is bounded (only the exponential kind is refused).
    ``trusted``: the package's own lexicons (checked by the tests), not analysed at load time.
    """
    try:
        re.compile(pattern)
    except re.error as exc:
        add(node, "error", f"{what} is not a valid regex: {exc}")
        return False
    except (RecursionError, OverflowError):
        add(node, "error", f"{what} is too deeply nested to compile")
        return False
    if trusted:
        return True
    danger = catastrophic_backtracking(pattern)
    risk = backtracking_risk(pattern)
    if danger or (risk and (not window or risk.startswith("exponential"))):
        add(node, "error", f"{what} is prone to catastrophic backtracking ({danger or risk})")
        return False
    return True


def _duplicates(path: str, entries: list[Entry], add) -> None:
    seen: dict[tuple, Entry] = {}
    for e in entries:
        key = _key(e)
        if key in seen:
            add(
                e.line,
                "warning",
                f"duplicate entry {_shown(e.pattern)} (first at line {seen[key].line})",
            )
        else:
            seen[key] = e


# ---------------------------------------------------------------- catastrophic backtracking
def catastrophic_backtracking(pattern: str) -> str | None:
    """Static check of the parse tree: a description of the risky construct, or None.

    Flags a repeat (``*``, ``+``, ``{n,}``) whose body contains another unbounded repeat
    (``(a+)+``, ``(\\w+\\s?)*``) or an alternation whose branches can start with the same
    character (``(a|a)*``, ``(a|ab)+``).
    """
    try:  # private modules of CPython's re: without them the textual check decides
        from re import _constants as C
        from re import _parser

        tree = _parser.parse(pattern)
    except (ImportError, AttributeError):
        return _textual_risk(pattern)
    except (re.error, RecursionError, OverflowError):
        return None

    def repeats(items, inside: bool) -> str | None:
        for op, av in items:
            if op in (C.MAX_REPEAT, C.MIN_REPEAT):
                lo, hi, body = av
                unbounded = hi == C.MAXREPEAT or hi > 50
                if inside and unbounded:
                    return "nested quantifiers"
                if unbounded:
                    if _contains_repeat(body, C):
                        return "nested quantifiers"
                    alt = _overlapping_branch(body, C, _parser)
                    if alt:
                        return alt
                found = repeats(body, inside or unbounded)
                if found:
                    return found
            elif op == C.SUBPATTERN:
                found = repeats(av[-1], inside)
                if found:
                    return found
            elif op == C.BRANCH:
                for b in av[1]:
                    found = repeats(b, inside)
                    if found:
                        return found
            elif op in (C.ASSERT, C.ASSERT_NOT):
                found = repeats(av[1], inside)
                if found:
                    return found
        return None

    return repeats(tree, False)


def _contains_repeat(items, C) -> bool:
    for op, av in items:
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and (av[1] == C.MAXREPEAT or av[1] > 50):
            return True
        if op == C.SUBPATTERN and _contains_repeat(av[-1], C):
            return True
        if op == C.BRANCH and any(_contains_repeat(b, C) for b in av[1]):
            return True
    return False


_PROBE = [chr(i) for i in range(256)] + ["\u2019", "\u4e2d", "\u0416"]


def _overlapping_branch(items, C, _parser) -> str | None:
    for op, av in items:
        if op == C.SUBPATTERN:
            found = _overlapping_branch(av[-1], C, _parser)
            if found:
                return found
        if op != C.BRANCH:
            continue
        firsts = []
        for b in av[1]:
            firsts.append(_first_chars(b, C, _parser))
        for i in range(len(firsts)):
            for j in range(i + 1, len(firsts)):
                if firsts[i] & firsts[j]:
                    return "alternation with overlapping branches inside a repeat"
    return None


def _first_chars(branch, C, _parser) -> frozenset[str]:
    try:
        from re import _compiler
    except ImportError:  # pragma: no cover - be conservative
        return frozenset(_PROBE)
    items = list(branch)
    while items and items[0][0] in (C.AT, C.ASSERT, C.ASSERT_NOT):
        items = items[1:]
    if not items:
        return frozenset(_PROBE)
    sub = _parser.SubPattern(branch.state, [items[0]])
    try:
        rx = _compiler.compile(sub, 0)
    except Exception:  # noqa: BLE001 - be conservative
        return frozenset(_PROBE)
    return frozenset(c for c in _PROBE if rx.match(c)) or frozenset(_PROBE)


# ---------------------------------------------------------------- loading
def builtin_files() -> list[Path]:
    """The built-in lexicon files (package data), sorted by name."""
    root = resources.files("framing.engine") / "lexicons"
    try:
        names = sorted(p.name for p in root.iterdir() if p.name.endswith(".yaml"))
    except (FileNotFoundError, NotADirectoryError):
        return []
    return [Path(str(root / n)) for n in names]


def lexicon_files(paths) -> list[Path]:
    """The lexicon files of ``paths`` (files, or folders of ``*.yaml`` / ``*.yml``), in order.

    Raises
    ------
    LexiconError
        For a folder without lexicon files.
    """
    out: list[Path] = []
    for p in [paths] if isinstance(paths, (str, os.PathLike)) else paths:
        if not str(p).strip():  # Path("") is ".": every YAML file of the working folder
            raise LexiconError("a lexicon path is empty; name a lexicon file or folder")
        p = Path(p)
        if p.is_dir():
            found = sorted(p.glob("*.yaml")) + sorted(p.glob("*.yml"))
            if not found:
                raise LexiconError(f"{p}: no lexicon files (.yaml, .yml) in this folder")
            out.extend(found)
        else:
            out.append(p)
    return out


def _read(path: Path) -> str:
    """The text of a lexicon file, decoded as articles are (UTF-8, or UTF-16/32 by their BOM);
    refused when too large, a device, or undecodable (with the byte offset)."""
    limit = 4 * safe_yaml.MAX_BYTES
    try:
        st = refuse_device(path)
        if st is not None and st.st_size > limit:  # not read into memory at all
            raise LexiconError(
                f"{path}: {st.st_size:,} bytes is too large for a lexicon file; split it"
            )
        with path.open("rb") as f:  # a pipe has no size: read at most the limit
            data = f.read(limit + 1)
        if len(data) > limit:
            raise LexiconError(f"{path}: more than {limit:,} bytes is too large for a lexicon file")
        return decode_bytes(data, str(path), fix="save the lexicon file as UTF-8")
    except FileNotFoundError:
        raise LexiconError(f"{path}: no such lexicon file") from None
    except InputError as exc:
        raise LexiconError(str(exc)) from None
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read lexicon file ({exc})") from None


def _load_file(path: Path) -> dict:
    trusted = path in set(builtin_files())
    cat, probs = _parse_file(str(path), _read(path), trusted=trusted)
    errors = [p for p in probs if p.severity == "error"]
    if cat is None or errors:
        first = errors[0]
        more = (
            f" (+{len(errors) - 1} more; run `framing lexicon check {path}`)"
            if len(errors) > 1
            else ""
        )
        raise LexiconError(f"{first.where}: {first.message}{more}")
    return cat


def _merge(cats: dict[str, dict], new: dict) -> None:
    old = cats.get(new["id"])
    if old is None or new["replace"]:
        cats[new["id"]] = {**new, "sources": (new["source"],)}
        return
    if new["kind"] != old["kind"]:
        raise LexiconError(f"{new['source']}:{new['line']}: {_kind_clash(new, old)}")
    cats[new["id"]] = {
        **old,
        "entries": old["entries"] + new["entries"],
        "subcategories": {**old["subcategories"], **new["subcategories"]},
        "sources": old["sources"] + (new["source"],),
    }


def _kind_clash(new: dict, old: dict) -> str:
    """Why a file cannot extend category ``old``: it declares another kind."""
    return (
        f"id {new['id']!r} is a {old['kind']} category ({Path(old['source']).name}); this file "
        f"says kind {new['kind']}: write kind: {old['kind']} to extend it, or replace: true to "
        "redefine it"
    )


def load_lexicon(paths=None, include_builtin: bool = True) -> Lexicon:
    """Load built-in categories and/or user files (or folders of ``*.yaml``).

    Raises
    ------
    LexiconError
        With ``file:line: message`` for the first error of an unloadable file.
    """
    files = (builtin_files() if include_builtin else []) + (lexicon_files(paths) if paths else [])
    key = tuple((str(f), _stamp(f)) for f in files)
    return _load_cached(key)


def as_lexicon(lexicon=None) -> Lexicon:
    """``lexicon`` as a :class:`Lexicon`: None → the built-in lexicon; a path (file or folder of
    ``*.yaml``) or a list of paths → the built-in lexicon extended by them (:func:`load_lexicon`).
    """
    if isinstance(lexicon, Lexicon) or hasattr(lexicon, "fingerprint"):
        return lexicon  # a Lexicon, or an object standing in for one
    if lexicon is None:
        return load_lexicon()
    if isinstance(lexicon, str | os.PathLike):
        return load_lexicon([lexicon])
    if isinstance(lexicon, list | tuple):
        return load_lexicon(list(lexicon))
    raise LexiconError(
        f"lexicon must be a Lexicon, a path or a list of paths, not {type(lexicon).__name__}"
    )


def _stamp(path: Path) -> tuple[int, ...]:
    """What tells an edited file from the one loaded before: the modification and change
    times, the size and the inode (a file rewritten within the clock's resolution, or given
    back its old time by ``cp -p`` or ``touch -r``, differs in one of the others)."""
    try:
        st = path.stat()
    except OSError:
        return (-1,)
    return (st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_ino)


@lru_cache(maxsize=16)
def _load_cached(key: tuple) -> Lexicon:
    cats: dict[str, dict] = {}
    for name, _ in key:
        _merge(cats, _load_file(Path(name)))
    built = {}
    for cid in sorted(cats):
        c = cats[cid]
        built[cid] = Category(
            id=cid,
            label=c["label"],
            kind=c["kind"],
            definition=c["definition"],
            version=c["version"],
            citations=c["citations"],
            subcategories=c["subcategories"],
            entries=c["entries"],
            sources=c["sources"],
        )
    return Lexicon(built)


# ---------------------------------------------------------------- checking
def check_lexicons(paths, against_builtin: bool = True) -> list[Problem]:
    """Check files: per-file problems plus terms shared between categories (warnings)."""
    problems: list[Problem] = []
    parsed: list[dict] = []
    files = lexicon_files(paths)
    for f in files:
        try:
            text = _read(f)
        except LexiconError as exc:
            problems.append(Problem(str(f), 0, "error", str(exc).split(": ", 1)[-1]))
            continue
        cat, probs = _parse_file(str(f), text)
        problems.extend(probs)
        if cat is not None:
            parsed.append(cat)
    others: list[dict] = []
    if against_builtin:
        own = {str(f.resolve()) for f in files}
        for b in builtin_files():
            if str(b.resolve()) in own:
                continue
            try:
                cat, _ = _parse_file(str(b), b.read_text(encoding="utf-8-sig"))
            except OSError:
                continue
            if cat is not None:
                others.append(cat)
    problems.extend(_conflicts(parsed, others))
    problems.extend(_extensions(parsed, others))
    # an item of shared_exclusions is checked once per entry that uses it: report it once
    return sorted(set(problems), key=lambda p: (p.file, p.line, p.severity, p.message))


def check_lexicon(path) -> list[Problem]:
    """Problems of one lexicon file (see :func:`check_lexicons`)."""
    return check_lexicons([path])


def _key(e: Entry) -> tuple:
    """What makes two entries the same match: kind, pattern (any case unless case-sensitive)."""
    return (e.kind, e.pattern if e.case_sensitive else e.pattern.lower(), e.case_sensitive)


def _extensions(parsed: list[dict], builtin: list[dict]) -> list[Problem]:
    """Warnings for user files that extend a built-in category (same id, no ``replace: true``):
    one line saying so (a copied built-in file keeps every built-in entry), and each entry the
    built-in category already has."""
    by_id = {c["id"]: c for c in builtin}
    out = []
    for cat in parsed:
        base = by_id.get(cat["id"])
        if base is None or cat["replace"]:
            continue
        if cat["kind"] != base["kind"]:
            out.append(Problem(cat["source"], cat["line"], "error", _kind_clash(cat, base)))
            continue
        n, m = len(cat["entries"]), len(base["entries"])
        out.append(
            Problem(
                cat["source"],
                cat["line"],
                "warning",
                f"id {cat['id']!r} is built-in: your {n} {_entries(n)} {_verb(n)} added to its "
                f"{m}; set replace: true to use yours instead",
            )
        )
        have = {_key(e): e for e in base["entries"]}
        for e in cat["entries"]:
            if _key(e) in have:
                first = have[_key(e)]
                out.append(
                    Problem(
                        e.source,
                        e.line,
                        "warning",
                        f"duplicate entry {_shown(e.pattern)}: the built-in {cat['id']} has it "
                        f"({Path(first.source).name}:{first.line})",
                    )
                )
    return out


def _entries(n: int) -> str:
    return "entry" if n == 1 else "entries"


def _verb(n: int) -> str:
    return "is" if n == 1 else "are"


def _conflicts(parsed: list[dict], others: list[dict]) -> list[Problem]:
    """Warnings for entries of the checked files that match words an entry of another
    category matches too: equal terms (unless both are case-sensitive and spelt differently),
    and terms that a glob or regex of the other category matches in full (``accused`` and
    ``accuse*``). Globs and regexes are compared with terms only, not with each other."""
    terms: dict[str, list[tuple[str, Entry]]] = {}
    patterns: list[tuple[str, Entry, re.Pattern]] = []
    compiled: dict[int, re.Pattern] = {}  # id(entry) -> its pattern, compiled once
    for cat in parsed + others:
        for e in cat["entries"]:
            if e.kind == "term":
                terms.setdefault(e.pattern.lower(), []).append((cat["id"], e))
            elif (rx := _entry_regex(e)) is not None:
                patterns.append((cat["id"], e, rx))
                compiled[id(e)] = rx
    keys = sorted(terms)
    out = []
    for cat in parsed:
        cid = cat["id"]
        for e in cat["entries"]:
            if e.kind == "term":
                hits = {c for c, f in terms.get(e.pattern.lower(), ()) if _same_words(e, f)}
                by = sorted(
                    (c, f"{f.kind} {_shown(f.pattern)}")
                    for c, f, rx in patterns
                    if c != cid and rx.fullmatch(e.pattern)
                )
                hits |= {c for c, _ in by}
                hits.discard(cid)
                if hits:
                    how = f" ({', '.join(dict.fromkeys(w for _, w in by))})" if by else ""
                    msg = f"term {_shown(e.pattern)} is in {cid} and {', '.join(sorted(hits))}{how}"
                    out.append(Problem(e.source, e.line, "warning", f"shadowed/conflict: {msg}"))
                continue
            rx = compiled.get(id(e))
            if rx is None:
                continue
            hit = sorted(
                {
                    (c, f.pattern)
                    for key in _candidates(keys, e)
                    for c, f in terms[key]
                    if c != cid and rx.fullmatch(f.pattern)
                }
            )
            if hit:
                first = ", ".join(f"{_shown(t)} of {c}" for c, t in hit[:3])
                more = f" and {len(hit) - 3} more" if len(hit) > 3 else ""
                msg = f"{e.kind} {_shown(e.pattern)} of {cid} also matches term {first}{more}"
                out.append(Problem(e.source, e.line, "warning", f"shadowed/conflict: {msg}"))
    return out


def _same_words(a: Entry, b: Entry) -> bool:
    """Two terms equal but for case match the same words unless both are case-sensitive."""
    return a.pattern == b.pattern or not (a.case_sensitive and b.case_sensitive)


def _entry_regex(e: Entry) -> re.Pattern | None:
    """A glob's or regex's pattern compiled as the matcher reads it (any case unless
    case-sensitive), to be tried on a term's text; None if it does not compile."""
    from framing.engine.matcher import glob_regex

    source = glob_regex(e.pattern) if e.kind == "glob" else e.pattern
    try:
        return re.compile(source, 0 if e.case_sensitive else re.I)
    except (re.error, RecursionError, OverflowError):
        return None


def _candidates(keys: list[str], e: Entry) -> list[str]:
    """The term keys (sorted, lowercased) a glob could match: those with its literal prefix;
    every key for a regex."""
    if e.kind != "glob":
        return keys
    prefix = e.pattern.split("*", 1)[0].lower()
    lo = bisect.bisect_left(keys, prefix)
    hi = bisect.bisect_left(keys, prefix + "\U0010ffff")
    return keys[lo:hi]
