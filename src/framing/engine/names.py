"""Persons and bodies a document introduces by an actor and a title, found again later.

News text names a person in full once, with the actor they speak for ("Russian Foreign
Minister Sergey Lavrov", "Maria Zakharova, the Russian Foreign Ministry spokeswoman",
"Mykhailo Podolyak, an adviser to Ukraine's presidential office"), and afterwards by the
surname alone ("Lavrov said", "Zakharova wrote"), a pronoun or a definite title ("the
president", "the Defense Ministry"). The actor lexicons cannot know every official, so without
this the later mentions have no source.

:func:`name_bank` reads the introductions of one document into a :class:`Bank`:

- ``names``: an actor match, up to three title modifiers and a person title (``cues.titles``
  less ``institution_titles``), then one to three capitalised words ("Russian Defense Ministry
  spokesman Igor Konashenkov"); a name, a comma and an apposition holding the actor and a title
  ("Dmitry Peskov, the Kremlin spokesman", "NAME, an adviser to Ukraine's ...", "NAME, who is
  now the deputy chairman of the Russian Security Council", "NAME, who heads Kiev City ...");
  or a title, a link and the actor's body, then the name ("the deputy head of Zelensky's
  office, Andrey Smirnov"); or a title's chain of "of" phrases ending in the actor and the
  name right after it ("Deputy Head of the Office of the President of Ukraine Rostyslav
  Shurma", version 59). Each name gives its last word (and, for ``china``, its first:
  Chinese names put the surname first). After "to" the actor must own a body: "an ambassador
  to Russia" serves another state.
- ``heads``: the singular titles and bodies right after an actor ("Russian *President*", "the
  Russian *Defense Ministry*", "the Russian *embassy*"), for a later "the president".

A word introduced for two categories is left out, and so is an introduction that names a past
office (*Former Ukrainian President X*, *X, Ukraine's former president*; version 140): a former
office holder speaks for no state now. :func:`name_spans` finds the names in a
stretch of text as person actor spans, which :mod:`framing.engine.attribution` adds to its
sentence views (and passes ``heads`` to them), so that subjects, pronoun antecedents and
targets see them like the lexicon's leaders.

Officials of a state's regions and cities are introduced by a place, not an actor word
("Belgorod Governor Vyacheslav Gladkov", "Sergey Melikov, the head of Dagestan"): the
``state_regions`` table of ``attribution.yaml`` names the places and titles, and their names
join ``names`` with the place's state (version 125; a contested place of 2022 only with a
marker such as "Russian-installed").

Misses: introductions without an actor word or a listed place ("the Mayor of Melitopol" with no
marker, "Russian-installed official"; an apposition holding the place, "X, the governor of
Belgorod Region, said", names X for later mentions but not for that verb; a past office holder
named in a photo caption as the office holder), names introduced in a previous document, persons
introduced only by a description; a surname shared by two people of different actors in one
document is dropped, and one shared with a person of no actor is taken for the first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from framing.engine.cues import Cues
from framing.engine.past_office import past_office_word

#: a word or one punctuation mark (apostrophes and hyphens stay inside words)
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|[^\w\s]")
_NAME = re.compile(r"[A-ZÀ-ÞА-Я][^\W\d_]*(?:[-'’][A-ZÀ-ÞА-Я]?[^\W\d_]+)*\Z")
_SPAN = 140  # characters read after (and before) an actor match
_NEAR = 60  # characters after an actor in which a person title must start
_SPACES = str.maketrans(dict.fromkeys(",.;:'\"()’", " "))
_MAX_MODIFIERS = 3
_MAX_NAME = 3
_FIRST_NAME_SURNAME = frozenset({"china"})  # surname first
_DETERMINERS = frozenset({"the", "a", "an"})
_LINKS = frozenset({"of", "to", "for", "at", "in", "with"})
#: between "who" and the title of a relative apposition (not "formerly": a past office,
#: version 142)
_RELATIVE_FILLERS = frozenset({"is", "was", "now", "also", "currently", "still"})
#: "NAME, who heads / leads ... ACTOR": the actor the person heads
_HEADING_VERBS = frozenset({"heads", "headed", "leads", "led", "chairs", "chaired", "runs", "ran",
                            "commands", "commanded", "represents", "represented"})  # fmt: skip
#: endings of national adjectives ("Russian", "Chinese", "American"), as opposed to states
_ADJECTIVE_ENDINGS = ("ian", "ese", "ican")
#: lowercase particles inside names: a run followed by one is cut short, so it is left out
_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "al", "bin"}
)


def _is_name(tok: str, cues: Cues) -> bool:
    w = tok.lower()
    return (
        _NAME.match(tok) is not None
        and len(tok) > 1
        and w not in cues.titles
        and w not in cues.title_modifiers
        and w not in cues.name_stopwords
        and tok not in cues.third_person
        and tok not in cues.first_person
    )


def _name_run(toks: list[str], i: int, cues: Cues) -> list[str]:
    run: list[str] = []
    while i < len(toks) and len(run) < _MAX_NAME and _is_name(toks[i], cues):
        run.append(toks[i])
        i += 1
    if i < len(toks) and (_is_name(toks[i], cues) or toks[i] in _PARTICLES):
        return []  # a longer run ("Ursula von der Leyen"), a title or an organisation
    return run


def _person_title(w: str, cues: Cues) -> bool:
    return w in cues.titles and w not in cues.institution_titles and not w.endswith("s")


def _modifier(tok: str, cues: Cues) -> bool:
    w = tok.lower()
    return w in cues.title_modifiers or w in cues.institution_titles


def _after(toks: list[str], cues: Cues) -> list[str]:
    """The name in "ACTOR ['s] [modifiers] TITLE [,] NAME" (``toks`` start after the actor)."""
    i = _past_possessive(toks) or int(toks[:1] == ["'"])  # also "Ukrainians' president"
    mods = 0
    while i < len(toks) and mods <= _MAX_MODIFIERS:
        w = toks[i].lower()
        if _person_title(w, cues):
            break
        if not _modifier(toks[i], cues):
            return []
        i, mods = i + 1, mods + 1
    else:
        return []
    i += 1  # the title
    while i < len(toks) and _person_title(toks[i].lower(), cues):
        i += 1  # "Prosecutor General"
    if i + 1 < len(toks) and toks[i] == "of" and toks[i + 1][0].isupper():
        i += 1  # "Secretary of State", "Minister of Foreign Affairs"
        while i < len(toks) and toks[i][0].isupper() and _modifier(toks[i], cues):
            i += 1
    if i < len(toks) and toks[i] == ",":
        i += 1
    return _name_run(toks, i, cues)


def _past_office(before: list[str], near: list[str], persons, cues: Cues) -> bool:
    """An actor's introduction names a past office (version 140; its words
    :func:`~framing.engine.past_office.past_office_word` and the walk back, version 142): such a
    word before it, past determiners, links, titles and title modifiers ("Former Ukrainian
    President X", "X, the former president of Ukraine", "X, formerly an adviser to Ukraine's
    ...", "the late St. Petersburg mayor"; not "Late last year, Ukrainian ..."), or among its
    words after it up to the first person title ("X, Ukraine's former president", "Ukraine's
    ex-president X"). ``before``: the lowercased words before the actor, ``near``: those after
    it; ``persons``: the person titles. "then-" is no past office: the words the text reports
    were said in office."""
    for w in reversed(before):
        if past_office_word(w):
            return True
        if not (w in _DETERMINERS or w in _LINKS or w in cues.titles or w in cues.title_modifiers):
            break
    for w in near:
        if past_office_word(w) and (not w.startswith("ex-") or w[3:] in persons):
            return True
        if w in persons:
            return False
    return False


def _past_possessive(toks: list[str]) -> int:
    """Index of the first word after an actor's possessive ("Ukraine['s] foreign minister")."""
    return 2 if toks[:2] == ["'", "s"] else 0


def _heads(toks: list[str], cues: Cues, span: int = _MAX_MODIFIERS + 2) -> list[str]:
    """The singular titles and bodies right after an actor ("Russian [Defense Ministry]
    [spokesman]", "Ukraine's foreign [minister]", "the Russian [embassy]"), among its first
    ``span`` words past modifiers: the heads a later "the ministry", "the minister" may stand
    for."""
    i = _past_possessive(toks)
    heads = []
    for tok in toks[i : i + span]:
        w = tok.lower()
        if _person_title(w, cues) or (w in cues.institution_titles and not w.endswith("s")):
            heads.append(w)
        elif not _modifier(tok, cues):
            break
    return heads


def _owns_body(after: list[str], cues: Cues) -> bool:
    """The actor is a possessor or modifier of a body ("Ukraine's presidential office", "the
    Ukrainian government"), not a bare state ("ambassador to Russia")."""
    return after[:1] == ["'"] or bool(after and _modifier(after[0], cues))


def _titled_link(before: list[str], cues: Cues) -> bool:
    """``before`` (the words before an actor) end with "[the] [modifiers] TITLE of/to/for
    [the]" ("the deputy head of")."""
    j = len(before) - 1
    while j >= 0 and before[j].lower() in _DETERMINERS:
        j -= 1
    if j < 1 or before[j].lower() not in _LINKS:
        return False
    return _person_title(before[j - 1].lower(), cues)


def _after_link(toks: list[str], link_ok: bool, cues: Cues) -> list[str]:
    """The name in "TITLE of ACTOR['s] [modifiers], NAME" ("the deputy head of Zelensky's
    office, Andrey Smirnov"; ``toks`` start after the actor)."""
    i = _past_possessive(toks)
    if not link_ok:
        return []
    mods = 0
    while i < len(toks) and mods < _MAX_MODIFIERS and _modifier(toks[i], cues):
        i, mods = i + 1, mods + 1
    if i >= len(toks) or toks[i] != ",":
        return []
    return _name_run(toks, i + 1, cues)


def _title_after(toks: list[str], cues: Cues) -> bool:
    """A person title within the modifiers after an actor ("Kremlin spokesman")."""
    return any(_person_title(h, cues) for h in _heads(toks, cues, span=_MAX_MODIFIERS + 1))


def _before(toks: list[str], after: list[str], cues: Cues) -> list[str]:
    """The name in "NAME, [det] ACTOR ... TITLE" or "NAME, [det] [modifiers] TITLE of/to/for
    [the] ACTOR" or "NAME, who heads [the] ACTOR" (``toks`` end before the actor, ``after``
    start after it). After "to" the
    actor must own a body ("an adviser to Ukraine's presidential office"): "an ambassador to
    Russia" serves another state."""
    j = len(toks) - 1
    while j >= 0 and toks[j].lower() in _DETERMINERS:
        j -= 1
    if j >= 0 and toks[j].lower() in _LINKS:
        if toks[j].lower() == "to" and not _owns_body(after, cues):
            return []
        j -= 1
        if j < 0 or not _person_title(toks[j].lower(), cues):
            return []
        j -= 1
        mods = 0
        while j >= 0 and _modifier(toks[j], cues) and mods < _MAX_MODIFIERS:
            j, mods = j - 1, mods + 1
        while j >= 0 and toks[j].lower() in _DETERMINERS:
            j -= 1
    elif j >= 2 and toks[j].lower() in _HEADING_VERBS and toks[j - 1].lower() == "who":
        j -= 2  # "Colonel Yuri Maksimov, who heads Kiev City Recruitment Center"
    elif not _title_after(after, cues):
        return []
    k = j
    while k >= 0 and toks[k].lower() in _RELATIVE_FILLERS:
        k -= 1
    if k >= 0 and toks[k].lower() == "who" and k < j:
        j = k - 1  # "Medvedev, who is now the deputy chairman of the Russian Security Council"
    if j < 1 or toks[j] != ",":
        return []
    k = j - 1
    while k >= 0 and j - k <= _MAX_NAME and _is_name(toks[k], cues):
        k -= 1
    run = toks[k + 1 : j]
    if k >= 0 and (_is_name(toks[k], cues) or toks[k] in ("'", "-")):
        return []
    return run


class Bank(NamedTuple):
    """A document's persons and bodies: ``names`` (surname -> actor category), ``heads``
    (a title or body word -> the one actor category it was introduced with) and ``bodies``
    (the words of ``names`` that name a body, not a person: the home's agencies)."""

    names: dict[str, str]
    heads: dict[str, str]
    bodies: frozenset[str] = frozenset()


def name_bank(
    norm: str,
    actor_spans: Iterable[tuple[int, int, str]],
    cues: Cues,
    low: str | None = None,
    home: str = "",
) -> Bank:
    """The persons and bodies ``norm`` introduces (see the module).

    ``actor_spans``: ``(start, end, category[, person])`` of the document's actor matches (a
    person's full name from the lexicon, "Jake Sullivan", makes a later "Sullivan" the same
    person's; version 87); ``low``:
    ``norm`` lowercased (same length), when the caller has it. Only the actors with a title or
    body in the next few words, or a linking "to / of / for ..." just before them, are read
    word by word. A word introduced for two actor categories is left out of either dict.
    ``home``: the publisher's actor category; "the President of HOME" makes a later bare "the
    President" the home's (version 64), not another state's title of that form.
    """
    low = norm.lower() if low is None or len(low) != len(norm) else low
    titles = _head_titles(cues)
    names: dict[str, str | None] = {}
    heads: dict[str, str | None] = {}

    def add(found: dict, words, cat: str) -> None:
        for w in words:
            found[w] = cat if found.get(w, cat) == cat else None

    persons = _person_titles(cues)
    own: set[str] = set()  # titles introduced as "the President of HOME"
    for start, end, cat, *person in actor_spans:
        if person and person[0]:
            add(names, _proper(_lexicon_surname(norm[start:end], cat, cues), norm), cat)
        # cheap tests on the lowercased words around the actor (C loops, no tokenising): a
        # title or body in the next words, or "TITLE of / to / for [the]" or "who heads" before
        near = low[end : end + _NEAR].translate(_SPACES).split()[: _MAX_MODIFIERS + 2]
        titled = not titles.isdisjoint(near)
        tail = low[max(0, start - 40) : start].translate(_SPACES).split()[-3:]
        if tail and tail[-1] in _DETERMINERS:
            del tail[-1]
        linked = len(tail) > 1 and (
            (tail[-1] in _LINKS and tail[-2] in persons)
            or (tail[-1] in _HEADING_VERBS and tail[-2] == "who")
        )
        chained = bool(tail) and tail[-1] == "of" and norm[end + 1 : end + 2].isupper()
        # "President Volodymyr Zelenskyy" in the Ukrainian presidency's release (version 65)
        styled = _styled_title(norm, start, persons) if cat == home else ""
        if styled:
            add(heads, [styled], cat)
        if not (titled or linked or chained):
            continue
        wider = low[max(0, start - 60) : start].translate(_SPACES).split()[-6:]
        if _past_office(wider, near, persons, cues):
            continue  # a past office holder speaks for no state now (versions 140, 142)
        after = _TOKEN.findall(norm, end, end + _SPAN)
        if titled:
            add(names, _surnames(_after(after, cues), cat), cat)
            add(heads, _heads(after, cues), cat)
        before = _TOKEN.findall(norm, max(0, start - _SPAN), start)
        whole = before if start <= _SPAN else before[1:]  # the first word may be cut
        # "Director General of Russian Helicopters Andrei Boginsky": a national adjective before a
        # capitalised word names an organisation (a company), not the state (version 87)
        adjective = norm[start:end].endswith(_ADJECTIVE_ENDINGS)
        if chained and before and not adjective and _title_chain(whole, cues):
            run = _name_run(after, 0, cues)  # "... of the President of Ukraine Andriy Yermak"
            if len(run) >= 2:
                add(names, _surnames(run, cat), cat)
        if linked and cat == home and tail[-1] == "of" and norm[start - 1 : start] != "-":
            # "the President of Ukraine" in the Ukrainian presidency's release: a later bare "the
            # President" is Ukraine's, unless the text also introduces another state's president
            # in the "Russian President" form (version 64, round 38)
            add(heads, [tail[-2]], cat)
            own.add(tail[-2])
        if before:
            add(names, _surnames(_before(before[1:], after, cues), cat), cat)
            if linked and _titled_link(before[1:], cues):
                # after "to" the actor must own a body: "an ambassador to Ukraine, X" serves
                # another state
                link_ok = tail[-1] != "to" or _owns_body(after, cues)
                add(names, _surnames(_after_link(after, link_ok, cues), cat), cat)
    for w in own:
        # the publisher's own "the President of HOME" wins over another state's title ("Russian
        # President Vladimir Putin" in a Ukrainian presidency release; version 66): its
        # releases call no one else "the President"
        heads[w] = home
    for run, cat in _regional_officials(norm, cues, low):
        # "Belgorod Governor Vyacheslav Gladkov", "Sergey Melikov, the head of Dagestan": an
        # official of a state's region or city speaks for the state (version 125)
        add(names, _proper(_surnames(run, cat), norm), cat)
    bodies: frozenset[str] = frozenset()
    if home and heads.get("president") == home:
        for run in _office_names(norm, cues) + _portfolio_names(norm, cues):
            add(names, _surnames(run, home), home)
    officials = _home_officials(cues, home) if home else None
    if officials is not None:
        # any text of the home, also one that never writes "President Biden" (a transcript
        # opening "THE PRESIDENT:", a Vice President's event; version 89, round 60): the table
        # holds only titles and acronyms the home's own texts use for its own officials
        titled, body_words = officials
        for run in _titled_names(norm, titled, body_words, cues):
            add(names, _proper(_surnames(run, home), norm), home)
        bodies = frozenset(b for b in body_words if b in norm)
        add(names, sorted(bodies), home)
        if "president" not in heads and _BARE_PRESIDENT.search(norm):
            # a release of the home that introduces no president by name ("The President believes
            # that ..."): its capitalised "the President" is the home's (version 90, round 61),
            # and so is "the Vice President" of a release that names only her (version 95)
            heads["president"] = home
    return Bank(
        {w: c for w, c in names.items() if c is not None},
        {w: c for w, c in heads.items() if c is not None},
        bodies,
    )


#: words between a place and an official's title ("Kharkiv regional military administration
#: head"), or after "TITLE of PLACE" ("the governor of the Belgorod region")
_REGION_FILLERS = (
    "region|regional|oblast|republic|city|province|district|krai|territory|military|civil|"
    "civilian|administration|state"
)
#: modifiers of an official's title ("acting governor", "deputy mayor")
_REGION_MODIFIERS = "acting|deputy|first|vice|interim|lieutenant"
_CAPITALISED = re.compile(r"[A-Z][\w-]*")
_WINDOW = 90  # characters read each side of a title word for a place and a marker
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*),\s+(?:(?:the|a|an)\s+)?$")


