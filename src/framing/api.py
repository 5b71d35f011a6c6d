"""The functions for scripts: an article and a corpus in, DataFrames out, no argument parsing.

What the commands do, callable from Python with paths, names or objects:

- :func:`compare_article` — the tables ``framing compare`` writes, one DataFrame each;
- :func:`kwic` — keywords in context over a whole corpus, ``doc_id`` first;
- :func:`load_corpus` — a corpus by path, registry dataset name or registered name;
- :func:`as_analysis` — an article given as a path, a text, an
  :class:`~framing.data.article.Article` or an :class:`~framing.engine.analysis.Analysis`.

``framing.score`` (:func:`framing.engine.scoring.score`) and ``framing.analyze`` are the engine's
own functions. Every function raises :class:`~framing.core.errors.FramingError` subclasses with
a one-line message for input it cannot use.
"""

from __future__ import annotations

import inspect
import os
import re
from pathlib import Path

import pandas as pd

from framing.core.errors import InputError
from framing.data.article import Article, read_article
from framing.data.corpus import check_ids, known_names, remap_columns, without_article
from framing.data.corpus import load_corpus as _load
from framing.engine.analysis import Analysis, analyze, check_kwic_args
from framing.engine.kwic import check_sort, corpus_kwic
from framing.engine.lexicon import as_lexicon
from framing.stats.common import MIN_DOC_TOKENS
from framing.stats.comparison import compare_article as _compare
from framing.stats.comparison import corpus_scores

#: A str taken as a file name rather than as the text: no spaces, an extension.
_PATH_LIKE = re.compile(r"[^\s]{0,4000}\.[A-Za-z0-9]{1,8}")

__all__ = ["as_analysis", "compare_article", "is_score_table", "kwic", "load_corpus"]


def load_corpus(
    corpus: str | os.PathLike | pd.DataFrame,
    text_col: str = "text",
    id_col: str | None = None,
    group_col: str | None = None,
    date_col: str | None = None,
    title_col: str | None = None,
    encoding: str | None = None,
    title_line: bool = False,
) -> pd.DataFrame:
    """A corpus in the standard schema (see :mod:`framing.data.corpus`).

    ``corpus`` is a path (folder of ``.txt``, CSV/TSV/JSONL/Parquet, one ``.txt``), a registry
    dataset name, a name registered with ``framing data add`` or a DataFrame (its columns mapped
    with the ``*_col`` options; without an id column the rows are numbered ``"0"``, ``"1"``,
    ...). A dataset of several tables (``unscon``) is an error.

    Raises
    ------
    InputError
        As :func:`framing.data.corpus.load`: an unreadable file, a missing column, and in a
        DataFrame too, ids that are missing (None, NaN) or repeated (``7`` and ``"7"`` alike).
    """
    cols = dict(
        text_col=text_col, id_col=id_col, group_col=group_col, date_col=date_col,
        title_col=title_col,
    )  # fmt: skip
    if isinstance(corpus, pd.DataFrame):
        df = remap_columns(corpus, **cols, where="corpus DataFrame")
        if "doc_id" not in df.columns:
            df = df.assign(doc_id=[str(i) for i in range(len(df))])
        check_ids(df["doc_id"], id_col or "doc_id", "corpus DataFrame")
        return df
    if not isinstance(corpus, str | os.PathLike):
        raise InputError(
            f"corpus: a path, a dataset name or a DataFrame, got {type(corpus).__name__}"
        )
    df = _load(corpus, **cols, encoding=encoding, title_line=title_line)
    if isinstance(df, dict):
        raise InputError(
            f"{corpus}: dataset has several tables ({', '.join(map(str, df))}); pick one"
        )
    return df


#: The options of :func:`load_corpus` (``**read`` of :func:`compare_article` and :func:`kwic`).
LOAD_OPTIONS = tuple(inspect.signature(load_corpus).parameters)[1:]
#: The filters of :func:`kwic` besides its own arguments.
KWIC_FILTERS = ("voice", "target", "source", "term", "home_col", "official_col")


