"""Scare (distancing) quotes: short quoted spans that are not reported speech, names or mentions.

A precision-first detector: a quotation counts only when no rule finds a reason why it is
something else. Quoted spans come from :func:`framing.engine.quote_marks.quoted_spans`
(well-paired marks only); cue lists live in :mod:`framing.engine.quote_cues`. The rules look at
the quotation's sentence (``before`` = its clause before the opening mark, from the sentence start
or the last ``;``, other quotations blanked; ``after`` = the rest of the sentence; each at most
:data:`CONTEXT_CHARS` characters and :data:`CONTEXT_QUOTATIONS` quotations, in sentences cut
into windows of :data:`~framing.engine.text.MAX_SENTENCE_CHARS`, so the work stays linear) and
the sentences on either side. Each span gets the first ``reason`` that applies:

- ``no words``; ``too long (N words > 8)`` (over :data:`MAX_SCARE_QUOTE_WORDS`).
- an author's distancing frame right before the quotation (or before the run of coordinated
  quotations it ends): *so-called*, *quote-unquote*, *what has been called / what critics call*,
  *the idea/notion/myth that*, *falsely claiming/branding ... as*, *baseless claims of*,
  *self-proclaimed*; *alleged / supposed* only with no reporting verb earlier in the clause: a
  scare quote, whatever follows (:data:`~framing.engine.quote_cues.AUTHOR_DISTANCING_RE`).
  *What X calls* with a named X reports X's words (``attributed speech (calls)``).
- ``mention of a word``: *the word/term/slogan/cry ...*, *phrases such as*, *the concept/offence
  of*, *answer*, *the Latin for*, a sign *reading*, text *marked / written / printed* on things,
  *search results for*, *greeted with*, *what does "X" mean*, *"X" is a word/name*, a single
  letter or function word (*"may"*), a billboard or banner earlier in the clause, a gloss in
  brackets (*the Druzhba ("friendship") pipeline*); ``attributed speech (inside a
  quotation)``: single marks after an unclosed double mark of the sentence.
- ``attributed speech (CUE)``: a reporting verb anywhere earlier in the clause (*said, called,
  ordered, appealed to, echoed, invoked, pointed out, believes, reportedly, outlawed, sees ... as,
  alleged that, ...*); a claim verb with a named subject; a speech or document noun (*Modi's
  statement that*, *the decree, which stipulates*); a clause opening with whose view it is (*For
  Anna Berg, ...*, *from the general's perspective*); a tag after the quotation (*"...," she
  said*; *..., the envoy said, adding ...*; *, the mayor said* later in the sentence; *according
  to*); ``attributed speech (belief)``: *fears / hopes / wondered* right before it.
- ``attributed speech (previous sentence)``: the quotation opens its sentence and the previous
  sentence has a reporting verb; ``attributed speech (next sentence)``: it ends its sentence and
  the next one ends in a reporting tag (*"...," Olena says.*).
- ``quoted sentence``: it opens its sentence with a comma inside or after the marks and has three
  or more words; or it opens with a capitalised function word (*"We will ..."*, *'The longest
  ...'*) or ends with *!* / *?*.
- ``proper name (NOUN)``: a capitalised quotation next to a name-taking noun (*the cruiser
  "Moskva"*); a quoted phrase before a naming head (*the "balance of power" period*, *the "red"
  zone*) or ending in one (*a "grey list"*); a name in apposition (*"...", as the class is known*).
- ``title of a work``; ``capitalised name`` (every word capitalised or a number; the first word
  of a sentence-opening quotation says nothing); ``quoted clause (WORD)`` (two or more words with
  an auxiliary, modal, be-form or subject pronoun: *"what we have left"*); ``capitalised name
  (number or acronym)``; ``after a colon``; ``covers most of its sentence``
  (:data:`SENTENCE_SHARE`).
- ``speech fragment (WORD)``: 2+ words opening with a preposition or an *-ly* adverb, 3+ with an
  *-ing* verb; ``speech fragment (predicate)``: a verb phrase after *who*, a modal or a verb
  taking *to* (*soldiers who "died of their wounds"*). ``document wording (NOUN in WHERE)``: a
  law, Act, code, article, report, statement, proposal, citation, schedule, treaty ... named in
  the sentence or the one before (not *international law*). ``attributed speech (person in the
  lede)``: the sentence opens with an indefinite person (*A woman who ...*).
- ``attributed speech (nearby: CUE in WHERE)`` (precision first): reporting vocabulary anywhere
  in the quotation's sentence (every reporting verb above, CAMEO speech, blame and naming verbs,
  reporting and document nouns: *statement, interview, spokesman, legislation, commitments,
  warnings*), or a speech verb or reporting noun in the sentence before or after it
  (:func:`~framing.engine.quote_cues.nearby_speech`; lowercase only, so *United States* is no
  *states*; belief verbs and noun homographs such as *report, protests, fears* are left out).

A second pass looks at the quotation's neighbours: a quotation in the same sentence as quoted
speech (attributed, too long, a quoted sentence) is ``attributed speech (quoted neighbour)``;
one coordinated (*"X" and "Y"*) with a mention, name, title or attributed quotation shares its
reason; :data:`MIN_WORD_LIST` or more coordinated quotations of at most three words are
``mention of a word (list)``; a capitalised quotation coordinated with a lowercase scare quote
is a label (*the "Nazis" and "degenerates" of the West*), not a name.

Round 5 (precision first): *revealed, disclosed, bragging, boasted, billing/billed as, crying,
exclaimed, confessed, hinted at, ruled that, framed ... as, found guilty, convicted, sentenced,
counts of, it was decided/determined/agreed* report; a visa, certificate, permit, verdict,
judgment or readout carries wording (*her visa states*; *the readout* in the sentence before);
posts on social media (*on Telegram*, *his Instagram page*) in the quotation's sentence;
``foreign-language text`` (mostly non-Latin letters); a gloss after the quotation (*"X" - or
...*, *"X", meaning ...*) is a mention; ``proper name (dated)``: a bracketed year right after
(*the "..." (1966-76)*); ``proper name (nickname)``: a capitalised quotation between two
capitalised words (*Oleh "Bison" Marchenko*); a capitalised quotation after *so-called* before
*strain, variant, period, era, week, day, level* is a neutral name; *campaign, summit, forum,
week, day, award* are naming heads; ``quoted formula (list)``: three or more items listed inside
one quotation (*"open, green and shared"*); first- and second-person words (*our, my, us, me,
your*) make a quoted clause; ``quoted sentence (full stop)``: four or more words with a full
stop inside the marks; *headlined / captioned* introduce a title. A third pass
(:func:`_from_document`) adds ``attributed speech (quoted passage)`` (a sentence that opens
with *he/she*, *Ms/Dr X* or a two-word name, next to a sentence of quoted speech) and
``proper name (sentence case)``.

Headlines (round 12): in a sentence without final punctuation
(:func:`~framing.engine.headline_end.headline_end`: also after a closing
*%*, *)* or *+*), a quotation no rule above explains is
:data:`HEADLINE_QUOTATION` (headline style quotes a source's words without a reporting verb:
*Family's shock at 'horrendous' stabbing*), unless an author's distancing frame marks it
(:data:`~framing.engine.quote_cues.HEADLINE_DISTANCING_BEFORE_RE`: *hypes 'China threat'*,
*so-called* earlier; :data:`~framing.engine.quote_cues.HEADLINE_DISTANCING_AFTER_RE`: *'debt
trap' smears*). Headline questions and headlines ending in punctuation are read as running
text (a known miss of round 12).

Version 71 (precision round 22, the official texts): the speaker's own term (*what we call*,
*what we mean by*, *by "X," I mean*), a prescribed label (*attributable to a "senior
official"*), a term *is defined* or *is not a hollow word* after it, and a function word with
its punctuation inside the marks (*not "if," but "when."*) are mentions; a capitalised
quotation of any length after a campaign, action, page, fellowship or publication noun, or
after *the work of NAME*, is a title (``title of a work (campaign, publication)``); *fellowship,
scholarship, page* are naming heads after a quotation, *days* and *weeks* inside it; *as X
(aptly) puts it* after a quotation and *in the (figurative) expression / phrase of X* before
it attribute it; a fourth pass (:func:`_echoes`) gives ``attributed speech (echo)`` to a
remaining quotation of two or more words in a briefing transcript (one with reporters' "Q"
turns) whose words were said earlier, unquoted or as non-scare quotation.

Version 100 (media precision round 12, news): a named holder who *deems*, *coins*, *repeats
that* or *is optimistic / confident / convinced that* earlier in the clause
(:data:`~framing.engine.quote_cues.HOLDER_VERB_RE`; not *agree that* or *wants*, which earlier
readers read as the author's marks); a person's possessive right before the quotation
(``attributed speech (possessive)``: *President Putin's "..."*, *Barack Obama's "..."*; not a
place's: *Russia's "ambitions"*); *notes that*, *touted*, *talks a good game about*, *qualified
/ marked ... as*, a labelling verb up to eight words before *as*; *Still, to NAME,* and *To his
administration,* open a viewpoint; *the two leaders' agreement that*; *graffitied* is an
inscription, *moniker the* a mention, *"de-arched," or exited* a gloss.

Version 134 (media precision round 23, news): *idiom, saying, proverb, adage, aphorism* before
a quotation and *sign(s), signage, notice(s)* right after it make a mention; *in his / her words*
is reporting vocabulary of the neighbouring sentences; an embedded post's closing link
(*https://t.co/...*) after the quotation in its sentence or in the next one attributes it
(``attributed speech (embedded post)``); a capitalised quotation ending in *case, affair,
scandal, incident* is a name.

Version 136 (official precision round 24, the official texts): a term an agency *defines a* or
a speaker *redefines*, a word denied a meaning (*"X" does not mean "Y"*, *by "X" I do not mean*),
*the keyword is*, *the term of art (in Washington) is*, a term after a plain passive (*what is
called*, *what was referred to as*; *what has been called* and *what is often called* stay an
author's distance) and a judgement of the term after it (*"X" feels like this kind of vague
term*) make a mention; so does a next sentence that defines the quoted words (*Precision
agriculture is ...*) or, after a quotation ending its sentence, opens with *What this means*
(``mention of a word (defined)``); *feature, button, tab, icon* right after a quotation are
naming heads; a fifth pass (:func:`_questions`) gives ``attributed speech (reporter's
question)`` to a remaining scare quote in a reporter's "Q" turn that no distancing frame marks.

Version 141 (official rounds 24-26, the official texts): *function(s)* right after a quotation
and *approach, agenda, guide, handbook, playbook, toolkit, checklist* as naming heads; a
capitalised quotation ending in *model* (the *"Harbour Street model"*) is a name; a term named as
one in use (*this term we use*, *the words they prefer*), an idiom introduced (*as the expression
in English goes*), *what do you mean* and *do you mean, by* before the quotation, and a meaning
judged (*"X" has a pretty intense meaning*) or *term(s), word(s), phrase(s)* right after it (not
*term of / in office*, *term limits*) make a mention.

Known misses (they count as scare quotes): a speaker named two sentences away or without any
verb (*David McIlveen, from County Down, ...*); an author's own emphasis or idiom in quotes
(*"mixed messages"*); a document's wording with no document noun (*allow imports as a
"temporary measure"*); a reporting verb in the clause before *so-called*. Known losses (not
counted): every author's scare quote within a sentence of any reporting word (*Biden said the
"referendum" was a sham*; a label in a paragraph that quotes someone), after *what X calls*,
beside a named document (*"Taiwan independence"* and the *Taiwan Relations Act*), next to quoted
speech, with a number or an acronym (*the "NATO threat"*), or in a capitalised word
(*"Sinophile"*).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

import pandas as pd

from framing.engine import quote_cues as qc
from framing.engine.headline_end import headline_end
from framing.engine.quote_marks import quoted_spans
from framing.engine.text import WORD_RE, bounded_spans, normalize_for_matching
from framing.engine.transcripts import QUESTION, turns

#: Longest quoted span (in word tokens) that can count as a scare quote.
MAX_SCARE_QUOTE_WORDS = 8
#: Coordinated quotations of at most three words each, this many or more, are a list of words.
MIN_WORD_LIST = 3
#: A quotation with at least this share of its sentence's words is a quoted sentence.
SENTENCE_SHARE = 0.6
COLUMNS = ["start", "end", "text", "words", "is_scare_quote", "reason", "sentence"]
SCARE = "scare quote"
#: Punctuation a quotation may carry inside its closing mark ("if," / "when.").
_END_PUNCTUATION = " ,.;:!?"
#: The reason of a headline quotation outside an author's distancing frame (round 12).
HEADLINE_QUOTATION = "headline quotation (a source's words)"


def _is_title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in qc.SMALL]
    return len(words) >= 2 and bool(content) and all(w[0].isupper() for w in content)


def _capitalised(words: list[str], opens_sentence: bool) -> bool:
    """Every word capitalised (or a number): a name, title or acronym. The first word of a
    quotation that opens its sentence says nothing (capitalised by position)."""
    content = [w for w in words if w.lower() not in qc.SMALL]
    if opens_sentence:
        content = content[1:] if words and content and content[0] == words[0] else content
    return bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content)


def _has_lowercase_word(inner: str) -> bool:
    return any(w[0].islower() and w.lower() not in qc.SMALL for w in WORD_RE.findall(inner))


def _is_name(inner: str, words: list[str], before: str, after: str) -> str:
    """The common noun before/after a capitalised quotation of at most 5 words, else ``""``."""
    if not words or len(words) > 5 or not (inner[:1].isupper() or inner[:1].isdigit()):
        return ""
    m = qc.NAME_BEFORE_RE.search(before) or qc.NAME_AFTER_RE.search(after)
    return m.group().strip(" ,\"'").lower() if m else ""


def _naming_head(inner: str, words: list[str], after: str) -> str:
    """The head noun that makes a quoted phrase of 2+ words a name (any case), else ``""``."""
    if m := qc.GRADE_HEAD_AFTER_RE.search(after):
        return m.group().strip(" ,.\"'").lower()
    if m := qc.NAMING_HEAD_AFTER_RE.search(after):
        return m.group().strip(" ,.\"'").lower()
    if len(words) < 2:
        return ""
    m = qc.NAMING_HEAD_INSIDE_RE.search(inner)
    if not m and inner[:1].isupper():
        m = qc.EVENT_HEAD_INSIDE_RE.search(inner)
    return m.group().strip(" ,.\"'").lower() if m else ""


def _quoted_sentence(c: _Context) -> bool:
    """A capitalised quotation that reads as a sentence or a title: it ends with ``!`` or ``?``,
    or opens with a capitalised function word or interjection ("We will take care of it.",
    "Oh, I know her.") and has three or more words or ends with a full stop."""
    words = c.words
    if len(words) < 2 or not c.inner[:1].isupper():
        return False
    last = c.inner.rstrip()[-1:]
    if last in "!?":
        return True
    opener = words[0].lower() in qc.SENTENCE_OPENERS
    return opener and (last == "." or (len(words) >= 3 and not c.opens_sentence))


def _reporting_verb(before: str, after: str, comma_end: bool) -> str:
    """The reporting verb (or speech noun) that attributes the quotation, or ``""``."""
    verbs = qc.REPORTING_RE.findall(before)
    if verbs:
        return " ".join(verbs[-1].split()).lower()
    if m := qc.CLAIM_SUBJECT_RE.search(before):
        return m.group().split()[-1].lower()
    if m := qc.HOLDER_VERB_RE.search(before):
        return " ".join(m.group().split()[1:]).lower()
    if qc.POSSESSOR_BEFORE_RE.search(_tail(before)):
        return "possessive"
    if m := qc.SPEECH_NOUN_RE.search(before):
        return " ".join(m.group().split()[-2:]).lower()
    if qc.VIEWPOINT_RE.search(before):
        return "viewpoint"
    for rx in (
        qc.TAG_AFTER_COMMA_RE if comma_end else qc.TAG_AFTER_RE,
        qc.TAG_END_RE,
        qc.TAG_MID_RE,
        qc.AS_PUT_IT_RE,
    ):
        if m := rx.search(after):
            return " ".join((m.group("verb") or m.group("verb2")).split()).lower()
    return ""


def _distanced(before: str) -> bool:
    """An author's distancing frame ends the clause before the quotation (or before the run of
    coordinated quotations it closes): *so-called*, *what has been called*, *the idea that*;
    or *alleged* / *supposed* with no reporting verb earlier in the clause."""
    b = _before_coordination(before)
    if qc.AUTHOR_DISTANCING_RE.search(_tail(b)):
        return True
    return bool(qc.WEAK_DISTANCING_RE.search(_tail(b))) and not qc.REPORTING_RE.search(b)


#: Characters of the clause before a quotation that its end-anchored frames can reach.
_TAIL = 200


def _tail(before: str) -> str:
    """The end of ``before`` (from a word start) that end-anchored patterns need: searching it
    finds what searching the whole clause finds, faster."""
    if len(before) <= _TAIL:
        return before
    cut = before.find(" ", len(before) - _TAIL)
    return before[cut:] if cut >= 0 else before


def _punctuated_word(c: _Context) -> str:
    """Version 71: the quotation without the punctuation inside its closing mark (*"if,"*,
    *"yes."*), unless it opens its sentence (*"Never," he went on*: a quoted sentence)."""
    return "" if c.opens_sentence else c.inner.strip(_END_PUNCTUATION)


def _fragment(words: list[str]) -> str:
    """The first word of a quotation that reads as a piece of someone's sentence, not a label:
    2+ words opening with a preposition or an -ly adverb, 3+ opening with an -ing verb."""
    if len(words) < 2:
        return ""
    first = words[0].lower()
    if first in qc.FRAGMENT_PREPOSITIONS or (first.endswith("ly") and len(first) > 4):
        return first
    if len(words) >= 3 and first.endswith("ing") and len(first) > 5:
        return first
    return ""


def _foreign_script(inner: str) -> bool:
    """Most letters of the quotation are outside the Latin script (Cyrillic, Chinese, Arabic
    ...): foreign-language text quoted in an English document, not an author's label."""
    letters = [ch for ch in inner if ch.isalpha()]
    return bool(letters) and sum(ord(ch) > 0x24F for ch in letters) * 2 > len(letters)