class _RegionPatterns(NamedTuple):
    """The ``state_regions`` table compiled (:func:`_region_patterns`)."""

    before: re.Pattern  # "[MARKER] PLACE ['s] [MARKER] [fillers] TITLE"
    after: re.Pattern  # "[MARKER] TITLE of [the] PLACE [fillers]"
    places: dict[str, str]  # place -> category ("" for a contested place)
    markers: dict[str, str]  # marker -> category
    any_marker: re.Pattern
    firsts: frozenset[str]  # the places' first words ("Nizhny", "St", "Kharkiv")


@lru_cache(maxsize=4)
def _region_patterns(cues: Cues) -> _RegionPatterns:
    """The ``state_regions`` cue table as patterns and lookups (:class:`_RegionPatterns`)."""
    places = {p: cat for cat, ps in cues.state_region_places for p in ps}
    markers = {m: cat for cat, ms in cues.state_region_markers for m in ms}
    alternation = _alternation(markers) or "(?!)"

    def marker(group: str) -> str:
        return rf"(?:(?P<{group}>{alternation})\s+)?"

    place = rf"(?P<place>{_alternation(places)})"
    title = rf"(?i:(?:(?:{_REGION_MODIFIERS})\s+)?(?:{_alternation(cues.state_region_titles)}))"
    fill = rf"(?i:(?:{_REGION_FILLERS})\s+)"
    before = re.compile(
        rf"(?<![\w-]){marker('marker')}{place}(?:['’]s)?\s+{marker('marker2')}"
        rf"{fill}{{0,3}}{title}\b,?\s+(?=[A-Z])"
    )
    after = re.compile(
        rf"(?<![\w-]){marker('marker')}{title}\s+of\s+(?:the\s+)?{place}\b"
        rf"(?i:\s+(?:{_REGION_FILLERS})){{0,2}}(?:,\s+|\s+(?=[A-Z]))?"
    )
    firsts = frozenset(re.split(r"[\s.]", p)[0] for p in places)
    return _RegionPatterns(before, after, places, markers, re.compile(alternation), firsts)


