"""Speaker turns of transcripts (framing.engine.transcripts) and the voice they give: sentences
of our own that mimic the Kremlin's transcripts."""

from __future__ import annotations

import pytest

import framing
from framing.engine.transcripts import turns
from tests._lex import first_match


def _putin(text):
    """``principal`` that knows only Putin (the attribution rules ask the lexicons)."""
    return lambda s, e: text[s:e] == "Putin"


TURNS = [
    # text, [(speaker, author)] in order
    (
        "Vladimir Putin: Good afternoon. Denis Logunov: Thank you. Vladimir Putin: Go on.",
        [("Vladimir Putin", True), ("Denis Logunov", False), ("Vladimir Putin", True)],
    ),
    # the known leader is the author, wherever the text starts and whoever speaks more
    (
        "The meeting began. Olga Lyubimova: We did. Vladimir Putin: Good. Olga Lyubimova: And."
        " Olga Lyubimova: Also.",
        [("Olga Lyubimova", False), ("Vladimir Putin", True)] + [("Olga Lyubimova", False)] * 2,
    ),
    # without a known leader: two speakers who each speak twice, the first of the tie the author
    # (a title word before a name is left out of the speaker: "Patriarch")
    (
        "Pavel Zarubin: Why? Patriarch Kirill Gundyaev: Amen. Pavel Zarubin: So? Patriarch "
        "Kirill Gundyaev: Amen.",
        [("Pavel Zarubin", True), ("Kirill Gundyaev", False)] * 2,
    ),
    # ... and with more turns, that speaker; a label right after a closing quotation mark
    (
        'He said "yes." Ivan Petrov: One. Anna Popova: Two. Ivan Petrov: Three. Anna Popova: '
        "Four. Anna Popova: Five.",
        [("Ivan Petrov", False), ("Anna Popova", True)] * 2 + [("Anna Popova", True)],
    ),
    # a title before the name: the same speaker as the bare name
    (
        "Minister of Culture Olga Lyubimova: We did. President of Russia Vladimir Putin: Good. "
        "Olga Lyubimova: And. Deputy Prime Minister Alexander Novak: Yes.",
        [("Olga Lyubimova", False), ("Vladimir Putin", True), ("Olga Lyubimova", False)]
        + [("Alexander Novak", False)],
    ),
    # the White House's upper-case labels and reporters' "Q": everyone at the podium is the
    # author, the reporters are not (version 49)
    (
        "MS. PSAKI: Hi. Q Thanks, Jen. Could you? MS. PSAKI: Sure. Q And? MR. SULLIVAN: Well.",
        [("PSAKI", True), ("Q", False), ("PSAKI", True), ("Q", False), ("SULLIVAN", True)],
    ),
    # ... and "THE PRESIDENT" is the principal at a joint press conference
    (
        "THE PRESIDENT: Thank you. PRIME MINISTER KISHIDA: We agree. THE PRESIDENT: Good. Q Sir?",
        [("THE PRESIDENT", True), ("KISHIDA", False), ("THE PRESIDENT", True), ("Q", False)],
    ),
    # a label on its own line after a time stamp, and after a dash at a line's end (version 50)
    (
        "11:45 A.M. EST\n\nTHE PRESIDENT: Good morning. AUDIENCE: Booo —\n\nTHE PRESIDENT: "
        "And, folks. Q Sir?",
        [("THE PRESIDENT", True), ("AUDIENCE", False), ("THE PRESIDENT", True), ("Q", False)],
    ),
    # the Kremlin site's speaker cards, the name doubled and run into the title, a space or
    # "(retranslated)" before the colon (version 52, round 30); a title with two "of" phrases
    (
        "Thank you. Defence Minister Sergei Shoigu Shoigu SergeiDefence Minister: Yes, sir. "
        "Vladimir Putin: Good. Minister of Transport Vitaly Savelyev Savelyev VitalyMinister of "
        "Transport of the Russian Federation : We may. Vladimir Putin: Fine. President of France "
        "Emmanuel Macron Macron EmmanuelPresident of France(retranslated): Merci. Sergei Shoigu: "
        "Yes.",
        [
            ("Sergei Shoigu", False),
            ("Vladimir Putin", True),
            ("Vitaly Savelyev", False),
            ("Vladimir Putin", True),
            ("Emmanuel Macron", False),
            ("Sergei Shoigu", False),
        ],
    ),
    (
        "Thank you. President of the Italian-Russian Chamber of Commerce Vincenzo Trani: Hello. "
        "Vladimir Putin: Welcome. Vincenzo Trani: Thanks.",
        [("Vincenzo Trani", False), ("Vladimir Putin", True), ("Vincenzo Trani", False)],
    ),
    # no card: a name once, a capital inside a word ("McDonald"), a one-word title
    ("Ronald McDonald: hi. The White House YouTube Channel: video. Ronald McDonald: bye.", []),
    # headings that label their sections once, or one of them twice, are no dialogue
    ("Cutting Red Tape: faster permits. Scaling Apprenticeships: more places.", []),
    ("Red Tape Cut: one. Apprentice Scheme: two. Red Tape Cut: three.", []),
    (
        "Local Transit Projects: 1. Water Projects: 2. Fire Mitigation: 3. Flood Mitigation: 4. "
        "Mine Lands: 5. Site Cleanup: 6. Rail Projects: 7.",  # speakers: the last two words
        [],
    ),
    # one speaker is no transcript; a known leader and another speaker are, even when each
    # speaks once (version 62: the Kremlin's exchanges of greetings, round 36)
    ("Vladimir Putin: Good afternoon. Vladimir Putin: Thank you.", []),
    (
        "Vladimir Putin: Good afternoon. Denis Logunov: Thank you.",
        [("Vladimir Putin", True), ("Denis Logunov", False)],
    ),
    ("Ivan Petrov: Good afternoon. Denis Logunov: Thank you.", []),
    # a translator's note between a name and its colon, without a card (version 64, round 38)
    (
        "It is a pleasure to see you. President of the Socialist Republic of Vietnam Nguyen Xuan "
        "Phuc(retranslated): Comrade Vladimir Putin, thank you. Vladimir Putin: Welcome.",
        [("Xuan Phuc", False), ("Vladimir Putin", True)],
    ),
    # ... but not when the leader is named only in a heading's title, not as its speaker
    ("Blunting the Impact of Putin's Price Hike: a. Lowering Energy Bills: b.", []),
    # ... but not when the labels are of two styles (a speech that quotes a label)
    ("THE PRESIDENT: Go down the list. Kentucky Representative Andy Barr: The biggest.", []),
    # the principal's label after the Kremlin's "* * *" or a heading without final punctuation
    (
        "Documents were signed. * * * President of Russia Vladimir Putin: Colleagues. Sergei "
        "Shoigu Shoigu SergeiDefence Minister: Yes.",
        [("Vladimir Putin", True), ("Sergei Shoigu", False)],
    ),
    (
        "Opening remarks at the summit President of Russia Vladimir Putin: Colleagues. "
        "Minister of Culture Olga Lyubimova: Yes.",
        [("Vladimir Putin", True), ("Olga Lyubimova", False)],
    ),
    # speaker cards of version 62: a one-name speaker's title apart from the doubled name, a
    # first name of two words, no title, an upper-case letter before the colon
    (
        "I congratulate you. Patriarch Kirill Kirill Patriarch of Moscow and All Russia: Your "
        "Excellency, thank you. President of Russia Vladimir Putin: Thank you.",
        [("Patriarch Kirill", False), ("Vladimir Putin", True)],
    ),
    (
        "Welcome. Raisi Raisi Sayyid EbrahimPresident of Iran (retranslated): Thank you. "
        "Rogozin Rogozin Dmitry: Yes. Fradkov Fradkov PyotrPromsvyazbank CEO: We did. "
        "Vladimir Putin: Good.",
        [
            ("Sayyid Ebrahim Raisi", False),
            ("Dmitry Rogozin", False),
            ("Pyotr Fradkov", False),
            ("Vladimir Putin", True),
        ],
    ),
    # a card whose names have diacritics (version 66, round 40: the doubled "Niinistö")
    (
        "Mr President, welcome. President of Finland Sauli Niinistö Niinistö SauliPresident of "
        "Finland(retranslated): Thank you. Vladimir Putin: Good.",
        [("Sauli Niinistö", False), ("Vladimir Putin", True)],
    ),
    # a colon inside a sentence is no label; one-word and upper-case labels are not read
    ("The plan has two parts: Grain Deal: the first. Question: Why? Q3 GDP: Up.", []),
    ("NOMINATIONS SENT TO THE SENATE: Jane Doe, of Ohio, to be a judge.", []),
    ("No colon at all in this text.", []),
]


