"""Speaker turns of a transcript: whose words each passage is.

A transcript (a meeting, an interview, a press conference as the Kremlin publishes them) gives
each turn a label, the speaker's name and a colon at the start of a sentence: "Vladimir Putin:
Good. Denis Logunov: Absolutely." A text is read as a transcript when at least two different
speakers are labelled so and either one of them is a known leader (``principal``; version 62:
even when each speaks once, the Kremlin's exchange of greetings "Vladimir Putin: ... Patriarch
Kirill: ...") or two of them speak twice and the speakers who speak more than once hold at
least half of the turns: headings such as "Cutting Red Tape: ..." in a fact sheet label most
sections once. Its author is the publisher's principal,
whose words the release is about: the upper-case title of the White House's principals ("THE
PRESIDENT:", "THE VICE PRESIDENT:"), or a speaker the caller knows as a political leader
(``principal``; :mod:`framing.engine.attribution` asks the actor lexicons: "Vladimir Putin";
among several, one labelled "President", then the one with the most turns); in a briefing without them (reporters' questions
labelled "Q"), everyone but the reporters; else the speaker with the most turns (on a tie, the
first to speak). Every other speaker's turn is that speaker's reported speech. Version 93: in
the publisher's own text (``own``: labels of the home's speakers), a joint appearance gives the
author's voice to the home's head of state, not to a guest who speaks more ("PRESIDENT BIDEN:"
beside "CHANCELLOR SCHOLZ:"), and a briefing keeps its podium before a known leader.

What it sees and misses: labels of a name of two or three capitalised words ("Sergei Shoigu:",
"Patriarch Kirill:"), also after a title with up to two "of" phrases ("Minister of Culture Olga
Lyubimova:", the same speaker as a later "Olga Lyubimova:"; "Prime Minister of the Republic of
Armenia Nikol Pashinyan:"); the Kremlin site's speaker cards, the name doubled and run into the
title ("Sergei Shoigu Shoigu SergeiDefence Minister:", also before " :" or "(retranslated):",
with a first name of two words, without a title, or with a one-name speaker's title apart:
"Patriarch Kirill Kirill Patriarch of Moscow and All Russia:"); upper-case labels ("MS. PSAKI:", "CHANCELLOR SCHOLZ:";
the speaker is the last word) and the "Q" of a reporter's question; not one-word mixed-case
labels ("Question:"), mixed-case titles ("The President:") or a label inside a sentence. In a
briefing every official at the podium is the author, a guest who is no reporter too. Section headings
that mostly recur read as speakers. Without the publisher's home the author rule errs
where two known leaders meet and the guest takes more turns; speakers who share a surname
("PRESIDENT BIDEN:", "FIRST LADY BIDEN:") are one speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import NamedTuple

#: a colon before white space, and a speaker's name right before it: two capitalised words
COLON_RE = re.compile(r":(?=\s)")
NAME_RE = re.compile(r"\b([A-Z][a-z'’-]+ [A-Z][a-z'’-]+)$")
#: what may stand before the name in its label, from the start of the text or of a sentence:
#: up to five capitalised words and an "of" phrase ("Minister of Culture", "President of
#: Russia", "Patriarch")
#: Version 62: also after the Kremlin's "* * *" section mark.
TITLE_RE = re.compile(
    r"(?:^|[.!?…>\"”»)*]\s+)\s*((?:[A-Z][\w'’.-]* ){0,5}(?:of (?:the )?(?:[A-Z][\w'’.-]* ){1,6}){0,2})$"
)
#: a title with an "of" phrase right after a heading that has no final punctuation ("Opening
#: remarks at the 4th Russia-ASEAN summit President of Russia Vladimir Putin:"; version 62)
HEADING_TITLE_RE = re.compile(
    r"[a-z]\s+((?:[A-Z][\w'’.-]* ){1,5}(?:of (?:the )?(?:[A-Z][\w'’.-]* ){1,6}){1,2})$"
)
#: the Kremlin site's speaker card, the name doubled and run into the title ("Defence Minister
#: Sergei Shoigu Shoigu SergeiDefence Minister:", "... Lukashenko AlexanderPresident of
#: Belarus:", "... Savelyev VitalyMinister of Transport of the Russian Federation :", "...
#: MacronEmmanuelPresident of France(retranslated):"): surname twice, first name, title, colon
#: Version 62: a first name of two words ("Raisi Raisi Sayyid EbrahimPresident of Iran"), no
#: title ("Rogozin Rogozin Dmitry:"), or a one-name speaker whose title stands apart ("Kirill
#: Kirill Patriarch of Moscow and All Russia:", group 2 empty).
#: letters of a speaker card's names: Latin capitals and lower-case letters with diacritics
#: ("Niinistö", "Plenković"; version 66, attribution round 40), as character classes
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿĀ-ſ'’"
CARD_RE = re.compile(
    rf"\b([{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?) \1 "
    rf"(?:([{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?(?: [{_UP}][{_LOW}]+)?)(?:[A-Z][^:.!?\n]{{0,120}}?)?"
    rf"|(?=[{_UP}][{_LOW}]+ (?:of|and)\b)[^:.!?\n]{{1,120}}?)"
    r"(?:\([a-z]+\))? ?$"
)
#: a translator's note between a name and its colon: "Nguyen Xuan Phuc(retranslated):"
NOTE_RE = re.compile(r" ?\((?:retranslated|via interpreter|through interpreter)\) ?$")
#: how far before its colon a speaker card may start
_CARD_REACH = 220
#: how far before a name its title may start
_TITLE_REACH = 120
#: an upper-case label at the start of the text or of a sentence, the White House's style
#: ("MS. PSAKI:", "THE PRESIDENT:", "CHANCELLOR SCHOLZ:"); the speaker is its last word, or the
#: whole label for a title ("THE PRESIDENT")
UPPER_RE = re.compile(
    r"(?:^|[.!?…>\"”»)\]—-][ \t]+|\n)\s*((?:[A-Z][A-Z'’.-]*[ \t]+){0,4}[A-Z][A-Z'’-]*[A-Z]):$"
)
#: a reporter's question, "Q" at the start of a sentence before a capitalised word (the
#: sentence start is checked on the characters before it, :func:`_questions`), or before a
#: dash that resumes an interrupted question ("Q — is there any impact ...", version 97)
QUESTION_RE = re.compile(r"Q(?=\s+[A-Z\"“‘—–-])")
_SENTENCE_END = frozenset('.!?…>"”»)]—-')
#: upper-case titles of the publisher's principal, the author of a White House transcript
PRINCIPAL_TITLES = frozenset({"THE PRESIDENT", "THE VICE PRESIDENT", "THE FIRST LADY"})
#: the speaker of a reporter's question
QUESTION = "Q"
#: a head of state's title in a label, not a vice or former one ("PRESIDENT BIDEN:", "President
#: of Russia Vladimir Putin:"; not "VICE PRESIDENT HARRIS:", "FORMER PRESIDENT OBAMA:")
_HEAD_TITLE = re.compile(r"(?<!vice )(?<!former )\bpresident\b", re.IGNORECASE)
#: words that open a topic, not a speaker's title, before a name and a colon ("On Hunter Biden:",
#: "About President Putin:"; version 80)
_TOPIC_WORDS = frozenset(
    {"On", "About", "Regarding", "Re", "For", "To", "In", "With", "And", "But", "So", "Now",
     "Also", "As", "At", "From", "Over", "Under", "Then", "Finally", "Lastly"}
)  # fmt: skip


def _card_reach(text: str, at: int) -> int:
    """Where a speaker card before the colon at ``at`` may start: :data:`_CARD_REACH`
    characters before it, or later, right after the last ``:``, ``.``, ``!``, ``?`` or newline
    in between. No character of a card is one of those (its names, title and note exclude
    them, and :func:`_labels` reads a card only when a letter, space or ")" stands before the
    colon, so ``$`` never matches before a final newline), so a search from here finds the
    same first card as one from the far end, on a few words instead of 220 characters: most
    colons end a speaker's name right after a sentence."""
    lo = max(0, at - _CARD_REACH)
    find = text.rfind
    return max(
        lo,
        find(":", lo, at) + 1,
        find(".", lo, at) + 1,
        find("!", lo, at) + 1,
        find("?", lo, at) + 1,
        find("\n", lo, at) + 1,
    )


