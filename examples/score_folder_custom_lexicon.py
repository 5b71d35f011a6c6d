"""Score a folder of .txt files with the built-in lexicon extended by a custom category.

Run: ``python examples/score_folder_custom_lexicon.py [FOLDER] [OUT.csv]``. Without FOLDER a small
demo folder is written to a temporary directory first.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import framing
from framing.data.corpus import load
from framing.engine.lexicon import load_lexicon

CUSTOM = """\
id: sanctions
label: Sanctions talk
version: 1
kind: frame
definition: References to economic sanctions and export controls.
citations: ["Authored for this example."]
entries:
  - glob: sanction*
  - term: export controls
  - term: price cap
"""

DEMO = {
    "a.txt": "The West imposed new sanctions on Russia. Export controls followed.",
    "b.txt": "We may agree on a price cap, but sanctioning allies is not our policy.",
}


def main(folder: Path, out: Path | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        lexicon_file = Path(tmp) / "sanctions.yaml"
        lexicon_file.write_text(CUSTOM, encoding="utf-8")
        lexicon = load_lexicon([lexicon_file])  # built-ins + the custom category
        corpus = load(folder)
        scores = framing.score(corpus, lexicon=lexicon, readability=False, sentiment=False)
    columns = ["doc_id", "tokens", "sanctions_count", "sanctions_per_1k", "west_us_count"]
    print(scores[columns].to_string(index=False))
    if out:
        scores.to_csv(out, index=False)


if __name__ == "__main__":
    args = sys.argv[1:]
    if args:
        main(Path(args[0]), Path(args[1]) if len(args) > 1 else None)
    else:
        with tempfile.TemporaryDirectory() as demo:
            for name, text in DEMO.items():
                (Path(demo) / name).write_text(text, encoding="utf-8")
            main(Path(demo), None)