def _check_options(read: dict, func, extra: tuple[str, ...], where: str) -> None:
    """:class:`InputError` naming the first key of ``read`` that is none of ``func``'s keyword
    arguments nor ``extra``, and the valid ones."""
    own = [
        name
        for name, p in list(inspect.signature(func).parameters.items())[1:]
        if p.kind is not p.VAR_KEYWORD
    ]
    valid = [*own, *extra]
    unknown = [k for k in read if k not in valid]
    if unknown:
        raise InputError(f"{where}: unknown option {unknown[0]!r}; options: {', '.join(valid)}")


def as_analysis(article, lexicon=None, encoding=None, title_line=False, meta=None):
    """``(analysis, article)`` for an article given in any form.

    ``article`` is an :class:`~framing.engine.analysis.Analysis` (used as it is), an
    :class:`~framing.data.article.Article`, a path to a text file (read by the title rule of
    :mod:`framing.data.article`) or the text itself. The second item is the
    :class:`~framing.data.article.Article` (None for an Analysis or a bare text).

    Raises
    ------
    InputError
        ``lexicon`` given with an Analysis made with another lexicon.
    """
    if isinstance(article, Analysis):
        if lexicon is not None and as_lexicon(lexicon).fingerprint != article.lexicon.fingerprint:
            raise InputError(
                "the Analysis was made with another lexicon than lexicon=; analyse the text "
                "again with that lexicon or leave lexicon= out"
            )
        return article, None
    if isinstance(article, os.PathLike) or (
        isinstance(article, str) and _PATH_LIKE.fullmatch(article)
    ):
        article = read_article(article, encoding=encoding, title_line=title_line, meta=meta)
    if isinstance(article, Article):
        return analyze(article.body, lexicon), article
    if isinstance(article, str):
        return analyze(article, lexicon), None
    raise InputError(
        f"article must be a path, a text, an Article or an Analysis, not {type(article).__name__}"
    )


def is_score_table(df: pd.DataFrame) -> bool:
    """True for a table of :func:`framing.score` (``tokens`` and ``*_per_1k``, no ``text``)."""
    return (
        "text" not in df.columns
        and "tokens" in df.columns
        and any(str(c).endswith("_per_1k") for c in df.columns)
    )


def compare_article(
    article,
    corpus,
    by: str = "group",
    lexicon=None,
    *,
    jobs: int = 1,
    cache: bool = True,
    seed: int = 0,
    n_boot: int = 2000,
    min_group_size: int = 5,
    test: str = "mannwhitney",
    neighbours: int = 10,
    min_tokens: int | None = None,
    **read,
) -> dict[str, pd.DataFrame]:
    """The article against a corpus: every table ``framing compare`` writes.

    Parameters
    ----------
    article
        A path, a text, an :class:`~framing.data.article.Article` or an
        :class:`~framing.engine.analysis.Analysis` (see :func:`as_analysis`).
    corpus
        Documents (a DataFrame with ``text``, a path, a dataset or registered name) or a table
        of scores made by :func:`framing.score` (one row per document, with the ``by`` column).
    by
        The grouping column of the corpus.
    lexicon
        A :class:`~framing.engine.lexicon.Lexicon`, lexicon file(s) or None (built-in); the
        article and the corpus are scored with it.
    jobs, cache
        Scoring processes (an integer >= 1; with ``jobs > 1`` call from under
        ``if __name__ == "__main__":`` in a script, see :func:`framing.score`); reuse the
        scoring cache (:mod:`framing.data.cache`).
    seed, n_boot, min_group_size, test, neighbours, min_tokens
        As the options of ``framing compare`` (corpus documents under ``min_tokens`` words are
        left out and counted in the ``documents`` table; None: ``framing.stats.MIN_DOC_TOKENS``).
    **read
        Column options of :func:`load_corpus` (``text_col``, ``group_col``, ``encoding``...).

    Returns
    -------
    dict of DataFrame
        ``position``, ``intervals``, ``groups``, ``pairwise``, ``framing_space``,
        ``framing_space_loadings``, ``framing_space_components``, ``neighbours``,
        ``neighbours_baseline`` (these five left out, with a warning, when the corpus cannot
        span a framing space), ``documents``, with stance categories
        ``voice`` (the matches in the author's own voice per group) and, when the corpus has
        texts (not a score table), ``length_matched``
        (:func:`framing.stats.comparison.compare_article`).

    Raises
    ------
    InputError
        Unreadable input, a missing ``by`` column, corpus scores made with another lexicon, an
        unknown option, or ``jobs > 1`` at the top level of a script (no main guard).
    """
    _check_options(read, compare_article, LOAD_OPTIONS, "compare_article")
    analysis, _ = as_analysis(article, lexicon)
    texts = None  # a score table has no texts: no length-matched table
    if isinstance(corpus, pd.DataFrame) and is_score_table(corpus):
        scores = corpus
        if "doc_id" in scores.columns:
            check_ids(scores["doc_id"], "doc_id", "table of scores")
    else:
        docs = without_article(load_corpus(corpus, **read), analysis.text)
        scores = corpus_scores(docs, analysis.lexicon, by=by, jobs=jobs, cache=cache)
        texts = docs["text"].fillna("").astype(str).tolist()
    return _compare(
        analysis,
        scores,
        by=by,
        seed=seed,
        n_boot=n_boot,
        min_group_size=min_group_size,
        test=test,
        neighbours=neighbours,
        texts=texts,
        jobs=jobs,
        min_tokens=MIN_DOC_TOKENS if min_tokens is None else min_tokens,
    )


