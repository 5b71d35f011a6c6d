"""A test article of another outlet and date (no headline line) and a corpus CSV whose columns
have other names than the standard schema: what an analyst brings along.

The op-ed is written for these tests (no news text is copied); the corpus documents are
assembled deterministically from its sentences and neutral ones.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

OUTLET = "Harbour Evening Post"
DATE = "2022-05-10"
LABEL = "Harbour Evening Post, 10 May 2022"

#: About 300 words, first paragraph kept as text (no headline line).
ARTICLE = """\
The sanctions debate in Brussels and Washington has entered a strange phase. Officials who \
promised swift results now concede that the measures may take years to bite, and some suggest \
that the so-called coalition of the willing is thinner than it looks.

Critics accuse the West of hypocrisy: the same capitals that lecture others about the rules \
have bent them when it suited their interests. The United States, they argue, treats \
alliances as instruments of hegemony rather than partnerships of equals. That charge is \
perhaps overstated, but it is not groundless.

China and Russia watch closely. Beijing says it wants peace and cooperation and calls for \
dialogue; Moscow speaks of a new Cold War and blames NATO expansion for the crisis. Neither \
account is complete. Ukraine, caught between them, asks for weapons and for trust, and it \
might receive more of the first than of the second.

We should be honest about what sanctions can do. They can raise costs, signal resolve and \
buy time. They cannot by themselves end a war, and they probably cannot change a government \
that believes its survival is at stake. Western leaders who claim otherwise are selling a \
story their own experts do not believe.

The United Nations remains the one forum where every side still speaks. It is slow, often \
frustrating and easy to mock, yet it is where a ceasefire would have to be written. Our \
governments would do better to invest in that work than in slogans about a "rules-based \
order" that they apply selectively.

There is no shame in admitting uncertainty. Policy built on wishful thinking fails twice: \
first in the field, then in the trust of the public that was promised more than it could \
deliver. A modest policy, clearly explained, would serve us better.
"""

#: Column names of the test corpus (none of them standard).
COLUMNS = {"id": "item", "text": "body", "group": "desk", "date": "printed_on", "title": "hed"}

NEUTRAL = [
    "The committee met on Tuesday to review the budget.",
    "Trade figures for the quarter were published this morning.",
    "The minister visited the port and spoke to workers.",
    "Rainfall in the region was below the seasonal average.",
    "A new rail link will open next year after long delays.",
    "The central bank left interest rates unchanged.",
]


def write_article(folder: Path, meta: bool = False) -> Path:
    """The op-ed as ``harbour-op-ed.txt`` (and its metadata YAML beside it when ``meta``)."""
    path = folder / "harbour-op-ed.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    if meta:
        path.with_suffix(".yaml").write_text(
            f"outlet: {OUTLET}\npublished: {DATE}\nsection: opinion\n", encoding="utf-8"
        )
    return path


def write_meta(folder: Path) -> Path:
    """The op-ed's metadata as a separate file (for ``--meta``)."""
    path = folder / "harbour-meta.yaml"
    path.write_text(f"outlet: {OUTLET}\npublished: {DATE}\nsection: opinion\n", encoding="utf-8")
    return path


def write_corpus(folder: Path, n_per_group: int = 8) -> Path:
    """A CSV corpus of three desks with the non-standard :data:`COLUMNS`."""
    rng = np.random.default_rng(7)
    sentences = [s.strip() + "." for s in ARTICLE.replace("\n", " ").split(". ") if s.strip()]
    path = folder / "desk-corpus.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([COLUMNS[k] for k in ("id", "text", "group", "date", "title")])
        for g, share in (("world", 0.7), ("business", 0.3), ("culture", 0.1)):
            for i in range(n_per_group):
                k = int(rng.integers(12, 18))  # >= 100 words: compare drops shorter documents
                body = " ".join(
                    str(rng.choice(sentences)) if rng.random() < share else str(rng.choice(NEUTRAL))
                    for _ in range(k)
                )
                w.writerow([f"{g}-{i:02d}", body, g, f"2022-0{4 + i % 3}-1{i % 9}", f"{g} {i}"])
    return path


def column_args() -> list[str]:
    """The command-line column options for :func:`write_corpus`'s CSV."""
    return [
        "--text-col", COLUMNS["text"], "--id-col", COLUMNS["id"],
        "--group-col", COLUMNS["group"], "--date-col", COLUMNS["date"],
    ]  # fmt: skip