@pytest.mark.parametrize(("text", "expected"), TURNS, ids=[t[0][:40] for t in TURNS])
def test_turns(text, expected):
    assert [(t.speaker, t.author) for t in turns(text, _putin(text))] == expected


def test_without_a_known_leader_a_one_sided_exchange_is_no_transcript():
    text = "Pavel Zarubin: Why? Vladimir Putin: Because. Pavel Zarubin: And? Pavel Zarubin: So?"
    assert turns(text) == []
    known = turns(text, _putin(text))
    assert [t.author for t in known] == [False, True, False, False]


def test_of_two_known_leaders_the_president_is_the_author():
    # the minister's speaker card gives him more turns than the President (version 52)
    text = (
        "Defence Minister Sergei Shoigu Shoigu SergeiDefence Minister: Report. President of "
        "Russia Vladimir Putin: Good. Sergei Shoigu: Yes. Vladimir Putin: Go on. Sergei Shoigu: "
        "Done."
    )
    both = lambda s, e: "Putin" in text[s:e] or "Shoigu" in text[s:e]  # noqa: E731
    got = [(t.speaker, t.author) for t in turns(text, both)]
    assert got == [("Sergei Shoigu", False), ("Vladimir Putin", True)] * 2 + [
        ("Sergei Shoigu", False)
    ]