def kwic(
    corpus,
    category: str | None = None,
    pattern: str | None = None,
    window: int = 8,
    lexicon=None,
    sort: str = "position",
    **read,
) -> pd.DataFrame:
    """Keywords in context over a corpus (:func:`framing.engine.kwic.corpus_kwic`).

    ``corpus`` is a DataFrame, a path, a dataset or registered name (read by
    :func:`load_corpus` with ``**read``), a list of texts or one text. Columns: ``doc_id``,
    ``category``, ``left``, ``matched_text``, ``right``, ``start``, ``end``, ``sentence``,
    ``voice``, ``source``, ``target``, ``subcategory``, ``term``, ``negated``.
    ``voice=``/``target=``/``source=``/``term=`` in ``read`` filter the matches;
    ``home_col=`` names the column with each publisher's country (the source of a headline's
    unqualified spokesperson or ministry: :func:`~framing.engine.analysis.analyze`);
    ``official_col=`` a true/false column of publishers that are their home's government.
    ``sort`` orders the rows (:func:`framing.engine.kwic.sort_kwic`): ``position`` (documents in
    input order, matches in text order), ``term`` (category, entry, matched text), ``left`` (the
    words before the match, nearest first) or ``right`` (the words after it).

    A str with no spaces and a file extension (``"desk.csv"``) is a path, as for
    :func:`compare_article`'s article: one that does not exist is an error, not a text.

    Raises
    ------
    InputError
        An unknown option; a :func:`load_corpus` option with a list of texts or a text; a path
        that does not exist; ``window`` not an integer >= 1; ``pattern`` not a str;
        ``category`` and ``pattern`` together; an unknown category, voice, target or source; a
        ``term`` that is no lexicon entry (of ``category``); an unknown ``sort``.
    """
    _check_options(read, kwic, (*LOAD_OPTIONS, *KWIC_FILTERS), "kwic")
    check_kwic_args(category, pattern, window)
    check_sort(sort)
    filters = {k: read.pop(k) for k in KWIC_FILTERS if k in read}
    if _is_corpus_source(corpus):
        corpus = load_corpus(corpus, **read)
    elif read:
        raise InputError(
            f"kwic: {next(iter(read))}= reads a DataFrame or a file; a list of texts or a text "
            "has no columns"
        )
    return corpus_kwic(
        corpus,
        category=category,
        pattern=pattern,
        window=window,
        lexicon=lexicon,
        sort=sort,
        **filters,
    )


def _is_name(name: str) -> bool:
    return name in known_names()


def _is_corpus_source(corpus) -> bool:
    """True for what :func:`load_corpus` reads: a DataFrame, a path, a str that is an existing
    path, a dataset or registered name, or looks like a file name (``_PATH_LIKE``)."""
    if isinstance(corpus, pd.DataFrame | os.PathLike):
        return True
    if not isinstance(corpus, str) or "\n" in corpus or len(corpus) >= 4096:
        return False
    return bool(_PATH_LIKE.fullmatch(corpus)) or Path(corpus).exists() or _is_name(corpus)