def _inside_open_quotation(text: str, lo: int, start: int) -> bool:
    """A quotation in single marks after an unclosed double quotation mark of its sentence
    (from ``lo``): a quote within someone's quoted speech."""
    if text[start - 1 : start] not in ("'", "\u2018"):
        return False
    head = text[lo : start - 1]
    return head.count("\u201c") > head.count("\u201d") or head.count('"') % 2 == 1


def _before_coordination(before: str) -> str:
    """``before`` without the earlier quotations (blanked by :func:`_blank`) coordinated with
    this one: `claiming "  ", "  " and ` -> `claiming`."""
    s = before
    while True:
        t = qc.TRAILING_CONJUNCTION_RE.sub("", s.rstrip()).rstrip(" ,;")
        if not t or t[-1] not in qc.QUOTE_MARKS:
            return s
        u = t[:-1].rstrip(" ")
        if not u or u[-1] not in qc.QUOTE_MARKS:
            return s
        s = u[:-1]


def _quoted_clause(words: list[str]) -> str:
    """The auxiliary, modal or subject pronoun that makes a quotation of 2+ words a clause."""
    if len(words) < 2:
        return ""
    for w in words:
        low = w.lower().replace("\u2019", "'")
        if low in qc.FINITE_WORDS:
            return low
    return ""