def _title_positions(low: str, titles: tuple[str, ...]) -> list[int]:
    """Where the words ``titles`` start in the lowercased text ``low`` (``str.find``, in C: a
    regex alternation over the whole text costs several times more)."""
    out = []
    for title in titles:
        at = low.find(title)
        while at >= 0:
            end = at + len(title)
            if (at == 0 or not low[at - 1].isalpha()) and not low[end : end + 1].isalpha():
                out.append(at)
            at = low.find(title, end)
    return out


def _regional_officials(
    norm: str, cues: Cues, low: str | None = None
) -> list[tuple[list[str], str]]:
    """The names of officials of a state's regions and cities (``state_regions``, version
    125), with the state's category: "PLACE [regional ...] TITLE NAME" ("Belgorod Governor
    Vyacheslav Gladkov", "Chechen leader Ramzan Kadyrov"), "TITLE of [the] PLACE [region], NAME"
    ("the head of Dagestan, Sergey Melikov") and "NAME, the TITLE of PLACE". A contested place
    (Crimea, the occupied oblasts and cities) needs a marker in the phrase or the 40 characters
    before it ("the Russian-installed head of the Zaporozhye region"), which also decides any
    place's state; a past office holder ("former Kharkiv mayor") is left out."""
    if not cues.state_region_places:
        return []
    rp = _region_patterns(cues)
    low = norm.lower() if low is None else low
    found = []
    # the two patterns' alternation of places is slow over a whole text: read them only in a
    # window around a title word (a C scan finds those) that holds a place's first word
    windows = [
        (lo, hi)
        for at in _title_positions(low, cues.state_region_titles)
        for lo, hi in [(max(0, at - _WINDOW), at + _WINDOW)]
        if not rp.firsts.isdisjoint(_CAPITALISED.findall(norm, lo, hi))
    ]
    hits = {
        (m.start(), m.end()): (m, pattern)
        for lo, hi in windows
        for pattern in (rp.before, rp.after)
        for m in pattern.finditer(norm, lo, hi)
    }
    for key in sorted(hits):
        m, pattern = hits[key]
        lead = norm[max(0, m.start() - 40) : m.start()]
        if _past_lead(lead, m.group()):
            continue  # a past office holder no longer speaks for the state
        marks = [g for g in (m.groupdict().get("marker"), m.groupdict().get("marker2")) if g]
        marks += rp.any_marker.findall(lead)
        cat = rp.markers[marks[-1]] if marks else rp.places[m.group("place")]
        if not cat:
            continue  # a contested place without a marker: either state's official
        run = _name_run(_TOKEN.findall(norm, m.end(), m.end() + 60), 0, cues)
        if not run and pattern is rp.after:
            prior = _NAME_BEFORE.search(norm, max(0, m.start() - 60), m.start())
            if prior is not None:
                words = prior.group(1).split()
                run = words if all(_is_name(w, cues) for w in words) else []
        if run:
            found.append((run, cat))
    return found + _title_only_officials(norm, cues)


