"""Cue lists of the scare-quote rules (:mod:`framing.engine.quotes`): reporting verbs and tags,
speech and document nouns, viewpoint phrases, mention nouns, name-taking nouns and naming heads.

Regular expressions over the normalised text of a quotation's clause (``before``), the rest of its
sentence (``after``) or the quotation itself; what each rule does with them is documented in
:mod:`framing.engine.quotes` and docs/metrics.md (*Scare quotes*).
"""

from __future__ import annotations

import re
from functools import lru_cache

from framing.engine.cues import load_cues

# ------------------------------------------------------------------ reporting verbs
# Verbs (and phrases) that attribute a quotation to a speaker wherever they stand earlier in
# the clause. Not "threaten" or "hype": the focal article frames its distancing quotes with
# "threatening sanctions ... and hyping the idea that "..."".
REPORTING = (
    r"sa(?:y|ys|id|ying)|t(?:ell|ells|old|elling)|according\s+to|in\s+the\s+words\s+of"
    r"|quot(?:e|es|ed|ing)|not(?:ed|ing)|notes\s+that|stat(?:ed|ing)|ask(?:s|ed|ing)?|add(?:s|ed|ing)"
    r"|declar(?:e|es|ed|ing)|wr(?:ite|ites|ote|iting|itten)|explain(?:s|ed|ing)?"
    r"|remark(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|respond(?:s|ed|ing)?|retort(?:s|ed|ing)?"
    r"|insist(?:s|ed|ing)?|announc(?:e|es|ed|ing)|warn(?:s|ed|ing)?|tweet(?:s|ed|ing)"
    r"|post(?:ed|ing)|(?<!\bso-)(?<!\bso\s)call(?:s|ed|ing)?|describ(?:e|es|ed|ing)"
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
    r"|speak(?:s|ing)?\s+(?:of|about)|talk(?:s|ed|ing)?\s+(?:of|about)"
    r"|talk(?:s|ed|ing)?\s+(?:[\w-]+\s+){1,3}?about"
    r"|express(?:es|ed|ing)"
    r"|voic(?:e|es|ed|ing)|cit(?:e|es|ed|ing)|report(?:s|ed|ing)|assur(?:e|es|ed|ing)"
    r"|suggest(?:s|ed|ing)|propos(?:e|es|ed|ing)|recommend(?:s|ed|ing)?"
    r"|charged\s+with|convicted\s+of|known\s+as|tout(?:s|ed)|touting\s+as|puts?\s+it"
    # directives, appeals, advice and other speech acts
    r"|order(?:s|ed)|decre(?:e|es|ed)|instruct(?:s|ed|ing)?|stipulat(?:e|es|ed|ing)"
    r"|appeal(?:s|ed|ing)?\s+(?:to|for)|advis(?:e|es|ed|ing)|echo(?:es|ed|ing)?|invok(?:e|es|ed|ing)"
    r"|point(?:s|ed|ing)?\s+out|spok(?:e|en)\s+out|speak(?:s|ing)?\s+out|outspoken|portray(?:s|ed|ing)?"
    r"|threaten(?:s|ed)\s+to|reportedly|hear(?:s|d)?|berat(?:e|es|ed|ing)|rebuk(?:e|es|ed|ing)"
    r"|greet(?:s|ed|ing)|stress|notic(?:e|es|ed|ing)"
    # belief, estimate and memory verbs: the quoted words are the holder's
    r"|think(?:s|ing)?|thought|believ(?:e|es|ed|ing)|estimat(?:e|es|ed|ing)|consider(?:s|ed|ing)?"
    r"|anticipat(?:e|es|ed|ing)|remember(?:s|ed|ing)?|recount(?:s|ed|ing)?"
    r"|on\s+charges?\s+of"
    # legal acts quote the wording of a law: outlawing "false information"
    r"|outlaw(?:s|ed|ing)?|criminali[sz](?:e|es|ed|ing)|prohibit(?:s|ed|ing)?|penali[sz](?:e|es|ed|ing)"
    r"|ban(?:s|ned|ning)"
    r"|rais(?:e|es|ed|ing)\s+(?:\w+\s+)?(?:concerns?|questions?|doubts?|fears?|alarm)"
    r"|(?:concerns?|questions?|doubts?|fears?)\s+(?:\w+\s+){0,3}raised"
    # a finite claim verb with its complement ("the paper alleged that ...")
    r"|(?:claim|alleg)(?:s|es|ed)\s+that"
    # round 5: disclosures, boasts and billing; crowds crying out; verdicts and charges; a
    # meeting's decision in the passive ("it was determined at the meeting that ...")
    r"|rul(?:ed|es|ing)\s+that|exclaim(?:s|ed|ing)?|confess(?:es|ed|ing)?"
    r"|hint(?:s|ed|ing)?\s+(?:at|that)"
    r"|reveal(?:s|ed|ing)|disclos(?:e|es|ed|ing)|brag(?:s|ged|ging)?|boast(?:s|ed|ing)?"
    r"|bill(?:ed|ing)\s+(?:[\w'\u2019-]+\s+){0,3}?as|crying|cries\s+of"
    r"|(?:found\s+)?guilty|convicted|indicted|acquitted|sentenced|counts?\s+of"
    r"|it\s+(?:was|is|has\s+been)\s+(?:\w+\s+){0,2}?(?:decided|determined|agreed|resolved)"
    # labelling verbs: X sees / portrays / identifies Y as "..."
    r"|(?:identif(?:y|ies|ied|ying)|fram(?:e|es|ed|ing)|sees|saw|seen|view(?:s|ed|ing)?"
    r"|regard(?:s|ed|ing)?"
    r"|depict(?:s|ed|ing)?|paint(?:s|ed|ing)?|cast(?:s|ing)?|present(?:s|ed|ing)?|classif(?:y|ies|ied|ying)"
    r"|designat(?:e|es|ed|ing)|perceiv(?:e|es|ed|ing)|position(?:s|ed|ing)?|qualif(?:y|ies|ied|ying)"
    r"|mark(?:s|ed|ing)?)\s+(?:[\w'\u2019-]+\s+){0,8}?as"
)
# Verbs that report only in a tag right after a quotation ("...," he went on / she continued /
# the decree reads).
TAG_ONLY = r"went\s+on|goes\s+on|continued|continues|claim(?:s|ed)|alleg(?:es|ed)|reads"
# ``(?=[a-zA-Z])``: every alternative starts with a letter; the lookahead rejects the word ends
# and punctuation at which ``\b`` also matches before the long alternation is tried (half the
# time of a search, same matches).
REPORTING_RE = re.compile(rf"\b(?=[a-zA-Z])(?:{REPORTING})\b", re.I)