def test_turn_spans_run_to_the_next_label():
    text = "Vladimir Putin: Good. Denis Logunov: Yes, sure. Vladimir Putin: Fine."
    t = turns(text, _putin(text))
    assert text[t[1].label_start : t[1].label_end] == "Denis Logunov"
    assert text[t[1].label_end : t[1].end] == ": Yes, sure. "


@pytest.fixture(scope="module")
def lexicon():
    return framing.load_lexicon()


TRANSCRIPT = (
    "Vladimir Putin met members of the Government. Vladimir Putin: I think this is possible. "
    "Denis Logunov: Absolutely, it will work. Vladimir Putin: Good. Sergei Shoigu: This is "
    'surely a provocation. Vladimir Putin: Mr Shoigu said the enemy "will certainly fail".'
)


@pytest.mark.parametrize(
    ("matched", "voice", "source"),
    [
        ("think", "author", ""),  # the principal's own turn
        ("Absolutely", "reported", ""),  # another speaker, outside the actor categories
        ("surely", "reported", "russia"),  # a speaker the lexicons place
        ("certainly", "reported", "russia"),  # a quotation in the principal's turn: its holder
    ],
)
def test_another_speakers_turn_is_reported(lexicon, matched, voice, source):
    m = first_match(lexicon, TRANSCRIPT, matched)
    assert (m["voice"], m["source"]) == (voice, source)


def test_an_interviewers_questions_are_reported_and_the_leaders_answers_the_authors(lexicon):
    text = (
        "Pavel Zarubin: Will the talks certainly fail? Vladimir Putin: They will probably "
        "continue. Pavel Zarubin: And then? Pavel Zarubin: Really?"
    )
    assert first_match(lexicon, text, "certainly")["voice"] == "reported"
    assert first_match(lexicon, text, "probably")["voice"] == "author"


def test_one_label_is_no_transcript(lexicon):
    text = "Vladimir Putin: the West will certainly fail."
    assert not turns(text)
    assert first_match(lexicon, text, "certainly")["voice"] == "author"  # as without the rule


BRIEFING = (
    "MS. PSAKI: Hi everyone. I think the sanctions are working. Q Thanks, Jen. Will Putin "
    "certainly invade? MS. PSAKI: We believe he may. Q And the talks? MR. SULLIVAN: They will "
    "probably continue. CHANCELLOR SCHOLZ: We surely agree."
)


@pytest.mark.parametrize(
    ("matched", "voice"),
    [("think", "author"), ("certainly", "reported"), ("probably", "author"), ("surely", "author")],
)
def test_a_briefings_reporters_are_reported_and_its_officials_the_author(lexicon, matched, voice):
    assert first_match(lexicon, BRIEFING, matched)["voice"] == voice


def test_a_questions_topic_before_a_colon_is_no_speaker():
    """Version 80: "Q Okay. On Hunter Biden: ..." names the question's topic; a known leader's
    surname there must not make him the briefing's author."""
    text = (
        "MS. PSAKI: Hi. Q Thanks. On Hunter Biden: what do you say? MS. PSAKI: Nothing. "
        "Q Okay. About President Putin: will he talk?"
    )
    speakers = [(t.speaker, t.author) for t in turns(text, principal=lambda s, e: True)]
    assert speakers == [("PSAKI", True), ("Q", False), ("PSAKI", True), ("Q", False)]


