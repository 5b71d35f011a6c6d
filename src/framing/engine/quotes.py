"""Scare (distancing) quotes: short quoted spans that are not reported speech, names or mentions.

Quoted spans come from :func:`framing.engine.quote_marks.quoted_spans` (well-paired marks only).
Each span gets the first ``reason`` below that applies; only a span with none is a scare quote
(``reason == "scare quote"``). The rules look at the sentence of the quotation (``before`` = the
text of its clause before the opening mark, from the sentence start or the last ``;``, with other
quotations blanked out; ``after`` = the rest of the sentence):

- ``no words``: nothing but punctuation inside.
- ``mention of a word``: the word is mentioned, not used (*the word "war"*, *the term "..."*, a
  sign *reading "..."*, *"Rashism", a word coined ...*, a single letter or symbol such as *"Z"*).
- ``attributed speech (VERB)``: a reporting verb anywhere earlier in the clause (*said, told,
  called, described as, dubbed, labelled, branded, termed, praised, warned, shouted, accused ...
  of, according to, ...*; *so-called* is not one); a reporting tag after the quotation (*"...",
  he said*; *..., the ministry announced on Monday.*; *in the words of the mayor*); or a claim
  verb (*claimed, alleged*) with its subject named right before it (*Russia has claimed ...*).
  A claim verb without a named subject does not attribute: *falsely claiming "China colluding
  with Russia"* is how the focal article frames its distancing quotes.
- ``attributed speech (previous sentence)``: the quotation opens its sentence and the previous
  sentence has a reporting verb (a speaker named just before).
- ``proper name (NOUN)``: a capitalised quotation right after or before a common noun that
  takes names (*the cruiser "Moskva"*, *the newspaper "Izvestia"*, *Operation "Barbarossa"*, *the "Azov"
  regiment*). A lowercase quotation after such a noun is not a name (*Russia's "special military
  operation"* stays a scare quote).
- ``title of a work``: after *book, film, report, operation, titled, ...*, or Title Case of two or
  more words.
- ``after a colon``: the quotation follows a colon (*He added: "..."*, *the message: "..."*).
- ``covers most of its sentence``: the quotation has at least :data:`SENTENCE_SHARE` of the
  words of its sentence(s) (a quoted sentence, not a quoted phrase).
- ``too long (N words > 8)``: longer than :data:`MAX_SCARE_QUOTE_WORDS` words.

Known misses: a speaker named only in the *next* sentence, attribution by verbs outside the list
(*sees as*, *believes*), nicknames in lowercase (*'butterfly' mines*), and scare quotes inside
a reported clause (*Biden said the "referendum" was a sham* is attributed).
"""

from __future__ import annotations

import re
from bisect import bisect_right

import pandas as pd

from framing.engine.quote_marks import quoted_spans
from framing.engine.text import WORD_RE, normalize_for_matching

#: Longest quoted span (in word tokens) that can count as a scare quote.
MAX_SCARE_QUOTE_WORDS = 8
#: A quotation with at least this share of its sentence's words is a quoted sentence.
SENTENCE_SHARE = 0.6
COLUMNS = ["start", "end", "text", "words", "is_scare_quote", "reason", "sentence"]
SCARE = "scare quote"