def _named_subject_verb(subjects: str, adverbs: str, verbs: str, guard: str = "") -> re.Pattern:
    """A named subject (a capitalised word or one of ``subjects``), at most three of
    ``adverbs`` (auxiliaries and adverbs) and then one of ``verbs``; ``guard``: lookbehinds
    before the subject. Alternations are case-insensitive, the capitalised word is not."""
    return re.compile(
        rf"(?=[a-zA-Z]){guard}(?:\b[A-Z][\w'\u2019.-]*|\b(?i:{subjects}))\s+"
        rf"(?:(?i:{adverbs})\s+){{0,3}}(?i:{verbs})\b"
    )


# Claim verbs attribute only with a named subject right before them (a capitalised word, a
# pronoun or a speaker noun, then at most three auxiliaries/adverbs).
CLAIM_SUBJECT_RE = _named_subject_verb(
    r"he|she|they|it|we|who|officials?|ministry|government|authorities|spokes(?:man|woman|person)"
    r"|media|military|army|side",
    r"has|have|had|also|repeatedly|previously|earlier|then|later|now|falsely|openly|publicly"
    r"|long|once|since|even|again",
    r"claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing)",
)
# Version 100 (media round 12): a named holder's verb of judging, naming, repeating or being
# sure earlier in the clause gives the quoted words to the holder: groups *Ankara deems to be*
# "terrorists", *Moscow continues to coin* the war a "...", *Putin repeated that* ...,
# *Metsola is optimistic that* ... Not *agree that* and *wants* (the earlier rounds' readers
# read *The leaders agreed that four countries cut their "diplomatic ties"* and *The ruling
# party wants "steady progress"* as the author's quotation marks; round 12's read the same
# frames as the holder's words: the rules keep the earlier reading). Not after *if*. Not in the
# sentence-wide cue: *anyone deemed to have spread "fake news"* names no holder.
HOLDER_VERB_RE = _named_subject_verb(
    r"he|she|they|we|who|officials?|ministry|government|authorities|spokes(?:man|woman|person)"
    r"|administration|leaders?|sides|parties",
    r"has|have|had|also|repeatedly|previously|earlier|then|later|now|still|long|once|even|again"
    r"|clearly|apparently|continues\s+to|continued\s+to|seems\s+to|appears\s+to",
    r"deem(?:s|ed)?|coin(?:s|ed)?|repeat(?:s|ed)?\s+that|(?:is|are|was|were)\s+(?:\w+\s+)?"
    r"(?:optimistic|confident|convinced|hopeful|adamant|certain|sure)\s+that",
    guard=r"(?<!\bif\s)(?<!\bIf\s)",
)
# Version 100: a person's possessive right before the quotation gives the words to the
# person: *President Putin's* "special military operation", *Barack Obama's* "...". A person is
# a title and a name or a first name and a surname; not a place (*Russia's* "ambitions" is the
# author's label, *Taiwan's* "legislative yuan" a name).
POSSESSOR_BEFORE_RE = re.compile(
    r"(?:\b(?:President|Premier|Chancellor|Minister|Secretary|Senator|Governor|Mayor|General"
    r"|Mr|Mrs|Ms|Dr)\.?\s+"
    r"|\b(?!(?:The|This|That|These|Those|A|An|In|On|For|But|And|As|At|By|Of|To|With|From)\b)"
    r"[A-Z][a-z]+\s+)[A-Z][\w.-]*(?:'s|\u2019s|s'|s\u2019)\s*$"
)
# "...", he said / ... , said Awad / - in the words of the mayor: a reporting clause right after
# (up to four words before the verb; eight after a quotation whose last mark is a comma).
TAG_AFTER_RE = re.compile(
    rf"^\W{{0,4}}(?:\S+\s+){{0,4}}?(?P<verb>{REPORTING})\b"
    rf"|^\W{{0,4}}(?:\S+\s+){{1,4}}?(?P<verb2>{TAG_ONLY})\b",
    re.I,
)
TAG_AFTER_COMMA_RE = re.compile(
    rf"^\W{{0,4}}(?:\S+\s+){{0,8}}?(?P<verb>{REPORTING}|{TAG_ONLY})\b", re.I
)
# ..., the US body announced on Monday. / ..., the minister said, adding that ...: a short
# reporting clause ending the sentence or followed by a participle that goes on reporting.
TAG_END_RE = re.compile(
    rf"[,\"\u201d\u2019]\s*+(?:[\w'\u2019.-]++\s++){{0,6}}?(?P<verb>{REPORTING}|{TAG_ONLY})\b"
    r"(?:[^,;:\"\u201c\u201d]{0,60}$|[^,;:\"\u201c\u201d]{0,40},\s*(?:adding|saying|noting"
    r"|citing|according|stressing|warning|insisting|arguing|calling)\b)",
    re.I,
)
# ..., President Zelenskyy said, ... / ... according to the police: a reporting clause set off by
# a comma anywhere later in the sentence (no relative pronoun or conjunction in the speaker).
TAG_MID_RE = re.compile(
    r",\s*(?:(?!(?:which|that|who|whom|and|but|or|when|while|as|if|because|although|where)\b)"
    r"[\w'\u2019.-]+\s+){1,6}(?:has\s+|have\s+|had\s+)?(?P<verb>said|says|told|added|stated|wrote"
    r"|announced|reported|claimed|warned|insisted|argued|noted|explained|tweeted|declared)\b"
    r"|\b(?P<verb2>according\s+to)\b",
    re.I,
)
# Nouns of speech acts and documents: a quotation after "Modi's statement that", "the decree
# stipulates", "the law, which prohibits" is quoted from them. Not claim, allegation or
# accusation: "fabricating claims of "mass rapes"" is how authors distance themselves.
SPEECH_NOUN_RE = re.compile(
    r"(?=[a-zA-Z])"
    r"(?:\b(?:his|her|their|its|our|my|the|a|an|this|that|[A-Z][\w.-]*(?:'s|\u2019s|s'|s\u2019))"
    r"\s+(?:[\w'\u2019-]+\s+){0,2}?(?:statements?|remarks?|comments?|words|speech(?:es)?|arguments?"
    r"|contention|assertions?|pledges?|promises?|vows?|appeals?|announcements?|declarations?"
    r"|testimony|interviews?|tweets?|posts?|messages?|letters?|op-eds?|editorials?|communiqu[e\u00e9]s?"
    r"|press\s+releases?|manifesto|verdict|indictment|transcript|agreements?\s+that"
    r"|consensus\s+that)\b"
    r"|\b(?:report|decree|law|bill|executive\s+order|resolution|document|review|standards|guidelines"
    r"|rules|regulations?|directive|charter|constitution|treaty|agreement|memo(?:randum)?|website"
    r"|strategy|doctrine|policy|visa|certificate|permit|passport|licen[cs]e|verdict|ruling"
    r"|judge?ment|readout|petition)s?\s*,?\s+(?:which\s+|that\s+)?(?:\w+ly\s+)?(?:says|states|reads"
    r"|stipulat|prohibit|ban|defin|requir|describ|list|mention|refer|warn|urg|demand|not|declar"
    r"|provid|calls?\s+(?:for|on)|criminali[sz]|outlaw|oblig|authori[sz]|accus|condemn|label|brand"
    r"|term|promis|pledg|vow|commit|envisag|proclaim|highlight|emphasi[sz]|show|find|found|conclud"
    r"|estimat|predict|recommend|suggest|argu|insist)\w*)\b",
    re.I,
)
# "For Norbert Roettgen, a former minister, ..." / "In the eyes of Moscow" / "In Xi's view": a
# clause that opens by naming whose view it reports.
VIEWPOINT_RE = re.compile(
    r"^\W*(?:(?i:still|yet|but|and|however|indeed|thus|so|now),?\s+)?(?i:for|to)\s+"
    r"(?:(?:[A-Z][\w'\u2019.-]*\s*){1,4}|(?i:his|her|their|its)\s+(?i:administration|government"
    r"|team|camp|supporters|mind))\s*,"
    r"|\b(?i:in|from)\s+(?:the\s+(?:\w+\s+)?(?i:eyes|view|opinion|words|perspective|standpoint"
    r"|expression|phrase|formulation|dictum)\s+of"
    r"|(?:[\w.-]+\s+){0,2}?[\w.-]+(?:'s|\u2019s)\s+(?i:view|opinion|eyes|words|perspective"
    r"|point\s+of\s+view|standpoint))\b"
)