def _labels(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, speaker)`` of each speaker label before a colon, in one pass over the
    colons: a name whose title (if any) starts the text or a sentence (the speaker: the name),
    or an upper-case label (the speaker: its last word, or a principal's title)."""
    out = []
    for c in COLON_RE.finditer(text):
        at = c.start()
        before = text[at - 1] if at else ""
        if before.isalpha() or before in " )":  # a speaker card (version 52)
            card = CARD_RE.search(text, _card_reach(text, at), at)
            if card is not None:
                start = card.start()
                t = TITLE_RE.search(text, max(0, start - _TITLE_REACH), start)
                if t is not None:  # "Defence Minister Sergei Shoigu " before the card
                    start = t.start(1)
                if card.group(2):
                    name = f"{card.group(2)} {card.group(1)}"
                else:  # "Patriarch Kirill Kirill Patriarch of ...": the title's last word
                    title = text[start : card.start()].split()
                    name = " ".join(title[-1:] + [card.group(1)])
                out.append((start, at, name))
                continue
        note = NOTE_RE.search(text, max(0, at - 20), at) if before == ")" else None
        if note is not None:  # "... Nguyen Xuan Phuc(retranslated):" without a card (v64)
            at, before = note.start(), text[note.start() - 1]
        if before.islower():  # a name ends in a lowercase letter
            m = NAME_RE.search(text, max(0, at - 60), at)
            if m is None:
                continue
            start = m.start(1)
            t = TITLE_RE.search(text, max(0, start - _TITLE_REACH), start)  # "^": text start
            if t is None:
                t = HEADING_TITLE_RE.search(text, max(0, start - _TITLE_REACH), start)
            title = t.group(1).split() if t is not None else []
            if title and title[-1] in _TOPIC_WORDS:
                continue  # "Q Okay. On Hunter Biden: ...": a question's topic (version 80)
            if t is not None:
                out.append((t.start(1), m.end(1), m.group(1)))
        elif before.isupper():  # an upper-case label ends in a capital
            m = UPPER_RE.search(text, max(0, at - 60), c.end())
            if m is None or m.end(1) != at:
                continue
            label = " ".join(m.group(1).split())  # one line: "11:45 A.M. EST" is no part of it
            speaker = next((t for t in PRINCIPAL_TITLES if label.endswith(t)), label.split()[-1])
            out.append((m.start(1), m.end(1), speaker))
    return out


def _questions(text: str) -> list[tuple[int, int, str]]:
    """The "Q" labels of ``text``: a "Q" that starts the text or follows white space after the
    end of a sentence."""
    out = []
    for m in QUESTION_RE.finditer(text):
        i = m.start()
        j = i - 1
        while j >= 0 and text[j].isspace():
            j -= 1
        if i == 0 or (j < i - 1 and (j < 0 or text[j] in _SENTENCE_END)):
            out.append((i, i + 1, QUESTION))
    return out


class Turn(NamedTuple):
    """One speaker's turn: the label ``[label_start, label_end)`` (title and name, without the
    colon), the spoken text up to the next label (``end``), the speaker (the name's last two
    words) and whether the speaker is the author."""

    label_start: int
    label_end: int
    end: int
    speaker: str
    author: bool


def _names_principal(text: str, start: int, end: int, name: str, principal) -> bool:
    """The speaker's own name in the label at ``text[start:end]`` (its last word, the last
    time it stands there) is a principal: not a leader named in a heading's title ("Blunting
    the Impact of Putin's Price Hike:", version 62) or an aide's ("Putin's aide Yury Ushakov:")."""
    last = name.split()[-1]
    at = text.rfind(last, start, end)
    return at >= 0 and principal(at, at + len(last))


def turns(
    text: str,
    principal: Callable[[int, int], bool] | None = None,
    own: Callable[[int, int], bool] | None = None,
) -> list[Turn]:
    """The speaker turns of ``text`` in order; empty when fewer than two speakers are labelled,
    or none of them speaks twice and none is a known leader. ``principal(start, end)``: whether
    the speaker's name (its last word) at
    ``text[start:end]`` names a speaker who is preferred as the author. ``own(start, end)``:
    whether the label at ``text[start:end]`` names a speaker of the publisher's own state
    (version 93): where such speakers meet others ("PRESIDENT BIDEN:" beside "CHANCELLOR
    SCHOLZ:"), the author is one of them (:func:`_own_authors`).

    >>> text = "Putin met them. Vladimir Putin: Good. Denis Logunov: Yes. Vladimir Putin: Fine."
    >>> [(t.speaker, t.author) for t in turns(text, lambda s, e: text[s:e] == "Putin")]
    [('Vladimir Putin', True), ('Denis Logunov', False), ('Vladimir Putin', True)]
    """
    if ":" not in text:
        return []
    labels = _labels(text)
    questions = _questions(text)
    if questions:
        labels = sorted(labels + questions)
    counts = Counter(name for _, _, name in labels)
    if len(counts) < 2:
        return []  # one speaker
    first_turn: dict[str, int] = {}
    known: set[str] = {name for name in counts if name in PRINCIPAL_TITLES}
    for i, (start, end, name) in enumerate(labels):
        first_turn.setdefault(name, i)
        if (
            principal is not None
            and name not in known
            and _names_principal(text, start, end, name, principal)
        ):
            known.add(name)
    if max(counts.values()) < 2 and (not known or len({n.isupper() for n in counts}) > 1):
        # headings of a fact sheet ("Cutting Red Tape: ..."), no known leader; or labels of
        # two styles: "THE PRESIDENT:" quoting "Kentucky Representative Andy Barr: ..."
        return []
    repeated = sum(n for n in counts.values() if n >= 2)
    if not known and (sorted(counts.values())[-2] < 2 or 2 * repeated < len(labels)):
        return []  # no known leader and no exchange: headings of a fact sheet, not a dialogue
    titled = known & PRINCIPAL_TITLES
    mine = _own_speakers(labels, counts, first_turn, own)
    own_authors = None if titled else _own_authors(text, labels, counts, known, mine, first_turn)
    if titled:  # "THE PRESIDENT" (and "THE VICE PRESIDENT"): the publisher's principals, and
        # in a briefing its own officials at the podium who outspeak them ("MS. PSAKI:" beside a
        # "THE PRESIDENT:" she quotes once; version 93); at the President's event with questions
        # his Secretaries who speak less stay reported
        most = max(counts[t] for t in titled)
        podium = {n for n in mine if counts[n] > most} if QUESTION in counts else set()
        authors = titled | podium
    elif own_authors:
        authors = own_authors
    elif QUESTION in counts:  # a briefing: everyone at the podium speaks for the publisher,
        # the reporters do not (version 93: before a known leader, who may now be read from an
        # upper-case label: "MS. PSAKI:")
        authors = {name for name in counts if name != QUESTION}
    elif known:  # a leader the lexicons know; of several, one labelled "President" ("President
        # of Russia Vladimir Putin:", not "Defence Minister Sergei Shoigu:"), then the one with
        # the most turns (version 52: a minister's speaker card made him outspeak the President)
        heads = {n for s, e, n in labels if n in known and "President" in text[s:e]}
        authors = {min(heads or known, key=lambda name: (-counts[name], first_turn[name]))}
    else:
        authors = {min(counts, key=lambda name: (-counts[name], first_turn[name]))}
    ends = [s for s, _, _ in labels[1:]] + [len(text)]
    return [
        Turn(s, e, end, name, name in authors)
        for (s, e, name), end in zip(labels, ends, strict=True)
    ]


def _own_speakers(labels, counts: Counter, first_turn: dict, own) -> set[str]:
    """The labelled speakers (not the reporters) whose first label ``own`` calls the
    publisher's own (version 93); empty without ``own``."""
    if own is None:
        return set()
    return {n for n in counts if n != QUESTION and own(*labels[first_turn[n]][:2])}


def _own_authors(
    text: str, labels, counts: Counter, known: set[str], mine: set[str], first_turn: dict
) -> set[str]:
    """The authors of a joint appearance in the publisher's own text (version 93), empty when
    it is none: when some labelled speakers are the publisher's own (``mine``) and others are
    not, the own speaker who is a head of state (:data:`_HEAD_TITLE`; of several, the known
    leader, then the one with the most turns), else the own known leader or the own speaker with
    the most turns. In a press conference (reporters' questions) only an own head of state
    makes it a joint appearance; then every own speaker is an author, like the officials at a
    briefing's podium."""
    speakers = [n for n in counts if n != QUESTION]
    if not mine or len(mine) == len(speakers):
        return set()
    heads = {n for s, e, n in labels if n in mine and _HEAD_TITLE.search(text, s, e)}
    if QUESTION in counts:
        return mine if heads else set()
    pool = (heads & known) or heads or (mine & known) or mine
    return {min(pool, key=lambda name: (-counts[name], first_turn[name]))}