# ------------------------------------------------------------------ reporting verbs
# Verbs (and phrases) that attribute a quotation to a speaker wherever they stand earlier in
# the clause. Not "threaten" or "hype": the focal article frames its distancing quotes with
# "threatening sanctions ... and hyping the idea that "..."".
_REPORTING = (
    r"sa(?:y|ys|id|ying)|t(?:ell|ells|old|elling)|according\s+to|in\s+the\s+words\s+of"
    r"|quot(?:ed|ing)|not(?:ed|ing)|stat(?:ed|ing)|ask(?:s|ed|ing)?|add(?:s|ed|ing)"
    r"|declar(?:e|es|ed|ing)|wr(?:ite|ites|ote|iting|itten)|explain(?:s|ed|ing)?"
    r"|remark(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|respond(?:s|ed|ing)?|retort(?:s|ed|ing)?"
    r"|insist(?:s|ed|ing)?|announc(?:e|es|ed|ing)|warn(?:s|ed|ing)?|tweet(?:s|ed|ing)"
    r"|post(?:ed|ing)|(?<!so-)(?<!so\s)call(?:s|ed|ing)?|describ(?:e|es|ed|ing)"
    r"|dub(?:s|bed|bing)?|label(?:s|ed|led|ing|ling)|brand(?:ed|ing)|term(?:ed|ing)"
    r"|nam(?:ed|ing)|nicknam(?:e|es|ed|ing)|referr?(?:ed|ing|s)?\s+to|characteri[sz](?:e|es|ed|ing)"
    r"|prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?|laud(?:s|ed|ing)?|applaud(?:s|ed|ing)?"
    r"|welcom(?:ed|ing)|thank(?:s|ed|ing)|congratulat(?:e|es|ed|ing)|condemn(?:s|ed|ing)?"
    r"|denounc(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)|slam(?:s|med|ming)?|lambast(?:s|ed|ing)?"
    r"|blast(?:s|ed|ing)|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|accus(?:e|es|ed|ing)"
    r"|blam(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|mock(?:s|ed|ing)?"
    r"|ridicul(?:e|es|ed|ing)|derid(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|vow(?:s|ed|ing)?"
    r"|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|argu(?:e|es|ed|ing)|stress(?:es|ed|ing)"
    r"|emphasi[sz](?:e|es|ed|ing)|acknowledg(?:e|es|ed|ing)|admit(?:s|ted|ting)?"
    r"|conced(?:e|es|ed|ing)|reiterat(?:e|es|ed|ing)|recall(?:s|ed|ing)?|comment(?:s|ed|ing)?"
    r"|observ(?:es|ed|ing)|conclud(?:e|es|ed|ing)|predict(?:s|ed|ing)?|caution(?:s|ed|ing)?"
    r"|demand(?:s|ed|ing)?|confirm(?:s|ed|ing)?|den(?:y|ies|ied|ying)|assert(?:s|ed|ing)?"
    r"|proclaim(?:s|ed|ing)?|shout(?:s|ed|ing)?|chant(?:s|ed|ing)?|scream(?:s|ed|ing)?"
    r"|yell(?:s|ed|ing)?|cried|whisper(?:s|ed|ing)?|mutter(?:s|ed|ing)?|spok(?:e|en)\s+(?:of|about)"
    r"|speak(?:s|ing)?\s+(?:of|about)|talk(?:s|ed|ing)?\s+(?:of|about)|express(?:es|ed|ing)"
    r"|voic(?:e|es|ed|ing)|cit(?:e|es|ed|ing)|report(?:s|ed|ing)|assur(?:e|es|ed|ing)"
    r"|suggest(?:s|ed|ing)|propos(?:e|es|ed|ing)|recommend(?:s|ed|ing)?"
    r"|charged\s+with|convicted\s+of|known\s+as|touted\s+as|put\s+it"
)
# Verbs that report only in a tag right after a quotation ("...," he went on / she continued).
_TAG_ONLY = r"went\s+on|goes\s+on|continued|continues|claim(?:s|ed)|alleg(?:es|ed)"
_REPORTING_RE = re.compile(rf"\b(?:{_REPORTING})\b", re.I)
# Claim verbs attribute only with a named subject right before them (a capitalised word, a
# pronoun or a speaker noun, then at most three auxiliaries/adverbs).
_CLAIM_SUBJECT_RE = re.compile(
    r"(?:\b[A-Z][\w'\u2019.-]*|\b(?i:he|she|they|it|we|who|officials?|ministry|government"
    r"|authorities|spokes(?:man|woman|person)|media|military|army|side))\s+"
    r"(?:(?i:has|have|had|also|repeatedly|previously|earlier|then|later|now|falsely|openly"
    r"|publicly|long|once|since|even|again)\s+){0,3}(?i:claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing))\b"
)
# "...", he said / ... , said Awad / - in the words of the mayor: a reporting clause right after.
_TAG_AFTER_RE = re.compile(
    rf"^\W{{0,4}}(?:\S+\s+){{0,4}}?(?P<verb>{_REPORTING})\b"
    rf"|^\W{{0,4}}(?:\S+\s+){{1,4}}?(?P<verb2>{_TAG_ONLY})\b",
    re.I,
)
# ..., the US body announced on Monday. : a short reporting clause ending the sentence (after a
# comma, or after a quotation whose comma is inside the marks).
_TAG_END_RE = re.compile(
    rf"[,\"]\s*(?:[\w'\u2019.-]+\s+){{0,6}}?(?P<verb>{_REPORTING}|{_TAG_ONLY})\b"
    r"[^,;:\"\u201c\u201d]{0,60}$",
    re.I,
)