# Version 93: joint appearances in the White House's style, upper-case labels read by the
# lexicon title-cased. The guest speaks more in most rows, so the most-turns rule alone would
# make the guest the author.
BIDEN_SCHOLZ = (
    "PRESIDENT BIDEN: It is a brutal war. CHANCELLOR SCHOLZ: It is surely a brutal war. "
    "PRESIDENT BIDEN: Thanks. CHANCELLOR SCHOLZ: Yes. CHANCELLOR SCHOLZ: Certainly."
)
HARRIS_MORAWIECKI = (
    "VICE PRESIDENT HARRIS: It is a brutal war. PRIME MINISTER MORAWIECKI: It is surely a "
    "brutal war. VICE PRESIDENT HARRIS: Thanks. PRIME MINISTER MORAWIECKI: Yes. PRIME "
    "MINISTER MORAWIECKI: Certainly."
)
BIDEN_ZELENSKYY = (
    "PRESIDENT BIDEN: It is a brutal war. PRESIDENT ZELENSKYY: It is surely a brutal war. "
    "PRESIDENT BIDEN: Thanks. PRESIDENT ZELENSKYY: Yes. PRESIDENT ZELENSKYY: Certainly."
)
PRESS_CONFERENCE = (
    "PRESIDENT BIDEN: It is a brutal war. PRESIDENT ZELENSKYY: It is surely a brutal war. "
    "Q Is it certainly over? PRESIDENT ZELENSKYY: Yes. PRESIDENT BIDEN: Clearly not."
)
FORMER = (
    "PRESIDENT BIDEN: It is a brutal law. FORMER PRESIDENT OBAMA: It is surely a good law. "
    "FORMER PRESIDENT OBAMA: Yes. PRESIDENT BIDEN: Thanks. FORMER PRESIDENT OBAMA: Certainly. "
    "GUEST SMITH: Indeed."
)
KREMLIN_GUEST = (
    "President of Russia Vladimir Putin: It is a brutal war. President of the People's Republic "
    "of China Xi Jinping: It is surely a brutal war. Vladimir Putin: Thanks. Xi Jinping: Yes. "
    "Xi Jinping: Certainly."
)
TITLED_BRIEFING = (
    "MS. PSAKI: It is a brutal war. Q Is it certainly over? MS. PSAKI: He said so. THE "
    "PRESIDENT: We surely agree. Q And? MS. PSAKI: Yes."
)
TITLED_EVENT = (
    "THE PRESIDENT: It is a brutal war. SECRETARY RAIMONDO: It is surely a brutal war. THE "
    "PRESIDENT: Thanks. Q Is it certainly over? THE PRESIDENT: Yes."
)
#: version 97: a "Q" before a dash resumes an interrupted question
RESUMED_QUESTION = (
    "MS. PSAKI: It is a brutal war. Q Thanks. I just wanted to — MS. PSAKI: Hi. "
    "Q — is it certainly over? MS. PSAKI: Yes. Q And? MS. PSAKI: Surely."
)
STAFF_BRIEFING = (
    "MS. PSAKI: Hi. Q Thanks. Is it certainly over? MS. PSAKI: It is a brutal war. "
    "CHANCELLOR SCHOLZ: We surely agree."
)