def _code(words: list[str]) -> bool:
    """A number or an acronym inside the quotation: a figure, a code or a name."""
    return any(any(ch.isdigit() for ch in w) or (len(w) >= 2 and w.isupper()) for w in words)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the inner text of ``spans`` replaced by spaces (same length)."""
    if not spans:
        return text
    parts, pos = [], 0
    for s, e in spans:
        if s >= pos:
            parts += [text[pos:s], " " * (e - s)]
            pos = e
    parts.append(text[pos:])
    return "".join(parts)


class _Context(NamedTuple):
    """What the rules see of one quotation (see the module docstring)."""

    inner: str
    words: list[str]
    before: str
    after: str
    previous_sentence: str
    next_sentence: str
    sentence_words: int
    opens_sentence: bool
    ends_sentence: bool
    comma_end: bool
    sentence: str
    distanced: bool
    inside_quotation: bool
    headline: bool


#: Characters of a quotation's clause before it, and of its sentence after it, that the rules
#: read (the longest in the registry corpora: 1,635 and 1,636) ...
CONTEXT_CHARS = 2000
#: ... and quotations (at most 10 in the registry corpora). With sentences cut into windows of
#: :data:`~framing.engine.text.MAX_SENTENCE_CHARS`, the two bounds keep the work for one
#: quotation bounded, so text without sentence punctuation or dense with quotation marks stays
#: linear; real text is read as before.
CONTEXT_QUOTATIONS = 12


def find_quotes(
    text: str, sentences: list[tuple[int, int]] | None = None, norm: str | None = None
) -> list[tuple]:
    """Quoted spans as tuples in the order of :data:`COLUMNS` (inner text, without the marks)."""
    spans = quoted_spans(text)
    if not spans:
        return []
    if norm is None:
        norm = normalize_for_matching(text)
    if not sentences:
        sentences = [(0, len(text))]
    windows = bounded_spans(norm, sentences)
    home = _home_sentences(windows, sentences)
    starts = [s for s, _ in windows]
    masked = _blank(norm, spans)
    shared: dict[tuple, object] = {}  # what the quotations of one sentence share, made once

    def piece(lo: int, hi: int) -> str:
        if (key := ("masked", lo, hi)) not in shared:
            shared[key] = masked[lo:hi]
        return shared[key]

    def about(lo: int, hi: int) -> tuple[int, bool]:
        if (key := ("about", lo, hi)) not in shared:
            plain = norm[lo:hi]
            shared[key] = (len(WORD_RE.findall(plain)), headline_end(plain))
        return shared[key]

    rows: list[tuple[int, int, int, _Context]] = []
    reasons: list[str] = []
    last_end = -1
    for k, (start, end) in enumerate(spans):
        if start < last_end:  # nested in the previous quotation: part of that quotation
            continue
        last_end = end
        inner = text[start:end]
        si = max(bisect_right(starts, start) - 1, 0)
        sj = max(bisect_right(starts, end) - 1, si)
        s_lo, s_hi = windows[si][0], max(windows[sj][1], end + 1)
        clause_lo = max(s_lo, masked.rfind(";", s_lo, start) + 1)
        back = spans[k - CONTEXT_QUOTATIONS][0] - 1 if k >= CONTEXT_QUOTATIONS else 0
        ahead = k + CONTEXT_QUOTATIONS + 1
        after_hi = min(
            s_hi, end + 1 + CONTEXT_CHARS, spans[ahead][0] - 1 if ahead < len(spans) else s_hi
        )
        after = masked[end + 1 : max(end + 1, after_hi)]
        nxt = windows[sj + 1] if sj + 1 < len(windows) else (s_hi, s_hi)
        before_lo = max(_context_start(masked, clause_lo, start - 1), back)
        before = masked[before_lo : max(before_lo, start - 1)]
        sentence_words, headline = about(s_lo, s_hi)
        ctx = _Context(
            inner=inner,
            words=WORD_RE.findall(inner),
            before=before,
            after=after,
            previous_sentence=piece(*windows[si - 1]) if si else "",
            next_sentence=piece(*nxt),
            sentence_words=sentence_words,
            opens_sentence=start - 1 == s_lo,
            ends_sentence=not WORD_RE.search(after),
            comma_end=inner.rstrip()[-1:] == "," or after[:1] == ",",
            sentence=piece(s_lo, s_hi),
            distanced=_distanced(before),
            inside_quotation=_inside_open_quotation(text, s_lo, start),
            headline=headline,
        )
        reasons.append(_reason(ctx))
        # the later passes need no clause context: not kept (bounded memory per quotation)
        rows.append((start, end, si, ctx._replace(before="", after="", previous_sentence="")))
    reasons = _from_neighbours(rows, reasons, masked)
    reasons = _from_document(rows, reasons, text)
    transcript = turns(text) if any(r == SCARE for r in reasons) else []
    reasons = _echoes(rows, reasons, text, transcript)
    reasons = _questions(rows, reasons, transcript)
    return [
        (start, end, c.inner, len(c.words), r == SCARE, r, home[si])
        for (start, end, si, c), r in zip(rows, reasons, strict=True)
    ]


def _context_start(masked: str, lo: int, end: int) -> int:
    """Where the clause before a quotation ending at ``end`` is read from: ``lo``, or the first
    word start of the last :data:`CONTEXT_CHARS` characters when the clause is longer."""
    if end - lo <= CONTEXT_CHARS:
        return lo
    cut = masked.find(" ", end - CONTEXT_CHARS, end)
    return cut if cut >= 0 else end - CONTEXT_CHARS


def _home_sentences(windows: list[tuple[int, int]], sentences: list[tuple[int, int]]) -> list[int]:
    """The index in ``sentences`` of each window of :func:`bounded_spans` (its sentence)."""
    if windows is sentences:
        return range(len(sentences))  # type: ignore[return-value]
    home, i = [], 0
    for lo, _ in windows:
        while i + 1 < len(sentences) and sentences[i + 1][0] <= lo:
            i += 1
        home.append(i)
    return home


#: Version 136: the sentence after a quotation that ends its own explains it.
_WHAT_IT_MEANS_RE = re.compile(r"^\W*(?:what\s+(?:this|that)\s+means)\b", re.I)


def _defined_next(c: _Context) -> bool:
    """Version 136: the next sentence defines the quoted term: it opens with the quotation's
    words as its subject (*"precision agriculture" ... . Precision agriculture is a farm
    management system*), or, after a quotation that ends its sentence, with *What this means*
    (*a new "price preference." What this means is ...*): a term introduced, not distance."""
    if not c.words:
        return False
    if c.ends_sentence and _WHAT_IT_MEANS_RE.match(c.next_sentence):
        return True
    phrase = r"\W+".join(re.escape(w) for w in c.words)
    return bool(re.match(rf"^\W*{phrase}\s+(?:is|are|means|refers\s+to)\s", c.next_sentence, re.I))


#: Version 100: a gloss after a comma inside the closing mark (*has "de-arched," or exited*).
_GLOSS_OR_RE = re.compile(r"\s+or\s+[a-z]")


def _reason(c: _Context) -> str:
    """Why a quotation is not a scare quote (its own context only), or :data:`SCARE`."""
    words, before, after = c.words, c.before, c.after
    if not words:
        return "no words"
    if len(words) > MAX_SCARE_QUOTE_WORDS:
        return f"too long ({len(words)} words > {MAX_SCARE_QUOTE_WORDS})"
    if c.distanced:
        m = qc.NEUTRAL_NAME_HEAD_RE.search(after)
        if m and c.inner[:1].isupper() and not c.opens_sentence:
            return f"proper name ({m.group().strip(' ,.').lower()})"
        return SCARE
    if _foreign_script(c.inner):
        return "foreign-language text"
    if qc.MENTION_BEFORE_RE.search(_tail(before)) or qc.MENTION_AFTER_RE.match(after):
        return "mention of a word"
    if _defined_next(c):
        return "mention of a word (defined)"
    if len(words) == 1 and len(words[0]) == 1 and c.inner.strip(" .,")[:1].isalpha():
        return "mention of a word"
    if (
        len(words) == 1
        and words[0].lower() in qc.FUNCTION_WORDS
        and (c.inner.strip() == words[0] or _punctuated_word(c) == words[0])
    ):
        return "mention of a word (function word)"
    if c.comma_end and _GLOSS_OR_RE.match(after):
        return "mention of a word (gloss)"
    if qc.INSCRIPTION_RE.search(before):
        return "mention of a word (inscription)"
    if c.inside_quotation:
        return "attributed speech (inside a quotation)"
    if before.endswith("(") and after.lstrip(" ,.")[:1] == ")":
        return "mention of a word (gloss)"
    if qc.DATED_AFTER_RE.match(after):
        return "proper name (dated)"
    if len(words) >= 3 and qc.INNER_LIST_RE.search(c.inner):
        return "quoted formula (list)"
    if verb := _reporting_verb(before, after, c.comma_end):
        return f"attributed speech ({verb})"
    if qc.BELIEF_BEFORE_RE.search(before):
        return "attributed speech (belief)"
    if c.opens_sentence and qc.REPORTING_RE.search(c.previous_sentence):
        return "attributed speech (previous sentence)"
    if c.ends_sentence and qc.TAG_END_RE.search(c.next_sentence):
        return "attributed speech (next sentence)"
    if c.opens_sentence and c.comma_end and len(words) >= 3:
        return "quoted sentence"
    if noun := _is_name(c.inner, words, before, after):
        return f"proper name ({noun})"
    if head := _naming_head(c.inner, words, after):
        return f"proper name ({head})"
    if (
        c.inner[:1].isupper()
        and len(words) <= 4
        and qc.NICKNAME_BEFORE_RE.search(before)
        and qc.NICKNAME_AFTER_RE.match(after)
    ):
        return "proper name (nickname)"
    if qc.NAME_APPOSITION_RE.search(after):
        return "proper name (apposition)"
    if qc.TITLE_BEFORE.search(before) or _is_title_case(words):
        return "title of a work"
    if c.inner[:1].isupper() and qc.CAMPAIGN_BEFORE_RE.search(_tail(before)):
        return "title of a work (campaign, publication)"
    if _capitalised(words, c.opens_sentence):
        return "capitalised name"
    if _quoted_sentence(c):
        return "quoted sentence"
    if len(words) >= 4 and c.inner.rstrip().endswith(".") and not c.inner.rstrip().endswith(".."):
        return "quoted sentence (full stop)"
    if aux := _quoted_clause(words):
        return f"quoted clause ({aux})"
    if _code(words):
        return "capitalised name (number or acronym)"
    if before.rstrip().endswith(":"):
        return "after a colon"
    if len(words) >= SENTENCE_SHARE * c.sentence_words:
        return "covers most of its sentence"
    if first := _fragment(words):
        return f"speech fragment ({first})"
    if len(words) >= 2 and qc.PREDICATE_BEFORE_RE.search(before):
        return "speech fragment (predicate)"
    if qc.PERSON_LEDE_RE.search(c.sentence):
        return "attributed speech (person in the lede)"
    for where, text in (("sentence", c.sentence), ("previous sentence", c.previous_sentence)):
        if noun := qc.document_noun(text):
            return f"document wording ({noun} in {where})"
    if qc.EMBEDDED_POST_RE.search(after) or qc.EMBEDDED_POST_RE.search(c.next_sentence):
        return "attributed speech (embedded post)"
    for where, text, wide in (
        ("sentence", c.sentence, True),
        ("previous sentence", c.previous_sentence, False),
        ("next sentence", c.next_sentence, False),
    ):
        if cue := qc.nearby_speech(text, wide):
            return f"attributed speech (nearby: {cue} in {where})"
    if c.headline and not (
        qc.HEADLINE_DISTANCING_BEFORE_RE.search(before)
        or qc.HEADLINE_DISTANCING_AFTER_RE.match(after)
    ):
        return HEADLINE_QUOTATION
    return SCARE


#: Own reasons that make the other quotations of a sentence quoted material too.
_SPEECH_REASONS = (
    "attributed speech",
    "too long",
    "covers most",
    "after a colon",
    "quoted sentence",
    "quoted clause",
)
#: Reasons a quotation passes to quotations coordinated with it ("X" and "Y", "X", "Y" or "Z").
_SHARED_REASONS = ("mention of a word", "proper name", "title of a work", "attributed speech")
_COORDINATION_RE = re.compile(r"^[\s,]*(?:(?:and|or|and/or|nor)\s+)?$", re.I)


def _coordinated(rows: list, i: int, k: int, masked: str) -> bool:
    """Quotations ``i`` < ``k`` joined only by commas and a conjunction ("X", "Y" and "Z")."""
    lo, hi = rows[i][1] + 1, rows[k][0] - 1
    return lo <= hi and _COORDINATION_RE.match(masked[lo:hi]) is not None


def _coordinated_runs(rows: list, masked: str) -> list[list[int]]:
    """Indices of quotations in maximal runs of coordinated quotations."""
    runs: list[list[int]] = []
    for i in range(len(rows)):
        if i and _coordinated(rows, i - 1, i, masked):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _from_neighbours(rows: list, reasons: list[str], masked: str) -> list[str]:
    """Second pass: scare quotes that share a sentence with quoted speech, or are coordinated
    with a mention, name or title, get their neighbour's reason."""
    out = list(reasons)
    for run in _coordinated_runs(rows, masked):
        if len(run) >= MIN_WORD_LIST and all(len(rows[k][3].words) <= 3 for k in run):
            for k in run:
                if out[k] in (SCARE, "capitalised name") and not rows[k][3].distanced:
                    out[k] = "mention of a word (list)"
    speech_in = {
        si for (_, _, si, _), r in zip(rows, reasons, strict=True) if r.startswith(_SPEECH_REASONS)
    }
    for i, (_, _, si, c) in enumerate(rows):
        if out[i] not in (SCARE, "capitalised name") or c.distanced:
            continue
        for k in (i - 1, i + 1):
            if not 0 <= k < len(rows) or not reasons[k].startswith(_SHARED_REASONS):
                continue
            if _coordinated(rows, min(i, k), max(i, k), masked):
                out[i] = reasons[k].split(" (")[0] + " (coordinated)"
                break
        # quoted speech elsewhere in the sentence (this quotation's own reason is no speech:
        # it is a scare quote or a capitalised name at this point)
        if out[i] == SCARE and si in speech_in:
            out[i] = "attributed speech (quoted neighbour)"
    # A capitalised quotation coordinated with a lowercase scare quote is a label, not a name.
    for i in range(len(rows)):
        if out[i] != "capitalised name":
            continue
        for k in (i - 1, i + 1):
            if (
                0 <= k < len(rows)
                and out[k] == SCARE
                and _has_lowercase_word(rows[k][3].inner)
                and _coordinated(rows, min(i, k), max(i, k), masked)
            ):
                out[i] = SCARE
    return out


