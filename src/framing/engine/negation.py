"""Negation scope: is a lexicon match inside the scope of a negator just before it?

A match is ``negated`` when a negator stands within :data:`NEGATION_WINDOW` word tokens before
it, in the same clause (no ``, ; :`` and no sentence boundary in between), and the negation's
scope has not closed before the match:

- **verbal negators** (*not, n't, never, cannot, nor, neither, no longer*) negate the next
  predicate; the scope closes at an intervening lexical verb: in *has not stopped its
  ill-intentioned attempt* the negation is about *stopped*, not about *ill-intentioned*;
- **determiner negators** (*no, without*) negate the next noun phrase; the scope also closes at
  an intervening word that is not a determiner or modifier: in *wasted no time condemning* the
  negation ends with *time*, so *condemning* is not negated; in *without the strategic
  cooperation* it reaches *cooperation*.

The match itself may be the verb (*do not politicize*, *never accused*). There is no tagger
model: whether a word is a verb is decided by transparent rules (:func:`is_verb`) — closed
lists of auxiliaries, irregular past forms and non-verbs ending in *-ed/-ing*, *-ed* and *-ing*
morphology, *-s* after a subject pronoun, and the bare verb after a modal or *do* + negator.
Known misses: base-form verbs outside that slot (*not stop*, *no one can stop*), *-ed*
adjectives outside the exception list (read as verbs, so the scope closes too early), nouns
after *no* that look like modifiers (*no more talks*), and negation expressed without a negator
(*failed to*, *refused to*, *lack of*).

Actor and pronoun categories are never negated (:func:`negatable_categories`): *neither China
nor Russia* does not make China a "negated" reference.
"""

from __future__ import annotations

import re

from framing.engine.text import WORD_RE

#: Negators; tokens ending in ``n't`` (``don't``, ``isn't``) count as verbal negators too.
NEGATORS = frozenset({"not", "no", "never", "without", "nor", "neither", "cannot", "n't"})
#: Negators whose scope is the next noun phrase rather than the next predicate.
DETERMINER_NEGATORS = frozenset({"no", "without"})
#: A match is negated only when the negator is among this many tokens before it.
NEGATION_WINDOW = 3
#: Category kinds that can be negated (actors and pronouns are references, not claims).
NEGATABLE_KINDS = ("frame", "stance")
_CLAUSE_PUNCT = ",;:"


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


_LOOKBACK = 120
_NEG_QUICK = re.compile(r"\b(?:not?|nor|never|without|neither|cannot)\b|n't", re.I)

#: Auxiliaries and copulas: never close a scope (*has not been accused*).
AUXILIARIES = _words(
    "be am is are was were been being have has had having do does did will would shall should "
    "can could may might must get gets got"
)
_MODALS_DO = _words("do does did will would shall should can could may might must to")
#: Adverbs and degree words that never close a scope (*not even*, *never really*).
_ADVERBS = _words(
    "even yet ever just only really also quite so too very always still again already "
    "necessarily entirely fully simply merely longer more much enough"
)
#: Determiners and quantifiers inside a noun phrase after *no* / *without*.
_DETERMINERS = _words(
    "a an the any such this that these those its their his her our your my one single other "
    "further more real clear"
)
#: Irregular past tenses and participles (a closed list).
IRREGULAR_VERBS = _words(
    "made took taken gave given went gone came come said told saw seen got gotten kept left put "
    "let set sent brought bought thought sought found held led met paid ran stood understood won "
    "lost built spent fell fallen felt began begun broke broken chose chosen drew drawn drove "
    "driven flew flown forgot forgotten grew grown hid hidden knew known rose risen shook shaken "
    "spoke spoken stole stolen struck swore sworn threw thrown wore worn wrote written done "
    "became become sold shot fought caught taught meant dealt sat hit cut hurt quit shut spread "
    "bore borne bent bound dug fed fled forbade forbidden forgave forgiven froze frozen hung "
    "laid lent lit mistook overcame overtook overthrew rode ridden rang rung sank sunk sought "
    "slid sped spun sprang stuck stung strove swept swam swung tore torn woke woken wept withdrew "
    "withdrawn withheld"
)
#: Words ending in -ed that are not verbs (adjectives, nouns), and common -ed adjectives.
NOT_VERBS_ED = _words(
    "need bed red shed seed speed feed greed creed deed breed weed steed hundred sacred naked "
    "wicked wretched beloved kindred rugged ragged crooked learned aged blessed dogged jagged "
    "so-called unbridled ill-intentioned ill-founded ill-conceived unprecedented unfounded "
    "unwarranted unjustified unprovoked one-sided alleged supposed limited detailed concerned "
    "interested sophisticated advanced armed united related biased unbiased "
    "indeed embed"
)
#: Words ending in -ing that are not verbs (nouns, prepositions, pronouns).
NOT_VERBS_ING = _words(
    "thing things nothing something anything everything king ring spring string wing "
    "sibling evening morning building meeting ceiling wedding during "
    "beijing pudding timing earning earnings briefing hearing warning offering funding "
    "training planning reading writing shipping clothing housing spending uprising bombing "
    "shelling killing killings understanding wellbeing well-being being"
)
#: Suffixes of adjectives and adverbs (*groundless*, *hostile*, *arbitrary*, *completely*).
_ADJECTIVE_SUFFIXES = (
    "al", "ous", "ive", "ary", "ory", "ic", "ful", "less", "able", "ible", "ant", "ent", "ile",
    "ly",
)  # fmt: skip
#: Suffixes of nouns and adjectives: a word with one is never read as a bare verb.
_NOMINAL_SUFFIXES = (
    "tion", "sion", "ment", "ness", "ity", "ism", "ist", "ship", "ance", "ence", "ure",
    *_ADJECTIVE_SUFFIXES,
)  # fmt: skip
_PRONOUNS = _words("i you he she it we they me him us them who what which that this")
_SUBJECT_PRONOUNS = _words("he she it who which that this")
#: Negated modals and do: the next word is a bare verb (*cannot stop*, *don't stop*).
_MODAL_NEGATORS = _words(
    "cannot can't couldn't don't doesn't didn't won't wouldn't shouldn't mustn't mightn't "
    "shan't needn't"
)


