"""Scare quotes: one row per rule of framing.engine.quotes, positive and negative.

Each row is ``(text, quoted, reason)``: the quotation whose inner text is ``quoted`` gets
``reason`` (``"scare quote"`` when it counts). Pairing rows check that mis-paired quotation
marks create no span. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import framing
from framing.engine.quote_marks import quoted_spans
from framing.engine.quotes import MAX_SCARE_QUOTE_WORDS, SCARE, quotes_frame
from framing.engine.text import sentence_spans

REASONS = [
    # attributed by a reporting verb anywhere earlier in its clause
    ('The EU said the move showed that Russia was "unreliable" as a partner.', "unreliable", "attributed speech (said)"),
    ('He told reporters the talks were "going nowhere" this week.', "going nowhere", "attributed speech (told)"),
    ('He called the vote a "sham" and left.', "sham", "attributed speech (called)"),
    ('Moscow described the move as "a goodwill gesture" aimed at talks.', "a goodwill gesture", "attributed speech (described)"),
    ('Critics dubbed the plan "a fantasy" last year.', "a fantasy", "attributed speech (dubbed)"),
    ('Journalists have been labelled "foreign agents" in Russia.', "foreign agents", "attributed speech (labelled)"),
    ('He was branded a "traitor" by state television.', "traitor", "attributed speech (branded)"),
    ('What the ministry termed "temporary measures" lasted for years.', "temporary measures", "attributed speech (termed)"),
    ('She praised the "remarkable courage" of the defenders.', "remarkable courage", "attributed speech (praised)"),
    ('Putin warned of a "lightning-fast" response to any intervention.', "lightning-fast", "attributed speech (warned)"),
    ('The crowd shouted "shame" outside the embassy.', "shame", "attributed speech (shouted)"),
    ('The White House accused Russia of "almost weaponising" its gas supplies.', "almost weaponising", "attributed speech (accused)"),
    # ... and by a reporting tag after the quotation
    ('Any intervention will meet a "lightning-fast" response, President Putin has warned.', "lightning-fast", "attributed speech (warned)"),
    ('"Glory to Ukraine," he said as the crowd cheered on the square.', "Glory to Ukraine,", "attributed speech (said)"),
    ('Kadyrov "spreads terror" in the region, Goncharenko continued.', "spreads terror", "attributed speech (continued)"),
    ('"Never," he went on, "will we give up our land to them."', "Never,", "attributed speech (went on)"),
    ('The shelling was "indiscriminate" - in the words of the local mayor - from the start.', "indiscriminate", "attributed speech (in the words of)"),
    # claim verbs attribute only with a named subject right before them
    ('Russia has claimed that the footage shows "fake dead bodies" in the street.', "fake dead bodies", "attributed speech (claimed that)"),
    ('From hyping the idea that "China knew" to falsely claiming "China colluding with Russia", the accusations are groundless.', "China colluding with Russia", SCARE),
    ('From hyping the idea that "China knew" to falsely claiming "China colluding with Russia", the accusations are groundless.', "China knew", SCARE),
    # not attributed: "so-called" is no reporting verb; a verb in another clause does not count
    ('The so-called "referendum" was held at gunpoint.', "referendum", SCARE),
    ('He said nothing; the "liberators" arrived at dawn with tanks.', "liberators", "attributed speech (nearby: said in sentence)"),
    ('The "liberators" arrived at dawn with tanks and artillery.', "liberators", SCARE),
    # a speaker named in the previous sentence
    ('Peskov said the talks had stalled. "Unfriendly steps" by the West were to blame for it.', "Unfriendly steps", "attributed speech (previous sentence)"),
    ('The talks stalled on Monday. "Peacekeepers" arrived with tanks and guns.', "Peacekeepers", SCARE),
    # a quotation after a colon or covering most of its sentence
    ('The choice was stark: "no more talks" until the troops leave.', "no more talks", "after a colon"),
    ('"not in this place" then.', "not in this place", "covers most of its sentence"),
    ('"We will rebuild everything."', "We will rebuild everything.", "quoted sentence"),
    ('It was a "special military operation" in name only, and everyone knew it.', "special military operation", SCARE),
    # a word mentioned as a word
    ('Putin avoids the word "war" in his speeches.', "war", "mention of a word"),
    ('The term "Rashism" spread quickly in Kyiv.', "Rashism", "mention of a word"),
    ('Placards reading "no war" were seized by the police.', "no war", "mention of a word"),
    ('Tanks bore a white "Z" on their sides.', "Z", "mention of a word"),
    ('"Rashism", a word coined in 2014, spread in the following years.', "Rashism", "mention of a word"),
    ('They waged a "war" against the word of reason.', "war", SCARE),
    # a quoted proper name after (or before) a common noun
    ('The cruiser "Moskva" sank in April.', "Moskva", "proper name (cruiser)"),
    ('The newspaper "Izvestia" ran the story on its front page.', "Izvestia", "proper name (newspaper)"),
    ('Fighters of the "Azov" regiment surrendered in May.', "Azov", "proper name (regiment)"),
    ('Operation "Barbarossa" began in June 1941.', "Barbarossa", "proper name (operation)"),
    ('Russia\'s "special military operation" continues in the east.', "special military operation", SCARE),
    ('The ship carried "humanitarian aid" to the port city.', "humanitarian aid", SCARE),
    # titles, length, empty
    ('The book "War and Peace" is long.', "War and Peace", "title of a work"),
    (
        'A "one two three four five six seven eight nine" quote sits here, in a long sentence with many other words around it.',
        "one two three four five six seven eight nine",
        f"too long (9 words > {MAX_SCARE_QUOTE_WORDS})",
    ),
    ('The "..." was left where the name should be.', "...", "no words"),
    ('The so-called \u201cdemocracy\u201d.', "democracy", SCARE),
]  # fmt: skip


# Precision-first rules (issue 13): attribution the first rules did not see, names, titles and
# mentions. Each rule has a row that fires and a near miss that stays a scare quote.
PRECISION = [
    # "also called" is not "so-called"
    ('The mayor also called it "a turning point" for the town.', "a turning point", "attributed speech (called)"),
    ('Critics say the so-called "reforms" changed nothing.', "reforms", SCARE),
    # directives, appeals, advice, echoes, invocations, labelling verbs
    ('The governor ordered a "high readiness regime" across the province.', "high readiness regime", "attributed speech (ordered)"),
    ('The synod appealed to both sides to "keep talking" through the winter.', "keep talking", "attributed speech (appealed to)"),
    ('Their envoy echoed the premier\'s line that Delhi would "feed the world" soon.', "feed the world", "attributed speech (echoed)"),
    ('The senator invoked a "moral duty" to act in the region.', "moral duty", "attributed speech (invoked)"),
    ('The broadcaster portrays the rebels as "freedom fighters" every night.', "freedom fighters", "attributed speech (portrays)"),
    ('The memo identifies the port as a "soft target" for raids.', "soft target", "attributed speech (identifies the port as)"),
    ('As an aide pointed out, the plan was "dead on arrival" in the Senate.', "dead on arrival", "attributed speech (pointed out)"),
    ('The duke has been outspoken about the "senseless cruelty" of the siege.', "senseless cruelty", "attributed speech (outspoken)"),
    ('The envoy threatened to walk out if talks took a "wrong turn" again.', "wrong turn", "attributed speech (threatened to)"),
    ('Kyiv reportedly keeps the drones for "special tasks" only.', "special tasks", "attributed speech (reportedly)"),
    ('Doubts were raised about the "patchy" data behind the plan.', "patchy", "attributed speech (doubts were raised)"),
    ('Analysts in Riga believe the blockade is "a bluff" for now.', "a bluff", "attributed speech (believe)"),
    ('The blogger was found guilty of spreading "false news" about the army.', "false news", "attributed speech (found guilty)"),
    ('The new code outlaws "hostile propaganda" in schools.', "hostile propaganda", "attributed speech (outlaws)"),
    # a finite claim verb with "that" attributes; "claiming" without a subject does not
    ('The tabloid also alleged that "foreign handlers" ran the protests.', "foreign handlers", "attributed speech (alleged that)"),
    ('Their diplomats even claimed that she was "acting" for the cameras.', "acting", "attributed speech (claimed that)"),
    ('They keep falsely claiming "Beijing armed Moscow" in every briefing.', "Beijing armed Moscow", SCARE),
    ('The guards face alleged "abuse" of detainees and other charges.', "abuse", SCARE),
    # speech and document nouns
    ('They repeated the minister\'s statement that "we can feed everyone" at the fair.', "we can feed everyone", "attributed speech (minister's statement)"),
    ('Another of Delhi\'s arguments is that the dam poses "grave risks" downstream.', "grave risks", "attributed speech (delhi's arguments)"),
    ('The new rules stipulate that only "imminent threats" justify a strike.', "imminent threats", "attributed speech (stipulate)"),
    ('A 2015 law, which defines "extremist symbols", was widened in May.', "extremist symbols", "mention of a word"),
    ('A 2015 law, which bans "extremist symbols", was widened in May.', "extremist symbols", "attributed speech (bans)"),
    ('The abuse of "claims" is the theme, not the ministry\'s ruling party.', "claims", SCARE),
    # whose view: "For X, ...", "from X's perspective", "in the eyes of X"
    ('For Anna Berg, a former envoy, the cabinet gave in "far too easily" to lobbyists.', "far too easily", "attributed speech (viewpoint)"),
    ('From the general\'s perspective, the retreat was "a regrouping" and nothing more.', "a regrouping", "attributed speech (viewpoint)"),
    ('For now, the "ceasefire" holds in the south.', "ceasefire", SCARE),
    # tags: a comma-final quotation with a longer tag, a tag followed by "adding", a mid-sentence tag
    ('"We pushed them back in two places," the regional army press officer Olha Hrytsenko told local radio.', "We pushed them back in two places,", "attributed speech (told)"),
    ('The "liberation" of the valley was a "top priority", the envoy said, adding that more troops would come.', "liberation", "attributed speech (said)"),
    ('The city was "reborn" when the siege ended, the mayor said on a visit to the port.', "reborn", "attributed speech (said)"),
    ('Two guards were hurt by a "sleeping spray" used in the raid, according to the police.', "sleeping spray", "attributed speech (according to)"),
    ('His predecessors were not as "naive" as he made them out to be.', "naive", SCARE),
    # the speaker in the next sentence: the quotation ends its sentence, the next is tagged
    ('Most newcomers are still "in a fragile place". "We need more hosts," Olena says.', "in a fragile place", "attributed speech (next sentence)"),
    ('A senior fellow at the institute saw "clashing aims". The talks ended early, Reuters reported.', "clashing aims", "attributed speech (next sentence)"),
    ('The old order is "gone". Nobody expects it back in Europe.', "gone", SCARE),
    ('The mood was "tense" all day. Prices rose, he said.', "tense", "attributed speech (nearby: said in next sentence)"),
    # quotations that share a sentence with quoted speech
    ('He singled out Warsaw for "acting as the hub of all our efforts to help the refugees in need," including "generous gifts" of tanks.', "generous gifts", "attributed speech (quoted neighbour)"),
    ('The "peacekeepers" and the "liberators" left at dawn.', "peacekeepers", SCARE),
    # mentions: cries, "such as", "the concept of", answers, glosses, languages
    ('It drowns every bid for peace with the cry, "too many have died to stop now".', "too many have died to stop now", "mention of a word"),
    ('Summit texts once used phrases such as "refrain from" quite often.', "refrain from", "mention of a word"),
    ('The old concept of the "end of history" is worn out by now.', "end of history", "mention of a word"),
    ('The court may try the offence of "waging aggressive war" in absentia.', "waging aggressive war", "mention of a word"),
    ('Voters had to answer "Yes" or "No" to a single question.', "No", "mention of a word (function word)"),
    ('Voters had to answer "Yes" or "Never again" to a single question.', "Never again", "mention of a word (coordinated)"),
    ('The Druzhba ("friendship") pipeline is exempt from the ban.', "friendship", "mention of a word (gloss)"),
    ('Pacta sunt servanda is the Latin for "agreements must be kept" in law.', "agreements must be kept", "mention of a word"),
    ('"Freedom" is not a hollow word here.', "Freedom", "mention of a word"),
    ('The sailors sang "gold", "silver" and "bronze" after the race.', "silver", "mention of a word (list)"),
    # ... a list of long quotations is not a list of words (the focal article's three claims)
    ('It is "a war of choice," "a war of aggression" and "a war of conquest" at once.', "a war of choice,", SCARE),
    ('A "brave" and "noble" gesture, it changed nothing at all.', "brave", SCARE),
    # names: capitalised quotations, naming heads, apposition, grades
    ('The "Lilac" hotel reopened after the war.', "Lilac", "proper name (hotel)"),
    ('The guests moved to the hotels "Baltika" and "Neva" for the night.', "Neva", "proper name (coordinated)"),
    ('Unlike the new shops, "Berezkas" took only hard currency.', "Berezkas", "capitalised name"),
    ('The agency and "Frontline" are gathering the evidence together.', "Frontline", "capitalised name"),
    ('"Type 052D", as the class is known, is built in Shanghai.', "Type 052D", "proper name (apposition)"),
    ('The alliance will draft a new "strategic concept" - the document which sets its aims.', "strategic concept", "proper name (concept)"),
    ('All wars of the "balance of power" period were coalition wars.', "balance of power", "proper name (period)"),
    ('Nobody has replaced the "pivot to Asia" strategy yet.', "pivot to Asia", "proper name (strategy)"),
    ('The bank ended up on a "grey list" last spring.', "grey list", "proper name (list)"),
    ('The region is in the "red" zone of danger again.', "red", "proper name (zone)"),
    ('The US should end its "freedom of navigation" operations near the islands.', "freedom of navigation", SCARE),
    ('He fights the "Nazis" and "degenerates" of the West, he claims.', "Nazis", "attributed speech (claims)"),
    ('It is a war against the "Nazis" and "degenerates" of the West.', "Nazis", SCARE),
    ('The "Pro-independence" banners went up again.', "Pro-independence", "capitalised name"),
    ('"Pro-independence" cries flared again on campus.', "Pro-independence", SCARE),
    # quoted sentences and titles that open with a capitalised function word, or end in ! or ?
    ('The president issued one more riddle - "We will handle it." - and left.', "We will handle it.", "quoted sentence"),
    ('Listen to the episode \'The longest night of my life\' on the app.', "The longest night of my life", "quoted sentence"),
    ('Then my son goes, "Oh, I know him." and laughs.', "Oh, I know him.", "quoted sentence"),
    ('The crowd was "so ready!" for more.', "so ready!", SCARE),
    ('Voters fear the "China threat." more than inflation.', "China threat.", SCARE),
]  # fmt: skip


# Precision first, round 3 (issue 13): reporting vocabulary anywhere in the sentence or in the
# sentences on either side, unless a distancing frame introduces the quotation; quoted clauses;
# numbers and acronyms. Each rule has a row that fires and a near miss.
ROUND3 = [
    # distancing frames: a scare quote whatever else the sentence holds
    ('What critics call "stability" is fear, the envoy said.', "stability", SCARE),
    ('What has long been called "order" is silence, critics said.', "order", SCARE),
    ('Quote-unquote "experts" filled the studio, a guest told viewers.', "experts", SCARE),
    ('Pundits peddle the idea that "sanctions never work" at every summit, officials said.', "sanctions never work", SCARE),
    ('Its media falsely branded it as "a provocation" and moved on, the envoy said.', "a provocation", SCARE),
    ('The ministry spread baseless claims of "mass desertion" by the army, he said.', "mass desertion", SCARE),
    ('They falsely claimed "the port fell", "the army fled" and "the mayor ran" that week.', "the mayor ran", SCARE),
    ('The self-proclaimed "peacekeepers" stayed, the mayor said.', "peacekeepers", SCARE),
    # ... near misses: no frame right before the quotation
    ('The idea was a "clean slate", she said.', "clean slate", "attributed speech (said)"),
    ('The regime calls it "stability" on television.', "stability", "attributed speech (calls)"),
    ('What the regime calls "stability" is fear.', "stability", "attributed speech (calls)"),
    # reporting vocabulary anywhere in the quotation's sentence (CAMEO speech, blame and naming
    # verbs, reporting and document nouns)
    ('The "corridor" opened at noon, and aid groups kept complaining about it all week.', "corridor", "attributed speech (nearby: complaining in sentence)"),
    ('The "corridor" opened at noon under legislation passed in May.', "corridor", "document wording (legislation in sentence)"),
    ('The "corridor" opened at noon beside the so-called green zone.', "corridor", SCARE),
    ('The "corridor" was built by the United States in a year.', "corridor", SCARE),
    # ... in the previous sentence (speech verbs only: belief verbs and noun homographs do not count)
    ('The mayor complained bitterly on Monday. The "corridor" had been shut for a week.', "corridor", "attributed speech (nearby: complained in previous sentence)"),
    ('The mayor assumed office on Monday. The "corridor" had been shut for a week.', "corridor", SCARE),
    ('In an interview, the mayor set out the plan. Since then the "corridor" has been shut.', "corridor", "attributed speech (nearby: In an interview in previous sentence)"),
    # ... in the next sentence
    ('The "corridor" was shut for a week. Aid groups protested against the closure on Friday.', "corridor", "attributed speech (nearby: protested in next sentence)"),
    ('The "corridor" was shut for a week. Aid groups held protests on Friday.', "corridor", SCARE),
    ('The "corridor" was shut for a week. The report of the week was grim.', "corridor", SCARE),
    # a quoted clause (an auxiliary, modal, be-form or subject pronoun in 2+ words) is speech
    ('Villagers hope the river is "what we have left" now.', "what we have left", "quoted clause (we)"),
    ('The bridge, "which can still carry trucks", reopened in June.', "which can still carry trucks", "quoted clause (can)"),
    ('The bridge was a "lifeline for the valley" all winter.', "lifeline for the valley", SCARE),
    # numbers and acronyms are figures, codes or names
    ('Output hit the "5 percent" mark in May.', "5 percent", "capitalised name (number or acronym)"),
    ('Fear of the "NATO threat" grew over the year.', "NATO threat", "capitalised name (number or acronym)"),
    ('Fear of the "eastern threat" grew over the year.', "eastern threat", SCARE),
]  # fmt: skip


# Precision first, round 4 (issue 13, item 4): only the author's own distancing frames beat
# attribution; documents, speech fragments, text on things and function words are no scare
# quotes. Each rule has a row that fires and a near miss.
ROUND4 = [
    # what X calls / describes as with a named X reports X's words; vague or absent holders do not
    ('The shelling hit what the mayor called "the heart of the old town" on Sunday.', "the heart of the old town", "attributed speech (called)"),
    ('Aid stalled in what the agency described as "a logistical nightmare" for weeks.', "a logistical nightmare", "attributed speech (described)"),
    ('Aid stalled in what some call "a logistical nightmare" for weeks.', "a logistical nightmare", SCARE),
    ('Aid stalled in what is often termed "donor fatigue" by now.', "donor fatigue", SCARE),
    ('Aid stalled in what one might call "strategic patience" for weeks.', "strategic patience", SCARE),
    # alleged / supposed distance the author unless a reporting verb gives the words away
    ('The port guards a supposed "secret" of the fleet.', "secret", SCARE),
    ('The colonel warned of a supposed "buildup" near the dam.', "buildup", "attributed speech (warned)"),
    ('The colonel warned of a so-called "buildup" near the dam.', "buildup", SCARE),
    # the wording of a document named in the sentence or the one before it
    ('Section 12 of the Water Act lets the board cut supply in "exceptional circumstances" only.', "exceptional circumstances", "document wording (act in sentence)"),
    ('The draft was leaked on Friday. It foresees "deeper integration" of the two grids.', "deeper integration", "document wording (draft in previous sentence)"),
    ('The treaty was signed in Oslo. Few expect "lasting calm" to follow soon.', "lasting calm", "document wording (treaty in previous sentence)"),
    ('Under international law the port is "neutral" ground for all ships.', "neutral", SCARE),
    ('The rule of law means little to the "patriots" of the north.', "patriots", SCARE),
    # pieces of someone's sentence: a preposition, an -ly adverb or an -ing verb first; a verb
    # phrase after a relative pronoun, a modal or a verb taking "to"
    ('Families fled "in the dead of night" across the river.', "in the dead of night", "speech fragment (in)"),
    ('The envoy offered to "gradually reduce" the garrison.', "gradually reduce", "speech fragment (gradually)"),
    ('The fund backs projects "fostering trust between towns" in the valley.', "fostering trust between towns", "speech fragment (fostering)"),
    ('The sailors who "never came home" are buried here.', "never came home", "speech fragment (predicate)"),
    ('The new mill will "change everything" in the valley.', "change everything", "speech fragment (predicate)"),
    ('The grid is designed to "absorb the shock" of winter.', "absorb the shock", "speech fragment (predicate)"),
    ('The sailors "inwardly" cheered the captain.', "inwardly", SCARE),
    ('The mayor fears "the worst winter" is yet to come.', "the worst winter", "attributed speech (belief)"),
    ('The town faced a "winter of discontent" after the strike.', "winter of discontent", SCARE),
    # the human-interest lede quotes the person it opens with
    ('A teacher from Kharkiv has found her "second home" in a Welsh village.', "second home", "attributed speech (person in the lede)"),
    ('The army has found its "second home" in a Welsh village.', "second home", SCARE),
    # a quotation inside someone's quoted speech
    ("The analyst was blunt: \u201cThey arm their \u2018friends\u2019 and call it aid, as everyone can see in the reports on the war.", "friends", "attributed speech (inside a quotation)"),
    ("The analyst was blunt. They arm their \u2018friends\u2019 and send them aid.", "friends", SCARE),
    # text on things, words searched for or asked about, a quoted function word
    ('Vans marked "medical aid" carried shells into the city.', "medical aid", "mention of a word"),
    ('A giant billboard over the road promises "prosperity for all" by next year.', "prosperity for all", "mention of a word (inscription)"),
    ('Searches for "ceasefire" and "truce" doubled overnight.', "truce", "mention of a word (coordinated)"),
    ('So what does "lasting" mean for the towns on the front?', "lasting", "mention of a word"),
    ('Lawyers argued over whether the drones "could" be traced.', "could", "mention of a word (function word)"),
    ('In the end the drones were "traceable" after all.', "traceable", SCARE),
    # naming heads take one-word quotations too; campaign sides
    ('The "hedgehog" strategy left the towns without defenders.', "hedgehog", "proper name (strategy)"),
    ('Polls put the "remain" side ahead in the capital.', "remain", "proper name (side)"),
    ('The "hedgehog" defenders left the towns in May.', "hedgehog", SCARE),
]  # fmt: skip


# Precision first, round 5 (issue 13, item 4): disclosures, boasts, billing, cries, verdicts and
# meeting decisions; documents that carry wording (a visa, a verdict, a readout); glosses, dates,
# foreign script, nicknames and sentence-case names; formulas listed inside one quotation; a
# person's sentence beside their quoted speech. Each rule has a row that fires and a near miss.
ROUND5 = [
    # reporting verbs: revealed, bragging, billing as, crying, found guilty, it was agreed, hinted at
    ('The banker revealed that he quit over the "senseless war" in the east.', "senseless war", "attributed speech (revealed)"),
    ('The banker quit over the "senseless war" in the east.', "senseless war", SCARE),
    ('Behind the ministry\'s bragging about its "iron discipline", the troops deserted.', "iron discipline", "attributed speech (bragging)"),
    ('The summit may not live up to its billing as a "historic breakthrough" this year.', "historic breakthrough", "attributed speech (billing as)"),
    ('The summit may not be a "historic breakthrough" this year.', "historic breakthrough", SCARE),
    ('Some fans were crying "betrayal" on the terraces.', "betrayal", "attributed speech (crying)"),
    ('Some fans smelled "betrayal" on the terraces.', "betrayal", SCARE),
    ('The pilot was found guilty on two counts, the second being "negligence".', "negligence", "attributed speech (found guilty)"),
    ('The pilot showed real "negligence" on two flights.', "negligence", SCARE),
    ('It was agreed at the session that the pace must be "measured" from now on.', "measured", "attributed speech (it was agreed)"),
    ('The coach hinted at "big changes" before the final.', "big changes", "attributed speech (hinted at)"),
    ('The judges ruled that the strike was "lawful" after all.', "lawful", "attributed speech (ruled that)"),
    # documents that carry wording: a visa, a verdict, a readout (in the sentence or the one before)
    ('Her work visa states the purpose of the trip is "cultural exchange" only.', "cultural exchange", "attributed speech (visa states)"),
    ('The readout was published on Friday. Both sides want "steady progress" on trade.', "steady progress", "document wording (readout in previous sentence)"),
    ('The ruling party wants "steady progress" on trade.', "steady progress", SCARE),
    # posts on social media and reports in a video or message
    ('A clip of the "iron fist" drill went viral on Telegram overnight.', "iron fist", "attributed speech (nearby: on Telegram in sentence)"),
    ('A clip of the "iron fist" drill went viral overnight. Telegram was full of it.', "iron fist", SCARE),
    ('The governor appeared in a video message on Sunday. The convoy made "record time" on the road.', "record time", "attributed speech (nearby: in a video message in previous sentence)"),
    ('The governor appeared in a film on Sunday. The convoy made "record time" on the road.', "record time", SCARE),
    # names: a neutral naming head after "so-called", a nickname, a bracketed date, sentence case
    ('Two cases of the so-called "Nordvariant" strain were found in the port.', "Nordvariant", "proper name (strain)"),
    ('The so-called "peacekeeping" forces stayed on in the port.', "peacekeeping", SCARE),
    ('Fighters loyal to Oleh "Bison" Marchenko held the bridge.', "Bison", "proper name (nickname)"),
    ('Moscow "liberated" Kherson on its maps only.', "liberated", SCARE),
    ('Class struggle was everywhere during the "great leap" (1958-62) in the villages.', "great leap", "proper name (dated)"),
    ('The "great leap" (in prices) hit the villages hard.', "great leap", SCARE),
    ('The monument to the founders stands in the square. Tourists photograph the "Monument to the founders" each morning.', "Monument to the founders", "proper name (sentence case)"),
    ('Tourists photograph the "Tallest tower" each morning.', "Tallest tower", SCARE),
    ('Leaders gathered for the "peace and prosperity" summit in May.', "peace and prosperity", "proper name (summit)"),
    ('Leaders gathered for "peace and prosperity" in May.', "peace and prosperity", SCARE),
    # foreign script and glosses are mentions
    ('The channel captioned the photo \u00abНовая жизнь\u00bb without comment.', "Новая жизнь", "foreign-language text"),
    ('Settlers waited for a \u00abnew life\u00bb in the steppe.', "new life", SCARE),
    ('Families wore "vyshyvanka" - or embroidered shirts - at the fair.', "vyshyvanka", "mention of a word"),
    ('Villagers prize "sobornost", meaning a sense of togetherness.', "sobornost", "mention of a word"),
    ('Villagers prize "sobornost" above money.', "sobornost", SCARE),
    # a list of three or more items inside one quotation is a quoted formula
    ('The new district will be "green, open and shared" by 2030.', "green, open and shared", "quoted formula (list)"),
    ('The new district will be "green and open" by 2030.', "green and open", SCARE),
    # first- and second-person words make a quoted clause
    ('Volunteers packed boxes for "our brave boys" at the front.', "our brave boys", "quoted clause (our)"),
    ('Volunteers packed boxes for the "brave boys" at the front.', "brave boys", SCARE),
    # a sentence about a named person beside that person's quoted speech
    ('She described the journey as "terrifying". Olena Kovalenko reached Leeds after a "long" trip.', "long", "attributed speech (quoted passage)"),
    ('She described the journey as "terrifying". The bus reached Leeds after a "long" trip.', "long", SCARE),
    ('She called the trip "a nightmare". Dr. Berg now lives in a "quiet" village.', "quiet", "attributed speech (quoted passage)"),
    # four or more words with a full stop inside the marks are a quoted sentence; a headline
    ('Such a war would bring the "end of all and everything."', "end of all and everything.", "quoted sentence (full stop)"),
    ('Such a war would bring the "end of everything."', "end of everything.", SCARE),
    ('The story was headlined "Cold comfort for the poor" that week.', "Cold comfort for the poor", "title of a work"),
    ('The story was about "cold comfort for the poor" that week.', "cold comfort for the poor", SCARE),
]  # fmt: skip


# Round 12: in a headline (no final punctuation) quotation marks give a source's words; only an
# author's distancing frame makes a scare quote. Invented headlines, each beside its pair.
HQ = "headline quotation (a source's words)"
ROUND12 = [
    ("Village mourns 'gentle' baker killed in crash", "gentle", HQ),
    ("Village mourns 'gentle' baker killed in crash.", "gentle", SCARE),
    ("Ferry operator's 'deep regret' over cancelled sailings", "deep regret", HQ),
    ("Storm damage 'worst in decades' - council", "worst in decades", HQ),
    ("Envoy hypes 'island threat' to win bigger budget", "island threat", SCARE),
    ("Envoy warns of 'island threat' amid bigger budget", "island threat", "attributed speech (warns)"),
    ("Envoy eyes 'island threat' amid bigger budget", "island threat", HQ),
    ("Calm returns after repeated smears of 'border grabs' by neighbour", "border grabs", SCARE),
    ("Ministry slams false claims about 'curfews' in the capital", "curfews", SCARE),
    ("Facts expose 'debt trap' smears in the region", "debt trap", SCARE),
    ("Study rebuts 'debt trap' figures in the region", "debt trap", HQ),
    ("Paper debunks 'forced labour' lies", "forced labour", SCARE),
    ("Workers describe 'forced labour' conditions", "forced labour", "attributed speech (describe)"),
    ("Group opposes so-called harbour 'survey' by foreign navy", "survey", SCARE),
    ("Senator blocks so-called 'reform' bill", "reform", SCARE),
    # a question ends in punctuation: not read as a headline
    ("Who are the 'rebels' the minister wants handed over?", "rebels", SCARE),
    # the reporting verbs of the voice rules since METRICS_VERSION 51 (agree, recognise,
    # highlight, ...) are no cue of a quotation's attribution: the scare quotes stay
    ("The leaders agreed that four countries have cut their \"diplomatic ties\" with it.",
     "diplomatic ties", SCARE),
    ("Nationally recognized for her \"equity-centered\" leadership, she spoke.",
     "equity-centered", SCARE),
]  # fmt: skip


# Version 71 (precision round 22, official texts): invented sentences, each beside a pair that
# stays a scare quote.
BRIEFING = (
    "MS. LANE: We expect a steady recovery this year. Q What exactly is a \u201csteady "
    "recovery\u201d? MS. LANE: Growth without shocks. Q Thanks. MS. LANE: Sure."
)
SPEECH_ECHO = (
    "THE PRESIDENT: They promised a steady recovery. AUDIENCE MEMBER: Yes! THE PRESIDENT: Some "
    "\u201csteady recovery\u201d that was. AUDIENCE MEMBER: Ha! THE PRESIDENT: Thank you."
)
ROUND22 = [
    # the speaker's own term, and how it is meant
    ("The state marks its jubilee, what we call \"Festival of Rivers\", this year.", "Festival of Rivers", "mention of a word"),
    ("The state marks its jubilee, what some call \"Festival of Rivers\", this year.", "Festival of Rivers", SCARE),
    ("Doctors looked at what we often call \"legacy drugs\" in the trial.", "legacy drugs", "mention of a word"),
    ("And by \"steady growth,\" I mean growth without shocks for years.", "steady growth,", "mention of a word"),
    ("So what do you mean by \"steady growth\" in this case?", "steady growth", "mention of a word"),
    ("The way a \"close call\" is defined matters to the inspectors.", "close call", "mention of a word"),
    ("Here \"solidarity\" is not an empty or hollow word for the villagers.", "solidarity", "mention of a word"),
    ("Here \"solidarity\" is not an empty or hollow promise for the villagers.", "solidarity", SCARE),
    # a prescribed label
    ("This call is on background, attributable to a \u201csenior official.\u201d Thanks.", "senior official.", "mention of a word"),
    # a function word with its punctuation inside the marks; not when it opens the sentence
    ("It is not a matter of \u201cif,\u201d but \u201cwhen.\u201d We know it.", "if,", "mention of a word (function word)"),
    ("\"Never,\" he went on, \"will we give up our land.\"", "Never,", "attributed speech (went on)"),
    # a capitalised name after a campaign, action or publication noun, at any length
    ("The ministry launched an information campaign \"Keep every child safe: a guide for parents\" in May.",
     "Keep every child safe: a guide for parents", "title of a work (campaign, publication)"),
    ("Due to the action \"Let's speak the truth about abuse\" the office informs that schools joined.",
     "Let's speak the truth about abuse", "title of a work (campaign, publication)"),
    ("The library showed the work of professor Ivan Petrenko \"Notes on the river trade\" to guests.",
     "Notes on the river trade", "title of a work (campaign, publication)"),
    ("The ministry launched an information campaign on \"fake cures\" in May.", "fake cures", SCARE),
    ("The nominees joined the \"voices of hope\" fellowship this year.", "voices of hope", "proper name (fellowship)"),
    ("The schools hold \"signing days\" for graduates each spring.", "signing days", "proper name (days)"),
    # whose words, after the quotation or before it
    ("Goals need \"bold answers to shared problems\", as the theme of the session aptly puts it.",
     "bold answers to shared problems", "attributed speech (puts it)"),
    ("Leaders, in the memorable phrase of Ada Stone, \"hold the line of mission\" today.",
     "hold the line of mission", "attributed speech (viewpoint)"),
    # a briefing echo; not in a speech without reporters' questions, nor a label quoted before
    (BRIEFING, "steady recovery", "attributed speech (echo)"),
    (SPEECH_ECHO, "steady recovery", SCARE),
    # not said before: no echo (version 136: a reporter's quotation all the same)
    (BRIEFING.replace("steady recovery this", "quick rebound this"), "steady recovery",
     "attributed speech (reporter's question)"),
]  # fmt: skip


# Version 100 (media precision round 12): ascribed words the rules did not see as attributed.
V100 = [
    # a named holder's verb of judging, naming, repeating or being sure in the clause; not *wants*
    ("They will act against groups Ankara deems to be \"extremists\" at once.", "extremists", "attributed speech (deems)"),
    ("They will act against anyone deemed to be \"extremists\" at once.", "extremists", SCARE),
    ("Moscow continues to coin the war a \"special military operation\".", "special military operation",
     "attributed speech (continues to coin)"),
    ("Anna Berg is optimistic that the cabinet is adopting a \"bargaining stance\".", "bargaining stance",
     "attributed speech (is optimistic that)"),
    ("Only he wants \"a newer, broader\" deal with the island.", "a newer, broader", SCARE),
    ("Putin repeated that Moscow is ready to send gas \"within days\" to the west.", "within days",
     "attributed speech (repeated that)"),
    ("The agency notes that the river once held fish, but \"reckless dredging\" ended it.", "reckless dredging",
     "attributed speech (notes that)"),
    ("Ties rest on the \"warm rapport\" that Trump has often touted between them.", "warm rapport", "attributed speech (touted)"),
    ("The country talks a good game about \"fair\" trade rules.", "fair", "attributed speech (talks a good game about)"),
    ("The talks are part of plans for a \"reasonable worst case\" at the ministry.", "reasonable worst case", SCARE),
    # a labelling verb up to eight words before "as"; the same for "qualify" and "mark"
    ("Some in Berlin have seen foreign investment and takeovers in the country as acts of \"spying\" lately.",
     "spying", "attributed speech (seen foreign investment and takeovers in the country as)"),
    ("The act targets firms trading with the state, qualified as \"exploitation\" of the region.", "exploitation",
     "attributed speech (qualified as)"),
    ("The site has marked the writer as \"liquidated\" this week.", "liquidated", "attributed speech (marked the writer as)"),
    # whose view, after a connective; an agreement noun with a plural possessive
    ("Still, to Mark Reed, a senator, my work was clearly \"foreign meddling\" and wrong.", "foreign meddling",
     "attributed speech (viewpoint)"),
    ("To his administration, every old rule is \"unfair\" and must go.", "unfair", "attributed speech (viewpoint)"),
    ("To their delight, every old rule is \"unfair\" and must go.", "unfair", SCARE),
    ("Given the two leaders' agreement that trade is the \"only right choice\", talks go on.", "only right choice",
     "attributed speech (agreement that)"),
    # a person's possessive right before the quotation; not a place's
    ("Soldiers died after the start of President Putin's \"special military operation\" in May.",
     "special military operation", "attributed speech (possessive)"),
    ("Soldiers died after Barack Obama's \"reset\" with Moscow ended.", "reset", "attributed speech (possessive)"),
    ("This is critical to understanding Russia's \"ambitions\" in the region.", "ambitions", SCARE),
    # text written on a door; a nickname after "moniker the"; a gloss after a comma inside the marks
    ("Someone has graffitied \"traitor\" on his door.", "traitor", "mention of a word (inscription)"),
    ("It is used by fringe groups, hence its informal moniker the \"imperka\".", "imperka", "mention of a word"),
    ("It was the first time the firm has \"de-arched,\" or exited a market.", "de-arched,", "mention of a word (gloss)"),
    ("The firm has \"de-arched\" or exited a market.", "de-arched", SCARE),
]  # fmt: skip


# Version 134 (media precision round 23): mentions and attributions the rules did not see.
V134 = [
    # an idiom, saying or proverb names the quoted words as words
    ("There is an old proverb \"measure twice\" that fits the plan.", "measure twice", "mention of a word"),
    ("The plan is an \"idiot-proof\" fix for the city.", "idiot-proof", SCARE),
    # the text of a sign or a notice right after the quotation; not posters (a cause they carry)
    ("Drivers ignore the \"no entry\" signs at the gate.", "no entry", "mention of a word"),
    ("They put up \"pro-reform\" posters at night.", "pro-reform", SCARE),
    # "in her words" in the sentence before; not "in other words"
    ("In her words, the plan is no charity. Rather, it is a \"shared feast\" for all.", "shared feast",
     "attributed speech (nearby: In her words in previous sentence)"),
    ("In other words, the plan is no charity. Rather, it is a \"shared feast\" for all.", "shared feast", SCARE),
    # the link closing an embedded post after the quotation; not a link before it
    ("What next, \"rebels\" with warships? https://t.co/abc123 Fighting went on.", "rebels",
     "attributed speech (embedded post)"),
    ("Life goes on here. pic.twitter.com/abc123 Now the \"liberators\" are gone.", "liberators", SCARE),
    # a capitalised quotation ending in case / affair names an affair; not a lowercase one
    ("Kiev ignored the lessons of the \"Kharkiv case\" entirely.", "Kharkiv case", "proper name (case)"),
    ("Rivers rose after the \"Dnipro affair\" ended.", "Dnipro affair", "proper name (affair)"),
    ("It is the \"worst case\" for the city.", "worst case", SCARE),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quoted", "reason"), V134, ids=[r[0][:45] for r in V134])
def test_v134_rule(text, quoted, reason):
    test_reason(text, quoted, reason)


# Version 136 (official round 24): terms defined or named, and reporters' questions.
V136 = [
    # a term an agency defines or a speaker redefines; not "define" with no object before it
    ("The way the board defines a \"near miss\" is two metres apart.", "near miss", "mention of a word"),
    ("Why do officials keep trying to redefine \"slowdown\" every week?", "slowdown", "mention of a word"),
    ("They define themselves by their \"heroic\" past.", "heroic", SCARE),
    # a word denied another's meaning, before and after; not "does not mean that"
    ("For us \"calm\" does not mean \"idle\" at all.", "calm", "mention of a word"),
    ("For us \"calm\" does not mean \"idle\" at all.", "idle", "mention of a word"),
    ("By \"fast\" I do not mean careless work.", "fast", "mention of a word"),
    ("A \"fair\" deal, this does not mean that we will sign.", "fair", SCARE),
    # the key word or the term of art named
    ("The keyword for the session is \"patience\".", "patience", "mention of a word"),
    ("The term of art in the capital is \"guide.\" We expect one.", "guide.", "mention of a word"),
    ("The word is out that the \"heroes\" fled.", "heroes", SCARE),
    # a plain passive introduces a term; an adverb or a perfect keeps the author's distance
    ("We banned what is called \"layered billing\" in the sector.", "layered billing", "mention of a word"),
    ("We are closing what was referred to as the \"parent trap\" this year.", "parent trap", "mention of a word"),
    ("They committed what has been called the \"crime of crimes\" in the east.", "crime of crimes", SCARE),
    ("They staged what is often called a \"referendum\" in the east.", "referendum", SCARE),
    # a vague-term judgement after the quotation
    ("And \"frail\" feels like this kind of loose term for them.", "frail", "mention of a word"),
    # a one-word name of a software element
    ("Click the \"wave\" button to join the queue.", "wave", "proper name (button)"),
    ("Use the \"quiet\" feature on the app.", "quiet", "proper name (feature)"),
    # the next sentence defines the quoted term; not a sentence about something else
    ("Farmers get help with \"strip tilling\" tools. Strip tilling is a method of ploughing.", "strip tilling",
     "mention of a word (defined)"),
    ("So we are creating a \"home bonus.\" What this means is that builders get more.", "home bonus.",
     "mention of a word (defined)"),
    ("The army staged a \"liberation.\" That means nothing to the dead.", "liberation.", SCARE),
    ("Crowds cheered the \"liberators.\" Liberators came with tanks.", "liberators.", SCARE),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quoted", "reason"), V136, ids=[r[0][:45] for r in V136])
def test_v136_rule(text, quoted, reason):
    test_reason(text, quoted, reason)


# A reporter's "Q" turn in a briefing transcript: the reporter's quotation is no scare quote of the
# publisher's; the podium's is, and so is a reporter's "so-called".
V136_BRIEFING = (
    'MS. LANE: Good afternoon, everyone. Q Why is the office trying to spin "stagflation" now? '
    'MS. LANE: We are not spinning anything, and the "cure" they sell is poison. Q And the '
    'so-called "fair" plan? MS. LANE: Next question. Q Thanks. MS. LANE: Sure.'
)


@pytest.mark.parametrize(
    ("quoted", "reason"),
    [
        ("stagflation", "attributed speech (reporter's question)"),
        ("cure", SCARE),
        ("fair", SCARE),
    ],
)
def test_v136_reporters_question(quoted, reason):
    test_reason(V136_BRIEFING, quoted, reason)


# Version 137 (headline round 12's errors): a headline ending in a number with its sign or in a
# closing bracket has no final punctuation either; a full stop inside the bracket still ends it.
V137 = [
    ("Shops brace for 'grim winter' as prices jump 11.1%", "grim winter", HQ),
    ("Farmers 'quietly' cut output to 63%", "quietly", HQ),
    ("Towns swelter in 'brutal' heat as highs reach 41\u2103", "brutal", HQ),
    ("Clinics offer 'second' booster jab to those aged 75+", "second", HQ),
    ("Minister defends 'tough' stance on ports (video)", "tough", HQ),
    ("Minister defends 'tough' stance on ports [updated]", "tough", HQ),
    ("Shops brace for a 'grim winter' as prices jump 11.1%.", "grim winter", SCARE),
    ("Minister defends a 'tough' stance on ports (see video.)", "tough", SCARE),
    ("Shops brace for 'grim winter' as prices jump by 11.1 per cent?", "grim winter", SCARE),
    ("US hypes 'China threat' as budget grows 4%", "China threat", SCARE),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quoted", "reason"), V137, ids=[r[0][:45] for r in V137])
def test_v137_headline_end(text, quoted, reason):
    test_reason(text, quoted, reason)


# Version 141 (official rounds 24-26): a software function, an approach, agenda, guide or a
# capitalised model named by the quotation; a term named as one in use, an idiom introduced, a
# word asked about, a meaning judged or a term named right after; controls that keep the scare
# quote (a verb "function", a "role model", "term limits", a vote that "has a foregone result",
# "concepts like", the pronoun's own "experts").
V141 = [
    ('Reporters, use the "raise hand" function at the bottom of the screen.', "raise hand", "proper name (function)"),
    ('Press the "mute" function first.', "mute", "proper name (function)"),
    ('The so-called "helpers" function as spies.', "helpers", SCARE),
    ('The firm takes the "use it or lose it" approach to permits.', "use it or lose it", "proper name (approach)"),
    ('It expands the agency\'s "best practices" guide for schools.', "best practices", "proper name (guide)"),
    ('Clinics follow the "no wrong door" agenda this year.', "no wrong door", "proper name (agenda)"),
    ('Lee will have the "Harbour Street model" of the job.', "Harbour Street model", "proper name (model)"),
    ('They sold a "role model" to the young.', "role model", SCARE),
    ('The spirit behind this term we use, "the open club." It says more.', "the open club.", "mention of a word"),
    ('The "experts" they use are paid.', "experts", SCARE),
    ('We get down, as the expression in English goes, "to brass tacks." Thanks.', "to brass tacks.", "mention of a word"),
    ('As the saying goes, "slow and steady" wins.', "slow and steady", "mention of a word"),
    ('THE PRESIDENT: What do you mean "allowing"? I am confused.', "allowing", "mention of a word"),
    ('MS. LEE: And do you mean, by "preparations," security ones?', "preparations,", "mention of a word"),
    ('They weaponise concepts like "freedom" in their wars.', "freedom", SCARE),
    ('MS. LEE: Well, "imminent" has a pretty intense meaning, right?', "imminent", "mention of a word"),
    ('They staged a "vote" that has a foregone result.', "vote", SCARE),
    ('We can forget about the "winter delivery" term from now on.', "winter delivery", "mention of a word"),
    ('Their "reform" term limits stay.', "reform", SCARE),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quoted", "reason"), V141, ids=[r[0][:45] for r in V141])
def test_v141_rule(text, quoted, reason):
    test_reason(text, quoted, reason)


@pytest.mark.parametrize(("text", "quoted", "reason"), V100, ids=[r[0][:45] for r in V100])
def test_v100_rule(text, quoted, reason):
    test_reason(text, quoted, reason)


@pytest.mark.parametrize(("text", "quoted", "reason"), ROUND22, ids=[r[0][:45] for r in ROUND22])
def test_round22_official_rule(text, quoted, reason):
    test_reason(text, quoted, reason)


@pytest.mark.parametrize(("text", "quoted", "reason"), ROUND12, ids=[r[0][:45] for r in ROUND12])
def test_round12_headline_rule(text, quoted, reason):
    test_reason(text, quoted, reason)


@pytest.mark.parametrize(("text", "quoted", "reason"), ROUND5, ids=[r[0][:45] for r in ROUND5])
def test_round5_rule(text, quoted, reason):
    test_reason(text, quoted, reason)


@pytest.mark.parametrize(("text", "quoted", "reason"), ROUND4, ids=[r[0][:45] for r in ROUND4])
def test_round4_rule(text, quoted, reason):
    test_reason(text, quoted, reason)


@pytest.mark.parametrize(("text", "quoted", "reason"), ROUND3, ids=[r[0][:45] for r in ROUND3])
def test_round3_rule(text, quoted, reason):
    test_reason(text, quoted, reason)


@pytest.mark.parametrize(
    ("text", "quoted", "reason"), PRECISION, ids=[r[0][:45] for r in PRECISION]
)
def test_precision_rule(text, quoted, reason):
    test_reason(text, quoted, reason)


@pytest.mark.parametrize(("text", "quoted", "reason"), REASONS, ids=[r[0][:45] for r in REASONS])
def test_reason(text, quoted, reason):
    q = quotes_frame(text, sentence_spans(text))
    row = q[q["text"].str.rstrip(",") == quoted.rstrip(",")]
    assert len(row) == 1, list(q["text"])
    assert row["reason"].iloc[0] == reason
    assert bool(row["is_scare_quote"].iloc[0]) is (reason == SCARE)


PAIRING = [
    # apostrophes are not quotation marks
    ("Russia's 'liberation' of the '90s towns", ["liberation"]),
    ("rock 'n' roll and the Ukrainians' homes", []),
    ("rock \u2019n\u2019 roll in the \u201890s", []),
    ("the Ukrainians\u2019 homes and the \u2018liberators\u2019 left", ["liberators"]),
    ("\u2018He said the Ukrainians\u2019 homes were destroyed,\u2019 she said.", ["He said the Ukrainians\u2019 homes were destroyed,"]),
    # unbalanced: a stray opener never pairs with the next quotation
    ('He said "we will win. Then "maybe" not.', ["maybe"]),
    ('"A paragraph left open\n\nThen "part" of the next', ["part"]),
    ("regime.\u201d Nor is Russia responsible for \u201cUkraine losing", []),
    # straight and curly marks never pair with each other
    ('\u201cfoo" bar "baz\u201d', []),
    ('\u201cfoo" and "bar"', ["bar"]),
    # crossing spans are dropped; nested ones are kept (the caller keeps the outer one)
    ("'a \"b' c\"", []),
    ('"They call it \'liberation\', we call it war," he said.', ["They call it 'liberation', we call it war,", "liberation"]),
    ("a \u00abspecial\u00bb operation", ["special"]),
    # a quotation over several paragraphs: only the last one closes (round 6); paragraphs run
    # into one line by a scraper, or on lines of their own
    ('Andrii said: "It is scary, I left at 2am. "I never imagined this. "You cannot know," he said.', ["It is scary, I left at 2am.", "I never imagined this.", "You cannot know,"]),
    ('She said: "We left at night.\n"Now we are safe," she said.', ["We left at night.", "Now we are safe,"]),
    # ... but not from a paragraph that ends mid-sentence, nor for single marks
    ('She said: "We left\n"Now" is the time.', ["Now"]),
    ("She said: 'We left at night. 'Now we are safe,' she said.", ["Now we are safe,"]),
    ('He is 5\'10" tall and "fit".', ["fit"]),
    # a straight double mark opens right after a colon (the Kremlin's 'in part:"...'), and a
    # quotation opened after a colon may run past MAX_SPAN (a quoted message; version 58)
    ('The message reads, in part:"We are proud of you."', ["We are proud of you."]),
    ('The message reads, in part: "' + "Word " * 150 + 'end."', ["Word " * 150 + "end."]),
    ('He wrote "' + "Word " * 150 + 'end."', []),
    ('Time:"12:30" and ratio 3:"x', ["12:30"]),
    # ... and so may one its speech tag closes ('...," the President stressed'; version 59)
    ('He noted it. "' + "Word " * 100 + 'end," the Head of State stressed.', ["Word " * 100 + "end,"]),
    ('He noted it. "' + "Word " * 100 + 'end," and more.', []),
    # a quotation inside a quotation in the same marks: both, when the outer one closes after
    # the inner one (version 62, rounds 33-36: '"... the "Diia" portal ...," he said'); one level
    ('"Through the "Diia" portal you can apply," he said.', ['Through the "Diia" portal you can apply,', "Diia"]),
    ('\u201cThere must be a \u201cMarshall Plan\u201d for you,\u201d said Michel.', ['There must be a \u201cMarshall Plan\u201d for you,', "Marshall Plan"]),
    ('He said "a "b" c "d" e" f.', ['a "b" c "d" e', "b", "d"]),
    ('A stray "x and "term" here.', ["term"]),
    ('"a "b "c" d" e"', ["c"]),
    # ... and the outer quotation's marks are no cue of a stray mark inside it
    ('"undoubtedly save lives\u201d More "x" said', ["x"]),
    # a nested quotation is not the multi-paragraph convention's continuation
    ('"I think they changed, "Zelenskyy said. Oligarchs blackmail, he said. "Blackmail will '
     'take place," he added.', ["Blackmail will take place,"]),
    # the low openers' convention (German, Polish): „ ... “ and ‚ ... ‘ (version 131; RT quotes
    # a German letter so); only in a text with a low opener does “ or ‘ close
    ("euren \u201eRatschl\u00e4gen\u201c zum Teufel", ["Ratschl\u00e4gen"]),
    ("er sagte \u201enein\u201c, dann \u201aso\u2018 weiter", ["nein", "so"]),
    ("the \u201epeace\u201d, a lie", ["peace"]),
    ("the Ukrainians\u2018 homes and the \u201cwar\u201c too", []),
    # corner brackets (「」, 『』) are their own family
    ("the so-called \u300corder\u300d and \u300ethe book\u300f", ["order", "the book"]),
    ("a \u300cstray and \u201cterm\u201d", ["term"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PAIRING, ids=[r[0][:40] for r in PAIRING])
def test_pairing(text, expected):
    assert [text[s:e] for s, e in quoted_spans(text)] == expected


def test_nested_quotation_is_part_of_the_outer_one():
    t = "\"They call it 'liberation', we call it war,\" he said."
    assert list(quotes_frame(t, sentence_spans(t))["text"]) == [
        "They call it 'liberation', we call it war,"
    ]


def test_article_scare_quotes(article_body):
    # The author's distancing quotes around Western claims (p1, one sentence): kept.
    q = quotes_frame(article_body, sentence_spans(article_body))
    scare = [t.rstrip(",") for t in q.loc[q["is_scare_quote"], "text"]]
    assert scare == [
        "China had prior knowledge",
        "China colluding with Russia",
        "China willing to give military supports to Russia",
        "China weakens West's sanctions on Russia",
    ]
    assert len(q) == 4 and MAX_SCARE_QUOTE_WORDS == 8


def test_empty_and_quote_free_text():
    assert quotes_frame("").empty
    assert list(quotes_frame("it's the students' book").columns)[:3] == ["start", "end", "text"]
    assert quotes_frame("it's the students' book").empty


@pytest.mark.parametrize(
    "text",
    [
        "The West imposed its so-called \u300corder\u300d on the world.",
        "The West imposed its so-called \u201eorder\u201c on the world.",
    ],
)
def test_corner_brackets_and_low_openers_read_as_quotation_marks(text):
    a = framing.analyze(text)
    assert "distancing" in set(a.matches.category)  # so-called + a quotation
    assert a.quotes[["text", "is_scare_quote"]].values.tolist() == [["order", True]]
