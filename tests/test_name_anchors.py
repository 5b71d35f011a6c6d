"""Names checked by a pattern end at the end of the string, not before a final newline.

``re``'s ``$`` also matches just before a trailing ``"\\n"``; each pattern below uses ``\\Z``,
and each row gives a name that ``$`` would have let through.
"""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from framing.core.errors import InputError, OutputError  # noqa: E402
from framing.data import local  # noqa: E402
from framing.present import runner  # noqa: E402
from framing.present.saving import save_figure  # noqa: E402


def _figure(name, tmp_path):
    fig = plt.figure()
    try:
        save_figure(fig, name, outdir=tmp_path, manifest=False)
    finally:
        plt.close(fig)


def _notebook(name, tmp_path):
    (tmp_path / name).write_text("# %%\n", encoding="utf-8")
    runner.discover(tmp_path, only=["01"])


def _corpus(name, tmp_path):
    local._check_name(name)


CASES = [
    (_figure, "chart", "chart\n", OutputError),
    (_notebook, "01-profile.py", "01-profile.py\n", InputError),
    (_corpus, "my-corpus", "my-corpus\n", InputError),
]


@pytest.mark.parametrize(
    "check, good, bad, error", CASES, ids=lambda v: getattr(v, "__name__", None)
)
def test_a_trailing_newline_is_refused(check, good, bad, error, tmp_path):
    (tmp_path / "good").mkdir()
    (tmp_path / "bad").mkdir()
    check(good, tmp_path / "good")
    with pytest.raises(error):
        check(bad, tmp_path / "bad")