# ------------------------------------------------------------------ mentions, names, titles
MENTION_BEFORE_RE = re.compile(
    r"(?=[a-zA-Z])"
    r"(?:\b(?:the|a|an|this|that|its|their|his|her|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:words?|terms?|phrases?|expressions?|slogans?|hashtags?|labels?|names?|nicknames?"
    r"|monikers?(?:\s+the)?"
    r"|mottos?|letters?|acronyms?|abbreviations?|euphemisms?|epithets?|adjectives?|nouns?|verbs?"
    r"|signs?|banners?|placards?|posters?|inscriptions?|graffiti|captions?|chants?|passwords?"
    r"|code\s*words?|code\s*names?|codenames?|neologisms?|cry|cries|refrains?|mantras?"
    r"|catchphrases?|watchwords?|buzzwords?|taglines?|answers?|replies|options?|themes?|dictums?"
    r"|terminology|credos?|maxims?|idioms?|sayings?|proverbs?|adages?|aphorisms?)(?:\s+(?:for|of))?"
    r"|\b(?:words?|terms?|phrases?|expressions?|slogans?|labels?|names?|answers?|replies|options?"
    r"|euphemisms?|buzzwords?|formulations?|wordings?)\s+(?:such\s+as|like|including)"
    r"|\b(?:concepts?|notions?|theory|theories|doctrines?|principles?|category|categories|definition"
    r"|crimes?|offen[cs]es?|charges?|status|title|rank)\s+of(?:\s+the)?"
    r"|\b(?:latin|greek|english|french|russian|chinese|ukrainian|arabic|german|spanish)\s+for"
    r"|\banswer(?:s|ed|ing)?(?:\s+with)?"
    r"|\b(?:read|reads|reading|spelled|spelt|meaning|means|meant|translated\s+as"
    r"|translates\s+as|stands\s+for|codenamed|code-named|inscribed\s+with|emblazoned\s+with"
    # text written on things, words searched for or greeted with, a word asked about
    r"|marked|written|printed|painted|stamped|scrawled|etched|engraved|inscribed|bearing"
    r"|greet(?:s|ed|ing)\s+(?:\w+\s+)?with|search(?:es|ed|ing)?(?:\s+results)?\s+for"
    r"|results\s+for|googl(?:e|es|ed|ing)(?:\s+for)?|typ(?:e|es|ed|ing)\s+in"
    r"|defin(?:e|es|ed|ing)|what\s+(?:does|do|did|is\s+meant\s+by)"
    # version 136 (official round 24): a term an agency or a speaker defines or redefines
    # ("the way the CDC defines a", "trying to redefine"), a word denied another's meaning
    # ("X" does not mean "Y"), the key word or term of art named ("The keyword is", "The term of
    # art in Washington is"), a term introduced by a plain passive ("what is called", "what was
    # referred to as"; not "what has been called", an author's distance)
    r"|(?:re)?defin(?:e|es|ed|ing)\s+(?:an?|the)|redefin(?:e|es|ed|ing)"
    r"|(?:does|do|did)\s+not\s+mean|(?:doesn|don|didn)['\u2019]t\s+mean"
    r"|(?:key\s*words?|(?:words?|terms?)\s+of\s+art)(?:\s+(?:in|for|of)\s+(?:the\s+)?[\w.-]+)?"
    r"\s+(?:is|are|was|were)"
    r"|what\s+(?:is|are|was|were)\s+(?:called|termed|known\s+as|referred\s+to\s+as)(?:\s+(?:an?|the))?"
    # version 141 (official rounds 25-26): a term named as one in use ("this term we use", "the
    # words they prefer"), an idiom introduced ("as the expression in English goes"), a word of
    # the other speaker's asked about ("What do you mean", "do you mean, by"); not "concepts
    # like", which holds the other side's "freedom" at a distance as often as it lists words
    r"|(?:terms?|words?|phrases?|expressions?|labels?|names?)\s+(?:that\s+|which\s+)?"
    r"(?:we|they|you|I|people|he|she)\s+(?:\w+\s+)?(?:use[sd]?|using|prefer(?:s|red)?)"
    r"|as\s+the\s+(?:[\w-]+\s+){0,2}?(?:expression|saying|phrase|adage|proverb|idiom)"
    r"\s+(?:in\s+[\w-]+\s+)?(?:goes|says|has\s+it)"
    r"|what\s+(?:do|does|did)\s+(?:you|they|he|she|we)\s+mean(?:\s+by)?"
    # version 71: the speaker's own term ("what we call"), a prescribed label ("attributable to")
    r"|what\s+we\s+(?:\w+\s+){0,2}?(?:call|calls|called|term|termed|refer\s+to\s+as|describe\s+as)"
    r"(?:\s+(?:an?|the))?|attribut(?:able|ed)\s+to(?:\s+(?:an?|the))?|mean(?:s|t)?,?\s+by))"
    r"\s*[,:]?\s*$",
    re.I,
)
MENTION_AFTER_RE = re.compile(
    r"^\W{0,3}(?:(?:is|was)\s+(?:not\s+|just\s+|only\s+|merely\s+|no\s+longer\s+)?"
    r"|(?:feels|sounds|seems)\s+like\s+)?(?:a|an|the|this|that)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:word|term|phrase|portmanteau|neologism|slogan|euphemism|expression|name"
    r"|nickname|title)\b"
    r"|^\W{0,3}(?:is|was|are|were)\s+(?:\w+ly\s+)?defined\b"
    r"|^\W{0,3}\s*(?:I|we|you|he|she|they)\s+(?:do\s+not\s+|don['\u2019]t\s+)?(?:\w+ly\s+)?mean\b"
    r"|^\W{0,3}\s*(?:does|do|did)(?:\s+not|n['\u2019]t)\s+mean\b"
    r"|^\s+(?:means|meant|stands\s+for)\b"
    r"|^\W{0,2}\s*(?:mantra|slogan|motto|catchphrase|refrain|dictum|maxim|watchword|hashtag)s?\b"
    # version 134: the text of a sign or a notice ("no smoking" signs, a "sold out" sticker)
    r"|^\W{0,2}\s*(?:signs?|signboards?|signage|notices?)\b"
    # version 141: the quoted words' meaning judged ("X" has a pretty intense meaning) or the
    # quotation named a term right after (the "winter delivery" term; not a "term of office")
    r"|^\W{0,3}\s*(?:has|had|have|carries|carried)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meaning|definition|connotation)s?\b"
    r"|^\W{0,2}\s*(?:terms?(?!\s+(?:of|in|limits?)\b)|words?|phrases?|expressions?)\b"
    # a gloss right after: "vyshyvanka" - or embroidered dress; "X", meaning ...; "X" (literally ...)
    r"|^\W{0,2}\s*[-\u2013\u2014(,]\s*(?:or|i\.\s?e\.|meaning|literally|lit\.|which\s+means"
    r"|which\s+translates|translated\s+as|in\s+(?:english|russian|chinese|ukrainian))\b",
    re.I,
)
# A bracketed date right after: the "cultural revolution" (1966-76) is the name of a period.
DATED_AFTER_RE = re.compile(r"^\W{0,2}\s*\(\s*(?:c\.\s*|circa\s+|from\s+)?\d{2,4}\b", re.I)
# A list of three or more items inside one quotation ("open, green and shared"): an official
# formula quoted from a document or speech, not an author's label.
INNER_LIST_RE = re.compile(r"^[^,]+(?:,[^,]+)+,?\s+(?:and|or|as\s+well\s+as)\s+\S")
NAME_NOUNS = (
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
NAME_BEFORE_RE = re.compile(rf"\b(?:{NAME_NOUNS})(?:e?s)?\s*,?\s*$", re.I)
NAME_AFTER_RE = re.compile(
    rf"^\W{{0,2}}\s*(?:{NAME_NOUNS}|fighters|soldiers|troops|members)\b", re.I
)
# Heads that make a quoted phrase of two or more words a name whatever its case: the "balance
# of power" period, the "rebalancing to Asia" strategy; or a quoted phrase ending in one (a
# "grey list", a "strategic concept"). Not operation(s): Russia's "special military operation".
NAMING_HEADS = (
    r"period|era|age|epoch|strategy|policy|doctrine|programme|program|scheme|project|initiative"
    r"|list|index|act|bill|law|concept|principle|formula|model|framework|mechanism|format"
    r"|ideology|narrative|arrangement|campaign|summit|forum|week|day|award|prize"
    r"|fellowship|scholarship|page"
    # version 141 (official rounds 24-25): an approach, agenda or guide named by a quotation
    r"|approach|agenda|guide|guidebook|handbook|playbook|toolkit|checklist"
)
NAMING_HEAD_AFTER_RE = re.compile(
    rf"^\W{{0,2}}\s*(?:(?:foreign|economic|security|national|military|development)\s+)?"
    rf"(?:{NAMING_HEADS})\b",
    re.I,
)
# Heads that make even a one-word quotation a name: the "red" level, the "orange" zone.
GRADE_HEAD_AFTER_RE = re.compile(
    r"^\W{0,2}\s*(?:level|zone|status|category|grade|alert|mode|regime|rating|camp|side|vote"
    r"|feature|button|tab|icon|function|functionality)s?\b",
    re.I,
)
NAMING_HEAD_INSIDE_RE = re.compile(
    r"\b(?:list|index|act|bill|doctrine|concept|period|era|level|weeks?|days?|summit|forum"
    r"|campaign|strain|variant)\W*$",
    re.I,
)
# Version 134: heads that end a capitalised quotation of two or more words naming an affair:
# the "Severodonetsk case", the "Watergate affair", the "Tonkin incident"; version 141 (official
# round 26): a model named after a person or place, the "John Kirby model".
EVENT_HEAD_INSIDE_RE = re.compile(r"\b(?:case|affair|scandal|incident|model)\W*$", re.I)
# Heads after a capitalised quotation that make it a name even after "so-called": the
# so-called "Deltacron" strain, the so-called "Gilded" era (neutral naming, not distancing).
NEUTRAL_NAME_HEAD_RE = re.compile(
    r"^\W{0,2}\s*(?:strains?|variants?|lineages?|subvariants?|period|era|week|day|level)\b", re.I
)
# "...", as the vessel is currently known / "...", the document which ... : a name in apposition.
NAME_APPOSITION_RE = re.compile(
    r"^\W{0,3}\s*(?:as\s+(?:[\w-]+\s+){0,3}(?:is|was|are|were|has\s+been|became)\s+(?:\w+ly\s+)?"
    r"(?:known|called|named|dubbed|titled)\b|[,\u2013\u2014-]+\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:document|report|paper|strategy|plan|programme|program|policy|project|law|bill|act|treaty"
    r"|book|film|song|show|series|album|campaign|initiative|company|brand|group|unit|ship|vessel)s?\b)",
    re.I,
)
# A quotation of three or more words that opens with a capitalised function word in the middle
# of a sentence is a quoted sentence or a title ("We will take care of it.", "The craziest ...").
SENTENCE_OPENERS = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "we",
        "i",
        "you",
        "he",
        "she",
        "they",
        "our",
        "my",
        "your",
        "there",
        "here",
        "what",
        "why",
        "how",
        "who",
        "when",
        "where",
        "do",
        "does",
        "did",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "can",
        "could",
        "should",
        "no",
        "not",
        "let",
        "if",
        "in",
        "on",
        "for",
        "to",
        "and",
        "but",
        "oh",
        "well",
        "yes",
    }
)
TITLE_BEFORE = re.compile(
    r"\b(?:book|film|movie|report|operation|newspaper|article|song|album|play|novel|series"
    r"|documentary|programme|program|show|magazine|essay|poem|column|paper|headline|titled"
    r"|entitled|headlined|captioned|subtitled)\s*[,:]?\s*$",
    re.I,
)
SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "with", "at", "by", "from"}
# Version 71: nouns of campaigns, events and publications that give a capitalised quotation of
# any length its name, even one that reads as a sentence (the information campaign "Leave no
# Child Alone: Instructions for Care", the action "Let's open the truth about violence", a
# separate "Diia. Business without Barriers" page); also a work named after its author (the
# work of professor Hryhoriy Khalymonenko "Turkic lexical snippet ...").
CAMPAIGN_BEFORE_RE = re.compile(
    r"\b(?:campaign|action|initiative|marathon|telethon|flash\s*mob|exhibition|contest|competition"
    r"|challenge|fellowship|page|section|handbook|brochure|manual|guidebook|textbook|dictionary"
    r"|anthology|collection|monograph)s?\s*,?\s*$"
    r"|\b(?:work|book|novel|poem|monograph|study|film|song|play)s?\s+(?:of|by)\s+"
    r"(?:[\w'\u2019.-]+\s+){0,4}?(?-i:[A-Z])[\w'\u2019.-]*(?:\s+(?-i:[A-Z])[\w'\u2019.-]*){0,2}"
    r"\s*,?\s*$",
    re.I,
)
# Version 71: "...", as the theme of this session aptly puts it: whose words, after the quotation.
AS_PUT_IT_RE = re.compile(
    r"^\W{0,4}as\s+(?:[\w'\u2019.-]+\s+){1,12}?(?P<verb>puts?\s+it)\b",
    re.I,
)

