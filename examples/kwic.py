"""Keywords in context for one lexicon category or a regular expression.

Run: ``python examples/kwic.py [CATEGORY] [PATH]`` (default: cold_war on the focal article).
"""

from __future__ import annotations

import sys
from pathlib import Path

import framing
from framing.data.article import read_article

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "data" / "article" / "globaltimes-2022-03-24-china-russia-mutual-trust.txt"


def main(category: str, path: Path) -> None:
    analysis = framing.analyze(read_article(path).body)
    table = analysis.kwic(category=category, window=6)
    print(table[["left", "matched_text", "right"]].to_string(index=False))
    print("\nWithout a lexicon, a pattern:")
    print(
        analysis.kwic(pattern=r"\bsanctions?\b", window=6)[
            ["left", "matched_text", "right"]
        ].to_string(index=False)
    )


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "cold_war",
        Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT,
    )
