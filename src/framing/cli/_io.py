"""Shared helpers of the engine subcommands: reading inputs, loading the lexicon, warnings.

Every text the CLI reads from the user's files goes through :func:`check_texts` (or
:func:`read_article_text` for the focal article): HTML is blanked out with offsets kept
(:func:`framing.engine.language.strip_html`) and a warning line is printed; texts that look
non-English (``low_coverage``) and empty texts are warned about too. Warnings are one line each
on stderr, prefixed ``framing: warning:``; they do not change the exit status.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from framing.core.errors import InputError
from framing.engine.lexicon import Lexicon, load_lexicon


def lexicon_from_args(args) -> Lexicon:
    """Built-in lexicon extended by ``--lexicon FILE`` options."""
    return load_lexicon(getattr(args, "lexicon", None) or None)


def warn(message: str) -> None:
    """One warning line on stderr (shown even with ``--quiet``)."""
    print(f"framing: warning: {message}", file=sys.stderr)


def _examples(ids: list, n: int = 3) -> str:
    shown = ", ".join(repr(str(i)) for i in ids[:n])
    return shown + (", ..." if len(ids) > n else "")


def check_texts(
    df: pd.DataFrame, id_col: str = "doc_id", what: str = "input", quiet_corpus: bool = False
) -> pd.DataFrame:
    """Blank out HTML in ``df["text"]`` and warn about HTML, non-English and empty texts.

    With ``quiet_corpus`` (a reference corpus of ``compare``/``keyness``) only HTML is warned
    about; the texts are treated the same.
    """
    from framing.engine.language import check_text

    texts, html, low, empty = [], [], [], []
    for doc_id, text in zip(df[id_col], df["text"], strict=True):
        if not isinstance(text, str) or not text.strip():
            empty.append(doc_id)
            texts.append(text)
            continue
        c = check_text(text)
        texts.append(c.text)
        if c.is_html:
            html.append(doc_id)
        if c.low_coverage:
            low.append(doc_id)
    n = len(df)
    if html:
        warn(
            f"{what}: {len(html)} of {n} document(s) look like HTML ({_examples(html)}); tags, "
            "scripts and styles were blanked out before analysis (offsets kept)"
        )
    if low and not quiet_corpus:
        warn(
            f"{what}: {len(low)} of {n} document(s) look non-English ({_examples(low)}): few "
            "English function words (low_coverage); the lexicons are English, so their rates "
            "are near zero for that reason"
        )
    if empty and not quiet_corpus:
        warn(
            f"{what}: {len(empty)} of {n} document(s) are empty or whitespace only "
            f"({_examples(empty)}); they get tokens = 0 and NaN rates"
        )
    if html:
        df = df.assign(text=texts)
    return df


def read_article_text(path: str, encoding: str | None = None) -> tuple[str, str]:
    """The focal article's ``(title, body)``, checked like :func:`check_texts`.

    A raw file is parsed as copy text (headline, ``Published:``, captions, body, byline). A
    file of a single paragraph has no headline/body layout: it is analysed whole, with a
    warning. An empty or whitespace-only file is an :class:`InputError`.
    """
    from framing.core.files import read_text
    from framing.data.article import parse_article, read_article
    from framing.engine.language import check_text

    p = Path(path)
    if p.suffix == ".txt" and p.with_suffix(".yaml").exists():
        art = read_article(p, encoding=encoding)
        title, body = art.title, art.body
    else:
        text = read_text(p, encoding)
        if not text.strip():
            raise InputError(f"{p}: the file is empty or whitespace only; nothing to analyse")
        try:
            art = parse_article(text)
            title, body = art.title, art.body
        except InputError:
            warn(
                f"{p}: one paragraph, no headline/body layout; analysing the whole text "
                "(put the headline on the first line and a blank line after it to split them)"
            )
            title, body = p.stem, text
    c = check_text(body)
    if c.is_html:
        warn(f"{p}: looks like HTML; tags, scripts and styles were blanked out (offsets kept)")
    if c.low_coverage:
        warn(
            f"{p}: looks non-English: {c.coverage:.0%} of {c.n_words} words are English function "
            "words (low_coverage); the lexicons are English, so rates are near zero for that reason"
        )
    return title, c.text


def read_inputs(
    paths: list[str],
    text_col: str = "text",
    id_col: str = "doc_id",
    encoding: str | None = None,
    check: bool = True,
) -> pd.DataFrame:
    """Read inputs into a frame with ``id_col`` and ``text``, in the order given.

    A ``.txt`` file is one document, read whole; if ``NAME.yaml`` sits beside it (the layout of
    ``data/article/``) it is an article and its body is used. Folders and CSV/TSV/JSONL/Parquet
    tables are read by :func:`framing.data.corpus.load` (column mapping, encodings, duplicate ids).
    With ``check`` the texts go through :func:`check_texts` (HTML blanked out, warnings).
    """
    from framing.data.article import read_article
    from framing.data.corpus import load

    frames = []
    for name in paths:
        p = Path(name)
        if p.suffix.lower() == ".txt" and p.with_suffix(".yaml").exists():
            text = read_article(p, encoding=encoding).body
            frames.append(pd.DataFrame({id_col: [p.stem], "text": [text]}))
            continue
        table_id = id_col if id_col != "doc_id" else None
        df = load(p, text_col=text_col, id_col=table_id, encoding=encoding)
        frames.append(
            pd.DataFrame({id_col: df["doc_id"].to_numpy(), "text": df["text"].to_numpy()})
        )
    if not frames:
        return pd.DataFrame(columns=[id_col, "text"])
    out = pd.concat(frames, ignore_index=True)
    dup = out[id_col].duplicated()
    if dup.any():
        raise InputError(
            f"duplicate document id {out.loc[dup, id_col].iloc[0]!r} across inputs; "
            "rename the files or pass --id-col"
        )
    return check_texts(out, id_col) if check else out


def load_corpus_frame(name_or_path: str, encoding: str | None = None) -> pd.DataFrame:
    """``framing.data.corpus.load_corpus`` checked for one table with doc_id and text.

    HTML is blanked out as in the inputs of ``framing score`` (with a warning).
    """
    from framing.data.corpus import load_corpus

    kw = {"encoding": encoding} if encoding else {}
    df = load_corpus(name_or_path, **kw)
    if isinstance(df, dict):
        parts = ", ".join(map(str, df))
        raise InputError(
            f"{name_or_path}: dataset has several tables ({parts}); export one "
            "to CSV/Parquet and pass its path"
        )
    for col in ("doc_id", "text"):
        if col not in df.columns:
            raise InputError(f"{name_or_path}: corpus has no {col!r} column")
    if len(df) == 0:
        raise InputError(f"{name_or_path}: corpus has no documents")
    if not df["text"].fillna("").astype(str).str.strip().astype(bool).any():
        raise InputError(
            f"{name_or_path}: all {len(df)} documents of the corpus are empty or whitespace "
            "only; nothing to compare against"
        )
    return check_texts(df, "doc_id", what=f"corpus {name_or_path}", quiet_corpus=True)