# ------------------------------------------------------------------ precision first (round 3)
# Frames by which the AUTHOR holds the quoted words at a distance: the quotation is a scare
# quote whatever else the rules find (so-called, quote-unquote, what has been called, what
# critics call, the idea that, falsely claiming, fabricated claims of, self-styled). Not "what
# X calls / describes as" with a named X: that reports X's words (issue 13, item 4). Matched at
# the end of the clause before the quotation (after removing earlier coordinated quotations).
AUTHOR_DISTANCING_RE = re.compile(
    r"(?=[a-zA-Z])"
    r"(?:\bso[-\s]called"
    r"|\bquote[-,\s]+unquote"
    # what has been called / what some call / what one might call: no speaker to report
    r"|\bwhat\s+(?:(?:has|have|had)\s+(?:\w+\s+)?been\s+|(?:is|are|was|were)\s+(?:being\s+"
    r"|now\s+|often\s+|sometimes\s+|widely\s+|commonly\s+|generally\s+)"
    r"|(?:some|many|others|critics|people|sceptics|skeptics|detractors|opponents|one|you)"
    r"\s+(?:\w+\s+){0,2}?)(?:call|calls|called|terms?|termed|dubs?|dubbed|deems?|deemed|brands?"
    r"|branded|labels?|label(?:l)?ed|describes?\s+as|described\s+as|refers?\s+to\s+as"
    r"|referred\s+to\s+as|passes?\s+for|passed\s+for)(?:\s+(?:to\s+be|as|an?|the))?"
    r"|\bthe\s+(?:very\s+|whole\s+|entire\s+)?(?:idea|notion|myth|fiction|fantasy|canard|trope"
    r"|lie|fairy\s+tale)\s+(?:that|of)"
    r"|\b(?:falsely|wrongly|baselessly|groundlessly|absurdly|ludicrously|mendaciously"
    r"|disingenuously|cynically)\s+(?:\w+\s+){0,1}?(?:claim|alleg|accus|assert|call|label|brand"
    r"|portray|paint|describ|dub|hyp|smear|tout)\w*(?:\s+\w+"
    r"\s+(?:as|of))?"
    r"|\b(?:false|fake|fabricated|fabricating|groundless|baseless|unfounded|bogus|spurious"
    r"|hyping|peddling|spreading)\s+(?:\w+\s+){0,2}?(?:claims?|allegations?|accusations?|charges?"
    r"|stories|story|narratives?|rumou?rs?)\s+(?:of|that|about)"
    r"|\b(?:self-styled|self-proclaimed|would-be|pseudo)"
    r")\s*$",
    re.I,
)
# Headlines (issue 13, round 12): quotation marks in a headline give a source's words without a
# reporting verb ("Family's shock at 'horrendous' stabbing"), so a headline quotation is a scare
# quote only in an author's distancing frame: a dismissive verb or noun right before it ("hypes
# 'China threat'", "smears of 'land encroachment'", "false claim about 'restrictions'"), so-called
# anywhere earlier in the headline, or a noun of disputed talk right after it ("'debt trap'
# smears", "'genocide' allegations", "'forced labor' lies").
HEADLINE_DISTANCING_BEFORE_RE = re.compile(
    r"(?:\bso[-\s]called\b.*"
    r"|\b(?:hyp(?:e|es|ed|ing)|smear(?:s|ed|ing)?|peddl(?:e|es|ed|ing)|fabricat(?:e|es|ed|ing)"
    r"|concoct(?:s|ed|ing)?|slander(?:s|ed|ing)?|distort(?:s|ed|ing)?|(?:false|groundless|baseless"
    r"|fake|bogus|fabricated|unfounded)\s+(?:claims?|allegations?|accusations?))"
    r"(?:\s+up)?(?:\s+(?:of|about|on|over))?(?:\s+[\w'\u2019.-]+){0,2}?)\s*$",
    re.I,
)
HEADLINE_DISTANCING_AFTER_RE = re.compile(
    r"^\W{0,2}\s*(?:claims?|allegations?|accusations?|narratives?|theory|theories|rhetoric|myths?"
    r"|lies|rumou?rs?|smears?|hype|propaganda|slander|fallacy|fallacies|excuses?|pretexts?)\b",
    re.I,
)
# Hedging adjectives that distance the author only when no reporting verb earlier in the clause
# gives the words to a speaker ("an alleged 'plot'" vs "the governor warned of an alleged
# 'offensive'").
WEAK_DISTANCING_RE = re.compile(r"\b(?:alleged|purported|supposed|ostensible)\s*$", re.I)
# A conjunction ending the clause before a coordinated quotation ("X", "Y" and "Z").
TRAILING_CONJUNCTION_RE = re.compile(r"\b(?:and|or|nor|and/or|as\s+well\s+as)$", re.I)
QUOTE_MARKS = "\"\u201c\u201d\u2018\u2019'\u00ab\u00bb"
# Markers of a finite clause inside a quotation of two or more words: auxiliaries, modals,
# forms of "be", negated contractions and subject pronouns ("we will", "there would be",
# "very few of them are left"). A quoted clause is someone's words, not a label.
FINITE_WORDS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "am",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "i",
        "we",
        "you",
        "he",
        "she",
        "they",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "hasn't",
        "haven't",
        "hadn't",
        "don't",
        "doesn't",
        "didn't",
        "won't",
        "wouldn't",
        "can't",
        "couldn't",
        "shouldn't",
        "mustn't",
        "i'm",
        "we're",
        "you're",
        "they're",
        "he's",
        "she's",
        "it's",
        "that's",
        "there's",
        "we've",
        "they've",
        "i've",
        "we'll",
        "they'll",
        "i'll",
        # first- and second-person words (round 5): "our brothers", "help us", "my home"
        "our",
        "my",
        "us",
        "me",
        "your",
    ]
)
# Reporting vocabulary looked for in the whole sentence of a quotation and in the sentences
# before and after it (case-sensitive: lowercase verbs; "United States" is no "states").
# Extra families the derived cue lists lack; the rest comes from REPORTING and the CAMEO/
# attribution cue lists (speech, belief, blame and naming verbs) of framing.engine.cues.
NEARBY_EXTRA = (
    r"lik(?:en|ens|ened|ening)|herald(?:s|ed|ing)?|request(?:s|ed|ing)?|wonder(?:s|ed|ing)"
    r"|complain(?:s|ed|ing)?|highlight(?:s|ed|ing)|quip(?:s|ped|ping)?|jok(?:e|es|ed|ing)"
    r"|legislation|decrees?|communiqu[e\u00e9]s?|executive\s+orders?|indictments?"
    r"|renam(?:e|es|ed|ing)|commitments?|pledges?|warnings|demands|assurances|boast(?:s|ed|ing)?|lament(?:s|ed|ing)?|plead(?:s|ed|ing)?|pled|beg(?:s|ged|ging)"
    r"|sign(?:ed|ing)|sanction(?:ed|ing)|cherish(?:es|ed|ing)|made\s+it\s+clear|make\s+it\s+clear"
    r"|put\s+it|(?:I|i)n\s+(?:his|her|their|its)\s+(?:own\s+)?words"
    r"|(?:I|i)n\s+(?:a|an|his|her|their|its)\s+(?:(?:\w+\s+)?(?:statement|interview|letter"
    r"|speech|post|tweet|address|report|update|video|op-ed|column|blog|podcast|broadcast|message"
    r"|briefing))|ruled\s+that|readouts?|statements?|remarks|interview(?:s|ed)?|spokes(?:man|woman"
    r"|person|people)|press\s+(?:conference|release|briefing)|briefing|testimony|wording"
    r"|(?:A|a)ccording\s+to|reveal(?:s|ed|ing)|disclos(?:e|es|ed|ing)"
)
# Posts on social media, looked for in the quotation's own sentence only (round 5): "..., she
# wrote on Telegram", "a video on his Instagram page".
SOCIAL_MEDIA = (
    r"on\s+(?:(?:his|her|their|its)\s+)?(?:Twitter|Telegram|Instagram|Facebook|Weibo|YouTube"
    r"|TikTok|VKontakte|social\s+media)|(?:Telegram|Twitter|Instagram|Facebook|Weibo|YouTube)"
    r"\s+(?:channel|account|page|post|video)s?"
)
# Version 134: the link that closes a post reproduced in the text (an embedded tweet's
# "https://t.co/..." or "pic.twitter.com/..."), looked for after the quotation in its sentence
# and in the next one: the quoted words are part of the post (not a link before the quotation,
# which closes an earlier post).
EMBEDDED_POST_RE = re.compile(r"(?:\bhttps?://|\b)(?:t\.co|pic\.twitter\.com)/\w", re.I)
# Noun homographs left out of the nearby cue (too common as nouns: "the report", "the state").
NEARBY_SKIP = frozenset(
    [
        "state",
        "states",
        "report",
        "reports",
        "view",
        "views",
        "see",
        "hope",
        "hopes",
        "fear",
        "fears",
        "feel",
        "name",
        "names",
        "term",
        "terms",
        "charge",
        "charges",
        "counter",
        "counters",
        "note",
        "notes",
        "claims",
        "comment",
        "comments",
        "call",
        "calls",
        "concern",
        "concerns",
        "expect",
        "promise",
        "promises",
        "protest",
        "protests",
        "remark",
        "stress",
        "warning",
        "tweet",
        "tweets",
        "vow",
        "vows",
        "mention",
        "mentions",
        "maintain",
        "maintains",
        "maintained",
        "think",
        "thinking",
        "thought",
        "believe",
        "believes",
        "believed",
        "consider",
        "considered",
        "considering",
        "hear",
        "heard",
        "estimate",
        "estimates",
        "present",
        "presented",
        "presents",
        "cast",
        "seen",
        "sees",
    ]
)