def _title_only_officials(norm: str, cues: Cues) -> list[tuple[list[str], str]]:
    """The names after an abbreviated title that alone names a state's regional official
    (``state_regions``' ``title_only``, version 144: "Gov. Kathy Hochul", "Texas Gov. Greg
    Abbott", "Georgia Gov. Brian Kemp"), with the category; not after a capitalised word other
    than the category's places and ``after`` words ("Tokyo Gov. Yuriko Koike"), nor after a past
    office ("former Gov. X")."""
    found = []
    for cat, title, before in _title_only_patterns(cues):
        for m in title.finditer(norm):
            lead = norm[max(0, m.start() - 40) : m.start()]
            prev = lead.split()[-1:] or [""]
            if prev[0][:1].isupper() and not before.search(lead):
                continue  # "Tokyo Gov. Yuriko Koike": another place's governor
            if _past_lead(lead, m.group()):
                continue
            run = _name_run(_TOKEN.findall(norm, m.end(), m.end() + 60), 0, cues)
            if run:
                found.append((run, cat))
    return found


@lru_cache(maxsize=4)
def _title_only_patterns(cues: Cues) -> list[tuple[str, re.Pattern, re.Pattern]]:
    """Per category of ``title_only``: the titles before a capitalised word, and the words
    (the category's places and ``after``) that may end the text before them."""
    places = _region_patterns(cues).places
    out = []
    for cat, titles, after in cues.state_region_title_only:
        allowed = {p for p, c in places.items() if c == cat} | set(after)
        title = re.compile(rf"(?<![\w.-]){_alternation(titles)}\s+(?=[A-Z])")
        out.append((cat, title, re.compile(rf"(?:^|[^\w.-])({_alternation(allowed)})\s+$")))
    return out


