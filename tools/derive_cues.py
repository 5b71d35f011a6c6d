"""Regenerate the derived cue lists of ``src/framing/engine/cues/`` from PETRARCH2's dictionaries.

Reads the CAMEO verb dictionary (``CAMEO.2.0.txt``) and the Phoenix agents dictionary
(``Phoenix.agents.txt``) of PETRARCH2 (Open Event Data Alliance, MIT licence) and writes

- ``cues/cameo_verbs.yaml``: reporting (speech), belief and blame verbs and verbs of
  negative action, each with its inflected forms and the CAMEO verb block and code it comes
  from (:data:`BLOCKS` says which blocks feed which cue class and which verbs are kept);
- ``cues/phoenix_titles.yaml``: office-holder head nouns (minister, spokesman, envoy, ...)
  of the government, military, legislative, judicial and elite agent codes.

Only the derived word lists are written (with attribution); the dictionary files are never
copied into the repository. Usage::

    python tools/derive_cues.py [DICTIONARY_DIR]

Without an argument the files are found in the dataset registry entry ``cameo-dictionaries``
when it exists, else under ``$FRAMING_MIRROR/openeventdata/petrarch2/*/petrarch2/data/
dictionaries``.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "framing" / "engine" / "cues"
SOURCE = (
    "PETRARCH2 dictionaries (Open Event Data Alliance, https://github.com/openeventdata/"
    "petrarch2, MIT licence): CAMEO.2.0.txt (CAMEO verb patterns, last update 30 April 2015) "
    "and Phoenix.agents.txt"
)
CAMEO_CITATION = (
    "Gerner, D. J., Schrodt, P. A., Yilmaz, O., & Abu-Jabr, R. (2002). Conflict and Mediation "
    "Event Observations (CAMEO): A new event data framework for the analysis of foreign policy "
    "interactions. Paper presented at the International Studies Association, New Orleans."
)

#: cue class -> {CAMEO verb block: verbs kept (None: every single-word verb of the block)}.
#: Verbs that rarely take a clausal complement or a person object are left out by hand
#: (e.g. HIGHLIGHT: "the accusations highlight X's arrogance" is not a report).
BLOCKS: dict[str, dict[str, list[str] | None]] = {
    # CAMEO 01 "make public statement": verbs that introduce reported speech
    "speech": {
        "EXPLAIN_VERBAL": [
            "ANNOUNCE",
            "ASSERT",
            "CLARIFY",
            "COMMENT",
            "EXPLAIN",
            "MENTION",
            "REMARK",
            "REPORT",
            "SAY",
            "STATE",
            "TELL",
        ],
        "EMPHASIZE": ["EMPHASISE", "EMPHASIZE", "STRESS", "UNDERLINE", "UNDERSCORE"],
        "OBSERVE": ["NOTE", "OBSERVE"],
        "PREDICT": ["PREDICT", "FORESEE", "ANTICIPATE"],
        "ALLEGE": None,  # CAMEO 110: allege, aver, avow, claim, swear
        "INSIST": None,  # CAMEO 100
        "VERBAL_CONFLICT": ["ARGUE", "CONTEND", "COMPLAIN", "COUNTER", "PROTEST"],
        "REFUTE": None,  # CAMEO 016
        "WARN": None,  # CAMEO 130: warn, caution
    },
    # belief and cognition: the holder's view, not a statement
    "belief": {
        "BELIEVE": ["BELIEVE"],
        "CONSIDER": ["CONSIDER", "SPECULATE", "THINK"],
        "WORRY": ["WORRY"],
    },
    # CAMEO 111/112 "criticize or denounce", "accuse": the one blamed is the object
    "blame": {
        "BLAME": ["ACCUSE", "BLAME", "CHARGE", "CONDEMN", "FAULT", "IMPLICATE"],
        "DENOUNCE": [
            "ADMONISH",
            "BERATE",
            "CASTIGATE",
            "CENSURE",
            "CHASTISE",
            "CRITICISE",
            "CRITICIZE",
            "DENOUNCE",
            "LAMBASTE",
            "REBUKE",
            "REPRIMAND",
            "REPROACH",
            "SCOLD",
        ],
        "DEPLORE": ["DEPLORE"],
        "DISAPPROVE": ["DECRY"],
    },
    # CAMEO 13/16/17 threaten, reduce relations, coerce (and 070 INTERVENE: interfere):
    # the doer is cast negatively
    "negative_action": {
        "THREATEN": None,
        "IMPEL": ["BLACKMAIL", "COMPEL", "FORCE", "PRESSURE"],
        "SUPPRESS": ["CONSTRAIN", "CURB", "QUELL", "REPRESS", "SUBDUE", "SUPPRESS"],
        "UNDERMINE": None,
        "INTERVENE": ["INTERFERE"],
        "DENIGRATE": None,  # CAMEO 111 but pejorative for the doer: belittle, malign, slander
        "DISTURB": ["HARASS"],
        "PROVOKE": ["PROVOKE"],
    },
}
#: Phoenix agent codes whose head nouns name office holders.
TITLE_CODES = ("GOV", "MIL", "LEG", "JUD", "ELI", "SPY")
_BLOCK_RE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_VERB_RE = re.compile(r"^([A-Z][A-Z_'-]*)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?")


def _dictionary_dir(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    try:
        from framing.data.registry import fetch

        files = fetch("cameo-dictionaries")
        return Path(next(p for k, p in files.items() if k.endswith("CAMEO.2.0.txt"))).parent
    except Exception:  # noqa: BLE001 - the registry entry may not exist yet
        pass
    mirror = os.environ.get("FRAMING_MIRROR")
    if mirror:
        hits = sorted(Path(mirror).glob("openeventdata/petrarch2/*/petrarch2/data/dictionaries"))
        if hits:
            return hits[-1]
    sys.exit("derive_cues: pass the PETRARCH2 dictionary folder (or set FRAMING_MIRROR)")


def regular_forms(lemma: str) -> list[str]:
    """Base, 3rd person, past and -ing forms of a regular English verb (lowercase)."""
    w = lemma.lower()
    if w.endswith("e"):
        return [w, w + "s", w + "d", w[:-1] + "ing"]
    if w.endswith("y") and w[-2:-1] not in "aeiou":
        return [w, w[:-1] + "ies", w[:-1] + "ied", w + "ing"]
    if w.endswith(("s", "sh", "ch", "x", "z")):
        return [w, w + "es", w + "ed", w + "ing"]
    return [w, w + "s", w + "ed", w + "ing"]


def parse_cameo(path: Path) -> dict[str, list[tuple[str, list[str], str]]]:
    """CAMEO block name -> [(verb, irregular forms, code)] of its single-word verbs."""
    lines = path.read_text(encoding="latin-1").splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("####### VERB PATTERNS"))
    blocks: dict[str, list[tuple[str, list[str], str]]] = {}
    name, code = None, ""
    for ln in lines[start:]:
        m = _BLOCK_RE.match(ln)
        if m:
            name, code = m.group(1), m.group(2).strip("-") or "---"
            blocks.setdefault(name, [])
            continue
        if name is None or not ln.strip() or ln[0] in "-#+":
            continue
        v = _VERB_RE.match(ln.split("#")[0].strip())
        if not v or "_" in v.group(1):
            continue
        forms = [f.lower() for f in (v.group(2) or "").split() if f.isalpha()]
        blocks[name].append((v.group(1), forms, (v.group(3) or code).strip() or code))
    return blocks


def derive_verbs(blocks: dict) -> dict:
    out: dict[str, list[dict]] = {}
    for cls, wanted in BLOCKS.items():
        rows = []
        for block, keep in wanted.items():
            for verb, irregular, code in blocks[block]:
                if keep is not None and verb not in keep:
                    continue
                forms = sorted(set(regular_forms(verb)) | set(irregular))
                if irregular:  # irregular lists replace the regular past forms
                    base = regular_forms(verb)
                    forms = sorted({base[0], base[1], base[3], *irregular})
                rows.append({"lemma": verb.lower(), "forms": forms, "cameo_block": block,
                             "cameo_code": code})  # fmt: skip
        rows.sort(key=lambda r: r["lemma"])
        out[cls] = rows
    return out


#: Head nouns that end like person nouns but name things (vehicles, weapons, places), word
#: parts, or misspellings kept by Phoenix for matching (``offcial``, ``minster``).
NOT_PERSONS = frozenset(
    [
        "appeals",
        "assemblage",
        "boat",
        "bomber",
        "bombers",
        "carrier",
        "chamber",
        "computer",
        "corvette",
        "cruiser",
        "destroyer",
        "detachment",
        "drone",
        "environment",
        "extraordinary",
        "fighter",
        "frigate",
        "helicopter",
        "helicopters",
        "hornet",
        "hospital",
        "humvee",
        "interior",
        "jetfighter",
        "labor",
        "minist",
        "minster",
        "naval",
        "offcial",
        "offical",
        "order",
        "predator",
        "privateer",
        "quarter",
        "quarters",
        "rangers",
        "sector",
        "tanker",
        "trawler",
        "typhoon",
        "vessel",
        "warplane",
    ]
)
_PERSON_RE = re.compile(
    r"(?:er|ers|or|ors|ist|ists|ian|ians|ant|ants|ent|ents|man|men|woman|women|person|"
    r"ary|aries|ate|ates|at|ats|ee|ees|ial|ials|ief|iefs|al|als|ain|ains|el|els|oy|oys|"
    r"ide|ides|ge|ges|arch|archs|ess|nt|rant|ot)$"
)
_SUBST = {"!PERSON!": ("man", "men", "woman", "women", "person"),
          "!MINIST!": ("minister", "ministers", "ministry", "ministries")}  # fmt: skip


def derive_titles(path: Path) -> list[str]:
    """Head nouns (last word) of office holders and institutions among the agents with codes :data:`TITLE_CODES` (spokes-persons
    of any code), plural forms included; things and institutions are left out."""
    heads: set[str] = set()
    for ln in path.read_text(encoding="latin-1").splitlines():
        m = re.match(r"^([A-Z][A-Z_'!-]*)\s*(?:\{[^}]*\})?\s*\[~([A-Z]+)\]", ln)
        if not m:
            continue
        name, code = m.group(1), m.group(2)
        if not (code.startswith(TITLE_CODES) or "SPOKES" in name):
            continue
        last = name.split("_")[-1]
        for key, subs in _SUBST.items():
            if last.endswith(key):
                stem = last[: -len(key)].lower()
                heads.update(stem + s for s in subs)
                break
        else:
            head = last.lower()
            if head.isalpha() and len(head) > 3 and _PERSON_RE.search(head):
                heads.add(head)
    return sorted(h for h in heads if h not in NOT_PERSONS and h.isalpha())


def _dump(path: Path, header: str, data: dict) -> None:
    text = header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}")


def main(argv: list[str]) -> None:
    d = _dictionary_dir(argv[1] if len(argv) > 1 else None)
    header = (
        "# GENERATED by tools/derive_cues.py -- do not edit by hand; add words to\n"
        "# attribution.yaml / targets.yaml instead.\n"
    )
    verbs = derive_verbs(parse_cameo(d / "CAMEO.2.0.txt"))
    _dump(
        OUT / "cameo_verbs.yaml",
        header,
        {"source": SOURCE, "citations": [CAMEO_CITATION], "licence": "MIT", **verbs},
    )
    titles = derive_titles(d / "Phoenix.agents.txt")
    _dump(
        OUT / "phoenix_titles.yaml",
        header,
        {
            "source": SOURCE,
            "licence": "MIT",
            "definition": "Head nouns of Phoenix agent entries coded "
            + ", ".join(f"~{c}" for c in TITLE_CODES)
            + " (government, military, legislature, judiciary, elites, intelligence).",
            "titles": titles,
        },
    )


if __name__ == "__main__":
    main(sys.argv)