@lru_cache(maxsize=2)
def nearby_speech_re(wide: bool) -> re.Pattern[str]:
    """Case-sensitive pattern of reporting vocabulary: the CAMEO/attribution speech verbs and
    :data:`NEARBY_EXTRA`; ``wide`` (the quotation's own sentence) adds :data:`REPORTING`,
    :data:`SOCIAL_MEDIA` and the blame and naming verbs. Belief verbs are left out (*assumed
    the leadership*)."""
    c = load_cues()
    forms = set(c.quote_speech) | (set(c.blame) | set(c.naming_verbs) if wide else set())
    words = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    extra = f"{REPORTING}|{SOCIAL_MEDIA}|" if wide else ""
    return re.compile(rf"\b(?=[a-zA-Z])(?:{extra}{NEARBY_EXTRA}|{words})\b")


@lru_cache(maxsize=4096)
def nearby_speech(text: str, wide: bool = False) -> str:
    """The first reporting word of :func:`nearby_speech_re` in ``text`` that is not one of
    :data:`NEARBY_SKIP` nor part of *so-called*, else ``""``."""
    for m in nearby_speech_re(wide).finditer(text):
        word = " ".join(m.group().split())
        if word.lower() in NEARBY_SKIP or text[max(0, m.start() - 3) : m.start()] in _SO:
            continue
        return word
    return ""