def _past_lead(lead: str, found: str) -> bool:
    """A regional official's match ``found`` or the last word of the text before it (``lead``)
    names a past office ("former Kharkiv mayor", "ex-Belgorod governor", "the late St.
    Petersburg mayor"; version 142: the words of
    :func:`~framing.engine.past_office.past_office_word`, so "then-" keeps the state, as
    everywhere)."""
    words = lead.lower().translate(_SPACES).split()[-1:] + found.lower().split()
    return any(past_office_word(w) for w in words)


def _lexicon_surname(text: str, cat: str, cues: Cues) -> list[str]:
    """The surname of a person's full name the lexicon matched ("Jake Sullivan" -> Sullivan),
    when the match is two or three name words; else none ("Biden", "Secretary Austin", "von
    der Leyen"; Chinese names, whose surnames "Wang", "Li" many others share)."""
    run = text.split()
    if (
        cat in _FIRST_NAME_SURNAME
        or not 2 <= len(run) <= _MAX_NAME
        or not all(_is_name(w, cues) for w in run)
    ):
        return []
    return [run[-1]]


def _proper(words: list[str], norm: str) -> list[str]:
    """``words`` less those the text also writes in lower case ("Ned Price ... the price"):
    a common word, capitalised at a sentence's start, would be taken for the person."""
    return [w for w in words if not _lower_word_in(w.lower(), norm)]


