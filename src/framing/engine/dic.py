"""Dictionaries from elsewhere: LIWC-style ``.dic`` files → the YAML lexicon format.

The ``.dic`` layout (LIWC, and the many dictionaries distributed in its format)::

    %
    1	posemo
    2	negemo	(optional description)
    %
    happy	1
    hate*	2
    kind of	1 2

A header between two ``%`` lines maps category numbers to names; each following line is a word
or phrase, then the numbers of its categories (tabs or spaces). A trailing ``*`` matches any
word ending (``hate*``: hate, hated, hateful), which is a ``glob`` entry of the YAML format
(``*`` = word characters). Lines that use LIWC's conditional syntax (``like 02 134/125(02
131)53``), entries without a letter or digit (emoticons cannot match on word boundaries) and
numbers missing from the header are skipped and reported, never silently dropped.

:func:`read_dic` parses; :func:`to_yaml` renders one category as a lexicon file that
:func:`framing.engine.lexicon.check_lexicons` accepts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from framing.core.errors import LexiconError
from framing.core.files import read_text

_NUMBER = re.compile(r"^\d+$")
_CONDITIONAL = re.compile(r"[()/<>]")
_WORDISH = re.compile(r"\w")


@dataclass
class DicCategory:
    """One category of a ``.dic`` file: its number, name, description and entries."""

    number: str
    name: str
    description: str = ""
    entries: list[tuple[str, str]] = field(default_factory=list)  # (kind, pattern)


@dataclass
class Dic:
    """A parsed ``.dic`` file: categories in header order and what was skipped (line, reason)."""

    path: str
    categories: dict[str, DicCategory]
    skipped: list[tuple[int, str]] = field(default_factory=list)


def category_id(name: str, prefix: str = "") -> str:
    """A lexicon id (``[a-z_]+``) from a category name: ``"Pos Emo"`` → ``pos_emo``. Anything
    but letters becomes ``_`` (``"cat2"`` → ``cat``), so two names can give one id; the caller
    checks."""
    s = re.sub(r"[^a-z]+", "_", (prefix + name).lower()).strip("_")
    return s


def read_dic(path: str | Path, encoding: str | None = None) -> Dic:
    """Parse a LIWC-style ``.dic`` file.

    Raises
    ------
    LexiconError
        No ``%`` header, a malformed header line or a duplicate category number.
    """
    text = read_text(path, encoding)
    lines = text.splitlines()
    marks = [i for i, line in enumerate(lines) if line.strip() == "%"]
    if len(marks) < 2:
        raise LexiconError(
            f"{path}: not a .dic file: expected a header of category numbers and names "
            "between two lines holding only '%'"
        )
    cats: dict[str, DicCategory] = {}
    for i in range(marks[0] + 1, marks[1]):
        line = lines[i].strip()
        if not line:
            continue
        parts = re.split(r"\t+|\s{2,}|\s+(?=\()", line, maxsplit=2)
        if len(parts) == 1:
            parts = line.split(None, 1)
        if len(parts) < 2 or not _NUMBER.match(parts[0]):
            raise LexiconError(f"{path}:{i + 1}: header line must be 'NUMBER<TAB>NAME': {line!r}")
        number = str(int(parts[0]))
        if number in cats:
            raise LexiconError(f"{path}:{i + 1}: category number {parts[0]} is defined twice")
        desc = parts[2].strip().strip("()") if len(parts) > 2 else ""
        cats[number] = DicCategory(number, parts[1].strip(), desc)
    dic = Dic(str(path), cats)
    seen: set[tuple[str, str, str]] = set()
    for i in range(marks[1] + 1, len(lines)):
        raw = lines[i].rstrip()
        if not raw.strip():
            continue
        word, numbers = _split_entry(raw)
        if word is None:
            dic.skipped.append((i + 1, f"no category numbers: {raw.strip()!r}"))
            continue
        if not _WORDISH.search(word):
            dic.skipped.append((i + 1, f"{word!r} has no letter or digit; it cannot match"))
            continue
        if _CONDITIONAL.search(" ".join(numbers)):
            dic.skipped.append((i + 1, f"conditional LIWC entry not supported: {raw.strip()!r}"))
            continue
        pattern = " ".join(word.lower().split())
        kind = "glob" if "*" in pattern else "term"
        for n in numbers:
            if not _NUMBER.match(n):
                dic.skipped.append((i + 1, f"{word!r}: category {n!r} is not a number"))
                continue
            key = str(int(n))
            if key not in cats:
                dic.skipped.append((i + 1, f"{word!r}: category {n} is not in the header"))
                continue
            if (key, kind, pattern) in seen:
                continue
            seen.add((key, kind, pattern))
            cats[key].entries.append((kind, pattern))
    return dic


def _split_entry(line: str) -> tuple[str | None, list[str]]:
    """``word<TAB>1 2`` → ``("word", ["1", "2"])``; a phrase keeps its spaces when tab-separated."""
    if "\t" in line:
        word, _, rest = line.partition("\t")
        numbers = rest.replace("\t", " ").split()
        return (word.strip(), numbers) if numbers and word.strip() else (None, [])
    tokens = line.split()
    k = len(tokens)
    while k > 0 and (_NUMBER.match(tokens[k - 1]) or _CONDITIONAL.search(tokens[k - 1])):
        k -= 1
    if k == 0 or k == len(tokens):
        return None, []
    return " ".join(tokens[:k]), tokens[k:]


def to_yaml(
    cat: DicCategory, cid: str, source: str, kind: str = "frame", citation: str | None = None
) -> str:
    """The lexicon file of one imported category (deterministic text)."""
    what = f'category {cat.number} "{cat.name}"' + (
        f" ({cat.description})" if cat.description else ""
    )
    doc = {
        "id": cid,
        "label": cat.name,
        "version": 1,
        "kind": kind,
        "definition": (
            f"Words of {what} of the dictionary {source}, imported as they are by "
            "`framing lexicon import` (no context exclusions; '*' matches any word ending). "
            f"Read its matches (`framing kwic --category {cid}`) before relying on its rates."
        ),
        "citations": [citation] if citation else [],
        "entries": [{k: p} for k, p in cat.entries],
    }
    head = f"# Imported from {source} ({what}) by framing lexicon import.\n"
    return head + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)