_SO = ("so-", "so ", "So-", "So ")


# ------------------------------------------------------------------ precision first (round 4)
# Objects that carry written text: a quotation in a clause that names one is the text on it
# (a billboard promising "...", a banner with "...").
INSCRIPTION_RE = re.compile(
    r"(?=[a-zA-Z])"
    r"\b(?:billboards?|signboards?|signposts?|placards?|banners?|plaques?|inscriptions?|graffiti(?:ed)?"
    r"|t-shirts?|stickers?|murals?|leaflets?|badges?|stamps?|logos?)\b",
    re.I,
)
# A belief verb right before the quotation: the words are the holder's ("fears "the worst" is
# over", "hopes "normal life" returns").
BELIEF_BEFORE_RE = re.compile(
    r"\b(?:fears?|feared|hopes?|hoped|worries|worried|suspects?|suspected|wonders?|wondered)"
    r"\s*(?:that\s*)?$",
    re.I,
)
# Documents whose wording a quotation reproduces: a law, code article, proposal, report,
# statement, citation or schedule named in the quotation's sentence or the one before it.
# Not "international law", "rule of law", "martial law", "law enforcement": no document.
DOCUMENT_NOUN_RE = re.compile(
    r"(?<!international\s)(?<!rule\sof\s)(?<!martial\s)"
    r"\b(?=[a-zA-Z])(?:laws?(?!\s+(?:enforcement|and\s+order))|(?-i:Act)|acts\s+of\s+parliament"
    r"|(?:criminal|penal|civil|tax|labou?r)\s+code"
    r"|articles?\s+\d+|(?-i:Article)|bills?|decrees?|reports?|assessments?|statements?|declarations?"
    r"|documents?|resolutions?|proposals?|suggestions?|citations?|schedules?|treat(?:y|ies)"
    r"|communiqu[e\u00e9]s?|charters?|constitutions?|regulations?|directives?|drafts?"
    r"|memorand(?:um|a)|manifestos?|white\s+papers?|guidelines|legislation|provisions?|clauses?"
    r"|amendments?|joint\s+(?:statement|declaration|communiqu[e\u00e9])|transcripts?"
    r"|press\s+releases?|(?:action|peace|five-year|national|strategic)\s+plans?|scheduled\s+to"
    r"|itinerar(?:y|ies)|verdicts?|court\s+rulings?|judge?ments?|readouts?|indictments?)\b",
    re.I,
)
# Words that open a fragment of someone's sentence rather than a label: a preposition ("in the
# first days of the war") or, for three or more words, an -ing verb ("strengthening ties").
FRAGMENT_PREPOSITIONS = frozenset(
    [
        "in",
        "on",
        "at",
        "with",
        "without",
        "for",
        "from",
        "by",
        "into",
        "onto",
        "against",
        "under",
        "over",
        "about",
        "through",
        "during",
        "after",
        "before",
        "toward",
        "towards",
        "within",
        "across",
        "among",
        "between",
        "beyond",
        "despite",
        "upon",
    ]
)
# One quoted function word is a word mentioned as a word ("could" or "may").
FUNCTION_WORDS = (
    FINITE_WORDS
    | SMALL
    | frozenset(
        [
            "if",
            "but",
            "not",
            "no",
            "yes",
            "maybe",
            "perhaps",
            "why",
            "how",
            "what",
            "when",
            "where",
            "who",
            "whether",
            "because",
            "never",
            "always",
            "all",
            "some",
            "any",
            "us",
            "them",
            "our",
            "their",
            "this",
            "that",
            "these",
            "those",
        ]
    )
)