@pytest.mark.parametrize(
    ("text", "home", "matched", "voice", "source"),
    [
        # the home's speaker is the author, the guest outside the categories is reported
        (BIDEN_SCHOLZ, "United States", "brutal", "author", ""),
        (BIDEN_SCHOLZ, "United States", "surely", "reported", ""),
        # without a home the lexicon still knows Biden as a leader, Scholz as none
        (BIDEN_SCHOLZ, None, "brutal", "author", ""),
        # a Vice President by title (the lexicon's "Vice President Harris")
        (HARRIS_MORAWIECKI, "United States", "brutal", "author", ""),
        (HARRIS_MORAWIECKI, "United States", "surely", "reported", ""),
        # two heads of state: the home's; the guest's label gives the source
        (BIDEN_ZELENSKYY, "United States", "brutal", "author", ""),
        (BIDEN_ZELENSKYY, "United States", "surely", "reported", "ukraine"),
        # without a home: the one with the most turns, the other reported with its actor
        (BIDEN_ZELENSKYY, None, "brutal", "reported", "west_us"),
        (BIDEN_ZELENSKYY, None, "surely", "author", ""),
        # a joint press conference: the home's head and the home's own speakers are the
        # authors, the guest and the reporters are reported
        (PRESS_CONFERENCE, "United States", "brutal", "author", ""),
        (RESUMED_QUESTION, "United States", "certainly", "reported", ""),
        (RESUMED_QUESTION, "United States", "Surely", "author", ""),
        (PRESS_CONFERENCE, "United States", "surely", "reported", "ukraine"),
        (PRESS_CONFERENCE, "United States", "certainly", "reported", ""),
        (PRESS_CONFERENCE, "United States", "Clearly", "author", ""),
        # a former president is no head of state: the serving one is the author
        (FORMER, "United States", "brutal", "author", ""),
        (FORMER, "United States", "surely", "reported", "west_us"),
        (FORMER, "United States", "Indeed", "reported", ""),
        # the Kremlin's style: the home's President, not the guest with more turns
        (KREMLIN_GUEST, "Russia", "brutal", "author", ""),
        (KREMLIN_GUEST, "Russia", "surely", "reported", "china"),
        # a briefing that quotes "THE PRESIDENT:": the press secretary stays at the podium
        (TITLED_BRIEFING, "United States", "brutal", "author", ""),
        (TITLED_BRIEFING, "United States", "surely", "author", ""),
        (TITLED_BRIEFING, "United States", "certainly", "reported", ""),
        (TITLED_BRIEFING, None, "brutal", "reported", "west_us"),
        # the President's event with a press question: his Secretary, who speaks less, is
        # reported (the readers' guide: a transcript's other speakers)
        (TITLED_EVENT, "United States", "brutal", "author", ""),
        (TITLED_EVENT, "United States", "surely", "reported", "west_us"),
        (TITLED_EVENT, "United States", "certainly", "reported", ""),
        # a briefing without the home's head: every speaker at the podium, as before (a guest
        # outside the categories is not told from the staff)
        (STAFF_BRIEFING, "United States", "brutal", "author", ""),
        (STAFF_BRIEFING, "United States", "surely", "author", ""),
        (STAFF_BRIEFING, "United States", "certainly", "reported", ""),
    ],
)
def test_a_joint_appearance_gives_the_homes_speaker_the_authors_voice(
    lexicon, text, home, matched, voice, source
):
    m = framing.analyze(text, lexicon, home=home).matches
    row = m[m["matched_text"] == matched].iloc[0]
    assert (row["voice"], row["source"]) == (voice, source)


@pytest.mark.parametrize(
    ("text", "own_words", "authors"),
    [
        # the own head of state, though the guest speaks more
        ("PRESIDENT BIDEN: A. CHANCELLOR SCHOLZ: B. PRESIDENT BIDEN: C. CHANCELLOR SCHOLZ: D. "
         "CHANCELLOR SCHOLZ: E.", {"BIDEN"}, {"BIDEN"}),
        # every speaker the home's: the rules before version 93 (the most turns)
        ("PRESIDENT BIDEN: A. SECRETARY BLINKEN: B. PRESIDENT BIDEN: C. SECRETARY BLINKEN: D. "
         "SECRETARY BLINKEN: E.", {"BIDEN", "BLINKEN"}, {"BLINKEN"}),
        # no own head: the own speaker with the most turns
        ("SECRETARY BLINKEN: A. FOREIGN MINISTER KULEBA: B. SECRETARY BLINKEN: C. FOREIGN "
         "MINISTER KULEBA: D.", {"BLINKEN"}, {"BLINKEN"}),
    ],
)  # fmt: skip
def test_turns_prefers_the_publishers_own_speakers(text, own_words, authors):
    def own(s, e):
        return text[s:e].split()[-1] in own_words

    got = {t.speaker for t in turns(text, own=own) if t.author}
    assert got == authors


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. Defence Minister Sergei Shoigu Shoigu SergeiDefence Minister: Yes, sir.",
        "Why? Emmanuel Macron Macron EmmanuelPresident of France(retranslated): Merci.",
        "Good! Patriarch Kirill Kirill Patriarch of Moscow and All Russia: Your Holiness.",
        "The talks: Sauli Niinistö Niinistö SauliPresident of Finland: Thank you.",
        "One: two. Rogozin Rogozin Dmitry: Yes.\nLee Hsien-Loong Hsien-Loong Lee: Welcome.",
        "As he said: we met Ivan Ivan Petrov who spoke: at length. Petrov Petrov Ivan :",
    ],
)
def test_a_speaker_card_is_read_from_the_last_sentence_stop(text):
    # the card search starts after the last ":.!?" or newline before the colon (no card holds
    # one): the same cards as a search over the whole reach before each colon
    from framing.engine import transcripts as tr

    colons = [m.start() for m in tr.COLON_RE.finditer(text)] + [len(text) - 1]
    for at in colons:
        far = tr.CARD_RE.search(text, max(0, at - tr._CARD_REACH), at)
        near = tr.CARD_RE.search(text, tr._card_reach(text, at), at)
        assert (far and (far.span(), far.groups())) == (near and (near.span(), near.groups()))
    assert any(tr.CARD_RE.search(text, tr._card_reach(text, at), at) for at in colons)