def _lower_word_in(word: str, norm: str) -> bool:
    """``word`` stands in ``norm`` as a whole word (``\\bword\\b``); a substring test first, in
    C, so that the regex (compiled once per word) runs only on texts that hold the letters."""
    return word in norm and re.search(rf"\b{re.escape(word)}\b", norm) is not None


@lru_cache(maxsize=8)
def _home_officials(cues: Cues, home: str) -> tuple[re.Pattern, tuple[str, ...]] | None:
    """The home's ``home_officials`` cue table as a pattern for "[REGION | DEPARTMENT] TITLE "
    before a capitalised word, and the home's agency acronyms; None when the home has none."""
    for h, titles, regions, bodies, departments in cues.home_officials:
        if h != home:
            continue
        # an empty list is "(?!)", which never matches
        reg, dept = _alternation(regions) or "(?!)", _alternation(departments) or "(?!)"
        lead = rf"(?:(?P<region>\b(?:{reg})\s+)|\b(?:{dept})\s+)?"
        title = rf"{lead}(?<![\w.-])(?:{_alternation(titles)})(?=\s+[A-Z])"
        return re.compile(title), tuple(bodies)
    return None


def _alternation(words) -> str:
    """``words`` as a regex alternation, longest first (a stable order)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _titled_names(
    norm: str, titled: re.Pattern, bodies: tuple[str, ...], cues: Cues
) -> list[list[str]]:
    """The names in "[REGION] TITLE NAME" ("Maryland Senator Chris Van Hollen", "Sen. Warren",
    "Secretary Raimondo"): the home's officials, which its own texts name by a title of its
    federal offices alone (version 87, attribution round 58), also after one of its
    ``departments`` ("Energy Secretary Granholm"; version 90, round 61). Not after a capitalised
    word that is neither a region, a title, an opener nor one of the home's ``bodies``
    ("Australian Senator X", "Foreign Secretary X", "Trade Representative X", "UN Secretary X",
    "British Defense Secretary X"; "FEMA Administrator X" is the home's); one to three name
    words."""
    found = []
    for m in titled.finditer(norm):
        if m.group("region") is None:
            before = _TOKEN.findall(norm, max(0, m.start() - 30), m.start())
            prev = before[-1] if before else ""
            if (
                prev[:1].isupper()
                and prev not in bodies
                and prev.lower() not in cues.titles
                and prev.lower() not in cues.name_stopwords
            ):
                continue
        run = _name_run(_TOKEN.findall(norm, m.end(), m.end() + 60), 0, cues)
        if run:
            found.append(run)
    return found


def _styled_title(norm: str, start: int, persons: frozenset[str]) -> str:
    """The capitalised person title right before a name that starts at ``start``, past up to
    two capitalised first names ("President Volodymyr Zelenskyy", "President Putin"), in
    lower case; "" when none. In the publisher's own text a later bare "the President" is then
    the home's, unless the text also introduces another actor with that title (version 65,
    attribution round 39: "according to the President")."""
    words = norm[max(0, start - 40) : start].split()[-3:]
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w.lower() in persons and w[:1].isupper():
            return w.lower()
        if not (w[:1].isupper() and w.isalpha()) or k < len(words) - 2:
            return ""
    return ""


#: a capitalised bare "the President" or "the Vice President" (version 95, round 64)
_BARE_PRESIDENT = re.compile(r"\b[Tt]he (?:Vice )?President\b")
#: the links of a title chain before the publisher's own office ("Adviser to the Head of the")
_OFFICE_LINKS = frozenset({"of", "to"})
#: the publisher's own presidential office at the end of a title's chain, then a name
_OFFICE = re.compile(r"\b(?:Office of the President|President(?:'s|’s) Office)(?= [A-Z])")


def _office_names(norm: str, cues: Cues) -> list[list[str]]:
    """The names in "TITLE of/to the ... Office of the President NAME" and "... the President's
    Office NAME" ("Deputy Head of the Office of the President Ihor Zhovkva", "Adviser to the
    Head of the President's Office Mykhailo Podolyak"): officials of the publisher's own
    presidential office, which its releases introduce without naming the state (version 70,
    attribution round 44). Only for the home's text, when its bare "the President" is the
    home's; the name must have two or three words."""
    found = []
    for m in _OFFICE.finditer(norm):
        before = _TOKEN.findall(norm, max(0, m.start() - _SPAN), m.start())
        if _title_chain(before[1:], cues, _OFFICE_LINKS):
            run = _name_run(_TOKEN.findall(norm, m.end(), m.end() + 60), 0, cues)
            if len(run) >= 2:
                found.append(run)
    return found


