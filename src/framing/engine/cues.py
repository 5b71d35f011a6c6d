"""The cue lists of attribution (``engine/cues/*.yaml``) as sets the rules can look up.

``cameo_verbs.yaml`` and ``phoenix_titles.yaml`` are derived from PETRARCH2's CAMEO verb and
Phoenix agent dictionaries by ``tools/derive_cues.py``; ``attribution.yaml`` and
``targets.yaml`` are written for this project. :func:`load_cues` reads them once;
:attr:`Cues.fingerprint` (sha256 of the files) goes into the scoring cache key.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

CUES_DIR = Path(__file__).with_name("cues")
FILES = ("attribution.yaml", "targets.yaml", "cameo_verbs.yaml", "phoenix_titles.yaml")
ROLES = ("blame", "negative_action", "evaluative", "inside", "none")


@dataclass(frozen=True, eq=False)
class Cues:
    """Every cue list, lowercase unless noted (see the YAML files for definitions)."""

    speech: frozenset[str]
    #: the speech verbs that attribute a quotation (:mod:`framing.engine.quote_cues`): ``speech``
    #: without ``frame_speech_verbs`` (version 51), which the scare-quote rules never used
    quote_speech: frozenset[str]
    belief: frozenset[str]
    blame: frozenset[str]  # speech acts of blaming: the object is blamed; open frames
    blame_attitude: frozenset[str]  # attitudes that cast their object; open no frame
    negative_action: frozenset[str]  # verb forms whose doer is cast negatively
    need_that: frozenset[str]
    reporting_nouns: frozenset[str]
    first_person: frozenset[str]  # case-sensitive
    third_person: frozenset[str]  # case-sensitive
    second_person: frozenset[str]  # case-sensitive
    generic_you_verbs: frozenset[str]
    generic_you_beliefs: frozenset[str]
    generic_you_modals: frozenset[str]
    generic_you_openers: frozenset[str]
    generic_you_adverbs: frozenset[str]
    vague_heads: frozenset[str]
    anonymity_markers: frozenset[str]
    vague_adverbs: frozenset[str]
    vague_passives: frozenset[str]
    vague_existentials: frozenset[str]
    not_sources: frozenset[str]
    titles: frozenset[str]
    clause_openers: frozenset[str]
    prepositions: frozenset[str]
    determiners: frozenset[str]
    be_forms: frozenset[str]
    get_forms: frozenset[str]
    copulas: frozenset[str]
    auxiliaries: frozenset[str]
    naming_verbs: frozenset[str]  # "X called/labelled Y a Z": Z is X's word about Y
    vague_nouns: frozenset[str]  # "fears that", "concerns over": a vague holder by default
    naming_needs_as: frozenset[str]  # "dismissed X as absurd": a naming verb only with "as"
    question_verbs: frozenset[str]  # "asked how ...": the question is the asker's
    question_words: frozenset[str]
    non_state_heads: frozenset[str]  # "the Russian news agency": not the state's voice
    other_party_heads: frozenset[str]  # "US trade partners": another party, not the US
    reciprocals: frozenset[str]  # "mutual", "trade": blame cast on the blamers
    denial_heads: frozenset[str]  # "no evidence that", "nothing to indicate"
    patient_nouns: frozenset[str]  # "invasion of X": X suffers the act, it does not do it
    institution_titles: frozenset[str]  # titles of bodies: introduce no person's name
    title_modifiers: frozenset[str]  # "deputy foreign" in "Ukraine's deputy foreign minister"
    name_stopwords: frozenset[str]  # capitalised words that are no name (openers, months)
    make_clear: frozenset[str]  # "made it clear that": a speech frame
    tag_heads: frozenset[str]  # last words of a headline's speaker tag ("...: Norwegian study")
    #: tag heads that name an unnamed document: alone as a tag ("... - report") a vague source
    document_tag_heads: frozenset[str]
    #: tag heads that name an unnamed person: alone or after common words ("...: expert",
    #: "Climate expert: ...") a vague source (round 12)
    person_tag_heads: frozenset[str]
    #: participles of saying that a headline uses as a passive without "is" ("Washington urged
    #: to stop ...", "DPP warned not to ..."): reported, by someone unnamed (round 12)
    headline_speech_passives: frozenset[str]
    #: verbs that report without "that" in a headline after their subject ("U.S. reports nearly
    #: 350,000 cases", "Germany fears gas cut may ...") (round 12)
    headline_report_verbs: frozenset[str]
    #: verbs of appeal, attitude and finding that open a frame in a headline ("China urges U.S.
    #: to stop ...", "China opposes any interference ...")
    headline_stance_verbs: frozenset[str]
    #: private people after a nationality ("Chinese netizens"): a vague holder (round 13)
    collective_heads: frozenset[str]
    #: a headline's unqualified spokesperson or organ of a state: the outlet's own (round 16)
    office_heads: frozenset[str]
    office_words: frozenset[str]
    voice_categories: tuple[str, ...]
    target_categories: tuple[str, ...]
    roles: dict = field(hash=False)
    fingerprint: str = ""
    #: "X is seen / regarded as ...": an unnamed viewer's judgement (version 51)
    vague_passives_as: frozenset[str] = frozenset()
    #: adverbs between "made" / "been" and "clear" ("made very clear that") (version 51)
    clear_adverbs: frozenset[str] = frozenset()
    #: "guidance explaining that ...": a document whose content a participle reports (version 51)
    document_nouns: frozenset[str] = frozenset()
    #: "it was stressed that": a readout's agentless passive, also in ``vague_passives`` (v52)
    readout_passives: frozenset[str] = frozenset()
    #: "it is generally accepted that": participles vague only after expletive "it" and before
    #: "that" (version 133)
    expletive_passives: frozenset[str] = frozenset()
    #: bodies that say things, besides actors, titles, pronouns and vague heads (version 51)
    speaker_heads: frozenset[str] = frozenset()
    #: (home, adversary, phrases): descriptions of the home's adversary (version 72)
    home_adversaries: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    #: (home, titles, regions, bodies, departments): the home's officials by title and its
    #: agencies by acronym, as its own texts name them (version 87; departments before a title,
    #: version 90); case as written
    home_officials: tuple[tuple[str, tuple[str, ...], ...], ...] = ()
    #: an official's titles before or after a state's region or city (version 125; lower case)
    state_region_titles: tuple[str, ...] = ()
    #: (category, places): the regions and cities of a state; category "" for places contested
    #: in 2022, which need a marker (version 125; case as written)
    state_region_places: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: (category, markers): "Russian-installed" and the like before a contested place's official
    state_region_markers: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: (category, titles, after): abbreviated titles that name a state's regional official
    #: without a place ("Gov. Kathy Hochul"), and the capitalised words allowed before them
    #: (version 144; case as written)
    state_region_title_only: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = ()
    #: (home, subjects): the home named as a collective subject, the author's own voice in an
    #: official publisher's text (version 93); lower case
    state_selves: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: "The message reads, in part: ...": nouns whose quoted words are their sender's (v58)
    message_nouns: tuple[str, ...] = ()
    #: also sent, never read out: "Putin sent congratulations to ..." (version 58)
    sent_message_nouns: tuple[str, ...] = ()
    #: states outside the actor categories, as written ("Tokyo", "Japanese"; version 117)
    other_states: frozenset[str] = frozenset()
    #: vague heads that speak for the state before them ("Japanese officials"; version 117)
    other_state_voices: frozenset[str] = frozenset()
    #: verbs and titles of a speech tag after a quotation ('," said the Deputy Prime Minister')
    tag_verbs: tuple[str, ...] = ()
    tag_titles: tuple[str, ...] = ()
    #: verbs of a tag that closes a long quotation (:mod:`framing.engine.quote_marks`, v59)
    pairing_tag_verbs: tuple[str, ...] = ()
    #: "must / should" and "ought / need / has" + "to": a frame verb after them reports nothing
    obligation_modals: frozenset[str] = frozenset()
    obligation_before_to: frozenset[str] = frozenset()
    #: "must" before these infers a belief ("they must think"), not an obligation (version 59)
    inferred_beliefs: frozenset[str] = frozenset()
    #: "X thanked / praised Y for Z": Z is X's account (version 62)
    reason_verbs: frozenset[str] = frozenset()
    #: "The importance of ... was emphasized.": the subject is reported, unnamed (version 62)
    readout_final_passives: frozenset[str] = frozenset()
    #: "X is convinced / confident that": X's belief (version 63)
    belief_adjectives: frozenset[str] = frozenset()
    #: "X expressed confidence / the opinion that": X's belief (version 63)
    expression_verbs: frozenset[str] = frozenset()
    expressed_nouns: frozenset[str] = frozenset()
    #: "X asked / urged Y to do Z": Z is X's request (version 63)
    directive_verbs: frozenset[str] = frozenset()
    #: "X drew Y's attention to Z": Z is X's point (version 65)
    attention_verbs: frozenset[str] = frozenset()
    attention_nouns: frozenset[str] = frozenset()
    #: "X set Y the task to Z": Z is X's request (version 67)
    task_verbs: frozenset[str] = frozenset()
    task_nouns: frozenset[str] = frozenset()
    #: "X focused on Z": Z is the person X's account (version 68)
    topic_verbs: frozenset[str] = frozenset()
    #: "X informed / briefed Y about / on Z": Z is X's account (version 70)
    briefing_verbs: frozenset[str] = frozenset()
    #: "In addition, as X noted, ...": connectives before a fronted as-tag (version 66)
    sentence_connectives: frozenset[str] = frozenset()

    @cached_property
    def frame_only_participles(self) -> frozenset[str]:
        """Past participles of the speech verbs that only the voice rules use (version 51,
        ``frame_speech_verbs``): after a noun without "be" they modify it ("the right affirmed
        by Roe v. Wade") and report nothing."""
        return frozenset(w for w in self.speech - self.quote_speech if w.endswith("ed"))

    @cached_property
    def frame_verbs(self) -> frozenset[str]:
        """Forms of every verb that opens a reporting frame (speech, belief, blame)."""
        return self.speech | self.belief | self.blame

    @cached_property
    def opener_words(self) -> frozenset[str]:
        """Every word that may open a frame of its own (verbs, nouns and adjectives of speech,
        belief and blame, naming, questions, thanks, requests, attention, tasks, topics; versions
        62-68 added the last seven lists): the candidates of the attribution rules' first pass and their triggers."""
        return (
            self.frame_words
            | self.reporting_nouns
            | self.naming_verbs
            | self.question_verbs
            | self.reason_verbs
            | self.belief_adjectives
            | self.expressed_nouns
            | self.directive_verbs
            | self.attention_nouns
            | self.task_nouns
            | self.topic_verbs
            | self.briefing_verbs
        )

    @cached_property
    def generic_you_words(self) -> frozenset[str]:
        """The verbs a speaker's generic "you" may govern without a report (version 97): the
        perception verbs and the belief verbs together."""
        return self.generic_you_verbs | self.generic_you_beliefs

    @cached_property
    def clause_words(self) -> frozenset[str]:
        """Verb forms that make a headline's tag a clause, not a speaker ("MPs told")."""
        return self.frame_words | self.be_forms | self.auxiliaries

    @cached_property
    def frame_words(self) -> frozenset[str]:
        """Words at which :func:`framing.engine.attribution.frames` looks for a frame."""
        return (
            self.frame_verbs
            | self.vague_passives
            | self.vague_passives_as
            | self.expletive_passives
            | self.headline_speech_passives
            | self.headline_stance_verbs
        )

    @cached_property
    def headline_only_words(self) -> frozenset[str]:
        """Frame words that open a frame only in a headline ("urges", "advised")."""
        return (self.headline_speech_passives | self.headline_stance_verbs) - (
            self.frame_verbs | self.vague_passives
        )

    def role(self, category: str, subcategory: str | None) -> str:
        """Target role of a category/subcategory (``targets.yaml`` ``roles``)."""
        spec = self.roles.get(category, {})
        return spec.get(subcategory or "", spec.get("default", "evaluative"))


def _forms(rows) -> set[str]:
    """Inflected forms from ``{lemma: [forms]}`` or CAMEO rows ``[{lemma, forms}]``."""
    out: set[str] = set()
    if isinstance(rows, dict):  # the forms listed, or the lemma alone ("pointed" not "point")
        for lemma, forms in rows.items():
            out.update(forms or (lemma,))
    else:
        for r in rows or ():
            out.add(r["lemma"])
            out.update(r["forms"])
    return {f.lower() for f in out}


def _low(xs) -> frozenset[str]:
    return frozenset(str(x).lower() for x in xs or ())


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """Read the cue files of :data:`CUES_DIR` (cached)."""
    raw = {}
    digest = hashlib.sha256()
    for name in FILES:
        text = (CUES_DIR / name).read_text(encoding="utf-8")
        digest.update(name.encode() + b"\0" + text.encode())
        raw[name] = yaml.safe_load(text)
    att, tgt = raw["attribution.yaml"], raw["targets.yaml"]
    regions = att.get("state_regions") or {}
    cameo, titles = raw["cameo_verbs.yaml"], raw["phoenix_titles.yaml"]
    roles = tgt.get("roles", {})
    for cat, spec in roles.items():
        bad = {k: v for k, v in spec.items() if v not in ROLES}
        if bad:
            raise ValueError(f"targets.yaml: unknown role(s) for {cat}: {bad}; use {ROLES}")
    return Cues(
        speech=frozenset(
            _forms(cameo["speech"])
            | _forms(att["speech_verbs"])
            | _forms(att.get("frame_speech_verbs") or {})
        ),
        quote_speech=frozenset(_forms(cameo["speech"]) | _forms(att["speech_verbs"])),
        belief=frozenset(_forms(cameo["belief"]) | _forms(att["belief_verbs"])),
        blame=frozenset(_forms(cameo["blame"]) | _forms(tgt["blame"])),
        blame_attitude=frozenset(_forms(tgt.get("blame_attitude") or {})),
        negative_action=frozenset(
            _forms(cameo["negative_action"]) | _forms(tgt["negative_action"])
        ),
        need_that=_low(att["need_that"]),
        reporting_nouns=_low(att["reporting_nouns"]),
        first_person=frozenset(att["first_person"]),
        third_person=frozenset(att["third_person"]),
        second_person=frozenset(att["second_person"]),
        generic_you_verbs=_low(att["generic_you_verbs"]),
        generic_you_beliefs=_low(att["generic_you_beliefs"]),
        generic_you_modals=_low(att["generic_you_modals"]),
        generic_you_openers=_low(att["generic_you_openers"]),
        generic_you_adverbs=_low(att["generic_you_adverbs"]),
        vague_heads=_low(att["vague_heads"]),
        anonymity_markers=_low(att["anonymity_markers"]),
        vague_adverbs=_low(att["vague_adverbs"]),
        vague_passives=_low(att["vague_passives"]) | _low(att.get("readout_passives")),
        vague_existentials=_low(att["vague_existentials"]),
        not_sources=_low(att["not_sources_after_according_to"]),
        titles=_low(titles["titles"]) | _low(att.get("titles_added")),
        clause_openers=_low(att["clause_openers"]),
        prepositions=_low(att["prepositions"]),
        determiners=_low(att["determiners"]),
        be_forms=_low(att["be_forms"]),
        get_forms=_low(att["get_forms"]),
        copulas=_low(att["copulas"]),
        auxiliaries=_low(att["auxiliaries"]),
        naming_verbs=frozenset(_forms(att.get("naming_verbs") or {})),
        vague_nouns=_low(att.get("vague_nouns")),
        naming_needs_as=_low(att.get("naming_needs_as")),
        question_verbs=_low(att.get("question_verbs")),
        question_words=_low(att.get("question_words")),
        non_state_heads=_low(att.get("non_state_heads")),
        other_party_heads=_low(att.get("other_party_heads")),
        other_states=frozenset(str(x) for x in att.get("other_states") or ()),
        other_state_voices=_low(att.get("other_state_voices")),
        reciprocals=_low(tgt.get("reciprocals")),
        denial_heads=_low(tgt.get("denial_heads")),
        patient_nouns=_low(tgt.get("patient_nouns")),
        institution_titles=_low(att.get("institution_titles")),
        title_modifiers=_low(att.get("title_modifiers")),
        name_stopwords=_low(att.get("name_stopwords")),
        make_clear=_low(att.get("make_clear")),
        tag_heads=_low(att.get("tag_heads")),
        document_tag_heads=_low(att.get("document_tag_heads")),
        person_tag_heads=_low(att.get("person_tag_heads")),
        headline_speech_passives=_low(att.get("headline_speech_passives")),
        headline_report_verbs=_low(att.get("headline_report_verbs")),
        headline_stance_verbs=_low(att.get("headline_stance_verbs")),
        collective_heads=_low(att.get("collective_heads")),
        office_heads=_low(att.get("office_heads")),
        office_words=_low(att.get("office_words")) | _low(att.get("office_heads")),
        voice_categories=tuple(att.get("voice_categories") or ()),
        target_categories=tuple(tgt.get("target_categories") or ()),
        roles=roles,
        fingerprint=digest.hexdigest(),
        vague_passives_as=_low(att.get("vague_passives_as")),
        clear_adverbs=_low(att.get("clear_adverbs")),
        document_nouns=_low(att.get("document_nouns")),
        readout_passives=_low(att.get("readout_passives")),
        expletive_passives=_low(att.get("expletive_passives")),
        speaker_heads=_low(att.get("speaker_heads")),
        home_adversaries=tuple(
            (home, adversary, tuple(sorted(w.lower() for w in phrases)))
            for home, table in (att.get("home_adversaries") or {}).items()
            for adversary, phrases in table.items()
        ),
        home_officials=tuple(
            (
                home,
                tuple(table.get("titles") or ()),
                tuple(table.get("regions") or ()),
                tuple(table.get("bodies") or ()),
                tuple(table.get("departments") or ()),
            )
            for home, table in (att.get("home_officials") or {}).items()
        ),
        state_selves=tuple(
            (home, tuple(sorted(w.lower() for w in subjects)))
            for home, subjects in (att.get("state_selves") or {}).items()
        ),
        message_nouns=tuple(w.lower() for w in att.get("message_nouns") or ()),
        sent_message_nouns=tuple(w.lower() for w in att.get("sent_message_nouns") or ()),
        state_region_titles=tuple(w.lower() for w in regions.get("titles") or ()),
        state_region_places=tuple(
            (cat, tuple(places)) for cat, places in (regions.get("places") or {}).items()
        )
        + (("", tuple(regions.get("contested") or ())),),
        state_region_markers=tuple(
            (cat, tuple(markers)) for cat, markers in (regions.get("markers") or {}).items()
        ),
        state_region_title_only=tuple(
            (cat, tuple(spec.get("titles") or ()), tuple(spec.get("after") or ()))
            for cat, spec in (regions.get("title_only") or {}).items()
        ),
        tag_verbs=tuple(w.lower() for w in att.get("tag_verbs") or ()),
        tag_titles=tuple(w.lower() for w in att.get("tag_titles") or ()),
        pairing_tag_verbs=tuple(w.lower() for w in att.get("pairing_tag_verbs") or ()),
        obligation_modals=_low(att.get("obligation_modals")),
        obligation_before_to=_low(att.get("obligation_before_to")),
        inferred_beliefs=_low(att.get("inferred_beliefs")),
        reason_verbs=_low(att.get("reason_verbs")),
        readout_final_passives=_low(att.get("readout_final_passives")),
        belief_adjectives=_low(att.get("belief_adjectives")),
        expression_verbs=_low(att.get("expression_verbs")),
        expressed_nouns=_low(att.get("expressed_nouns")),
        directive_verbs=_low(att.get("directive_verbs")),
        attention_verbs=_low(att.get("attention_verbs")),
        attention_nouns=_low(att.get("attention_nouns")),
        task_verbs=_low(att.get("task_verbs")),
        task_nouns=_low(att.get("task_nouns")),
        topic_verbs=_low(att.get("topic_verbs")),
        briefing_verbs=_low(att.get("briefing_verbs")),
        sentence_connectives=_low(att.get("sentence_connectives")),
    )