def is_verb(token: str, prev: str = "", bare_slot: bool = False) -> bool:
    """Whether ``token`` (as written) is a lexical verb, by transparent rules.

    ``prev`` is the token before it (lowercase); ``bare_slot`` says that the token follows a
    negated modal or *do* (*cannot*, *does not*), where the base form of a verb stands.
    Auxiliaries, pronouns, determiners and listed adverbs are not lexical verbs; capitalised
    tokens are names; a listed irregular past form is a verb; an ``-ed``/``-ing`` word of at
    least 5 letters is a verb unless listed in :data:`NOT_VERBS_ED` / :data:`NOT_VERBS_ING`; an
    ``-s`` word is a verb after a subject pronoun (*it smears*); after *to*, a modal or *do*,
    and in the bare slot, a word is a verb unless it has a nominal or adjectival suffix.
    """
    if not token or token[0].isupper():
        return False
    t = token.lower()
    if t in AUXILIARIES or t in _ADVERBS or t in _DETERMINERS or t in _PRONOUNS:
        return False
    if t in IRREGULAR_VERBS:
        return True
    if t.endswith("ed") and len(t) >= 5:
        return t not in NOT_VERBS_ED
    if t.endswith("ing") and len(t) >= 5:
        return t not in NOT_VERBS_ING
    if prev in _SUBJECT_PRONOUNS and t.endswith("s") and not t.endswith(("ss", "us", "is")):
        return True
    if bare_slot or prev in _MODALS_DO:
        return not t.endswith(_NOMINAL_SUFFIXES) and not _is_negator(t)
    return False


def _is_modifier(token: str) -> bool:
    """A word that can stand between *no* and the head noun (*no real*, *no groundless*)."""
    t = token.lower()
    return (
        t in _DETERMINERS or t in _ADVERBS or t in NOT_VERBS_ED or t.endswith(_ADJECTIVE_SUFFIXES)
    )


def _is_negator(t: str) -> bool:
    return t in NEGATORS or t.endswith("n't")


def negated(text: str, lo: int, start: int) -> bool:
    """Whether the match starting at ``start`` is negated (``text[lo:start]`` is its left context).

    ``text`` is the normalised text (same length as the original; case is kept, as it tells
    names from verbs); ``lo`` is the sentence start (the look-back is at most 120 characters).
    """
    seg = text[max(lo, start - _LOOKBACK) : start]
    if not _NEG_QUICK.search(seg):
        return False
    cut = max(seg.rfind(c) for c in _CLAUSE_PUNCT)
    if cut >= 0:
        seg = seg[cut + 1 :]
    toks = WORD_RE.findall(seg)
    low = [t.lower() for t in toks]
    first = max(0, len(toks) - NEGATION_WINDOW)
    for i in range(len(low) - 1, first - 1, -1):
        neg = low[i]
        if not _is_negator(neg):
            continue
        determiner = neg in DETERMINER_NEGATORS and low[i + 1 : i + 2] != ["longer"]
        bare = neg in _MODAL_NEGATORS or (neg == "not" and i > 0 and low[i - 1] in _MODALS_DO)
        prev = neg
        for tok in toks[i + 1 :]:
            if is_verb(tok, prev, bare) or (determiner and not _is_modifier(tok)):
                return False
            t = tok.lower()
            bare = bare and t in _ADVERBS  # the slot moves past adverbs only (not even stop)
            prev = t
        return True
    return False


def negatable_categories(lexicon) -> frozenset[str]:
    """Ids of the categories of ``lexicon`` whose matches can carry the ``negated`` flag."""
    return frozenset(c for c, cat in lexicon.categories.items() if cat.kind in NEGATABLE_KINDS)