# ------------------------------------------------------------------ mentions, names, titles
_MENTION_BEFORE_RE = re.compile(
    r"(?:\b(?:the|a|an|this|that|its|their|his|her|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:words?|terms?|phrases?|expressions?|slogans?|hashtags?|labels?|names?|nicknames?"
    r"|mottos?|letters?|acronyms?|abbreviations?|euphemisms?|epithets?|adjectives?|nouns?|verbs?"
    r"|signs?|banners?|placards?|posters?|inscriptions?|graffiti|captions?|chants?|passwords?"
    r"|code\s*words?|code\s*names?|codenames?|neologisms?)(?:\s+(?:for|of))?"
    r"|\b(?:read|reads|reading|spelled|spelt|meaning|means|meant|translated\s+as"
    r"|translates\s+as|stands\s+for|codenamed|code-named|inscribed\s+with|emblazoned\s+with))"
    r"\s*[,:]?\s*$",
    re.I,
)
_MENTION_AFTER_RE = re.compile(
    r"^\W{0,3}(?:(?:is|was)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:word|term|phrase|portmanteau"
    r"|neologism|slogan|euphemism|expression)\b|^\s+(?:means|meant|stands\s+for)\b",
    re.I,
)
_NAME_NOUNS = (
    r"ship|vessel|cruiser|frigate|destroyer|corvette|submarine|warship|flagship|tanker|freighter"
    r"|carrier|boat|yacht|ferry|liner|aircraft|plane|jet|airliner|drone|drones|helicopter"
    r"|missile|missiles|rocket|rockets|system|systems|tank|tanks|vehicle|vehicles|car|truck"
    r"|train|satellite|spacecraft|newspaper|paper|daily|weekly|tabloid|magazine|journal|outlet"
    r"|channel|station|broadcaster|radio|website|site|portal|blog|app|platform|network|agency"
    r"|company|firm|corporation|group|movement|party|faction|battalion|regiment|brigade|unit"
    r"|division|squad|militia|formation|operation|exercise|exercises|drills|mission|programme"
    r"|program|project|plan|initiative|doctrine|forces|pipeline|plant|reactor|facility|base|camp"
    r"|centre|center|complex|festival|band|club|team|hotel|restaurant|village|settlement|town"
    r"|city|district|square|street|avenue|airport|port|stadium|hospital|school|university"
    r"|institute|foundation|fund|bank|union|association|organi[sz]ation|charity|society"
    r"|coalition|alliance|forum|summit|conference|treaty|agreement|accord|format|brand"
)
_NAME_BEFORE_RE = re.compile(rf"\b(?:{_NAME_NOUNS})\s*,?\s*$", re.I)
_NAME_AFTER_RE = re.compile(rf"^\W{{0,2}}\s*(?:{_NAME_NOUNS})\b", re.I)
_TITLE_BEFORE = re.compile(
    r"\b(?:book|film|movie|report|operation|newspaper|article|song|album|play|novel|series"
    r"|documentary|programme|program|show|magazine|essay|poem|column|paper|headline|titled"
    r"|entitled)\s*[,:]?\s*$",
    re.I,
)
_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "with", "at", "by", "from"}


