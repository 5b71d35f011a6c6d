"""The framing space: robust scaling, PCA by SVD (deterministic signs) and nearest neighbours of
the article by cosine similarity. Formulas and references: ``docs/statistics.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from framing.core.errors import InputError
from framing.stats.common import check_column
from framing.stats.ranks import MAD_SCALE, MEANAD_SCALE


@dataclass
class RobustScaler:
    """Per-metric centre (median) and scale used to standardise rates.

    ``scale`` is ``1.4826 * MAD``; where the MAD is 0 (common for rare categories, where most
    documents have rate 0) it falls back to ``1.2533 * mean absolute deviation from the
    median``; metrics where both are 0 are constant, and metrics with no finite value are
    ``all missing``: both are listed in ``dropped``, with the reason in ``scale_kind``.

    Extreme values are tamed by ``squash="asinh"`` (default): ``asinh(z)`` is about ``z`` near
    0 and grows like ``log(2z)`` beyond, so a document 50 robust SDs out counts more than one
    5 SDs out, but not ten times more, and no two extremes are made equal. ``clip`` (off by
    default) cuts at ``±clip`` instead, which ties every extreme value at the bound.
    """

    metrics: list[str]
    center: pd.Series
    scale: pd.Series
    scale_kind: pd.Series
    dropped: list[str] = field(default_factory=list)
    clip: float | None = None
    squash: str | None = "asinh"

    @classmethod
    def fit(
        cls,
        df: pd.DataFrame,
        metrics: Sequence[str],
        clip: float | None = None,
        squash: str | None = "asinh",
    ):
        metrics = list(metrics)
        for m in metrics:
            check_column(df, m, "metric")
        x = df[metrics].to_numpy(float)
        x = np.where(np.isfinite(x), x, np.nan)
        seen = np.isfinite(x).any(axis=0)  # a metric missing in every row has no scale
        center, mad_, mean_ad = (np.full(len(metrics), np.nan) for _ in range(3))
        if seen.any():
            xs = x[:, seen]
            center[seen] = np.nanmedian(xs, axis=0)
            dev = np.abs(xs - center[seen])
            mad_[seen] = np.nanmedian(dev, axis=0) * MAD_SCALE
            mean_ad[seen] = np.nanmean(dev, axis=0) * MEANAD_SCALE
        scale = np.where(mad_ > 0, mad_, mean_ad)
        kind = np.where(
            ~seen,
            "all missing",
            np.where(mad_ > 0, "mad", np.where(mean_ad > 0, "mean_abs_dev", "constant")),
        )
        keep = [m for m, k in zip(metrics, kind, strict=True) if k in ("mad", "mean_abs_dev")]
        dropped = [m for m in metrics if m not in keep]
        idx = pd.Index(metrics)
        return cls(
            metrics=keep,
            center=pd.Series(center, idx)[keep],
            scale=pd.Series(scale, idx)[keep],
            scale_kind=pd.Series(kind, idx),
            dropped=dropped,
            clip=clip,
            squash=_check_squash(squash),
        )

    def transform(self, data) -> np.ndarray:
        """Standardised values; NaN becomes 0 (the median); then ``asinh`` (``squash``) and/or
        clipped to ``±clip`` if set."""
        if isinstance(data, pd.Series):
            x = data.reindex(self.metrics).to_numpy(float)[None, :]
        else:
            x = data[self.metrics].to_numpy(float)
        z = (x - self.center.to_numpy()) / self.scale.to_numpy()
        z = np.where(np.isfinite(z), z, 0.0)
        if self.squash == "asinh":
            z = np.arcsinh(z)
        if self.clip is not None:
            z = np.clip(z, -self.clip, self.clip)
        return z


def _check_squash(squash: str | None) -> str | None:
    if squash not in (None, "asinh"):
        raise InputError(f"unknown squash {squash!r}; use 'asinh' or None")
    return squash


@dataclass
class FramingSpace:
    """Result of :func:`framing_space`."""

    scores: pd.DataFrame
    loadings: pd.DataFrame
    explained_variance_ratio: np.ndarray
    scaler: RobustScaler
    n_missing: dict[str, int]
    #: The focal article's standardised values minus the corpus means the PCA centred on.
    focal_z: pd.Series | None = None


def _sign_convention(vt: np.ndarray) -> np.ndarray:
    """Flip each row of ``vt`` so that its largest-|value| entry is positive."""
    idx = np.argmax(np.abs(vt), axis=1)
    signs = np.sign(vt[np.arange(vt.shape[0]), idx])
    signs[signs == 0] = 1.0
    return vt * signs[:, None]


def pca_svd(z: np.ndarray, n_components: int = 2) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """PCA of ``z`` (rows = documents) by SVD of the column-centred matrix.

    Returns (column means, components ``k × p`` with the sign convention, explained variance
    ratio of every component).
    """
    mean = z.mean(axis=0)
    _, s, vt = np.linalg.svd(z - mean, full_matrices=False)
    var = s**2
    total = var.sum()
    ratio = var / total if total > 0 else np.zeros_like(var)
    return mean, _sign_convention(vt[:n_components]), ratio


def space_problem(
    df: pd.DataFrame,
    metrics: Sequence[str],
    n_components: int = 2,
    clip: float | None = None,
    squash: str | None = "asinh",
    what: str = "corpus documents",
) -> str | None:
    """Why :func:`framing_space` cannot be built on ``df``, or None when it can.

    It needs at least 2 documents and at least ``n_components`` metrics that vary across them
    (neither constant nor missing in every document, :class:`RobustScaler`). ``what`` names the
    documents in the reason (``needs at least 2 corpus documents; there is 1``).
    """
    if len(df) < 2:
        return f"needs at least 2 {what}; there {'is' if len(df) == 1 else 'are'} {len(df)}"
    return _scaler_problem(RobustScaler.fit(df, metrics, clip, squash), len(df), n_components, what)


def _scaler_problem(scaler: RobustScaler, n: int, n_components: int, what: str) -> str | None:
    """Why ``scaler`` (fitted on ``n`` documents) leaves too few metrics for ``n_components``."""
    if len(scaler.metrics) >= n_components:
        return None
    kinds = scaler.scale_kind
    constant = sum(kinds[m] == "constant" for m in scaler.dropped)
    return (
        f"needs at least {n_components} metrics that vary across the {n} {what}; "
        f"{len(scaler.metrics)} of {len(kinds)} do ({constant} constant, "
        f"{len(scaler.dropped) - constant} missing in every document)"
    )


def framing_space(
    df: pd.DataFrame,
    metrics: Sequence[str],
    focal: pd.Series | None = None,
    id_col: str = "doc_id",
    keep: Iterable[str] = ("group",),
    clip: float | None = None,
    n_components: int = 2,
    squash: str | None = "asinh",
) -> FramingSpace:
    """Robustly standardised rates → PCA (2 components) by numpy SVD.

    Each metric is centred on the corpus median and divided by ``1.4826 * MAD`` (mean
    absolute deviation fallback, see :class:`RobustScaler`), then passed through ``asinh``
    (``squash``) so that a few very short documents with extreme rates cannot define a
    component without tying extremes as clipping would (``clip`` still cuts at ``±clip`` if
    given). Missing values are set to the median.
    Components are fitted on the corpus only; the focal article (``focal``, a Series of
    metrics) is projected with the corpus parameters and added as a row with
    ``is_focal=True``. Each component's largest absolute loading is made positive.
    """
    if len(df) < 2:
        raise InputError(f"the framing space {space_problem(df, metrics)}")
    scaler = RobustScaler.fit(df, metrics, clip, squash)  # fitted once, also for the check
    problem = _scaler_problem(scaler, len(df), n_components, "corpus documents")
    if problem:
        raise InputError(f"the framing space {problem}")
    z = scaler.transform(df)
    mean, comps, ratio = pca_svd(z, n_components)
    names = [f"PC{i + 1}" for i in range(comps.shape[0])]
    scores = pd.DataFrame((z - mean) @ comps.T, columns=names)
    extra = [c for c in dict.fromkeys((id_col, *keep)) if c in df.columns]
    scores = pd.concat([df[extra].reset_index(drop=True), scores], axis=1)
    scores["is_focal"] = False
    focal_z = None
    if focal is not None:
        fz = scaler.transform(focal)
        focal_z = pd.Series((fz - mean)[0], index=pd.Index(scaler.metrics, name="metric"))
        row = {c: np.nan for c in extra}
        row.update({id_col: str(focal.name) if focal.name is not None else "focal"})
        row.update(dict(zip(names, ((fz - mean) @ comps.T)[0], strict=True)))
        row["is_focal"] = True
        scores = pd.concat([scores, pd.DataFrame([row])], ignore_index=True)
    loadings = pd.DataFrame(comps.T, index=pd.Index(scaler.metrics, name="metric"), columns=names)
    n_missing = {m: int(df[m].isna().sum()) for m in scaler.scale_kind.index}  # dropped too
    return FramingSpace(scores, loadings, ratio, scaler, n_missing, focal_z)


def nearest_neighbours(
    df: pd.DataFrame,
    focal_vector: pd.Series,
    metrics: Sequence[str],
    k: int = 10,
    id_col: str = "doc_id",
    cols: Sequence[str] = ("group", "title", "date"),
    clip: float | None = None,
    squash: str | None = "asinh",
) -> pd.DataFrame:
    """The ``k`` corpus documents most similar to the focal article (cosine similarity).

    Similarity is computed on the robustly standardised, asinh-squashed metrics
    (:class:`RobustScaler` fitted on ``df``), so it compares profiles relative to the corpus
    median without ties at a clipping bound. Documents whose standardised vector is all zeros
    (or a zero focal vector) have NaN similarity and rank last. Sorted by similarity
    (descending), ties by ``doc_id``; the raw metric values are included beside the
    similarity. ``attrs["baseline"]`` holds the median and 90th percentile of the similarity of
    every corpus document, the yardstick of "similar".
    """
    check_column(df, id_col, "id")
    scaler = RobustScaler.fit(df, metrics, clip, squash)
    z = scaler.transform(df)
    f = scaler.transform(focal_vector)[0]
    norms = np.linalg.norm(z, axis=1) * np.linalg.norm(f)
    with np.errstate(invalid="ignore", divide="ignore"):
        sim = np.where(norms > 0, (z @ f) / norms, np.nan)
    ids = df[id_col].astype(str).to_numpy()
    key = np.where(np.isnan(sim), np.inf, -sim)
    order = np.lexsort((ids, key))[: max(0, int(k))]
    keep = [c for c in dict.fromkeys(cols) if c in df.columns and c != id_col]
    out = df.iloc[order][[id_col, *keep, *metrics]].reset_index(drop=True)
    out.insert(0, "rank", np.arange(1, len(out) + 1))
    out.insert(2, "cosine_similarity", sim[order])
    finite = sim[np.isfinite(sim)]
    out.attrs["baseline"] = {
        "median": float(np.median(finite)) if finite.size else float("nan"),
        "p90": float(np.quantile(finite, 0.9)) if finite.size else float("nan"),
        "n": int(finite.size),
    }
    return out


def article_contributions(space: FramingSpace, component: str = "PC1") -> pd.DataFrame:
    """What moves the focal article along ``component``: for every metric, its loading, the
    article's centred standardised value and their product, the metric's contribution to the
    article's score (the contributions sum to the score). Sorted by absolute contribution, ties by
    metric. Naming an axis after its largest loadings can name a variable on which the article
    sits at the corpus centre; naming it after the largest contributions cannot."""
    focal = space.scores[space.scores["is_focal"].astype(bool)]
    if focal.empty:
        raise InputError("the framing space has no focal article (pass focal=...)")
    z = space.focal_z
    load = space.loadings[component]
    contrib = load * z
    out = pd.DataFrame(
        {
            "metric": load.index,
            "loading": load.to_numpy(),
            "article_z": z.reindex(load.index).to_numpy(),
            "contribution": contrib.reindex(load.index).to_numpy(),
        }
    )
    out = out.assign(_a=-out["contribution"].abs()).sort_values(["_a", "metric"], kind="mergesort")
    out = out.drop(columns="_a").reset_index(drop=True)
    out.attrs["score"] = float(focal[component].iloc[0])
    return out
