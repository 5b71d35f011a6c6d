"""Profile one article: metrics with their evidence spans.

Run: ``python examples/profile_article.py [PATH]`` (default: the focal article in data/article/).
"""

from __future__ import annotations

import sys
from pathlib import Path

import framing
from framing.data.article import read_article

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "data" / "article" / "globaltimes-2022-03-24-china-russia-mutual-trust.txt"


def main(path: Path) -> None:
    article = read_article(path)
    analysis = framing.analyze(article.body)
    print(f"{article.title} ({article.outlet}, {article.date})")
    counts = analysis.metrics.filter(like="_count")
    print(counts[counts > 0].to_string())
    print("\nEvidence for 'accusation' (every count traces to a span of the body):")
    for row in analysis.evidence("accusation").itertuples():
        assert article.body[row.start : row.end] == row.matched_text
        print(f"  [{row.start}:{row.end}] {row.matched_text!r}  negated={row.negated}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