#: words of a ministry's portfolio ("Minister of Infrastructure", "Minister for Reintegration of
#: the Temporarily Occupied Territories"): no state's name among them (version 77)
_PORTFOLIO_WORDS = frozenset(
    {"foreign", "affairs", "internal", "defence", "defense", "infrastructure", "finance",
     "finances", "economy", "economic", "development", "trade", "agriculture", "agrarian",
     "policy", "food", "health", "justice", "energy", "education", "science", "culture",
     "information", "digital", "transformation", "social", "veterans", "reintegration",
     "temporarily", "occupied", "territories", "strategic", "industries", "environmental",
     "protection", "natural", "resources", "youth", "sports", "communities", "emergency",
     "situations", "labor", "labour", "transport", "communications", "regional", "european",
     "integration", "euro-atlantic", "fuel", "industry", "ecology", "environment", "interior"}
)  # fmt: skip
_PORTFOLIO_JOINERS = frozenset({"of", "and", "the", "for"})
_MINISTER = re.compile(r"\bMinister (?=(?:of|for) [A-Z])")


def _portfolio_names(norm: str, cues: Cues) -> list[list[str]]:
    """The names in "Minister of/for PORTFOLIO NAME" ("Minister of Infrastructure Oleksandr
    Kubrakov", "Minister for Reintegration of the Temporarily Occupied Territories Iryna
    Vereshchuk"): a minister of the publisher's own government, which its releases introduce
    without naming the state (version 77, attribution round 50). Not after a capitalised word
    that is no title ("Hungarian Minister of ..."), not when the portfolio ends in a state's
    name ("Minister of Foreign Affairs of Latvia NAME"); the name must have two or three
    words."""
    found = []
    for m in _MINISTER.finditer(norm):
        before = _TOKEN.findall(norm, max(0, m.start() - 30), m.start())
        prev = before[-1] if before else ""
        if (
            prev[:1].isupper()
            and prev.lower() not in cues.titles
            and prev.lower() not in cues.title_modifiers
        ):
            continue
        toks = _TOKEN.findall(norm, m.end(), m.end() + 160)
        i = 1  # past "of" / "for"
        while i < len(toks) and (
            toks[i].lower() in _PORTFOLIO_WORDS
            or (toks[i] in _PORTFOLIO_JOINERS and i + 1 < len(toks) and toks[i + 1][:1].isupper())
        ):
            i += 1
        if i == 1 or toks[i - 1] in _PORTFOLIO_JOINERS:
            continue
        run = _name_run(toks, i, cues)
        if 2 <= len(run) <= 3:
            found.append(run)
    return found