@lru_cache(maxsize=4096)
@lru_cache(maxsize=4096)
def document_noun(text: str) -> str:
    """The first document noun of :data:`DOCUMENT_NOUN_RE` in ``text`` (lowercase), else ``""``."""
    m = DOCUMENT_NOUN_RE.search(text)
    return " ".join(m.group().split()).lower() if m else ""


# A verb phrase quoted after a relative pronoun, a modal or a verb taking "to" ("soldiers who
# "died of their wounds"", "it will "run slower"", "intended to "uncover and prevent""): a piece
# of someone's sentence, not a label.
PREDICATE_BEFORE_RE = re.compile(
    r"\b(?:who|will|would|can|could|should|must|might|shall|(?:intend(?:s|ed)?|wants?|wanted"
    r"|seek(?:s|ing)?|sought|aim(?:s|ed|ing)?|plan(?:s|ned|ning)?|vow(?:s|ed)?|pledg(?:e|es|ed)"
    r"|promis(?:e|es|ed)|offer(?:s|ed|ing)?|agree(?:s|d)?|trying|tries|tried|able|ready|willing"
    r"|needs?|needed|expected|designed|meant|going|hopes?|hoped)\s+to)\s*$",
    re.I,
)
# The human-interest lede: a sentence that opens with an indefinite person ("A woman who ...",
# "A Ukrainian refugee has ...") quotes that person's own words.
PERSON_LEDE_RE = re.compile(
    r"^\W*(?:A|An|One)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:woman|man|mother|father|mum|dad|girl|boy"
    r"|teenager|refugee|student|pupil|pensioner|grandmother|grandfather|volunteer"
    r"|couple|family|nurse|doctor|teacher|veteran|widow|widower|businessman|businesswoman"
    r"|farmer|resident|survivor|hotelier|photographer|chef|artist|musician|priest|vicar"
    r"|charity\s+worker|mother-of-\w+|father-of-\w+)\b"
)


# ------------------------------------------------------------------ precision first (round 5)
# A sentence that opens with a person as its subject (he, she, or a two-word name followed by a
# lowercase word: "Olena Kovalenko arrived ..."): beside a sentence of quoted speech, its
# quotations are that person's words too.
SPEAKER_OPENS_RE = re.compile(
    r"^\W*(?:(?:He|She|His|Her)\b|(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?\s+[A-Z]"
    r"|(?!(?:The|This|That|These|In|On|At|But|And|As|If|For|While|When|After|Before|It|Its|A|An)"
    r"\b)[A-Z][a-z]+\s+[A-Z][a-z]+\s+[a-z])"
)
# A capitalised quotation between two capitalised words is a nickname inside a name (Andrei
# "The Strong" Petrov, Oleksandr "Sasha" Ivanenko).
NICKNAME_BEFORE_RE = re.compile(r"\b[A-Z][\w'\u2019.-]*\s*$")
NICKNAME_AFTER_RE = re.compile(r"^\s*[A-Z][a-z][\w'\u2019-]*")