#: Own reasons of a quotation that make the quotations of the sentences on either side quoted
#: material too: someone's words quoted in pieces across a passage.
_PASSAGE_REASONS = (*_SPEECH_REASONS, "speech fragment", "quoted formula")


def _written_lowercase(word: str, text: str) -> bool:
    """``word`` (lowercase) occurs in ``text`` as a whole word written in lowercase."""
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w])", text) is not None


def _from_document(rows: list, reasons: list[str], text: str) -> list[str]:
    """Third pass (round 5): what the rest of the document says about a remaining scare quote.

    - ``attributed speech (quoted passage)``: a sentence right before or after it holds quoted
      speech (:data:`_PASSAGE_REASONS`): a report quoting its source in pieces.
    - ``proper name (sentence case)``: two or more words, the first capitalised in the middle
      of a sentence although the document writes that word in lowercase elsewhere (*the
      'Monument to the founders of the city'*): a name or title in sentence case.
    """
    out = list(reasons)
    speech_sentences = {
        si for (_, _, si, _), r in zip(rows, reasons, strict=True) if r.startswith(_PASSAGE_REASONS)
    }
    for i, (_, _, si, c) in enumerate(rows):
        if out[i] != SCARE or c.distanced:
            continue
        if (si - 1 in speech_sentences or si + 1 in speech_sentences) and qc.SPEAKER_OPENS_RE.match(
            c.sentence
        ):
            out[i] = "attributed speech (quoted passage)"
            continue
        first = c.words[0] if c.words else ""
        if len(c.words) >= 2 and first[:1].isupper() and not c.opens_sentence:
            head = first.split("-")[0].lower()
            if head not in qc.SMALL and _written_lowercase(head, text):
                out[i] = "proper name (sentence case)"
    return out