def _title_chain(before: list[str], cues: Cues, links: frozenset[str] = frozenset({"of"})) -> bool:
    """``before`` (the words before an actor) end with a title's chain of "of" phrases:
    "[Deputy] Head of the Office of the President of", "Minister of Internal Affairs of" (the
    Ukrainian presidency's usual introduction, "... of Ukraine NAME"; version 59): a person
    title, then only capitalised words, the ``links``, "the", "and" and "for", up to a final
    link and its determiners. ``links`` :data:`_OFFICE_LINKS`: also "to" ("Adviser to the Head
    of the", before the home's office; version 70)."""
    j = len(before) - 1
    while j >= 0 and before[j].lower() in _DETERMINERS:
        j -= 1
    if j < 1 or before[j] not in links:
        return False
    for k in range(j - 1, max(-1, j - 11), -1):
        tok = before[k]
        if _person_title(tok.lower(), cues) and tok[:1].isupper():
            return True
        if not (tok[:1].isupper() or tok in links or tok in ("the", "and", "for")):
            return False
    return False


def _surnames(run: list[str], cat: str) -> list[str]:
    if not run:
        return []
    return [run[-1], run[0]] if cat in _FIRST_NAME_SURNAME and len(run) > 1 else [run[-1]]


@lru_cache(maxsize=4)
def _head_titles(cues: Cues) -> frozenset[str]:
    return _person_titles(cues) | frozenset(
        w for w in cues.institution_titles if not w.endswith("s")
    )


@lru_cache(maxsize=4)
def _person_titles(cues: Cues) -> frozenset[str]:
    return frozenset(w for w in cues.titles if _person_title(w, cues))


def bank_pattern(bank: dict[str, str]) -> re.Pattern | None:
    """A pattern for the bank's words as whole words (``None`` for an empty bank)."""
    if not bank:
        return None
    return re.compile(rf"(?<![\w'’-])(?:{_alternation(bank)})(?![\w-])")


def name_spans(
    norm: str,
    start: int,
    end: int,
    bank: dict[str, str],
    pattern: re.Pattern,
    taken,
    bodies: frozenset[str] = frozenset(),
) -> list[tuple[int, int, str, bool]]:
    """The bank's words in ``norm[start:end]`` as ``(start, end, category, person)`` spans
    (``person`` False for the words of ``bodies``), except where they overlap a span of
    ``taken`` (the lexicon's actor matches), and except a body's full name owned by another
    name before it ("the Indian Department of Energy", "India's Department of Energy")."""
    out = []
    for m in pattern.finditer(norm, start, end):
        s, e = m.span()
        if any(ts < e and s < te for ts, te, *_ in taken):
            continue
        body = m.group() in bodies
        if body and " " in m.group() and _owned(norm[max(0, s - 40) : s]):
            continue
        out.append((s, e, bank[m.group()], not body))
    return out


#: words before a body's full name that leave it unowned ("The Department of Energy", "My
#: Department of ..."); a word ending in a comma is a list's item, no owner ("the Departments
#: of Housing, Education, Energy, ...": version 101)
_UNOWNED = frozenset({"The", "A", "An", "Our", "This", "My"})


def _owned(before: str) -> bool:
    """The text ``before`` a body's full name ends in a capitalised word or a possessive
    ("Indian", "India's"): the body is that one's, not the home's (version 95). Not a word
    ending in a comma, an item of a list ("Housing, Education, Department of Energy"), nor
    "My" (version 101)."""
    words = before.split()
    if not words:
        return False
    w = words[-1]
    if w.endswith(","):
        return False
    return w.endswith(("'s", "’s")) or (w[:1].isupper() and w not in _UNOWNED)
