"""Small inline lexicons for engine tests (independent of the built-in YAML contents), and the
matched texts of a category under the built-in lexicons (the tricky-sentence tables)."""

from __future__ import annotations

from pathlib import Path

FILES = {
    "west_us.yaml": """id: west_us
label: West/US
definition: d
kind: actor
entries:
  - term: US
    case_sensitive: true
  - term: U.S.
    case_sensitive: true
  - term: the West
  - term: West
  - term: Washington
  - glob: western*
  - term: US-led West
    case_sensitive: true
""",
    "accusation.yaml": """id: accusation
label: Accusation
definition: d
kind: frame
entries:
  - term: hegemony
  - term: arrogance
  - glob: accus*
  - term: groundless
  - regex: '\\bso[- ]called\\b'
""",
    "hedge.yaml": """id: hedge
label: Hedges
definition: d
kind: stance
entries:
  - term: may
    exclude:
      - after: '^\\s+(?:\\d{1,2}\\b|\\d{4}\\b)'
        reason: dates
  - term: might
  - term: satisfied
""",
}


def write_lexicon(tmp_path: Path) -> Path:
    d = tmp_path / "lex"
    d.mkdir(exist_ok=True)
    for name, text in FILES.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def small_lexicon(tmp_path: Path):
    from framing.engine.lexicon import load_lexicon

    return load_lexicon([write_lexicon(tmp_path)], include_builtin=False)


def matched_texts(sentence: str, category: str) -> list[str]:
    """The matched texts of ``category`` in ``sentence`` (built-in lexicons), in order."""
    import framing

    m = framing.analyze(sentence).matches
    return list(m.loc[m["category"] == category, "matched_text"])


def first_match(lexicon, text: str, matched: str):
    """The first match row of ``framing.analyze(text, lexicon)`` whose text is ``matched``
    (voice, source, target and the rest), failing the test when there is none."""
    import framing

    m = framing.analyze(text, lexicon).matches
    row = m[m["matched_text"] == matched]
    assert len(row), f"no match {matched!r}"
    return row.iloc[0]


def only_match(text: str, matched: str):
    """The one match row of ``framing.analyze(text)`` (built-in lexicons) whose text is
    ``matched``, failing the test when there is none or more than one."""
    import framing

    m = framing.analyze(text).matches
    hits = m[m["matched_text"] == matched]
    assert len(hits) == 1, (matched, m[["category", "matched_text", "voice", "source"]].to_string())
    return hits.iloc[0]