def _echoes(rows: list, reasons: list[str], text: str, transcript: list) -> list[str]:
    """Version 71: ``attributed speech (echo)``: in a transcript with reporters' questions
    (:func:`~framing.engine.transcripts.turns`: a briefing, gaggle, press conference or
    interview), a remaining scare quote of two or more words
    whose words were said earlier in the text, unquoted or in a quotation that is not itself a
    scare quote (*Q What exactly is a "stable economic growth"?* after *we're going to a stable
    economic growth*; *MR. KIRBY: A "last ditch effort"?* after the reporter's question): a
    speaker repeating another's words, not distance. A phrase first quoted as a scare quote
    stays one. Not in speeches without questions, where a repeated phrase is often an
    opponent's held up to ridicule. ``transcript``: the text's :func:`turns`."""
    out = list(reasons)
    todo = [
        i
        for i, (_, _, _, c) in enumerate(rows)
        if reasons[i] == SCARE and not c.distanced and len(c.words) >= 2
    ]
    if not todo or not any(t.speaker == QUESTION for t in transcript):
        return out
    low = text.lower()
    scare = [(s, e) for (s, e, _, _), r in zip(rows, reasons, strict=True) if r == SCARE]
    scare_starts = [s for s, _ in scare]
    first_said: dict[str, int] = {}  # phrase -> end of its first saying outside scare quotes
    for i in todo:
        phrase = r"\W+".join(re.escape(w.lower()) for w in rows[i][3].words)
        if phrase not in first_said:
            first_said[phrase] = next(
                (
                    m.end()
                    for m in re.finditer(rf"(?<!\w){phrase}(?!\w)", low)
                    if not _inside(m.start(), scare, scare_starts)
                ),
                len(low) + 1,
            )
        if first_said[phrase] <= rows[i][0] - 1:  # said before the opening mark
            out[i] = "attributed speech (echo)"
    return out


