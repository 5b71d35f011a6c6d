"""Build ``src/framing/data/registry/files.csv`` from a mirror's ``MANIFEST.csv`` (run once, commit).

Usage::

    python tools/build_registry.py [MANIFEST.csv] [--out src/framing/data/registry/files.csv]

The output holds metadata only — dataset, path (inside the upstream repository, i.e. the URL path
after ``<owner>/<repo>/<commit>/``, not percent-encoded), url, sha256, bytes — sorted by dataset
and path so that a rebuild is byte-identical. When one dataset holds the same upstream path from
several commits (e.g. two scrapes saved as ``data/RT.csv`` at different commits), each of those
paths is prefixed with the commit's first 7 hex digits (``3e0c112/data/RT.csv``) so that every file
of a dataset has its own local path.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_MANIFEST = ROOT.parent / "shared" / "mirror" / "MANIFEST.csv"
DEFAULT_OUT = ROOT / "src" / "framing" / "data" / "registry" / "files.csv"
FIELDS = ["dataset", "path", "url", "sha256", "bytes"]


def build(manifest: Path) -> str:
    """Return the text of files.csv for ``manifest``."""
    with manifest.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for row in rows:
        url_path = unquote(urlsplit(row["url"]).path).lstrip("/")
        if url_path != row["path"]:
            raise SystemExit(f"{manifest}: url and path disagree for {row['path']}")
        commit, inner = url_path.split("/", 3)[2:]  # drop <owner>/<repo>/<commit>/
        sha = row["sha256"].lower()
        if len(sha) != 64:
            raise SystemExit(f"{manifest}: bad sha256 for {row['path']}")
        out.append(
            {
                "dataset": row["dataset"],
                "path": inner,
                "url": row["url"],
                "sha256": sha,
                "bytes": int(row["bytes"]),
                "commit": commit,
            }
        )
    seen = Counter((r["dataset"], r["path"]) for r in out)
    for r in out:
        if seen[(r["dataset"], r["path"])] > 1:
            r["path"] = f"{r['commit'][:7]}/{r['path']}"
        del r["commit"]
    if len({(r["dataset"], r["path"]) for r in out}) != len(out):
        raise SystemExit(f"{manifest}: a dataset lists the same file twice")
    out.sort(key=lambda r: (r["dataset"], r["path"]))
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(out)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("manifest", nargs="?", type=Path, default=DEFAULT_MANIFEST)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    text = build(args.manifest)
    tmp = args.out.with_suffix(".csv.part")
    tmp.write_text(text, encoding="utf-8", newline="\n")
    tmp.replace(args.out)
    print(f"wrote {args.out} ({text.count(chr(10)) - 1} files)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