def _is_title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in _SMALL]
    return len(words) >= 2 and bool(content) and all(w[0].isupper() for w in content)


def _is_name(inner: str, words: list[str], before: str, after: str) -> str:
    """The common noun before/after a capitalised quotation of at most 5 words, else ``""``."""
    if not words or len(words) > 5 or not (inner[:1].isupper() or inner[:1].isdigit()):
        return ""
    m = _NAME_BEFORE_RE.search(before) or _NAME_AFTER_RE.search(after)
    return m.group().strip(" ,\"'").lower() if m else ""


def _reporting_verb(before: str, after: str) -> str:
    """The reporting verb that attributes the quotation, or ``""``."""
    verbs = _REPORTING_RE.findall(before)
    if verbs:
        return " ".join(verbs[-1].split()).lower()
    if m := _CLAIM_SUBJECT_RE.search(before):
        return m.group().split()[-1].lower()
    for rx in (_TAG_AFTER_RE, _TAG_END_RE):
        if m := rx.search(after):
            return " ".join((m.group("verb") or m.group("verb2")).split()).lower()
    return ""


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
    starts = [s for s, _ in sentences]
    masked = _blank(norm, spans)
    out = []
    last_end = -1
    for start, end in spans:
        if start < last_end:  # nested in the previous quotation: part of that quotation
            continue
        last_end = end
        inner = text[start:end]
        words = WORD_RE.findall(inner)
        si = max(bisect_right(starts, start) - 1, 0)
        sj = max(bisect_right(starts, end) - 1, si)
        s_lo, s_hi = sentences[si][0], max(sentences[sj][1], end + 1)
        clause_lo = max(s_lo, masked.rfind(";", s_lo, start) + 1)
        before = masked[clause_lo : max(clause_lo, start - 1)]
        after = masked[end + 1 : s_hi]
        sentence_words = len(WORD_RE.findall(norm[s_lo:s_hi]))
        prev = masked[sentences[si - 1][0] : sentences[si - 1][1]] if si > 0 else ""
        reason = _reason(inner, words, before, after, prev, sentence_words, start - 1 == s_lo)
        out.append((start, end, inner, len(words), reason == SCARE, reason, si))
    return out


def _reason(
    inner: str,
    words: list[str],
    before: str,
    after: str,
    previous_sentence: str,
    sentence_words: int,
    opens_sentence: bool,
) -> str:
    """Why a quotation is not a scare quote, or :data:`SCARE`."""
    if not words:
        return "no words"
    if _MENTION_BEFORE_RE.search(before) or _MENTION_AFTER_RE.search(after):
        return "mention of a word"
    if len(words) == 1 and len(words[0]) == 1 and inner.strip(" .,")[:1].isalpha():
        return "mention of a word"
    if verb := _reporting_verb(before, after):
        return f"attributed speech ({verb})"
    if opens_sentence and _REPORTING_RE.search(previous_sentence):
        return "attributed speech (previous sentence)"
    if noun := _is_name(inner, words, before, after):
        return f"proper name ({noun})"
    if _TITLE_BEFORE.search(before) or _is_title_case(words):
        return "title of a work"
    if before.rstrip().endswith(":"):
        return "after a colon"
    if len(words) >= SENTENCE_SHARE * sentence_words:
        return "covers most of its sentence"
    if len(words) > MAX_SCARE_QUOTE_WORDS:
        return f"too long ({len(words)} words > {MAX_SCARE_QUOTE_WORDS})"
    return SCARE


def quotes_frame(text: str, sentences: list[tuple[int, int]] | None = None) -> pd.DataFrame:
    """Quoted spans of ``text`` as a DataFrame (:data:`COLUMNS`)."""
    return pd.DataFrame(find_quotes(text, sentences), columns=COLUMNS)