def _questions(rows: list, reasons: list[str], transcript: list) -> list[str]:
    """Version 136: ``attributed speech (reporter's question)``: a remaining scare quote inside
    a reporter's "Q" turn of a transcript (``transcript``: its :func:`turns`). The reporter
    quotes someone's words or a term (*why are officials trying to redefine "recession"?*, *I've
    also seen "a couple million."*): not the publisher's distance. An author's distancing frame
    (*so-called*) keeps it a scare quote."""
    asks = [(t.label_end, t.end) for t in transcript if t.speaker == QUESTION]
    if not asks:
        return reasons
    starts = [lo for lo, _ in asks]
    out = list(reasons)
    for i, (start, _, _, c) in enumerate(rows):
        if out[i] == SCARE and not c.distanced and _inside(start, asks, starts):
            out[i] = "attributed speech (reporter's question)"
    return out


def _inside(pos: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """``pos`` lies in one of ``spans`` (sorted, not overlapping; ``starts`` their starts)."""
    k = bisect_right(starts, pos) - 1
    return k >= 0 and pos < spans[k][1]


def quotes_frame(text: str, sentences: list[tuple[int, int]] | None = None) -> pd.DataFrame:
    """Quoted spans of ``text`` as a DataFrame (:data:`COLUMNS`)."""
    return pd.DataFrame(find_quotes(text, sentences), columns=COLUMNS)
